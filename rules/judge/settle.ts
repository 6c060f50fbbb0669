/**
 * The last step of a check: drop findings inside an allowed phrase, drop a finding contained
 * in a larger one of the same kind (the full name over the first name), and order what is
 * left by position, then severity. Sort-and-sweep, so long posts with many findings stay fast.
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
  let kind = '';
  let reach = -1;
  for (const f of ordered) {
    if (kindOf(f) !== kind) { kind = kindOf(f); reach = -1; }
    // Every kept finding of this kind starts at or before f; if one reaches past f's end, f is inside it.
    if (f.end <= reach) continue;
    kept.push(f);
    reach = f.end;
  }
  return kept.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end);
}
