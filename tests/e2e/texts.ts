/** Post texts for the scenarios, chosen by asking the engine itself, so no expected finding is written down by hand. */
import { compile, demoPack, type Finding } from '../../rules';
import { SEVERITY_RANK } from '../../rules';
import { buildCards } from '../../components/cards';

const checker = compile(demoPack);

const CANDIDATES = {
  clean: ['What a lovely sunny afternoon at the beach', 'Just finished a great book about sailing boats', 'Pasta for tea again tonight'],
  medium: ['Ugh this week has been crap, roll on Friday', 'Lovely day with little Oliver in the garden', 'Vote for Jones on Thursday, all of you!', 'Oliver loved the sandpit today'],
  high: ['Had to make a safeguarding referral today, heartbreaking', 'Worried sick about the staff restructure', 'The Ofsted grade is out and it is bad'],
};

function worst(findings: Finding[]): number {
  return Math.max(-1, ...findings.map((f) => SEVERITY_RANK[f.severity]));
}

function pick(kind: keyof typeof CANDIDATES, test: (f: Finding[]) => boolean): string {
  const hit = CANDIDATES[kind].find((t) => test(checker.check(t)));
  if (!hit) throw new Error(`the engine flags none of the ${kind} candidates as ${kind}: update tests/e2e/texts.ts`);
  return hit;
}

export interface Texts {
  /** No finding that would stop a post. */
  clean: string;
  /** Worst finding medium. */
  medium: string;
  /** At least one high finding. */
  high: string;
}

export function chooseTexts(): Texts {
  return {
    clean: pick('clean', (f) => worst(f) < SEVERITY_RANK.medium),
    medium: pick('medium', (f) => worst(f) === SEVERITY_RANK.medium),
    high: pick('high', (f) => worst(f) === SEVERITY_RANK.high),
  };
}

/** The words the dialog must mark, in its order: one card per span (components/cards.ts), highest severity first, then by position. */
export function expectedMarks(texts: string[]): string[] {
  return buildCards(texts.flatMap((text) => checker.check(text).map((finding) => ({ finding, text })))).map((c) => c.match);
}

export function findingsOf(text: string): Finding[] {
  return checker.check(text);
}
