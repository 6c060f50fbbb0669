/**
 * What JSON.parse lets through silently, found in the pack's text in one linear pass: a key written twice (the
 * second silently wins, and a signature over the parsed pack cannot tell, so text could be added to a signed pack)
 * and nesting deeper than a pack ever needs (deep input overflows the stack of whatever walks it next).
 */
export interface TextProblems {
  /** Each key written twice, as `path: "key" appears twice …`. */
  duplicates: string[];
  /** Where the nesting first went past the limit, or null. */
  tooDeep: string | null;
}

interface Frame {
  kind: 'object' | 'array';
  path: string;
  keys?: Set<string>;
  index: number;
  /** The key just read, whose value comes next. */
  key?: string;
}

const childPath = (frame: Frame): string =>
  frame.kind === 'array' ? `${frame.path}[${frame.index}]` : frame.path ? `${frame.path}.${frame.key}` : frame.key ?? '';

/** Scans JSON text; run it on text JSON.parse accepts (on other text the answers are only as good as the text). */
export function scanJsonText(text: string, maxDepth: number, maxDuplicates = 20): TextProblems {
  const stack: Frame[] = [];
  const duplicates: string[] = [];
  let expectingKey = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 /* " */) {
      let j = i + 1;
      let escaped = false;
      while (j < text.length) {
        const d = text.charCodeAt(j);
        if (d === 0x5c /* \ */) { escaped = true; j += 2; continue; }
        if (d === 0x22) break;
        j++;
      }
      const top = stack[stack.length - 1];
      if (top?.kind === 'object' && expectingKey) {
        let key = text.slice(i + 1, j);
        if (escaped) {
          try { key = JSON.parse(text.slice(i, j + 1)) as string; } catch { /* the parse that follows reports it */ }
        }
        if (top.keys!.has(key)) {
          if (duplicates.length < maxDuplicates) duplicates.push(`${top.path || '(the pack)'}: "${key}" appears twice; JSON keeps only the last, so remove one`);
        } else top.keys!.add(key);
        top.key = key;
        expectingKey = false;
      }
      i = j;
      continue;
    }
    if (c === 0x7b /* { */ || c === 0x5b /* [ */) {
      const parent = stack[stack.length - 1];
      const path = parent ? childPath(parent) : '';
      if (stack.length >= maxDepth) return { duplicates, tooDeep: path || '(the pack)' };
      stack.push({ kind: c === 0x7b ? 'object' : 'array', path, keys: c === 0x7b ? new Set() : undefined, index: 0 });
      expectingKey = c === 0x7b;
    } else if (c === 0x7d /* } */ || c === 0x5d /* ] */) {
      stack.pop();
      expectingKey = false;
    } else if (c === 0x2c /* , */) {
      const top = stack[stack.length - 1];
      if (top?.kind === 'array') top.index++;
      else if (top) expectingKey = true;
    }
  }
  return { duplicates, tooDeep: null };
}

/** The same depth rule for a value already parsed (a policy's pack object, a stored pack), walked without recursion. */
export function tooDeepIn(value: unknown, maxDepth: number, maxNodes: number): { tooDeep?: string; tooMany?: boolean } {
  const pending: [unknown, string, number][] = [[value, '', 0]];
  let nodes = 0;
  while (pending.length) {
    const [v, path, depth] = pending.pop()!;
    if (typeof v !== 'object' || v === null) continue;
    if (depth >= maxDepth) return { tooDeep: path || '(the pack)' };
    // Every entry counts, not only containers: a list of 25 million numbers is as much to hold as 25 million objects.
    const entries = Array.isArray(v) ? v.length : Object.keys(v).length;
    nodes += 1 + entries;
    if (nodes > maxNodes) return { tooMany: true };
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) pending.push([v[i], `${path}[${i}]`, depth + 1]);
    } else {
      for (const k of Object.keys(v)) pending.push([(v as Record<string, unknown>)[k], path ? `${path}.${k}` : k, depth + 1]);
    }
  }
  return {};
}
