/**
 * Every labelled corpus, with the pack it was written for and who wrote it. One author per
 * file, none of whom read the engine or another file. `role` says what a corpus may be used for:
 * - `train`: the judgement models learn from it (scripts/train-judges.ts), and its mistakes may
 *   be read (scripts/corpus-report.ts);
 * - `sealed`: never trained on, never tuned on, its mistakes never printed: only aggregates.
 * Everyday corpora have no setting of their own: they are scored against every pack here.
 */
export interface Corpus {
  file: string;
  /** The pack the posts were written for; null for everyday posts (scored against all packs). */
  pack: string | null;
  author: string;
  role: 'train' | 'sealed';
  /**
   * Counterfactual sets: posts written with slots ({child}, {staff_title}, {setting_short}, ...)
   * and a file of packs with a filling for each slot; every post is checked once per pack.
   */
  fills?: string;
  /** What the author was asked for, for the human reader. */
  about: string;
}

const DEMO = 'rules/pack/demo-pack.json';

export const CORPORA: Corpus[] = [
  { file: 'tests/corpus/dev.jsonl', pack: DEMO, author: 'dev', role: 'train', about: 'demo nursery, first development set' },
  { file: 'tests/corpus/dev2.jsonl', pack: DEMO, author: 'dev2', role: 'train', about: 'demo nursery, second author' },
  { file: 'tests/corpus/dev3.jsonl', pack: DEMO, author: 'dev3', role: 'train', about: 'demo nursery, mostly clean: false alarms' },
  { file: 'tests/corpus/dev4.jsonl', pack: DEMO, author: 'dev4', role: 'train', about: 'demo nursery, fresh wordings of digs, where-you-work, campaigning' },
  { file: 'tests/corpus/settings/everyday-name-nursery.jsonl', pack: 'tests/corpus/settings/everyday-name-nursery.pack.json', author: 'na', role: 'train', about: 'a nursery named with everyday words, word-name children' },
  { file: 'tests/corpus/settings/church-primary.jsonl', pack: 'tests/corpus/settings/church-primary.pack.json', author: 'ps', role: 'train', about: 'a C of E primary school with a nursery class' },
  { file: 'tests/corpus/settings/community-preschool.jsonl', pack: 'tests/corpus/settings/community-preschool.pack.json', author: 'pc', role: 'train', about: 'a community pre-school and two childminders' },
  { file: 'tests/corpus/settings/childminder-club.jsonl', pack: 'tests/corpus/settings/childminder-club.pack.json', author: 'cm', role: 'train', about: 'a childminder with a breakfast, after-school and holiday club, word-name children' },
  { file: 'tests/corpus/settings/secondary-high.jsonl', pack: 'tests/corpus/settings/secondary-high.pack.json', author: 'sh', role: 'train', about: 'a secondary school with a sixth form, everyday-word name, word-name pupils' },
  // Written in a third round, by five more authors who never saw the engine; measured before training on them.
  { file: 'tests/corpus/settings/forest-nursery.jsonl', pack: 'tests/corpus/settings/forest-nursery.pack.json', author: 'fn', role: 'train', about: 'an outdoor forest-school nursery with a holiday club, most children with word-names' },
  { file: 'tests/corpus/settings/out-of-school-club.jsonl', pack: 'tests/corpus/settings/out-of-school-club.pack.json', author: 'oc', role: 'train', about: 'a charity breakfast, after-school and holiday club in a school hall, everyday-word name' },
  { file: 'tests/corpus/settings/infant-school.jsonl', pack: 'tests/corpus/settings/infant-school.pack.json', author: 'is', role: 'train', about: 'a local-authority infant school with a nursery class, named after a street' },
  { file: 'tests/corpus/settings/nursery-group.jsonl', pack: 'tests/corpus/settings/nursery-group.pack.json', author: 'ng', role: 'train', about: 'one branch of a day-nursery group, branch and group both everyday-word names' },
  { file: 'tests/corpus/settings/family-hub.jsonl', pack: 'tests/corpus/settings/family-hub.pack.json', author: 'fh', role: 'train', about: "a council family hub and children's centre with a nursery school, family support work" },
  // Written in a fourth round, by three more authors who never saw the engine; measured before training on them.
  { file: 'tests/corpus/settings/prep-school.jsonl', pack: 'tests/corpus/settings/prep-school.pack.json', author: 'op', role: 'train', about: 'an independent prep school with pre-prep, nursery and weekly boarding, everyday-word name, word-name pupils and staff' },
  { file: 'tests/corpus/settings/city-nursery.jsonl', pack: 'tests/corpus/settings/city-nursery.pack.json', author: 'cn', role: 'train', about: 'a large inner-city day nursery, many faiths and languages, virtue and faith word-names' },
  { file: 'tests/corpus/settings/junior-school.jsonl', pack: 'tests/corpus/settings/junior-school.pack.json', author: 'qj', role: 'train', about: 'a junior school in a multi-academy trust on a northern estate, staff with famous namesakes' },
  // Written in a fifth round, by more authors who never saw the engine; measured before training on them.
  { file: 'tests/corpus/settings/special-school.jsonl', pack: 'tests/corpus/settings/special-school.pack.json', author: 'ss', role: 'train', about: 'an all-age local-authority special school (3 to 19) with a nursery class and a post-16 department, word-name pupils' },
  { file: 'tests/corpus/settings/scottish-primary.jsonl', pack: 'tests/corpus/settings/scottish-primary.pack.json', author: 'ts', role: 'train', about: 'a Scottish primary school with an ELC class in a small town, Scots words, place-name and plant-name children' },
  { file: 'tests/corpus/settings/hospital-nursery.jsonl', pack: 'tests/corpus/settings/hospital-nursery.pack.json', author: 'vw', role: 'train', about: 'a workplace day nursery at an NHS hospital, run by a nursery company, NHS parents and partners' },
  { file: 'tests/corpus/settings/ni-primary.jsonl', pack: 'tests/corpus/settings/ni-primary.pack.json', author: 'wn', role: 'train', about: 'an integrated primary school with a nursery unit in Northern Ireland, Irish and place-name children, staff with famous namesakes' },
  { file: 'tests/corpus/everyday/everyday-1.jsonl', pack: null, author: 'ed', role: 'train', about: 'everyday posts, not about work' },
  { file: 'tests/corpus/everyday/everyday-2.jsonl', pack: null, author: 'ee', role: 'train', about: 'everyday posts by community voices' },
  { file: 'tests/corpus/everyday/everyday-3.jsonl', pack: null, author: 'e3', role: 'train', about: 'everyday posts: family, pets, other jobs, famous people and word-names, the news' },
  { file: 'tests/corpus/everyday/everyday-4.jsonl', pack: null, author: 're', role: 'train', about: 'everyday posts: own children with common names, parents\' side of school, other jobs, news, faith shared neutrally' },
  { file: 'tests/corpus/everyday/everyday-5.jsonl', pack: null, author: 'ue', role: 'train', about: 'everyday posts: insults with an innocent sense, harsh words about things outside work, word-names and famous people, parents\' side of school, other jobs' },
  { file: 'tests/corpus/settings/church-hall-preschool.jsonl', pack: 'tests/corpus/settings/church-hall-preschool.pack.json', author: 'xp', role: 'train', about: 'a charity pre-school, playgroup and baby class in a Methodist church hall, named after a bird, word-name children, staff with famous namesakes' },
  { file: 'tests/corpus/settings/seaside-academy.jsonl', pack: 'tests/corpus/settings/seaside-academy.pack.json', author: 'ys', role: 'train', about: 'an 11-18 academy with a sixth form in a seaside town, students with word-names and famous namesakes, staff named like celebrities' },
  { file: 'tests/corpus/everyday/everyday-6.jsonl', pack: null, author: 'ze', role: 'train', about: 'everyday posts: innocent senses of rude-looking words, harsh words about things outside work, friends and celebrities with word-names, places, other jobs in detail, the parent side of school' },
  // Seventh round, written before any training on it.
  { file: 'tests/corpus/settings/garrison-primary.jsonl', pack: 'tests/corpus/settings/garrison-primary.pack.json', author: 'gp', role: 'train', about: 'a community primary with a nursery class and a breakfast club on an army garrison, service families (postings, deployments), word-name and rank-name children, staff surnames that are words' },
  { file: 'tests/corpus/settings/saint-girls.jsonl', pack: 'tests/corpus/settings/saint-girls.pack.json', author: 'sg', role: 'train', about: "a Catholic girls' high school with a mixed sixth form in Liverpool, named after a saint, virtue-name pupils, staff with famous namesakes, Scouse voices" },
  { file: 'tests/corpus/everyday/everyday-7.jsonl', pack: null, author: 'e7', role: 'train', about: "everyday posts where work and school words have their ordinary sense or are someone else's: plant nurseries, gym and dance classes, driving lessons, the posters' own jobs outside childcare, coaching their own children, the parent side of school, insults at named people outside work" },
  { file: 'tests/corpus/holdout.jsonl', pack: DEMO, author: 'holdout', role: 'sealed', about: 'demo nursery, written separately, never tuned on' },
  // Written after the judgement models were in place, by authors who never saw the engine; sealed
  // hold-outs for four rounds, then (stop 23, once new authors' sets took their place) trained on.
  { file: 'tests/corpus/settings/wales-childrens-centre.jsonl', pack: 'tests/corpus/settings/wales-childrens-centre.pack.json', author: 's1', role: 'train', about: "a children's centre with a nursery and childminders, in Wales" },
  { file: 'tests/corpus/settings/academy-staff-nursery.jsonl', pack: 'tests/corpus/settings/academy-staff-nursery.pack.json', author: 's2', role: 'train', about: 'a secondary academy with a staff nursery, in a trust' },
  // Written after the second round of training, by two more authors who never saw the engine.
  { file: 'tests/corpus/settings/special-school-3-19.jsonl', pack: 'tests/corpus/settings/special-school-3-19.pack.json', author: 's3', role: 'train', about: 'a special school for pupils aged 3 to 19, with an early years unit' },
  { file: 'tests/corpus/settings/scottish-prep-kindergarten.jsonl', pack: 'tests/corpus/settings/scottish-prep-kindergarten.pack.json', author: 's4', role: 'train', about: 'an independent prep school with a kindergarten, in Scotland, everyday-word name' },
  // Written in the third round, by two more authors who never saw the engine.
  { file: 'tests/corpus/settings/village-committee-preschool.jsonl', pack: 'tests/corpus/settings/village-committee-preschool.pack.json', author: 's5', role: 'train', about: 'a village church-hall pre-school run by a parent committee' },
  { file: 'tests/corpus/settings/primary-academy-resource-base.jsonl', pack: 'tests/corpus/settings/primary-academy-resource-base.pack.json', author: 's6', role: 'train', about: 'a large primary academy in a trust, with a resource base for autistic pupils' },
  // Written in the fourth round, by two more authors who never saw the engine.
  { file: 'tests/corpus/settings/village-preschool-everyday-name.jsonl', pack: 'tests/corpus/settings/village-preschool-everyday-name.pack.json', author: 's7', role: 'train', about: 'a village pre-school in a church hall, run by a committee, everyday-word name' },
  { file: 'tests/corpus/settings/all-through-academy.jsonl', pack: 'tests/corpus/settings/all-through-academy.pack.json', author: 's8', role: 'train', about: 'an all-through academy (nursery class to sixth form) in a Midlands city, with a resourced provision' },
  // Written in the fifth to seventh rounds and in stop 22, by authors who never saw the engine;
  // sealed hold-outs for two to four rounds, then (stop 24, once new authors' sets took their place) trained on.
  { file: 'tests/corpus/settings/welsh-medium-primary.jsonl', pack: 'tests/corpus/settings/welsh-medium-primary.pack.json', author: 's9', role: 'train', about: 'a Welsh-medium primary school with a nursery class, Welsh word-names, staff with famous namesakes' },
  { file: 'tests/corpus/settings/alternative-provision-academy.jsonl', pack: 'tests/corpus/settings/alternative-provision-academy.pack.json', author: 's10', role: 'train', about: 'an alternative provision academy (11 to 16) and a nursery for young parents, run by one charity in a coastal town' },
  { file: 'tests/corpus/settings/montessori-childrens-house.jsonl', pack: 'tests/corpus/settings/montessori-childrens-house.pack.json', author: 's11', role: 'train', about: 'a Montessori children\'s house with an after-school club in a commuter town, owned by a couple' },
  { file: 'tests/corpus/settings/three-form-entry-primary.jsonl', pack: 'tests/corpus/settings/three-form-entry-primary.pack.json', author: 's12', role: 'train', about: 'a three-form-entry community primary with a nursery in a multi-ethnic Midlands city' },
  { file: 'tests/corpus/settings/rural-primary-federation.jsonl', pack: 'tests/corpus/settings/rural-primary-federation.pack.json', author: 's13', role: 'train', about: 'a federation of two small rural primary schools with one head and a charity pre-school on one site, in Norfolk, word-name children and staff' },
  { file: 'tests/corpus/settings/nursery-chain-branch.jsonl', pack: 'tests/corpus/settings/nursery-chain-branch.pack.json', author: 's14', role: 'train', about: 'one branch of a large private day-nursery chain in an outer-London suburb, staff from many countries, international and word-name children' },
  { file: 'tests/corpus/settings/valleys-welsh-medium-primary.jsonl', pack: 'tests/corpus/settings/valleys-welsh-medium-primary.pack.json', author: 's15', role: 'train', about: 'a Welsh-medium community primary with a nursery class and a wraparound club, in a valleys town, Welsh and English word-name children' },
  { file: 'tests/corpus/settings/mill-town-nursery-school.jsonl', pack: 'tests/corpus/settings/mill-town-nursery-school.pack.json', author: 's16', role: 'train', about: 'a maintained nursery school in a northern mill town with its linked childminder network, word-name children' },
  { file: 'tests/corpus/everyday/everyday-17.jsonl', pack: null, author: 'e17', role: 'train', about: "a new everyday author's personal posts (own children and grandchildren with word-names, pets with people's names, sport, telly, faith, second jobs, local groups), 85% clean, checked against every pack" },
  // Written in stop 23 by four new authors, after the promotion of sealed 1-8 to training; sealed for two rounds, then (stop 25) trained on.
  { file: 'tests/corpus/settings/village-childminding-partnership.jsonl', pack: 'tests/corpus/settings/village-childminding-partnership.pack.json', author: 's18', role: 'train', about: 'a childminding partnership with wraparound care in a rural village, run from two homes and a barn, everyday-word name, word-name children' },
  { file: 'tests/corpus/settings/catholic-comprehensive.jsonl', pack: 'tests/corpus/settings/catholic-comprehensive.pack.json', author: 's19', role: 'train', about: 'a large Catholic comprehensive (11-18) with a sixth form and an SEN resource base in a northern city, named after a saint, abbreviation and nickname' },
  { file: 'tests/corpus/settings/islamic-primary.jsonl', pack: 'tests/corpus/settings/islamic-primary.pack.json', author: 's20', role: 'train', about: 'an independent Islamic primary with a nursery class in a multilingual Midlands city, everyday-word name, Arabic, Urdu and Somali names that are also words' },
  { file: 'tests/corpus/everyday/everyday-21.jsonl', pack: null, author: 'e21', role: 'train', about: "a new everyday author's personal posts: parents and grandparents, other jobs with children (coaches, dentists, nurses, bus drivers), harsh words about things, reviews, faith and news shared neutrally" },
  // Written in stop 24 by four new authors, after the promotion of sealed 9-17 to training; sealed for three rounds, then (stop 28) trained on.
  { file: 'tests/corpus/settings/steiner-kindergarten.jsonl', pack: 'tests/corpus/settings/steiner-kindergarten.pack.json', author: 's22', role: 'train', about: 'a Steiner-Waldorf kindergarten with a parent-and-child group and a small lower school (3 to 11) near a market town, everyday-word name, nature- and virtue-name children, staff whose first names are words' },
  { file: 'tests/corpus/settings/boys-grammar-school.jsonl', pack: 'tests/corpus/settings/boys-grammar-school.pack.json', author: 's23', role: 'train', about: "a selective boys' grammar school (11-18) with a mixed sixth form in a county town, an abbreviation and a nickname, staff surnames that are words (Cook, Baker, Church)" },
  { file: 'tests/corpus/settings/holiday-playscheme.jsonl', pack: 'tests/corpus/settings/holiday-playscheme.pack.json', author: 's24', role: 'train', about: 'a community interest company running a council holiday activity and food playscheme and a stay-and-play toddler group, weather-word name, play workers and volunteers, referred families' },
  { file: 'tests/corpus/everyday/everyday-25.jsonl', pack: null, author: 'e25', role: 'train', about: "a new everyday author's personal posts: shift workers, carers, retail, a student, retired couples, a coach of under-9s, renters, weddings, bereavement, nights out, money, telly and football banter, the parent side of school" },
  // Written in stop 25 by five new authors, who never saw the engine; measured, never tuned on.
  { file: 'tests/corpus/sealed/sealed-26.jsonl', pack: 'tests/corpus/sealed/sealed-26.pack.json', author: 's26', role: 'sealed', about: 'a rural Northumberland middle school (9 to 13) with a house system named after hills and rivers, everyday-word name, word-name pupils, staff surnames that are words' },
  { file: 'tests/corpus/sealed/sealed-27.jsonl', pack: 'tests/corpus/sealed/sealed-27.pack.json', author: 's27', role: 'sealed', about: 'a university campus workplace day nursery (0 to 5, 51 weeks), academic parents from many countries, tree-name setting, word-name children and staff' },
  { file: 'tests/corpus/sealed/sealed-28.jsonl', pack: 'tests/corpus/sealed/sealed-28.pack.json', author: 's28', role: 'sealed', about: 'a Scottish state secondary (S1 to S6) in a former mining town with a communication and support base, Scots words, pupils with word-names and famous namesakes' },
  { file: 'tests/corpus/sealed/sealed-30.jsonl', pack: 'tests/corpus/sealed/sealed-30.pack.json', author: 's30', role: 'sealed', about: 'a committee-run Cornish village pre-school with baby and toddler rooms in a converted chapel, a coastal-word name, Cornish and nature-name children, staff known by nicknames' },
  { file: 'tests/corpus/sealed/everyday-29.jsonl', pack: null, author: 'e29', role: 'sealed', about: "a new everyday author's personal posts: young adults' gaming, gigs, uni, dating and the gym, new parents, other jobs, village Facebook groups, hobbies, bereavement, harsh words about things" },
  // Written in stop 28 by five new authors, who never saw the engine; measured, never tuned on.
  { file: 'tests/corpus/sealed/sealed-31.jsonl', pack: 'tests/corpus/sealed/sealed-31.pack.json', author: 's31', role: 'sealed', about: 'a large community primary with a nursery class and breakfast and after-school clubs in south-east London, West African, Caribbean, Polish and Bangladeshi families, virtue- and word-name children (Precious, Blessing, Favour, Justice, King), an everyday-word name' },
  { file: 'tests/corpus/sealed/sealed-32.jsonl', pack: 'tests/corpus/sealed/sealed-32.pack.json', author: 's32', role: 'sealed', about: "a registered home childminder and her assistant in a Midlands town, a flower-name business, the poster's own children, husband and dog beside the minded children, her children's friends sharing the mindees' names" },
  { file: 'tests/corpus/sealed/sealed-33.jsonl', pack: 'tests/corpus/sealed/sealed-33.pack.json', author: 's33', role: 'sealed', about: "a hospital school service teaching children on the wards of a northern children's hospital and at home, bird-name setting and wards, confidential health details, NHS news, word-name pupils" },
  { file: 'tests/corpus/sealed/sealed-34.jsonl', pack: 'tests/corpus/sealed/sealed-34.pack.json', author: 's34', role: 'sealed', about: "a day nursery and pre-school on a working Devon farm with the family's farm shop next door, a farm-word name, animal- and plant-name children, staff surnames that are farm or trade words" },
  { file: 'tests/corpus/sealed/everyday-35.jsonl', pack: null, author: 'e35', role: 'sealed', about: "a new everyday author's personal posts: grandparents and the retired, allotments, caravans and walking, church and choir, Northern Irish and Welsh voices, football and rugby fans, baking, pets with people's names, DIY, the cost of living, other jobs" },
  // Written in stop 28 by seven more new authors, who never saw the engine: kinds of setting not yet met; measured, never tuned on.
  { file: 'tests/corpus/sealed/sealed-36.jsonl', pack: 'tests/corpus/sealed/sealed-36.pack.json', author: 's36', role: 'sealed', about: "a sixth-form college (16 to 19) in a northern city with a creche for students' and staff's babies, a place-name setting, word-name students" },
  { file: 'tests/corpus/sealed/sealed-37.jsonl', pack: 'tests/corpus/sealed/sealed-37.pack.json', author: 's37', role: 'sealed', about: "a council leisure centre's creche and school-holiday sports camps in a commuter town, an everyday-word name and a camp brand, coaches and lifeguards, word-name children" },
  { file: 'tests/corpus/sealed/sealed-38.jsonl', pack: 'tests/corpus/sealed/sealed-38.pack.json', author: 's38', role: 'sealed', about: 'a voluntary-aided Jewish primary with a nursery in north London, Hebrew and word-name pupils, staff named like famous people, festivals and the news' },
  { file: 'tests/corpus/sealed/sealed-39.jsonl', pack: 'tests/corpus/sealed/sealed-39.pack.json', author: 's39', role: 'sealed', about: 'a school for deaf children (3 to 19) with weekly boarding in the south-west, an everyday-word name, residential and therapy staff, BSL-influenced English, word-name pupils' },
  { file: 'tests/corpus/sealed/sealed-40.jsonl', pack: 'tests/corpus/sealed/sealed-40.pack.json', author: 's40', role: 'sealed', about: "a Scout group (Beavers, Cubs, Scouts) in a Yorkshire market town run by volunteer leaders whose day jobs are elsewhere, a numbered name and a nickname, word-name children" },
  { file: 'tests/corpus/sealed/sealed-41.jsonl', pack: 'tests/corpus/sealed/sealed-41.pack.json', author: 's41', role: 'sealed', about: "a football club's community trust running after-school clubs, PE in primaries and holiday camps in the Midlands, first-team and Sunday-league talk, children named like famous footballers" },
  { file: 'tests/corpus/sealed/everyday-42.jsonl', pack: null, author: 'e42', role: 'sealed', about: "a new everyday author's personal posts: nurses, drivers, hairdressers, warehouse and call-centre workers, students, young parents (their own children's nursery seen from home), dating, gym, gaming, reality telly, renting, local Facebook groups" },
  { file: 'tests/corpus/contrast/counterfactual.jsonl', pack: null, fills: 'tests/corpus/contrast/packs.json', author: 'cf', role: 'sealed', about: 'posts with slots for the names, checked against six packs (Karen on the staff, a child called Will, Sunshine)' },
  { file: 'tests/corpus/contrast/minimal-pairs.jsonl', pack: null, fills: 'tests/corpus/contrast/packs.json', author: 'cf', role: 'sealed', about: 'pairs one cue apart, a breach and a clean post' },
];

/** The packs everyday posts are scored against: every setting pack of a training corpus (sealed packs stay sealed). */
export const EVERYDAY_PACKS = [...new Set(CORPORA.filter((c) => c.role === 'train').map((c) => c.pack).filter((p): p is string => p !== null))];
