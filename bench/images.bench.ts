/**
 * Time per picture for each image check, in the built extension (Chromium, offscreen document): a cold check (the
 * first after the browser starts: models load) and the median and p95 of warm ones, on a 1080p and a 12-megapixel
 * photo, and the CPU time of the browser's processes per check (the machine is shared: wall time grows with others' work);
 * the memory of the browser's processes after starting and after the checks; the size of every file over 50 kB.
 * Run: npm run bench:images (RUNS=7; BENCH_EXTENSION_DIR=<dir> measures another build). It builds with
 * VITE_SECOND_LOOK_TIMINGS=1, so each report carries its stage marks (vision/timeline.ts): the cold check's and the
 * median warm check's are printed, from the moment the extension page sent the picture.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, relative, resolve } from 'node:path';
import { demoPack } from '../rules';
import { EXTENSION_DIR } from '../tests/e2e/harness/chromium';
import { extensionChecker } from '../tests/images/extension';
import { loadCvNode, pasteWarped, placement, toJpegDataUrl, type CV } from '../tests/images/draw';
import { demoLogo, facePhoto, writeLines } from '../tests/images/scenes';
import { IDLE_MS, IMAGE_WARM_MESSAGE, type ImageCheckReply, type ImageReport } from '../vision/protocol';
import type { Checker } from '../tests/images/extension';
import type { Logo } from '../rules';

/** How long before the picture the checking page is warmed in the "picker opened" row: a person choosing a file takes longer. */
const PICKER_MS = 1_500;

const RUNS = Number(process.env.RUNS ?? 7);
/** PHOTOS=1080p or 12mp measures one photo only; MEMORY=0 skips the 95 s memory wait (for a quick look at the timeline). */
const PHOTOS = process.env.PHOTOS ?? '1080p,12mp';
const MEMORY = process.env.MEMORY !== '0';
const DIR = process.env.BENCH_EXTENSION_DIR ? resolve(process.env.BENCH_EXTENSION_DIR) : EXTENSION_DIR;

function stats(xs: number[]) {
  const s = [...xs].sort((a, b) => a - b);
  const q = (p: number) => s[Math.min(s.length - 1, Math.floor(p * s.length))];
  return `median ${q(0.5).toFixed(0).padStart(5)} ms  p95 ${q(0.95).toFixed(0).padStart(5)} ms`;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => (statSync(join(dir, f)).isDirectory() ? files(join(dir, f)) : [join(dir, f)]));
}

/**
 * Resident memory of the processes this benchmark started (its Chromium, the offscreen page and workers included), MB:
 * in all, and of the extension's own renderer (where the checking page, its workers and the background run; the rest
 * drift by ±20 MB on their own between readings).
 */
function chromiumRssMb(): { all: number; extension: number } {
  const rows = execFileSync('ps', ['-eo', 'pid=,ppid=,rss=,args='], { encoding: 'utf8' }).split('\n').filter(Boolean).map((l) => {
    const [pid, ppid, rss, ...args] = l.trim().split(/\s+/);
    return { pid: Number(pid), ppid: Number(ppid), rss: Number(rss) / 1024, extension: args.includes('--extension-process') };
  });
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const { pid, ppid } of rows) if (ours.has(ppid) && !ours.has(pid)) (ours.add(pid), (grew = true));
  }
  const mine = rows.filter(({ pid }) => pid !== process.pid && ours.has(pid));
  return { all: mine.reduce((n, r) => n + r.rss, 0), extension: mine.filter((r) => r.extension).reduce((n, r) => n + r.rss, 0) };
}

/** CPU time used so far by the processes this benchmark started (ms, from /proc): unlike wall time, not inflated by other work on the machine. */
function chromiumCpuMs(): number {
  const rows: number[][] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      // Fields after the command's closing bracket: state, ppid, ..., utime (12th), stime (13th), in clock ticks (100 a second).
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
      rows.push([Number(pid), Number(f[1]), (Number(f[11]) + Number(f[12])) * 10]);
    } catch {
      // The process ended while being read.
    }
  }
  const ours = new Set([process.pid]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const [pid, ppid] of rows) if (ours.has(ppid) && !ours.has(pid)) (ours.add(pid), (grew = true));
  }
  return rows.filter(([pid]) => pid !== process.pid && ours.has(pid)).reduce((n, [, , ms]) => n + ms, 0);
}

/** A photo of people with the logo on a sign and a line of words: every check has work to do. */
function photo(cv: CV, w: number, h: number): string {
  const m = facePhoto(cv, 2, w, h);
  const logo = demoLogo(cv);
  const k = w / 1920;
  pasteWarped(cv, m, logo, placement(1650 * k, 200 * k, 160 * k, 160 * k, 6));
  writeLines(cv, m, ['Sports day at Little Acorns'], 80 * k, 60 * k, 1.6 * k, [255, 255, 255]);
  logo.delete();
  const url = toJpegDataUrl(m, 88);
  m.delete();
  return url;
}

/** One check from the extension page, with the page's wall clock (the timeline's) as it sent and as the answer came. */
async function timedCheck(checker: Checker, image: string, logos: Logo[]): Promise<{ reply: ImageCheckReply; sent: number; answered: number }> {
  return checker.page.evaluate(async ([image, logos]) => {
    // No named functions in here: tsx would wrap them in a helper the page does not have.
    const sent = performance.timeOrigin + performance.now();
    const reply = await (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<ImageCheckReply> } } }).chrome.runtime.sendMessage({ type: 'second-look/image-check', image, logos });
    return { reply, sent, answered: performance.timeOrigin + performance.now() };
  }, [image, logos] as const);
}

/** Each stage's end, in ms from the send, and how long since the stage before. */
function printTimeline(label: string, sent: number, answered: number, report: ImageReport) {
  if (!report.timeline) return console.log(`  ${label}: no timeline (not a VITE_SECOND_LOOK_TIMINGS=1 build)`);
  console.log(`  ${label} timeline (ms from the extension page's send; +ms since the stage before):`);
  const stages: [string, number][] = [...[...report.timeline].sort((a, b) => a[1] - b[1]), ['extension page: answer in', answered]];
  let before = sent;
  for (const [stage, at] of stages) {
    console.log(`    ${(at - sent).toFixed(0).padStart(6)}  +${(at - before).toFixed(0).padStart(5)}  ${stage}`);
    before = at;
  }
}

async function measure(name: string, image: string) {
  console.log(`\n${name}: ${((image.length * 0.75) / 1024).toFixed(0)} kB JPEG`);
  const checker = await extensionChecker(DIR);
  const rssStarted = chromiumRssMb();
  const runs: { ms: number; cpu: number; report: ImageReport; sent: number; answered: number }[] = [];
  try {
    for (let i = 0; i <= RUNS; i++) {
      const t = performance.now();
      const cpu = chromiumCpuMs();
      const { reply, sent, answered } = await timedCheck(checker, image, demoPack.setting.logos);
      if (!reply.ok) throw new Error(reply.reason);
      runs.push({ ms: performance.now() - t, cpu: chromiumCpuMs() - cpu, report: reply.report, sent, answered });
    }
    const rssAfter = chromiumRssMb();
    const [cold, ...warm] = runs;
    const row = (label: string, pick: (r: (typeof runs)[number]) => number) =>
      console.log(`  ${label.padEnd(26)} cold ${pick(cold).toFixed(0).padStart(5)} ms   warm ${stats(warm.map(pick))}`);
    row('decode', (r) => r.report.decodeMs ?? NaN);
    row('logo', (r) => r.report.logo.ms);
    row('words (OCR)', (r) => r.report.text.ms);
    row('faces', (r) => r.report.faces.ms);
    row('whole check, round trip', (r) => r.ms);
    row('CPU, all browser processes', (r) => r.cpu);
    // What the cold check waited for: when the page's script ran and each model was ready, on the page's clock.
    const s = cold.report.startup;
    if (s) {
      const steps = (o: Record<string, number>) => Object.entries(o).map(([k, v]) => `${k} ${v.toFixed(0)}`).join(', ');
      console.log(`  cold start-up (ms since the page began loading): script ${s.script.toFixed(0)}, request ${s.request.toFixed(0)}; OCR: ${steps(s.ocr)}; faces: ${steps(s.faces)}; logo worker: ${steps(s.logo)}`);
    }
    printTimeline('cold check', cold.sent, cold.answered, cold.report);
    const median = [...warm].sort((a, b) => a.ms - b.ms)[Math.floor(warm.length / 2)];
    printTimeline('median warm check', median.sent, median.answered, median.report);
    const last = warm.at(-1)!.report;
    console.log(`  face detector on ${last.faceBackend ?? '?'}; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ')} (2 cores: wall time grows with other work, CPU time does not)`);
    console.log(`  found: logo ${JSON.stringify(last.logo.status === 'done' && last.logo.value.map((h) => h.label))}, faces ${JSON.stringify(last.faces.status === 'done' && last.faces.value)}, words ${JSON.stringify(last.text.status === 'done' && last.text.value)}`);
    if (!MEMORY) return;
    // The relay closes the checking page once it has been idle for IDLE_MS: memory should then be back near the start.
    await new Promise((r) => setTimeout(r, IDLE_MS + 5_000));
    const rssIdle = chromiumRssMb();
    // The closed page's memory is given back as the extension's process collects it (it is shared with the bench's own
    // extension tab, so it stays up): a minute more shows where it settles.
    await new Promise((r) => setTimeout(r, 60_000));
    const rssLater = chromiumRssMb();
    const plus = (mb: number) => `${mb >= 0 ? '+' : ''}${mb.toFixed(0)} MB`;
    const at = (label: string, m: { all: number; extension: number }) => `${label} ${m.all.toFixed(0)} MB (${plus(m.all - rssStarted.all)}), extension's process ${m.extension.toFixed(0)} MB (${plus(m.extension - rssStarted.extension)})`;
    console.log(`  browser memory (its processes): ${rssStarted.all.toFixed(0)} MB started, extension's process ${rssStarted.extension.toFixed(0)} MB`);
    console.log(`    ${at(`after ${RUNS + 1} checks`, rssAfter)}`);
    console.log(`    ${at(`${(IDLE_MS + 5_000) / 1000} s later`, rssIdle)}`);
    console.log(`    ${at(`${(IDLE_MS + 65_000) / 1000} s later`, rssLater)}`);
  } finally {
    await checker.close();
  }
}

/** A cold check as a person meets it: the checking page warmed when the file picker opened, the picture PICKER_MS later. */
async function coldAfterPicker(image: string) {
  const checker = await extensionChecker(DIR);
  try {
    await checker.page.evaluate((type) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<unknown> } } }).chrome.runtime.sendMessage({ type }), IMAGE_WARM_MESSAGE);
    await new Promise((r) => setTimeout(r, PICKER_MS));
    const t = performance.now();
    const cpu = chromiumCpuMs();
    const reply = await checker.check(image, demoPack.setting.logos);
    if (!reply.ok) throw new Error(reply.reason);
    const r = reply.report;
    console.log(`  cold, picker opened ${PICKER_MS / 1000} s before: round trip ${(performance.now() - t).toFixed(0)} ms (logo ${r.logo.ms.toFixed(0)}, words ${r.text.ms.toFixed(0)}, faces ${r.faces.ms.toFixed(0)}; CPU ${(chromiumCpuMs() - cpu).toFixed(0)} ms; load average ${readFileSync('/proc/loadavg', 'utf8').split(' ')[0]})`);
  } finally {
    await checker.close();
  }
}

async function main() {
  const { cv } = await loadCvNode();
  console.log(`build: ${DIR}`);
  if (PHOTOS.includes('1080p')) {
    const hd = photo(cv, 1920, 1080);
    await measure('1080p photo (1920×1080)', hd);
    await coldAfterPicker(hd);
  }
  if (PHOTOS.includes('12mp')) {
    const mp12 = photo(cv, 4000, 3000);
    await measure('12-megapixel photo (4000×3000)', mp12);
    await coldAfterPicker(mp12);
  }
  const all = files(DIR);
  const total = all.reduce((n, f) => n + statSync(f).size, 0);
  console.log(`\nextension size (chrome-mv3): ${(total / 2 ** 20).toFixed(2)} MB; files over 50 kB:`);
  for (const f of all.filter((f) => statSync(f).size > 50_000).sort((a, b) => statSync(b).size - statSync(a).size)) {
    console.log(`  ${(statSync(f).size / 1024).toFixed(0).padStart(6)} kB  ${relative(DIR, f)}`);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
