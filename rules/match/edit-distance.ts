/**
 * True when `a` and `b` differ by at most one edit: a letter changed, added, dropped, or two
 * neighbours swapped. Linear: compares around the first difference instead of filling a table.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let p = 0;
  while (p < la && p < lb && a.charCodeAt(p) === b.charCodeAt(p)) p++;
  if (la === lb) {
    if (a.slice(p + 1) === b.slice(p + 1)) return true; // changed
    return a[p] === b[p + 1] && a[p + 1] === b[p] && a.slice(p + 2) === b.slice(p + 2); // swapped
  }
  return la > lb ? a.slice(p + 1) === b.slice(p) : a.slice(p) === b.slice(p + 1); // dropped or added
}
