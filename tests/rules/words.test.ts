import { describe, expect, it } from 'vitest';
import { categoriesOf, findingsOf } from './helpers';

describe('profanity', () => {
  it.each([
    ['plain', 'what the fuck', 'fuck', 'medium'],
    ['masked', 'f*ck this', 'f*ck', 'medium'],
    ['double mask', 'f**king hell', 'f**king', 'medium'],
    ['leet', 'this is sh1t', 'sh1t', 'medium'],
    ['zero-width inside', 'sh\u200bit day', 'sh\u200bit', 'medium'],
    ['spaced', 'f u c k it', 'f u c k', 'medium'],
    ['crap counts', 'what a crap day', 'crap', 'medium'],
    ['arsed counts', "can't be arsed", 'arsed', 'medium'],
    ['bloody is mild', 'bloody freezing', 'bloody', 'low'],
    ['sod it is mild', 'oh sod it', 'sod it', 'low'],
    // Every author of the corpora labels these as swearing: the reader hears the word.
    ['an abbreviation', 'ffs the bus is late again', 'ffs', 'medium'],
    ['an abbreviation in capitals', 'WTF is this weather', 'WTF', 'medium'],
    ['masked to a letter', 'oh for f\'s sake', "f's sake", 'medium'],
    // Masks that keep only the first letter: nobody stars out "coat".
    ['the c-word masked to its ends', 'useless c**t', 'c**t', 'medium'],
    ['the c-word masked after its first letter', 'called the ref a c*** six times', 'c***', 'medium'],
    ['a long mask with the ending kept', 'f*****g unreal', 'f*****g', 'medium'],
    // Scots.
    ['shitey', 'this shitey weather', 'shitey', 'medium'],
    ['pish', 'whit a load of pish', 'pish', 'medium'],
    ['bawbag', 'dinnae reply to that bawbag', 'bawbag', 'medium'],
    ['gobshite', 'some gobshite blasting music on the bus', 'gobshite', 'medium'],
    ['crapping it', 'crapping it about the interview tomorrow', 'crapping', 'medium'],
    // A word with an innocent sense, said of a person.
    ['knob said of someone', "ignore him, he's a knob", "he's a knob", 'medium'],
    ['tit with an intensifier', 'you absolute tit 😂', 'you absolute tit', 'medium'],
    ['such a knob', 'my brother is such a massive knob sometimes', 'such a massive knob', 'medium'],
  ])('%s', (_name, text, match, severity) => {
    const f = findingsOf(text, 'profanity');
    expect(f.map((x) => [x.match, x.severity])).toContainEqual([match, severity]);
  });

  it.each([
    ['birds', 'two blue tits and a great tits pair on the feeder this morning'],
    ['Scunthorpe', 'road trip to Scunthorpe'],
    ['assessment', 'my assessment is due'],
    ['cocktail', 'cocktail night!'],
    ['Dick Whittington', 'panto was Dick Whittington this year'],
    ['Dick Van Dyke', 'Dick Van Dyke in Mary Poppins'],
    ['shiitake', 'shiitake mushroom risotto'],
    ['class', 'yoga class tonight'],
    ['a finger-prick test', 'any tips on finger prick tests with a wriggly three year old?'],
    ['birds on a feeder', 'Stunning pic of the tits on your feeder!! and the finches'],
    ['a pin prick', 'it was only a pin prick but she cried for ten minutes'],
    ['a knob of butter', 'finish the sauce with a knob of butter and some parsley'],
    ['a door knob', 'the door knob came off in my hand again'],
    ['tit for tat', 'it was all tit for tat between the two of them'],
    ['a blue tit', 'a blue tit has moved into the nest box'],
  ])('no false alarm: %s', (_name, text) => {
    expect(findingsOf(text, 'profanity')).toEqual([]);
  });
});

describe('derogatory', () => {
  it.each([
    ['insult at manager', 'my manager is completely useless'],
    ['aimed at parents as a group', 'some parents are so entitled'],
    ['accusation', 'the owners are stealing from the parents'],
    ['threat', "I'm going to slap her if she does that again"],
    ['sarcasm', 'great management as always'],
    ['warning off', "don't send your kids to that nursery"],
    ['named colleague', 'Priya is a lazy cow'],
  ])('%s', (_name, text) => {
    expect(findingsOf(text, 'derogatory').some((f) => f.severity !== 'low')).toBe(true);
  });

  it.each([
    ['a bad film', 'that film was awful'],
    ['the weather', 'the weather is horrible today'],
    ['own phone', 'my phone is useless'],
    ['negated', 'my manager is not useless at all'],
    ['oneself', "I'm so useless at baking"],
  ])('not derogatory: %s', (_name, text) => {
    expect(findingsOf(text, 'derogatory').filter((f) => f.severity !== 'low')).toEqual([]);
  });
});

describe('personal information', () => {
  it.each([
    ['UK mobile', 'text me on 07700 900123'],
    ['mobile, no spaces', 'ring 07700900123'],
    ['+44 mobile', 'call +44 7700 900123'],
    ['+44 (0)', 'call +44 (0)7700 900123'],
    ['landline with brackets', 'ring (0161) 496 0000'],
    ['London landline', 'on 020 7946 0018'],
    ['international', 'whatsapp +33 6 12 34 56 78'],
    ['e-mail', 'email me jane.doe@example.com'],
    ['street address', 'I live at 14 Elm Grove now'],
    ['postcode', 'we moved to SW1A 1AA'],
    ['a one-letter area postcode', 'new address is flat 2, M14 6HP'],
    ['a Belfast postcode', 'we are BT9 5AB now'],
    ['date of birth', 'DOB: 12/05/1994'],
    ['born on', 'I was born on 3rd March 1990'],
    ['where I work', 'my last shift at Little Acorns today'],
    ['open day', 'come and see me at the open day!'],
    ['a mobile after a verb', 'my number is 07700 900123, text me'],
    ['an e-mail spelt out at a mail host', 'drop me a line, jo.smith at outlook.com'],
    ["a person's own number", 'lost my phone, ring my other number 07812 449 306 if you find it'],
    ['a mobile no.', 'my mobile no. 07700 900123'],
    ['a Welsh street', 'drop them round to me at 8 Heol Y Parc, Pencoed'],
  ])('%s', (_name, text) => {
    expect(categoriesOf(text)).toContain('personal-info');
  });

  it.each([
    ['a time', 'meet at 10:30 tomorrow'],
    ['a price', 'only £12.99 in the sale'],
    ['a year', 'back in 2019 we went to Spain'],
    ['an order number', 'order number 07700900123 still not here'],
    ['a tracking number', 'tracking 0123456789012 says delivered'],
    ['a tracking number after a verb', "Tracking says 0091 2284 5573 'out for delivery' since 7am"],
    ['a freephone number', 'Mine said to call 0800 000 1234 and pay £1.99. Scam, ignore it'],
    ['a service number', 'rang the council on 0300 123 4567 and waited 40 minutes'],
    ['a page spelt like an e-mail', 'More pics at facebook.com/OurClubPage #messyplay'],
    ['a social site spelt like an e-mail', 'have a look at instagram.com for the photos'],
    ['a date that is not a birthday', 'holiday booked for 12/08/2026'],
    ['a code shaped like a postcode in no postcode area', '@evri_help tracking H00FJ 7728 1944 says delivered'],
    ['a product code in no postcode area', 'the part is QX5 9LT on the box'],
  ])('not personal information: %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('personal-info');
  });
});

describe('confidential, work talk, politics and religion', () => {
  it.each([
    ['pack term', 'had to do a safeguarding referral today', 'confidential'],
    ['built-in default', 'social services came in about one family', 'confidential'],
    ['disciplinary', 'got a disciplinary hearing next week', 'confidential'],
    ['key children', 'so proud of my key children today', 'work-talk'],
    ['baby room', 'rough day in the baby room', 'work-talk'],
    ['mums at pick up', 'one of the mums at pick up was fuming', 'work-talk'],
    ['vote for a party', 'Vote Labour on Thursday!', 'political-religious'],
    ['recruit to church', 'come and join us at church this Sunday', 'political-religious'],
    ['faith', 'Jesus loves you, give your life to Christ', 'political-religious'],
    ['petition', 'please sign this petition', 'political-religious'],
    ['a ratio, children first', '28 kids in breakfast club and two staff this morning', 'confidential'],
    ['a ratio, adults first', 'there were 4 of us for 15 babies because two rang in', 'confidential'],
    ['a ratio in a list', 'One practitioner, eight children and a broken radiator', 'confidential'],
  ])('%s', (_name, text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });
  // A known miss of the models retrained in stop 24 (everyday posts weighted twice): "out of ratio ... again" is read
  // as work talk only; learnt by the models on stemmed words with 1000 words each, lost with 2000 (stop 27).
  // Kept as a failing expectation so that a fix shows.
  it.fails('out of ratio (known miss)', () => {
    expect(categoriesOf('we were out of ratio all afternoon again')).toContain('confidential');
  });

  it.each([
    ['neutral reminder to vote', "don't forget polls close at 10pm", 'political-religious'],
    ['went to church', 'lovely christening at church today', 'political-religious'],
    ['a family holiday party', 'cottage for four adults and three kids, any tips?', 'confidential'],
    ['own children out with friends', 'took my 3 kids to the park with two other mums', 'confidential'],
    ['a family ticket', 'family ticket for 2 kids and 2 adults is £40 at the zoo', 'confidential'],
  ])('not counted: %s', (_name, text, category) => {
    expect(categoriesOf(text)).not.toContain(category);
  });

  it('a bare "long day at work" is low at most', () => {
    const f = findingsOf('long day at work, wine time', 'work-talk');
    expect(f.every((x) => x.severity === 'low')).toBe(true);
  });
});


// Votes the judgement models have missed, kept in view: an `it.fails` fails today and will pass
// when a model learns it (then make it a plain `it` again).
describe('votes that are not campaigning, once missed by the judgement models', () => {
  // Learnt by the models trained on 21 authors, lost by those trained on 26, learnt again by those trained on 29,
  // lost again by those on stemmed words (stop 27: "awards" and "award" are one feature now), learnt again by
  // those trained on 57 (stop 28); the village show was learnt by those trained on 40.
  it('an award vote is not campaigning: "please vote for us in the local business awards"', () => {
    expect(categoriesOf('please vote for us in the local business awards')).not.toContain('political-religious');
  });
  it('a village-show vote is not campaigning: "Vote for the best bake in the village show"', () => {
    expect(categoriesOf('Vote for the best bake in the village show, voting closes at 5pm')).not.toContain('political-religious');
  });
});
