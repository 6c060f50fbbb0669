/**
 * The longest run of plain characters every match of a regular expression must contain, or
 * null when there is none worth using. Lets a check skip a pack's regex (run by RE2, which
 * is linear but not quick) on text that cannot match it. Conservative: anything it does not
 * understand ends the run.
 */
export function requiredLiteral(source: string): string | null {
  if (topLevelAlternation(source)) return null;
  const runs: string[] = [];
  let run = '';
  const flush = () => { if (run) runs.push(run); run = ''; };
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    let literal: string | null = null;
    if (ch === '\\') {
      const next = source[++i] ?? '';
      if (/[A-Za-z0-9]/.test(next)) { flush(); i = skipEscapeArgument(source, i, next); continue; }
      literal = next;
    } else if (ch === '[') { flush(); i = skipClass(source, i); continue; }
    else if (ch === '(') { flush(); i = skipGroup(source, i); continue; }
    else if ('.^$|)'.includes(ch)) { flush(); continue; }
    else if (ch === '{') { flush(); i = Math.max(i, source.indexOf('}', i)); continue; }
    else if ('?*+'.includes(ch)) { flush(); continue; }
    else literal = ch;
    const q = source[i + 1];
    if (q === '?' || q === '*' || (q === '{' && /^\{0/.test(source.slice(i + 1)))) { flush(); continue; }
    run += literal.toLowerCase();
    if (q === '+' || q === '{') flush();
  }
  flush();
  const best = runs.sort((a, b) => b.length - a.length)[0];
  return best && best.length >= 3 ? best : null;
}

function topLevelAlternation(s: string): boolean {
  let depth = 0;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (ch === '\\') i++;
    else if (ch === '[') i = skipClass(s, i);
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    else if (ch === '|' && depth === 0) return true;
  }
  return false;
}

function skipClass(s: string, i: number): number {
  for (let k = i + 1; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === ']' && k > i + 1) return k;
  }
  return s.length;
}

function skipGroup(s: string, i: number): number {
  let depth = 0;
  for (let k = i; k < s.length; k++) {
    if (s[k] === '\\') k++;
    else if (s[k] === '[') k = skipClass(s, k);
    else if (s[k] === '(') depth++;
    else if (s[k] === ')' && --depth === 0) {
      // A quantifier after the group is the group's business; nothing inside was counted.
      return k;
    }
  }
  return s.length;
}

function skipBraces(s: string, i: number): number {
  return s[i + 1] === '{' ? Math.max(i, s.indexOf('}', i)) : i + 1;
}

/** Past what an escape letter consumes: \p{L} or \pL, \x41 or \x{263A}, octal digits. */
function skipEscapeArgument(s: string, i: number, letter: string): number {
  if (letter === 'p' || letter === 'P') return skipBraces(s, i);
  if (letter === 'x') return s[i + 1] === '{' ? Math.max(i, s.indexOf('}', i)) : i + 2;
  return i;
}
