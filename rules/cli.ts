/**
 * The `second-look` command line. `main()` takes its arguments and streams, and returns the
 * exit code, so tests call it directly: 0 nothing found (or all good), 1 findings (or a bad
 * signature), 2 an error, told in one sentence on standard error, never a stack trace.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { CATEGORY_LABELS, compile, demoPack, generateKeyPair, parsePack, publicKeyOf, signPack, verifyPack, type Finding, type Pack } from './index';

export interface Io {
  stdin: () => Promise<string>;
  out: (s: string) => void;
  err: (s: string) => void;
}

class UsageError extends Error {}

const HELP = `second-look: a second look at a post before it goes out.

  second-look check [--pack FILE] [--json] [TEXT...]   check TEXT (or standard input)
  second-look check [--pack FILE] --jsonl              lines {"id","text"} in, {"id","findings"} out
  second-look pack validate FILE                       list every problem in a pack
  second-look pack keygen [--out PREFIX]               make an Ed25519 key pair
  second-look pack sign FILE --key PRIVATE --key-id ID [--out FILE]
  second-look pack verify FILE --key PUBLIC [--key-id ID]

Without --pack the built-in demo pack is used. Exit: 0 none found, 1 found, 2 error.`;

function parseArgs(args: string[], flags: string[], options: string[]): { flags: Set<string>; options: Map<string, string>; rest: string[] } {
  const out = { flags: new Set<string>(), options: new Map<string, string>(), rest: [] as string[] };
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--') { out.rest.push(...args.slice(i + 1)); break; }
    if (flags.includes(a)) out.flags.add(a);
    else if (options.includes(a)) {
      const v = args[++i];
      if (v === undefined) throw new UsageError(`${a} needs a value`);
      out.options.set(a, v);
    } else if (a.startsWith('--')) throw new UsageError(`unknown option ${a} (see second-look --help)`);
    else out.rest.push(a);
  }
  return out;
}

async function readText(file: string): Promise<string> {
  try {
    return await readFile(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `cannot read ${file}: no such file` : `cannot read ${file}: ${code ?? (e as Error).message}`);
  }
}

async function loadPack(file: string | undefined): Promise<Pack> {
  if (!file) return demoPack;
  const result = parsePack(await readText(file));
  if (!result.ok) throw new UsageError(`the pack ${file} is not valid: ${result.errors.join('; ')}`);
  return result.pack;
}

const toJson = (f: Finding) => ({ category: f.category, ruleId: f.ruleId, severity: f.severity, start: f.start, end: f.end, match: f.match, message: f.message });

function describe(f: Finding): string {
  return `  ${f.severity.padEnd(6)} ${CATEGORY_LABELS[f.category]} (${f.category}): "${f.match}" at ${f.start}-${f.end}\n         ${f.message}`;
}

async function check(args: string[], io: Io): Promise<number> {
  const a = parseArgs(args, ['--json', '--jsonl'], ['--pack']);
  const checker = compile(await loadPack(a.options.get('--pack')));
  if (a.flags.has('--jsonl')) return checkLines(checker.check, await io.stdin(), io);
  const text = a.rest.length ? a.rest.join(' ') : await io.stdin();
  if (!text.trim()) throw new UsageError('nothing to check: give TEXT or pipe it in');
  const findings = checker.check(text);
  if (a.flags.has('--json')) io.out(JSON.stringify(findings.map(toJson), null, 2));
  else if (findings.length === 0) io.out('Nothing found.');
  else io.out(`${findings.length} finding${findings.length === 1 ? '' : 's'}:\n${findings.map(describe).join('\n')}`);
  return findings.length ? 1 : 0;
}

function checkLines(check: (t: string) => Finding[], input: string, io: Io): number {
  let found = false;
  let bad = false;
  input.split('\n').forEach((line, n) => {
    if (!line.trim()) return;
    let item: { id?: unknown; text?: unknown };
    try {
      item = JSON.parse(line);
    } catch {
      bad = true;
      io.err(`line ${n + 1}: not valid JSON`);
      io.out(JSON.stringify({ id: null, error: `line ${n + 1}: not valid JSON` }));
      return;
    }
    if (typeof item?.text !== 'string') {
      bad = true;
      io.err(`line ${n + 1}: expected {"id": ..., "text": "..."}`);
      io.out(JSON.stringify({ id: item?.id ?? null, error: `line ${n + 1}: "text" must be a string` }));
      return;
    }
    const findings = check(item.text);
    found ||= findings.length > 0;
    io.out(JSON.stringify({ id: item.id ?? null, findings: findings.map(toJson) }));
  });
  return bad ? 2 : found ? 1 : 0;
}

async function pack(args: string[], io: Io): Promise<number> {
  const [verb, ...rest] = args;
  const a = parseArgs(rest, [], ['--key', '--key-id', '--out']);
  if (verb === 'keygen') {
    const pair = await generateKeyPair();
    const prefix = a.options.get('--out');
    if (prefix) {
      await writeFile(`${prefix}.private`, `${pair.privateKey}\n`, { mode: 0o600 });
      await writeFile(`${prefix}.public`, `${pair.publicKey}\n`);
      io.out(`Wrote ${prefix}.private (keep it secret) and ${prefix}.public (goes into the policy).`);
    } else io.out(JSON.stringify(pair, null, 2));
    return 0;
  }
  const file = a.rest[0];
  if (!file || !['validate', 'sign', 'verify'].includes(verb ?? '')) throw new UsageError('usage: second-look pack validate|sign|verify FILE, or pack keygen (see --help)');
  const raw = await readText(file);
  const result = parsePack(raw);
  if (!result.ok) {
    io.err(`${file} is not a valid pack:\n${result.errors.map((e) => `  ${e}`).join('\n')}`);
    return 2;
  }
  if (verb === 'validate') {
    const p = result.pack;
    io.out(`${file} is valid: "${p.setting.name}" (${p.id}) version ${p.version}, ${p.people.children.length} children, ${p.people.staff.length} staff, ${p.terms.length} terms${p.signature ? `, signed with key "${p.signature.keyId}"` : ', unsigned'}.`);
    return 0;
  }
  const keyFile = a.options.get('--key');
  if (!keyFile) throw new UsageError(`pack ${verb} needs --key FILE`);
  const key = (await readText(keyFile)).trim();
  const original = JSON.parse(raw.replace(/^\ufeff/, '')) as Record<string, unknown>;
  if (verb === 'sign') {
    const keyId = a.options.get('--key-id');
    if (!keyId) throw new UsageError('pack sign needs --key-id ID (the name the policy gives this key)');
    let signed: Record<string, unknown>;
    try {
      signed = await signPack(original, key, keyId);
    } catch (e) {
      throw new UsageError(`cannot sign with ${keyFile}: ${(e as Error).message}`);
    }
    const out = a.options.get('--out') ?? file;
    await writeFile(out, `${JSON.stringify(signed, null, 2)}\n`);
    io.out(`Signed ${file} with key "${keyId}" (public key ${await publicKeyOf(key)}) into ${out}.`);
    return 0;
  }
  const keyId = a.options.get('--key-id') ?? (original.signature as { keyId?: string } | undefined)?.keyId ?? 'key';
  const verdict = await verifyPack(original, [{ keyId, publicKey: key }]);
  if (verdict.ok) io.out(`${file}: the signature is good (key "${verdict.keyId}").`);
  else io.err(`${file}: ${verdict.message}.`);
  return verdict.ok ? 0 : verdict.reason === 'bad-key' ? 2 : 1;
}

export async function main(argv: string[], io: Io): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (!command || command === '--help' || command === '-h' || command === 'help') { io.out(HELP); return command ? 0 : 2; }
    if (command === 'check') return await check(rest, io);
    if (command === 'pack') return await pack(rest, io);
    throw new UsageError(`unknown command "${command}" (try: check, pack; see --help)`);
  } catch (e) {
    io.err(`second-look: ${e instanceof UsageError ? e.message : `unexpected error: ${(e as Error).message}`}`);
    return 2;
  }
}
