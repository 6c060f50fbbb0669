/** Just enough of the .reg and plist formats to read the example policy files back as the browsers would. */

type Value = string | number | boolean | Value[] | { [key: string]: Value };

/**
 * A .reg file's keys under `…\policy`: REG_SZ → text, dword → number (0/1 become booleans where the schema wants one,
 * as Chrome does), and a subkey of numbered values → a list (Chrome's registry form of a list policy).
 */
export function readRegPolicy(text: string): Record<string, Value> {
  const policy: Record<string, Value> = {};
  let list: string | null = null;
  for (const line of text.split(/\r?\n/)) {
    const key = /^\[.*\\policy(?:\\([^\]\\]+))?\]$/.exec(line);
    if (key) {
      list = key[1] ?? null;
      if (list) policy[list] = [];
      continue;
    }
    const value = /^"([^"]+)"=(?:"(.*)"|dword:([0-9a-f]{8}))$/i.exec(line);
    if (!value) continue;
    const parsed: Value = value[2] !== undefined ? value[2].replace(/\\\\/g, '\\') : parseInt(value[3], 16);
    if (list) (policy[list] as Value[]).push(parsed);
    else policy[value[1]] = parsed;
  }
  return policy;
}

/** A plist's top-level dict (dict, array, string, integer, true, false: what configuration profiles use). */
export function readPlist(xml: string): Record<string, Value> {
  const tokens = [...xml.replace(/<\?xml[^>]*>|<!DOCTYPE[^>]*>/g, '').matchAll(/<(\/?)(\w+)(\/?)>([^<]*)/g)].map((m) => ({ close: !!m[1], tag: m[2], empty: !!m[3], text: m[4] }));
  let at = tokens.findIndex((t) => t.tag === 'dict');
  function value(): Value {
    const t = tokens[at++];
    if (t.tag === 'string') return (at++, t.text);
    if (t.tag === 'integer') return (at++, Number(t.text));
    if (t.tag === 'true' || t.tag === 'false') return t.tag === 'true';
    if (t.tag === 'array') {
      const items: Value[] = [];
      while (!(tokens[at].close && tokens[at].tag === 'array')) items.push(value());
      at++;
      return items;
    }
    if (t.tag === 'dict') {
      const dict: Record<string, Value> = {};
      while (!(tokens[at].close && tokens[at].tag === 'dict')) {
        const name = tokens[at].text;
        at += 2; // <key>name</key>
        dict[name] = value();
      }
      at++;
      return dict;
    }
    throw new Error(`unexpected <${t.tag}> in plist`);
  }
  return value() as Record<string, Value>;
}
