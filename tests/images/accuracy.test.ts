/** Runs every generated picture through the built extension's image check and reports precision and recall per check. */
import { afterAll, beforeAll, expect, it } from 'vitest';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile, demoPack } from '../../rules';
import { ALL_CASES, FRESH_CASES, GREY_CASES, type ImageCase } from './cases';
import { loadCvNode, toJpegDataUrl, type CV } from './draw';
import { extensionChecker, type Checker } from './extension';
import { precision, recall, score, table } from './score';
import type { ImageReport } from '../../vision/protocol';

let checker: Checker;
let cv: CV;
const engine = compile(demoPack);
const check = (t: string) => engine.check(t);

beforeAll(async () => {
  ({ cv } = await loadCvNode());
  checker = await extensionChecker();
}, 120_000);

afterAll(async () => {
  await checker?.close();
});

function drawn(c: ImageCase): string {
  const m = c.draw(cv);
  const url = toJpegDataUrl(m, 85);
  m.delete();
  return url;
}

/** One picture at a time through the extension; the next is drawn here while the browser checks the last. */
async function run(cases: ImageCase[]) {
  const rows: { name: string; truth: ImageCase['truth']; report: ImageReport }[] = [];
  let next = cases.length ? drawn(cases[0]) : '';
  for (const [i, c] of cases.entries()) {
    const pending = checker.check(next, demoPack.setting.logos);
    if (i + 1 < cases.length) next = drawn(cases[i + 1]);
    const reply = await pending;
    if (!reply.ok) throw new Error(`${c.name}: ${reply.reason}`);
    rows.push({ name: c.name, truth: c.truth, report: reply.report });
  }
  return rows;
}

it('finds the logo, the words that matter and the people, and little else', async () => {
  const rows = await run(ALL_CASES);
  const t = score(rows, check);
  const report = table(t);
  console.log(`\nImage checks on ${rows.length} generated pictures:\n${report}`);
  writeFileSync(join(import.meta.dirname, '.accuracy.txt'), `${report}\n\n${rows.map((r) => `${r.name}: logo ${JSON.stringify(r.report.logo)} | faces ${JSON.stringify(r.report.faces)} ${JSON.stringify(r.report.faceScores)} | text ${JSON.stringify(r.report.text)}`).join('\n')}\n`);
  expect(precision(t.logo)).toBe(1);
  expect(recall(t.logo)).toBeGreaterThanOrEqual(0.9);
  expect(precision(t.text)).toBeGreaterThanOrEqual(0.8);
  expect(recall(t.text)).toBeGreaterThanOrEqual(0.6);
  expect(precision(t.faces)).toBeGreaterThanOrEqual(0.8);
  expect(recall(t.faces)).toBeGreaterThanOrEqual(0.8);
}, 600_000);

it('does as well on fresh pictures never tuned on: black and white, low light, grey pages', async () => {
  const rows = await run(FRESH_CASES);
  const t = score(rows, check);
  console.log(`\nImage checks on ${rows.length} fresh pictures:\n${table(t)}\n${rows.map((r) => `${r.name}: logo ${r.report.logo.status === 'done' ? r.report.logo.value.length : r.report.logo.status} | faces ${JSON.stringify(r.report.faces.status === 'done' ? r.report.faces.value : r.report.faces.status)} ${JSON.stringify(r.report.faceScores)}`).join('\n')}`);
  expect(precision(t.logo)).toBe(1);
  expect(recall(t.logo)).toBe(1);
  expect(precision(t.faces)).toBeGreaterThanOrEqual(0.8);
  expect(recall(t.faces)).toBeGreaterThanOrEqual(0.8);
}, 600_000);

it('reports the people in black-and-white, sepia and low-light photos, and none in grey pages or drawings', async () => {
  const rows = await run(GREY_CASES);
  const said = rows.map((r) => `${r.name}: faces ${JSON.stringify(r.report.faces.status === 'done' ? r.report.faces.value : r.report.faces.status)} ${JSON.stringify(r.report.faceScores)}`);
  console.log(`\nFaces on ${rows.length} grey, sepia, low-light and drawn pictures:\n${said.join('\n')}`);
  const wrong = rows.filter((r) => (r.report.faces.status === 'done' && r.report.faces.value > 0) !== r.truth.faces).map((r) => r.name);
  expect(wrong).toEqual([]);
}, 600_000);
