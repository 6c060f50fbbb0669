/** Common short forms of first names, offered beside each child and member of staff: staff write what they say. */
const SHORT_FORMS: Record<string, string[]> = {
  alexander: ['Alex', 'Xander', 'Alfie'], alexandra: ['Alex', 'Lexi', 'Sasha'], amelia: ['Millie', 'Mia', 'Amy'], abigail: ['Abi', 'Abby'],
  benjamin: ['Ben', 'Benji'], charlotte: ['Charlie', 'Lottie'], charles: ['Charlie'], christopher: ['Chris'], daniel: ['Dan', 'Danny'],
  edward: ['Ed', 'Eddie', 'Ted'], eleanor: ['Ellie', 'Nell'], elizabeth: ['Lizzie', 'Beth', 'Eliza'], florence: ['Flo', 'Florrie'],
  frederick: ['Fred', 'Freddie'], gabriel: ['Gabe'], harrison: ['Harry'], henry: ['Harry', 'Hal'], isabella: ['Izzy', 'Bella'],
  isabelle: ['Izzy', 'Belle'], isla: ['Izzy'], jacob: ['Jake'], james: ['Jim', 'Jamie', 'Jimmy'], jessica: ['Jess'], jonathan: ['Jon', 'Jonny'],
  joseph: ['Joe', 'Joey'], joshua: ['Josh'], katherine: ['Kate', 'Katie'], catherine: ['Cat', 'Kate', 'Katie'], madeleine: ['Maddie'],
  matilda: ['Tilly', 'Tilda'], matthew: ['Matt'], maximilian: ['Max'], michael: ['Mike', 'Mikey'], nathaniel: ['Nate', 'Nat'],
  nicholas: ['Nick', 'Nicky'], olivia: ['Liv', 'Livvy'], oliver: ['Ollie', 'Olly'], patrick: ['Paddy', 'Pat'], penelope: ['Penny'],
  rebecca: ['Becky', 'Becca'], robert: ['Rob', 'Bobby', 'Robbie'], samuel: ['Sam', 'Sammy'], samantha: ['Sam'], sebastian: ['Seb'],
  sophia: ['Sophie'], theodore: ['Theo', 'Teddy'], thomas: ['Tom', 'Tommy'], victoria: ['Tori', 'Vicky'], william: ['Will', 'Billy', 'Liam'],
  zachary: ['Zac', 'Zach'], gracie: ['Grace'], grace: ['Gracie'],
};

/** Short forms for a full name's first name that are not already listed. */
export function shortFormsOf(fullName: string, have: string[] = []): string[] {
  const first = fullName.trim().split(/\s+/)[0]?.toLocaleLowerCase() ?? '';
  const known = new Set(have.map((h) => h.toLocaleLowerCase()));
  return (SHORT_FORMS[first] ?? []).filter((s) => s.length >= 2 && !known.has(s.toLocaleLowerCase()));
}
