/**
 * The last step of a check: drop findings inside an allowed phrase, drop a finding contained
 * in a larger one of the same kind (the full name over the first name) unless it is the more
 * severe (then it replaces the larger: a quiet "at work today" must not hide a warning on "at
 * work" said of a child), and order what is left by position, then severity. Sort-and-sweep,
 * so long posts with many findings stay fast.
 */
import { type Finding, SEVERITY_RANK } from '../types';

const kindOf = (f: Finding) => (f.category === 'child-name' || f.category === 'staff-name' ? 'person' : f.category);

export function settle(found: Finding[], allow: [number, number][]): Finding[] {
  const allowed = [...allow].sort((a, b) => a[0] - b[0]);
  const inAllowed = (f: Finding) => allowed.some(([s, e]) => f.start >= s && f.end <= e);
  // Within a kind: earlier first, then longer, then more severe, then the child before staff.
  const ordered = found.filter((f) => allowed.length === 0 || !inAllowed(f)).sort((a, b) =>
    kindOf(a).localeCompare(kindOf(b)) || a.start - b.start || b.end - a.end ||
    SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || (a.category === 'child-name' ? -1 : b.category === 'child-name' ? 1 : 0));
  const kept: Finding[] = [];
  for (const f of ordered) {
    // Every kept finding starts at or before f, and a finding is kept only by reaching past the
    // last one kept (or by replacing it), so the last kept is the one f may be inside.
    const last = kept.at(-1);
    if (!last || kindOf(last) !== kindOf(f) || f.end > last.end) kept.push(f);
    else if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[last.severity]) kept[kept.length - 1] = f;
  }
  return kept.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end);
}
