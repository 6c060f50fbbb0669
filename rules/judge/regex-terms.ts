/** The pack's own regular expressions, run by RE2 (linear time) over the folded lower-case text. */
import type { Run } from '../run';

export function judgeRegexTerms(run: Run): void {
  const text = run.f.lower;
  for (const { term, re, literal } of run.c.regexTerms) {
    if (literal && !text.includes(literal)) continue;
    const m = re.matcher(text);
    let from = 0;
    while (from <= text.length && m.find(from)) {
      run.addFolded(term.category, term.id, term.severity, m.start(), m.end(), term.message);
      from = m.end() > m.start() ? m.end() : m.end() + 1;
    }
  }
}
