/**
 * The last step of a check: drop findings inside an allowed phrase, drop a finding contained
 * in a larger one of the same category (the full name over the first name), and order what
 * is left by position, then severity.
 */
import { type Finding, SEVERITY_RANK } from '../types';

const PERSON = new Set(['child-name', 'staff-name']);

export function settle(found: Finding[], allow: [number, number][]): Finding[] {
  const kept = found.filter((f) => !allow.some(([s, e]) => f.start >= s && f.end <= e));
  const out = kept.filter((f, i) =>
    !kept.some((g, j) => {
      if (i === j) return false;
      const sameKind = g.category === f.category || (PERSON.has(g.category) && PERSON.has(f.category));
      if (!sameKind || g.start > f.start || g.end < f.end) return false;
      const same = g.start === f.start && g.end === f.end;
      if (!same) return true;
      // Identical spans: keep the more severe, then the child over the staff member, then the first.
      const rank = SEVERITY_RANK[g.severity] - SEVERITY_RANK[f.severity];
      if (rank !== 0) return rank > 0;
      if (g.category !== f.category) return g.category === 'child-name';
      return j < i;
    }),
  );
  return out.sort((a, b) => a.start - b.start || SEVERITY_RANK[b.severity] - SEVERITY_RANK[a.severity] || a.end - b.end);
}
