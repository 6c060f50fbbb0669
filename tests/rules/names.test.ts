import { describe, expect, it } from 'vitest';
import { compile, demoPack } from '../../rules';
import { demo, findingsOf } from './helpers';

describe('children and staff on the pack', () => {
  it.each([
    ['full name', 'Oliver Brooks was a superstar today', 'Oliver Brooks'],
    ['first name alone', 'Oliver loved the sandpit today', 'Oliver'],
    ['lower case, not a word', 'little oliver was so sleepy', 'oliver'],
    ['accents dropped', 'Aoife Ni Bhriain painted a rainbow', 'Aoife Ni Bhriain'],
    ['accents kept', 'so proud of Aoife Ní Bhriain', 'Aoife Ní Bhriain'],
    ['word-name capitalised mid-sentence', 'we had so much fun with Grace today', 'Grace'],
    ['word-name with "little"', 'little will cried at drop off', 'will'],
    ['word-name possessive', "Summer's painting is on the fridge", 'Summer'],
    ['word-name opening a sentence, then a verb', 'Summer painted a rainbow for her mum', 'Summer'],
    ['hashtag', 'proud of #AmeliaHart', '#AmeliaHart'],
    ['one typo in a long name', 'Isla McAlister did so well', 'Isla McAlister'],
    ["a word-name with the child's own initial", 'Summer P was telling everyone at lunch about her new puppy', 'Summer'],
    ['a relative elsewhere does not hide the child', 'My niece Amelia came to stay. Oliver Brooks said hi to her at pick up', 'Oliver Brooks'],
  ])('%s', (_name, text, match) => {
    expect(findingsOf(text, 'child-name').map((f) => f.match)).toContain(match);
  });

  it.each([
    ['I hope', 'I hope you all have a lovely weekend'],
    ['I will', 'I will be there at 6'],
    ['by the grace of god', 'by the grace of god we made it'],
    ['the summer holidays', 'roll on the summer holidays'],
    ['Hope Road', 'traffic on Hope Road is awful'],
    ["St Grace's church", "lovely service at St Grace's church"],
    ['Max effort', 'Max effort at the gym today'],
    ['ruby wedding', 'mum and dad celebrated their ruby wedding'],
    ['jack of all trades', 'Jack of all trades, master of none'],
    ['another Oliver', 'watching a documentary about Oliver Cromwell'],
    ['Will you', 'Will you be at the party tonight?'],
    ['Mr Brooks the plumber', 'Mr Brooks the plumber finally came'],
    ['a song title', 'Said goodbye to Grandad today. Amazing Grace had the whole church in bits.'],
    ['a brand', 'Those Air Max 90s in the sale, £64 down from £120'],
    ['a pet', 'Max the labrador is now officially a bit chunky'],
    ['another famous person', "Jamie Oliver's 15 minute meals take me an hour"],
    ['a famous person in a short sentence of names', 'Max Verstappen at Silverstone. Best day ever'],
    ['a title nobody at a setting has', "Prince Oliver's book is still in my bedside drawer"],
    ['a famous name in lower case', 'doing a jamie oliver recipe for tea tonight'],
    ['a famous name as a modifier', 'Watched the new Oliver documentary last night, brilliant'],
    ['a pet named after it', 'Meet Max, our new 12 week old springer spaniel puppy!'],
    ['the same name as a relative elsewhere in the post', "Ruby's first birthday today! My niece Ruby is one and ate the cake with her face"],
    ['a famous name in lower case, surname the dictionary knows', 'noah jones on the radio this morning was hilarious'],
    ['a pet with an animal face after its name', 'Oliver 🐶 8 weeks old, little sausage. Been chewing everything #puppy'],
    ['a café with a child’s name', "Noah's Diner for breakfast, their pancakes are elite"],
  ])('not a child: %s', (_name, text) => {
    expect(findingsOf(text, 'child-name')).toEqual([]);
  });

  it.each([
    ['title and surname', 'Mrs Whitfield was lovely today', 'Mrs Whitfield'],
    ['Miss and surname', 'Miss Shah did the register', 'Miss Shah'],
    ['first name', 'Priya is the best colleague', 'Priya'],
    ['full name', 'shout out to Dan Whitfield', 'Dan Whitfield'],
  ])('staff: %s', (_name, text, match) => {
    expect(findingsOf(text, 'staff-name').map((f) => f.match)).toContain(match);
  });

  it.each([
    ['another famous person', 'Reading the new Dan Brown on the beach'],
    ['a street', 'Stuck in traffic on Hope Road again'],
  ])('not staff: %s', (_name, text) => {
    expect(findingsOf(text, 'staff-name')).toEqual([]);
  });

  it.each([
    ['capitalised', 'Oliver, Amelia and Grace made a den today'],
    ['lower case', 'oliver, amelia and grace made a den today'],
  ])('names every child in a list, %s', (_name, text) => {
    expect(findingsOf(text, 'child-name').map((f) => f.match.toLowerCase())).toEqual(['oliver', 'amelia', 'grace']);
  });

  it('does not read a near miss that is a real word as a typo of a full name', () => {
    expect(findingsOf("Oliver's book bag is still in the car", 'child-name').map((f) => f.match)).toEqual(['Oliver']);
  });

  it('ranks a child high and staff medium', () => {
    expect(findingsOf('Oliver and Priya', 'child-name')[0]!.severity).toBe('high');
    expect(findingsOf('Oliver and Priya', 'staff-name')[0]!.severity).toBe('medium');
  });

  it('reports the full name once, not also the first name inside it', () => {
    expect(demo.check('Oliver Brooks').filter((f) => f.category === 'child-name')).toHaveLength(1);
  });

  describe('a double first name', () => {
    const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Lily-Mae Barraclough', 'Ayaan Mahmood'] } });
    it.each([
      ['with an initial', 'Lily-Mae B wrote her own name today for the first time!!', 'Lily-Mae'],
      ['in lower case, spaced', 'lily mae wrote her name today', 'lily mae'],
    ])('is the child as a whole, %s', (_name, text, match) => {
      expect(findingsOf(text, 'child-name', pack).map((f) => f.match)).toContain(match);
    });
    it('leaves the word alone', () => {
      expect(findingsOf('the lily pond is full of frogs', 'child-name', pack)).toEqual([]);
    });
    it('is not hidden by an interjection the dictionary does not know', () => {
      expect(findingsOf('Aww Ayaan loved the music session today', 'child-name', pack).map((f) => f.match)).toEqual(['Ayaan']);
    });
  });

  describe('a first name that is also a place or a thing', () => {
    const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Skye Morrison', 'Harris Kerr', 'Storm Avery', 'Clover Nash', 'Hamza Rehman'] } });
    const children = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
    it.each([
      ['travelling to it', 'Catching the early ferry to Skye on Saturday, fingers crossed for calm seas', 'the ferry to Skye'],
      ['flying to it', 'flying to Harris next week for my cousin’s wedding', 'flying to Harris'],
      ['"Isle of"', 'The Isle of Harris has the whitest beaches I have ever seen', 'Isle of Harris'],
      ['a stay on it', 'Back from a week on Skye and I think I left my heart at Elgol', 'a week on Skye'],
      ['in a post about an island', 'Harris is the most gorgeous island in the world, white sand and not a soul about', 'island'],
      ['two places in a post of geography', 'Lewis and Harris in one week, standing stones at sunset and the best fish supper', 'sunset'],
      ['a hashtag of travel', 'Skye is calling, van packed, three days off #roadtrip', '#roadtrip'],
    ])('a place or a thing: %s (%s)', (_name, text) => {
      expect(children(text)).toEqual([]);
    });
    it.each([
      ['a visit to the child', 'Skye told me all about her holiday today, she was so excited', 'Skye'],
      ['"to" after a word of travel is not enough when the name is possessive', "The drive to Harris's grandma's house took him an hour, he told us at snack time", 'Harris'],
      ['a verb after it', 'Storm built the tallest tower in the block area this morning', 'Storm'],
      ['"wee" before it, with the initial', 'Wee Skye M made a hotel for the snails in the garden today', 'Skye'],
      ['"Wee" opening the sentence is not a first name before a surname', 'Wee Hamza gave me a painting at home time', 'Hamza'],
      ['a verb of a person after it, in a post about the beach', 'Skye loved the ferry and the beach on our trip today', 'Skye'],
      ['beside another child\'s name, at a holiday club', 'Clover and Harris were inseparable at the island den today', 'Harris'],
      ['spoken to, in a post about an island', 'Thanks Harris for the lovely island picture, it is on our wall', 'Harris'],
    ])('the child: %s', (_name, text, match) => {
      expect(children(text)).toContain(match);
    });
  });

  describe('a famous full name in lower case', () => {
    const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Milo Hart', 'Amelia Khan'] } });
    const children = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
    it.each([
      ['a surname the dictionary does not know', 'milo ventimiglia in that film made me cry'],
      ['with a possessive', "amelia earhart's story is the best thing on the telly"],
    ])('is someone else: %s', (_name, text) => {
      expect(children(text)).toEqual([]);
    });
    it.each([
      ['a verb the dictionary does not know', 'milo napped for two hours after lunch', 'milo'],
      ['an adverb', 'amelia finally tried the peas today', 'amelia'],
      ['the own surname', 'milo hart was a star at tidy up time', 'milo hart'],
      ['a word drawn out', 'amelia sooo proud of her tower', 'amelia'],
    ])('is the child: %s', (_name, text, match) => {
      expect(children(text)).toContain(match);
    });
  });
});

describe("the poster's own family, who share a first name with a child on the list", () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Jack Harlow', 'Amelia Stone', 'Noah Penrose'] } });
  const named = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ["'our' and a proud parent", "Parents' evening for our Jack tonight and his teacher couldn't stop smiling. Proud mum moment"],
    ["'my' and a hashtag of family life", 'My little Amelia lost her first tooth 🦷 the tooth fairy is skint #mumlife'],
    ['a grandchild', 'Our Noah turned two today, nana spoilt him rotten as usual, my grandson is a diva'],
    ["a milestone no setting posts about", 'Our Amelia passed her driving test first time!! 2 minors, we are all very scared'],
    ["a reply comparing one's own", 'My Amelia does exactly the same with her broccoli 😂'],
  ])('are not the child: %s', (_what, text) => {
    expect(named(text)).toEqual([]);
  });
  it.each([
    ['a colleague or child called "ours" at work', 'Massive well done to our Amelia for settling so well in her first week, key worker very proud'],
    ['with no word of family life', 'Our Jack was a superstar at sports day, he ran the whole egg and spoon race with a grin'],
    ['a colleague\'s qualification, "proud of you"', 'Massive shout out to our Amelia who passed her level 3 today, so proud of you hun'],
  ])('but stay the child: %s', (_what, text) => {
    expect(named(text).length).toBeGreaterThan(0);
  });
});

describe('someone the poster knows from outside the setting, or their own friend', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Leon Price', 'Niamh Byrne', 'Autumn Hale', 'Precious Obi'] } });
  const named = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['a neighbour', 'Leon from over the road helped me jump start the car this morning, absolute gent'],
    ['a shop', "Niamh from the Co-op has started calling me 'pre-school lady' and I'll take it"],
    ["the poster's own child's team", "Leon from my son's football team scored a hat trick and his dad cried"],
    ['"my friend"', 'Girls night, my friend Autumn turned 30 and we danced till 2'],
    ["a neighbour's child", "My neighbour's little girl Precious turned three today, bouncy castle in the snow"],
    ['someone who works at a trade', 'Niamh at the pharmacy sorted my repeat prescription before I even asked'],
    ['a class outside the setting', 'Autumn from my yoga class has lent me her mat'],
  ])('is someone else: %s', (_what, text) => {
    expect(named(text)).toEqual([]);
  });
  it.each([
    ['from a room of the setting', 'Leon from the baby room had the best day in the sand pit', 'Leon'],
    ['the kids of the club', 'Leon was given a card from all the kids at after school club', 'Leon'],
    ["a child's own friend", 'Autumn played with his friend Niamh all morning', 'Niamh'],
    ['a child seen at a shop', 'Saw Leon at the chemist with his nan, he gave me the biggest wave', 'Leon'],
    ['a child somewhere, not working there', 'Leon at the park this afternoon was a joy', 'Leon'],
  ])('is the child: %s', (_what, text, match) => {
    expect(named(text)).toContain(match);
  });
});

describe("a colleague's surname on someone from elsewhere", () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, staff: ['Gail Marsh'] } });
  it('Mr Marsh from the garage is not the colleague', () => {
    expect(findingsOf('Mr Marsh from the garage did our brakes, really fair price', 'staff-name', pack)).toEqual([]);
  });
  it('Mrs Marsh from the baby room is', () => {
    expect(findingsOf('Mrs Marsh from the baby room is off again', 'staff-name', pack).length).toBeGreaterThan(0);
  });
});

describe('a member of staff by a clergy title and their surname', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, staff: ['Nick Fairweather'] } });
  it.each(['Reverend Fairweather led a lovely harvest assembly', 'Rev Fairweather has asked for help with the Christingle'])('%s', (text) => {
    expect(findingsOf(text, 'staff-name', pack).length).toBeGreaterThan(0);
  });
});

describe('a word-name used as the word it is', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Robin Shaw', 'Jay Whittaker', 'Chance Dobson', 'Clover Nash', 'Bobby Marsh', 'Carter Lee', 'Pip Jones'] } });
  const children = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['the plural of a bird, then a verb', 'Robins nesting in the hedge again, third year running'],
    ['the plural of a bird, then a verb, another bird', 'Jays raiding the bird feeder again this morning'],
    ['the plural at the end of a sentence', 'Feeding the Robins. Bliss'],
    ['a word that is a given name, in lower case', 'lol no chance, the queue at the shops is a nightmare at Christmas'],
    ['the same word after "a"', 'Free food and a chance to explore what life is really about'],
    ['a plant in lower case', 'the clover in the lawn is going mental this year'],
    ['a possessive name before a shop', "Shop at Bobby's butchers on the high street, best sausages in town"],
    ['a possessive name before a bakery', "Does anyone else's kid have the Carter's bakery sausage roll addiction?"],
    ['an apple pip', 'apple crumble with the pip still in, oops'],
  ])('not a child: %s', (_name, text) => {
    expect(children(text)).toEqual([]);
  });
  it.each([
    ['the name with the apostrophe left out, then a noun', 'Robins mum said he was poorly last night', 'Robins'],
    ['the name itself with a verb', 'Robin was brilliant at sharing today', 'Robin'],
    ['the name in the baby room', 'our Robin in the baby room had a lovely nap', 'Robin'],
    ['a word-name as the subject', 'Chance was brilliant at sharing today', 'Chance'],
    ['a word-name mid-sentence', 'we had so much fun with Chance today', 'Chance'],
    ['a word-name with "little"', 'little clover cried at drop off', 'clover'],
    ['a possessive name before something of theirs', "Carter's painting is on the fridge at last", 'Carter'],
    ['a possessive name before a relative', "Bobby's mum said he was up all night", 'Bobby'],
  ])('the child: %s', (_name, text, match) => {
    expect(children(text)).toContain(match);
  });
});

describe('a word-name that is a month, a season or a verb', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['April Lowe', 'May Chen', 'Summer Patel', 'Hope Mensah', 'Bear Lawson', 'Will Turner'], staff: [...demoPack.people.staff, 'Mark Lister'] } });
  const names = (text: string) => [...findingsOf(text, 'child-name', pack), ...findingsOf(text, 'staff-name', pack)].map((f) => f.match);
  it.each([
    ['a month after "in"', 'Arsenal bottling it again in April. Every single year'],
    ['a date', 'Born 3rd April 1958, still the handsomest man in any room'],
    ['the end of a month', 'by the end of May the garden was a jungle'],
    ['a season after "last"', 'Last Summer was the best holiday we have had'],
    ['a verb before "you"', "Hope you're all well and had a lovely weekend"],
    ['a verb before "the", opening a sentence', 'Ofsted report in the paper is grim. Hope the parents get some answers'],
    ['a verb after a comma', 'Thanks everyone, Hope you have a lovely half term'],
    ['"Mark my words"', 'Mark my words, it will snow by Friday'],
    ['"Bear with me"', 'Bear with me, this is a long one'],
    ['"Will you"', 'Will you be at the quiz tonight?'],
  ])('not a name: %s', (_name, text) => {
    expect(names(text)).toEqual([]);
  });
  it.each([
    ['a month-name as the subject', 'April was so proud of her tower today', 'April'],
    ['a month-name with a possessive after "in"', "we found it in April's tray at home time", 'April'],
    ['a month-name after "with"', 'had a lovely chat with May about her holiday', 'May'],
    ['a verb-name as the subject', 'Hope was brilliant at sharing today', 'Hope'],
    ['a verb-name after a comma, then "the"', 'Thanks, Will the star of the show today', 'Will'],
    ['"Bear with me" inside a sentence', 'little Bear with me in the mud kitchen all morning', 'Bear'],
    ['a verb-name with a verb after it', 'Mark said the boiler is fixed', 'Mark'],
  ])('the name: %s', (_name, text, match) => {
    expect(names(text)).toContain(match);
  });
});

describe('a first name after an article, or in a title with "Me"', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['King Oduya', 'Harvey Cole', 'Marley Green', 'Robin Shaw'] } });
  const children = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['the monarch', "Gran's 100th, she got a card from the King and asked 'which one?'"],
    ['the monarch, possessive', "The King's speech was lovely this year, he seemed really emotional"],
    ['a brand after "the"', "the Harvey's Bristol Cream comes out at Christmas and nan becomes a different person"],
    ['a class named after a bird', 'the Robins class went to the park today'],
    ['a film with "and Me"', 'Anyone else obsessed with Marley and Me? Mine have watched it five times'],
    ['a film with "& Me"', 'Marley & Me is on Film4 and I am NOT emotionally ready'],
  ])('not a child: %s', (_name, text) => {
    expect(children(text)).toEqual([]);
  });
  it.each([
    ['the same name as the subject', 'King was brilliant at sharing today', 'King'],
    ['after "with"', 'we played with King and Robin in the garden', 'King'],
    ['"and me" in lower case', 'Marley and me built the biggest den today', 'Marley'],
    ['a possessive without an article', "Harvey's mum said he was up all night", 'Harvey'],
  ])('the child: %s', (_name, text, match) => {
    expect(children(text)).toContain(match);
  });
});

describe("a word in plain letters that differs from a name only by 'l' for 'i'", () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Ali Hassan', 'Mia Jones', 'Ian Smith'] } });
  const children = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['"all" is not Ali', 'we all went to the park'],
    ['"All" at the start is not Ali', 'All done for today'],
    ['an MLA is not Mia', 'Write to your MLA about the cuts'],
    ['a LAN is not Ian', 'the LAN party was great'],
  ])('%s', (_name, text) => {
    expect(children(text)).toEqual([]);
  });
  it.each([
    ['the name itself', 'Ali was great at sharing today', 'Ali'],
    ["a '1' standing in for the 'i'", 'M1a came in today', 'M1a'],
  ])('still the child: %s', (_name, text, match) => {
    expect(children(text)).toEqual([match]);
  });
});

describe('a colleague who shares a famous name', () => {
  // Five training authors gave staff famous names (Emma Watson, Chris Evans, Tom Hardy, Andy Murray): in their
  // posts about telly, radio and sport, nine clean posts warned; no breach of theirs is lost.
  const pack = compile({ ...demoPack, people: { ...demoPack.people, staff: [...demoPack.people.staff, 'Emma Watson', 'Chris Evans'] } });
  const staff = (text: string) => pack.check(text).filter((f) => f.category === 'staff-name').map((f) => f.match);
  it.each([
    ['an actress in a film', 'Emma Watson in Little Women is the only Christmas film I need'],
    ['a presenter on the radio', 'Chris Evans on the radio was the soundtrack of my childhood'],
    ['a dancer on a talent show', 'Chris Evans on Strictly was a robbery, he should have won'],
    ['a golfer with a birdie', 'Emma Watson with a birdie on the 18th, scenes in our living room'],
    ['a book signing', 'Emma Watson doing a book signing at Waterstones on Saturday, getting one for my mum'],
  ])('is the famous person: %s', (_what, text) => {
    expect(staff(text)).toEqual([]);
  });
  it.each([
    ['at work', 'Emma Watson was brilliant with the toddlers at the nursery show today', 'Emma Watson'],
    ['no telly or sport about', 'Chris Evans has been off all week again', 'Chris Evans'],
  ])('is the colleague: %s', (_what, text, match) => {
    expect(staff(text)).toContain(match);
  });
});

describe("a child's first name on a grown-up, or talked about as a name", () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Imogen Ward', 'Theo Blake', 'Zainab Malik', 'Rocco Ferri', 'Tilly Marsh'] } });
  const named = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['a retirement', 'Happy retirement Imogen! 35 years at the bank, enjoy every lie-in'],
    ['an engagement', 'Theo and Priyanka, congrats on your engagement, about time 💍'],
    ['an age no child reaches', 'Happy 50th Theo, see you at the rugby club for cake'],
    ['drinks', 'Brilliant news Theo!! Drinks are on you next Friday'],
    ['the name as a name', "Imogen's such a pretty name, it was on our list for the bump"],
    ['what a name means', "Zainab means 'fragrant flower' apparently, learnt that at book club"],
    ['naming a baby', "My sister's thinking of calling her Tilly after our great nan"],
    ['nieces after two names', 'Imogen and Tilly, my two nieces, at their first gymnastics comp 🤸'],
    ['a dog after "is our"', 'rocco is our cocker spaniel and he has eaten a whole loaf'],
  ])('someone else: %s', (_what, text) => {
    expect(named(text)).toEqual([]);
  });
  it.each([
    ["the child's parent's occasion", "Theo's dad is retiring from the fire service, Theo told the whole carpet all about it", 'Theo'],
    ['a game at club, with initials', 'Imogen W and Theo B are getting married at lunchtime, I am the cake apparently', 'Imogen'],
    ['a child who means well', 'Theo means well but he tipped the whole sand tray over today', 'Theo'],
    ['calling a name in the room', 'Tilly was calling my name across the whole garden today', 'Tilly'],
    ['little before the name', 'little Tilly brought in a card for our retirement party for Sue', 'Tilly'],
  ])('the child: %s', (_what, text, match) => {
    expect(named(text)).toContain(match);
  });
});

describe('a first name in a post about a pet', () => {
  // Pets get the names children get (Otis, Freya, Milo): two signs of a pet (a pet emoji, a pet
  // hashtag, a pet word near the name) and no word of the setting make the name the pet's.
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Otis Whitfield', 'Freya Okafor', 'Milo Lomax'] } });
  const named = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['an emoji and hashtags', "Otis's first swim in the sea 🐶 he barked at every wave #dogsofinstagram #cockapoo"],
    ['the vet and an emoji', 'Freya is home from the vet after her op, wearing the cone of shame and sulking 🐾'],
    ['a breed and a hashtag', 'Milo the spaniel rolled in something unspeakable on the field again #spaniellife'],
    ['the pet word a sentence before the name', 'Quick news on the cat. Freya ate her whole breakfast this morning 🐱'],
    ['an animal named', 'the new kitten is called Otis and he already owns the sofa'],
    ['an animal given the name', 'Got a rescue greyhound named Milo last week'],
  ])('the pet: %s', (_what, text) => {
    expect(named(text)).toEqual([]);
  });
  it.each([
    ['a pet emoji in a post about the room', 'Otis loved feeding the class hamster this morning 🐹 such a gentle boy', 'Otis'],
    ['a child with an animal of her own', 'Freya looked so proud on that pony at the gymkhana 🐴 #ponyclub #horsesofinstagram', 'Freya'],
    ['a child who drew a dog', 'Milo drew a dog for his mum and gave it six legs 🐶 #doglover', 'Milo'],
    ['a child and his new puppy', 'Otis was so excited about his new puppy 🐶', 'Otis'],
    ['one sign only', 'Freya fell asleep on the sofa halfway through the film 🐶', 'Freya'],
    ['a child who named the animal', 'Otis named the class hamster Fluffy', 'Otis'],
    ['a child called by name near a pet word', 'our dog loves the boy called Milo who lives next door', 'Milo'],
  ])('the child: %s', (_what, text, match) => {
    expect(named(text)).toContain(match);
  });
});

describe('a first name inside an English fixed expression', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Noah Pratt', 'Bobby Lyle', 'Daisy Quinn', 'Jack Hewitt', 'Ivy Dunn'] } });
  const named = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ["Noah's ark", "The Noah's ark at soft play is the worst slide ever designed"],
    ['a bobby dazzler', 'Bobby dazzler of a day, tree up and the lights worked first go'],
    ['daisy chains', 'Daisy chains on the field with my two at lunchtime'],
    ['a union jack', 'Union Jack bunting up for the street party'],
    ['poison ivy', 'Got poison ivy rash walking the dog, never again'],
    ['a jack russell', 'Our Jack Russell has eaten a whole sock'],
  ])('a thing: %s', (_what, text) => {
    expect(named(text)).toEqual([]);
  });
  it.each([
    ['the child with an ark he built', 'Noah built an ark out of the big blocks today', 'Noah'],
    ['the child making daisy chains', 'Daisy made daisy chains for everyone in the garden', 'Daisy'],
  ])('the child: %s', (_what, text, match) => {
    expect(named(text)).toContain(match);
  });
});

describe('a first name with a plural verb is a firm or a team', () => {
  const pack = compile({ ...demoPack, people: { ...demoPack.people, children: ['Zara Hussain', 'Sky Lowe', 'Jack Hewitt', 'Emma Doyle'] } });
  const named = (text: string) => findingsOf(text, 'child-name', pack).map((f) => f.match);
  it.each([
    ['a shop', 'Zara have put their prices up again, £40 for a jumper'],
    ['a broadband firm', 'Sky are putting my broadband up £4 a month from April'],
  ])('a firm: %s', (_what, text) => {
    expect(named(text)).toEqual([]);
  });
  it.each([
    ['two children', 'Jack and Emma have been inseparable in the garden all week', 'Emma'],
    ['a child spoken to', 'Zara have you remembered your reading book?', 'Zara'],
    ['one child, one verb', 'Zara has been brilliant at tidy up time', 'Zara'],
  ])('the child: %s', (_what, text, match) => {
    expect(named(text)).toContain(match);
  });
});
