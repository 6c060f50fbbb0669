/** The judgement calls: sarcasm, where you work, work context, disclosures, recruiting. */
import { describe, expect, it } from 'vitest';
import { demoPack } from '../../rules';
import { findCues } from '../../rules/check';
import { compilePack } from '../../rules/compile';
import { categoriesOf, findingsOf } from './helpers';

const warned = (text: string, category: Parameters<typeof findingsOf>[1]) => findingsOf(text, category).some((f) => f.severity !== 'low');

describe('digs without an insult word', () => {
  it.each([
    ['sarcasm at a named colleague', 'Ah yes, Miss Adeyemi, famous for her hard work. Said nobody ever 🙄'],
    ['eye-roll after the manager', 'Our manager has changed the rota again 🙄'],
    ['mockery', "Dan couldn't change a nappy if his life depended on it. Make it make sense"],
    ['contempt for parents', 'Some parents genuinely shouldn\'t be parents'],
    ['insinuation about money', "The fees went up again but there's no money for new toys. Where's it all going 🤔 #justasking"],
    ['intensified insult', 'management are an absolute joke'],
    ['scare quotes beside a role', "Manager's new 'open door policy' means she can hear you moan about her"],
    ['scare quotes beside a named colleague', "Priya is 'helping out' in the baby room again, aka on her phone"],
    ['a pronoun after the role', 'Told the deputy about the broken gate in September. She is too busy sat on her phone to fill in a form.'],
    ['a veiled sign-off after a remark about the office', 'The office lost the trip forms again. Mark my words, it will be our fault by Friday'],
    ["'would not know one if it hit them'", "Our deputy wouldn't know a risk assessment if it hit her on the head"],
    ["'to save his life'", "The new room leader can't fill in a rota to save his life"],
  ])('%s', (_name, text) => {
    expect(warned(text, 'derogatory')).toBe(true);
  });

  it.each([
    ['eye-roll at the weather', 'Raining again 🙄 so much for summer'],
    ["scorn at one's own mum", 'My mum needs to learn that not every Facebook post is real news 🙄'],
    ['scare quotes about a TV show', "Watching the 'reality' show everyone's on about, it's dire"],
    ['quoted speech from a child', "Oliver told me my hair looks like 'broccoli' 😂"],
    ["a child's own word beside the child", "Amelia was SO proud of her den today (the password was 'sausage')"],
    ['a child at play, in quotes', "Oliver and Grace spent the whole afternoon 'cooking' nettle soup in the mud kitchen 😂"],
    ['a secret kept, not a dig', "Ofsted came in today!! Can't say anything yet 🤐"],
    ['the council, far from the setting', 'The council still have not fixed the streetlight. Third email. Useless.'],
    ['a simile about a football team', 'Villa defended like a bunch of toddlers in soft play today. Embarrassing.'],
    ["'not just saying it' as praise", "Best manager I have ever worked for and I'm not just saying it because she might read this"],
    ['a put-down idiom about oneself', "I can't parallel park to save my life, took me four goes outside the Co-op"],
  ])('not a dig: %s', (_name, text) => {
    expect(warned(text, 'derogatory')).toBe(false);
  });
});

describe('where you work', () => {
  it.each([
    ['the setting beside "I"', 'I was at Little Acorns til gone 7 doing the reports'],
    ['anniversary', 'Been at Little Acorns 5 years this week 💛'],
    ['by its street', "I'm at the nursery on Chestnut Lane now, 3 days a week"],
    ['worked there', "Don't waste your money on Little Acorns. Worked there 2 years, I'd know."],
    ['a staff hashtag', 'New term, new tunic, same tired face #LittleAcornsLife'],
    ['an insider next door', "We've got toddler spaces at Little Acorns! Pop in and ask for me, I'm the one with pink hair"],
    ['a number spelt out', 'Drop me a line: zero seven seven zero zero, nine zero zero, six four one'],
    ['an e-mail spelt out', 'email me at jodie dot marsh91 at gmail dot com'],
  ])('%s', (_name, text) => {
    expect(categoriesOf(text)).toContain('personal-info');
  });

  // The setting's own voice ("we're recruiting", "our website") beside its link: the corpora's authors
  // split on whether that also says where the poster works (4 of 13 setting authors say yes), and the
  // model follows the majority; the link itself always warns.
  it('a job advert with the setting\'s link warns as its link', () => {
    expect(findingsOf("We're recruiting! Apply at littleacorns-nursery.example/jobs", 'setting-link').some((f) => f.severity !== 'low')).toBe(true);
  });

  it.each([
    ['family at another nursery', 'My niece is at a nursery in Harrogate and loves forest school'],
    ['back to work in a month', 'Need to go back to work in March 😩'],
    ["a sister's workplace", "So proud of my sister, who's just been made manager at Bright Horizons in Bristol"],
  ])('not personal information: %s', (_name, text) => {
    expect(categoriesOf(text)).not.toContain('personal-info');
  });
});

describe('dates of birth', () => {
  // Every full date in the training corpora's birthday posts was labelled personal information (76 posts, 28 authors).
  it.each([
    ['a birthday and a date after it', 'happy birthday to me 🎉 24/06/1989, a vintage year'],
    ["a parent's birthday spelt out", "Mum's birthday today, 7th October 1958, she'd kill me for telling you her age"],
    ['the age beside the date', 'Happy 30th to me! 07/09/1996 babyyy'],
    ['a date of birth said later', "My DOB on the form was wrong, it's 23rd June 1990 not 1909"],
  ])('%s', (_name, text) => {
    expect(findingsOf(text, 'personal-info').some((f) => f.ruleId.endsWith('date-of-birth'))).toBe(true);
  });

  it.each([
    ['a wedding date', 'Our wedding was 12/06/2010, best day of my life'],
    ['a birthday with no year', 'Birthday party on 3rd May, fancy dress'],
    ['a year alone', 'Happy birthday to my nan, 90 years since 1936 and still going'],
  ])('not a date of birth: %s', (_name, text) => {
    expect(findingsOf(text, 'personal-info').some((f) => f.ruleId.endsWith('date-of-birth'))).toBe(false);
  });
});

describe('work talk, confidential matters and campaigning', () => {
  it.each([
    ['the room by name', 'Baby room did their first painting with spaghetti today', 'work-talk'],
    ['age groups', 'Sports day practice with the 3s and 4s', 'work-talk'],
    ['HR matter', 'she got a final written warning for it, don\'t say I said', 'confidential'],
    ["a child's health", 'Little Summer has been off with suspected measles', 'confidential'],
    ["a family's private life", "Amelia's parents are splitting up and she's so unsettled", 'confidential'],
    ['a secret about work', 'Big secret at work: we are opening a second site 🤫', 'confidential'],
    ['a candidate named', 'Vote for Jenny Hobbs on 7th May, she is one of us!', 'political-religious'],
    ['a march with a time', 'the Save Our Libraries march is Saturday 10am, please come, we need numbers', 'political-religious'],
    ['faith invitation', "If you've ever been curious about Islam, message me", 'political-religious'],
    ['a strike', 'Strike is ON. Tuesday 8am, picket at the county hall gates. Bring a flask and your voice', 'political-religious'],
    ['leaving a faith', 'Religion is just organised guilt. Leave your church and you will sleep better.', 'political-religious'],
  ])('%s', (_name, text, category) => {
    expect(categoriesOf(text)).toContain(category);
  });

  it.each([
    ['an own child at parents evening', 'Parents evening for my eldest tonight, apparently he is a delight', 'work-talk'],
    ['an egg hunt in March', 'Easter egg hunt in March, everyone welcome!', 'political-religious'],
    ['polls open, nothing urged', 'Polls open at 7 tomorrow, the station is at the church hall', 'political-religious'],
    ['own illness', 'Been diagnosed with asthma, new inhaler time', 'confidential'],
  ])('not counted: %s', (_name, text, category) => {
    expect(categoriesOf(text)).not.toContain(category);
  });
});

describe('everyday English that is no dig, read by the cue rules', () => {
  const cues = (text: string) => findCues(compilePack(demoPack), text).out.filter((f) => f.category === 'derogatory').map((f) => f.match);
  it.each([
    ['a relative clause, not "Who knew?"', 'The manager is retiring on Friday and everyone who knew her at the start is coming to the do'],
    ['"what have they done with", not "I\'m done with"', 'Parents evening said my lad is a delight. What have they done with my son and where is he'],
    ['a name someone is called, not a word sneered at', "The toddlers have started calling the new manager 'boss lady' and she loves it"],
    ['an insult said of the thing right after it', 'Absolutely gutted for you pet. Stupid cancer. Big hugs to you and the bairns xx'],
    ['a useless gadget, not a useless person', 'The useless printer at work ate my planning again'],
  ])('%s', (_what, text) => {
    expect(cues(text)).toEqual([]);
  });
  it.each([
    ['"Who knew?" as sarcasm', 'Management finally noticed we are short staffed. Who knew'],
    ['"done with" as exasperation', "I'm done with the manager at this place and her rotas"],
    ['scare quotes beside the manager', "The manager's idea of 'support' is a fruit bowl in the staff room"],
    ['an insult said of a role right after it', 'the useless manager changed the rota again'],
    ['an insult before a word for a person', 'that lazy woman in the office never answers the phone'],
  ])('but %s still is', (_what, text) => {
    expect(cues(text).length).toBeGreaterThan(0);
  });
});

describe("a secondary teacher's voice, read by the cue rules", () => {
  // Two secondary-school authors' work talk (sh, ys): 22 more of their breaches found, no clean post of theirs newly warned.
  const cues = (text: string) => findCues(compilePack(demoPack), text).out.filter((f) => f.category === 'work-talk' && f.severity !== 'low').map((f) => f.match);
  it.each([
    ['the groups taught', "Year 10 bottom set are genuinely the thickest group I've taught in 12 years"],
    ['my lesson', "one of them told me my lesson was 'mid' and I've never been more hurt"],
    ['my form', 'So proud of Lily from my form who has just got her offer from Oxford'],
    ['the subject taught and where', 'I teach chemistry at the academy and we have two sixth form open mornings left'],
    ['the behaviour system', 'Isolation room has 14 kids in it and one member of staff'],
  ])('work talk: %s', (_what, text) => {
    expect(cues(text).length).toBeGreaterThan(0);
  });
  it.each([
    ['a grandparent teaching chess', "Grandson stopped over. He beat me at chess three times. I've taught him too well"],
    ['a form filled in', 'I filled in my form for the passport renewal at last'],
    ['own schooling', 'I went to a grammar in the 90s. Top set everything, tutors at weekends'],
  ])('not work talk: %s', (_what, text) => {
    expect(cues(text)).toEqual([]);
  });
});

describe('campaigning constructions, read by the cue rules', () => {
  const urged = (text: string) => findCues(compilePack(demoPack), text).out.some((f) => f.category === 'political-religious' && f.severity !== 'low');
  it.each([
    ['an imperative to worship', 'Pray every day. Go to church. Your soul depends on it'],
    ['calling people back to a faith', 'If you have wandered off, come back to the Lord, He is waiting for you'],
    ['lobbying a representative', 'Please tell your MP to vote against the cuts to school budgets'],
    ['recruiting to a union', 'Every support worker should join the NEU, we are stronger together'],
    // An imperative opening its sentence beside a party or a gathering (six training posts by two new authors).
    ['switching a vote', 'Labour have failed this coast. Switch to the Lib Dems at the by-election, it is a two horse race'],
    ['the people called, then the imperative', 'Teachers, get on the picket line Thursday. No cover, no scabs. Solidarity'],
    ['everyone called to a march', 'Ready to march with you Saturday! Everyone come, the more the merrier'],
    ['a Pride event', 'Everybody should get themselves to the Pride picnic on Saturday, bring a rainbow'],
    ['a political group', 'Britain needs a proper revolution. Join the Socialist Workers at the library Weds 7pm'],
  ])('urges: %s', (_what, text) => {
    expect(urged(text)).toBe(true);
  });
  it.each([
    ['going to church, said of oneself', 'I go to church most Sundays and the new vicar does a lovely sermon'],
    ['a bare mention of a union', 'My dad was in the union at the pit for forty years'],
    ['"the only ones that", of anything but a party', 'These boots are the only ones that survive the puppy'],
    ['a reminder of polling day', 'Vote on Thursday, polls close at 10pm. You do need photo ID now'],
    ['pride as a feeling', 'So much pride watching my son march in the Remembrance parade'],
    ['a church concert', 'Our church choir is doing the Messiah on the 15th. Come for the Hallelujah Chorus if nothing else'],
  ])('does not urge: %s', (_what, text) => {
    expect(urged(text)).toBe(false);
  });
});
