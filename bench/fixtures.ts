/**
 * Inputs for the benchmarks, made deterministically: posts of a given length built from
 * realistic sentences, and a large pack (2,000 children, 200 staff, 500 terms, 20 regexes).
 */
import demoPackJson from '../rules/pack/demo-pack.json';

const SENTENCES = [
  'Such a lovely day in the garden with the little ones ☀️',
  'Oliver loved the sandpit and Amelia built the tallest tower ever!',
  'Honestly my manager is useless, third rota change this week 🙄',
  'Anyone got recommendations for a good curry house near Leeds?',
  'Long day at work, wine o’clock 🍷',
  'Ring me on 07700 900123 if you want the pram, £40 ono',
  'Can’t believe the summer holidays are nearly over #backtoschool',
  'Shout out to @LittleAcornsDN for the best Christmas fair 🎄',
  'I hope everyone has a restful weekend x',
  'Vote for the best bake in the village show, voting closes at 5pm',
  'Watched Dick Whittington at the panto, the kids were screaming with laughter',
  'safeguarding referral went in today, such a tough one',
];

function rng(seed: number) {
  return () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

export function postOfLength(length: number, seed = 1): string {
  const rand = rng(seed);
  let text = '';
  while (text.length < length) text += `${SENTENCES[Math.floor(rand() * SENTENCES.length)]} `;
  return text.slice(0, length);
}

const FIRST = ['Amelia', 'Oliver', 'Isla', 'Noah', 'Ava', 'Leo', 'Mia', 'Arlo', 'Freya', 'Theo', 'Ivy', 'Finley', 'Elsie', 'Jude', 'Esme', 'Reuben', 'Nia', 'Kai', 'Zara', 'Yusuf', 'Aoife', 'Siobhan', 'Priya', 'Hamza', 'Maja', 'Grace', 'Will', 'Summer', 'Max', 'Ruby'];
const LAST = ['Hart', 'Brooks', 'Patel', 'Khan', 'Smith', 'Jones', 'Williams', 'Taylor', 'Davies', 'Evans', 'Thomas', 'Roberts', 'Walker', 'Wright', 'Robinson', 'Thompson', 'White', 'Hughes', 'Edwards', 'Green', 'Hall', 'Wood', 'Harris', 'Martin', 'Jackson', 'Clarke', 'Okafor', 'Nowak', 'Kowalski', 'Chen', 'Ní Bhriain', 'McAllister', 'Fitzgerald'];
const WORDS = ['ratio', 'inspection', 'grade', 'funding', 'rota', 'cover', 'agency', 'bonus', 'tribunal', 'complaint', 'invoice', 'deposit', 'takeover', 'closure', 'review', 'audit', 'sickness', 'absence', 'contract', 'probation'];

export function largePack(): unknown {
  const rand = rng(42);
  const pick = <T>(list: T[]) => list[Math.floor(rand() * list.length)]!;
  const children = Array.from({ length: 2000 }, (_, i) => `${pick(FIRST)} ${pick(LAST)}${i % 7 === 0 ? `-${pick(LAST)}` : ''}`);
  const staff = Array.from({ length: 200 }, () => `${pick(FIRST)} ${pick(LAST)}`);
  const terms = Array.from({ length: 500 }, (_, i) => ({
    id: `term-${i}`,
    category: pick(['confidential', 'derogatory', 'work-talk', 'profanity'] as const),
    phrases: [`${pick(WORDS)} ${pick(WORDS)} ${i}`, `${pick(WORDS)} ${pick(LAST).toLowerCase()}`],
    severity: pick(['low', 'medium', 'high'] as const),
  }));
  for (let i = 0; i < 20; i++) terms[i] = { ...terms[i]!, regex: [`\\b${pick(WORDS)}[- ]?\\d{2,4}\\b`] } as never;
  return { ...demoPackJson, id: 'large-bench', people: { children, staff }, terms: [...demoPackJson.terms, ...terms] };
}

/** Posts of one long token each, shaped to make a backtracking pattern retry from every position. */
export function adversarialPosts(length: number): Record<string, string> {
  const fill = (unit: string) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length);
  return {
    'letters (aaaa…)': fill('a'),
    'dotted (a.a.a…)': fill('a.'),
    'dashed (a-a-a…)': fill('a-'),
    'digits (0000…)': fill('0'),
    'e-mail, no domain (aaa…@b)': `${fill('a').slice(0, length - 2)}@b`,
    'e-mail, endless domain (x@a.a.a…)': `x@${fill('a.').slice(0, length - 2)}`,
    'at signs (a@a@a…)': fill('a@'),
    'spelt e-mail (a at b dot …)': fill('a at b dot '),
    'spaces after a word': `a${' '.repeat(length - 1)}`,
    'hashtag (#aaaa…)': `#${fill('a').slice(1)}`,
    'dashed labels (a-a.a-a.…)': fill('a-a.'),
    'long URL-like run (ab.cd-ef.gh1…)': fill('ab.cd-ef.gh1.'),
    'link, endless path (x.com/a.,a.,…)': `x.com/${fill('a.,').slice(6)}`,
    'many links (a.com b.org …)': fill('w.example.com/p a.co.uk '),
    'camelCase run (aBaBaB…)': fill('aB'),
    'one long word, digits inside (a1b2c3…)': fill('a1b2'),
    'spaced letters (a a a …)': fill('a '),
    'phone-like digits (0 0 0 …)': fill('0 '),
    'names, no spaces (OliverAmeliaIsla…)': fill('OliverBrooksAmeliaHart'),
  };
}
