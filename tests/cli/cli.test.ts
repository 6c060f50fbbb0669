import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../rules/cli';
import demoJson from '../../rules/pack/demo-pack.json';

async function run(args: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, { stdin: async () => stdin, out: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

const dir = mkdtempSync(join(tmpdir(), 'second-look-cli-'));
const file = (name: string, content: unknown) => {
  const path = join(dir, name);
  writeFileSync(path, typeof content === 'string' ? content : JSON.stringify(content));
  return path;
};

describe('second-look check', () => {
  it('exits 0 with nothing found', async () => {
    const r = await run(['check', 'What a lovely sunny day in the park']);
    expect(r).toMatchObject({ code: 0, out: 'Nothing found.' });
  });

  it('exits 1 with findings and describes each', async () => {
    const r = await run(['check', 'Oliver Brooks loved it at Little Acorns']);
    expect(r.code).toBe(1);
    expect(r.out).toContain('Names a child (child-name): "Oliver Brooks"');
  });

  it('reads standard input and prints JSON findings with exactly the contract fields', async () => {
    const r = await run(['check', '--json'], 'Mrs Whitfield is useless');
    expect(r.code).toBe(1);
    const findings = JSON.parse(r.out) as Record<string, unknown>[];
    for (const f of findings) expect(Object.keys(f).sort()).toEqual(['category', 'end', 'match', 'message', 'ruleId', 'severity', 'start']);
    expect(findings.map((f) => f.category)).toEqual(expect.arrayContaining(['staff-name', 'derogatory']));
  });

  it('uses a pack given with --pack', async () => {
    const pack = file('pack.json', { ...demoJson, id: 'other', people: { children: ['Zebedee Quint'], staff: [] } });
    expect((await run(['check', '--pack', pack, 'Oliver was great'])).code).toBe(0);
    expect((await run(['check', '--pack', pack, 'Zebedee was great'])).code).toBe(1);
  });

  it('exits 2 with one clear sentence for a bad pack, a missing file or no text', async () => {
    const bad = file('bad.json', { ...demoJson, version: 'seven' });
    const r = await run(['check', '--pack', bad, 'hi']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^second-look: the pack .*bad\.json is not valid: version: expected a whole number, got "seven"$/);
    expect(r.err).not.toContain('    at ');
    expect((await run(['check', '--pack', join(dir, 'nope.json'), 'hi'])).err).toMatch(/no such file/);
    expect((await run(['check'], '')).code).toBe(2);
    expect((await run(['frobnicate'])).code).toBe(2);
  });

  it('--jsonl answers one line per input line, in order', async () => {
    const input = ['{"id":"a","text":"hello there"}', '{"id":"b","text":"f*ck this"}', '', '{"id":3,"text":"Priya is lovely"}'].join('\n');
    const r = await run(['check', '--jsonl'], input);
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.id)).toEqual(['a', 'b', 3]);
    expect(lines[0].findings).toEqual([]);
    expect(lines[1].findings[0].category).toBe('profanity');
    expect(r.code).toBe(1);
  });

  it('--jsonl reports a bad line in place and exits 2', async () => {
    const r = await run(['check', '--jsonl'], '{"id":"a","text":"ok"}\nnot json\n{"id":"c"}');
    const lines = r.out.split('\n').map((l) => JSON.parse(l));
    expect(lines).toHaveLength(3);
    expect(lines[1].error).toBe('line 2: not valid JSON');
    expect(lines[2].error).toContain('line 3');
    expect(r.code).toBe(2);
  });
});

describe('second-look pack', () => {
  it('validate: 0 for a good pack, 2 listing every problem for a bad one', async () => {
    const good = await run(['pack', 'validate', file('good.json', demoJson)]);
    expect(good.code).toBe(0);
    expect(good.out).toContain('is valid');
    const bad = await run(['pack', 'validate', file('bad2.json', { ...demoJson, people: { children: ['A B', 42] }, version: 0 })]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('people.children[1]: expected a string, got 42');
    expect(bad.err).toContain('version: expected a number of at least 1, got 0');
  });

  it('keygen, sign, verify; a tampered pack fails verification with exit 1', async () => {
    const prefix = join(dir, 'setting');
    expect((await run(['pack', 'keygen', '--out', prefix])).code).toBe(0);
    const packPath = file('to-sign.json', demoJson);
    const signedPath = join(dir, 'signed.json');
    const signed = await run(['pack', 'sign', packPath, '--key', `${prefix}.private`, '--key-id', 'la-2026', '--out', signedPath]);
    expect(signed.code).toBe(0);
    expect((await run(['pack', 'verify', signedPath, '--key', `${prefix}.public`])).code).toBe(0);
    const tampered = JSON.parse(readFileSync(signedPath, 'utf8'));
    tampered.people.children.push('Sneaky Name');
    const r = await run(['pack', 'verify', file('tampered.json', tampered), '--key', `${prefix}.public`]);
    expect(r.code).toBe(1);
    expect(r.err).toContain('signature does not match');
  });

  it('sign needs a key id', async () => {
    const r = await run(['pack', 'sign', file('x.json', demoJson), '--key', file('k', 'AAAA')]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--key-id');
  });
});
