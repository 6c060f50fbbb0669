import { type Category, type Finding, compile, demoPack } from '../../rules';

export const demo = compile(demoPack);

/** The categories found in a text, optionally only at or above a severity. */
export function categoriesOf(text: string, checker = demo): Category[] {
  return [...new Set(checker.check(text).map((f) => f.category))].sort();
}

export function findingsOf(text: string, category: Category, checker = demo): Finding[] {
  return checker.check(text).filter((f) => f.category === category);
}
