/** Backgrounds and props for the generated pictures: landscapes, paintings, chats, letters, signs, shirts, other logos. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, dirname } from 'node:path';
import { addNoise, color, decodeJpeg, decodePng, matFromRgba, pasteWarped, placement, type CV, type Mat } from './draw';

const require = createRequire(import.meta.url);
const FACE_DEMO = join(dirname(require.resolve('@vladmandic/face-api/package.json')), 'demo');
const LOGO_PNG = join(import.meta.dirname, '../../assets/demo-logo.png');

export function demoLogo(cv: CV): Mat {
  return matFromRgba(cv, decodePng(readFileSync(LOGO_PNG)));
}

/** Each sample photo decoded once per run (pure-JS JPEG decoding is slow); every Mat made from it is a fresh copy. */
const samples = new Map<number, ReturnType<typeof decodeJpeg>>();
function sample(n: number): ReturnType<typeof decodeJpeg> {
  let img = samples.get(n);
  if (!img) samples.set(n, (img = decodeJpeg(readFileSync(join(FACE_DEMO, `sample${n}.jpg`)))));
  return img;
}

/** One of the face package's own sample photos (1..6), cropped and scaled to w×h. */
export function facePhoto(cv: CV, n: number, w: number, h: number): Mat {
  const src = matFromRgba(cv, sample(n));
  const k = Math.max(w / src.cols, h / src.rows);
  const big = new cv.Mat();
  cv.resize(src, big, new cv.Size(Math.ceil(src.cols * k), Math.ceil(src.rows * k)), 0, 0, cv.INTER_AREA);
  const out = big.roi(new cv.Rect(Math.floor((big.cols - w) / 2), Math.floor((big.rows - h) / 2), w, h)).clone();
  src.delete();
  big.delete();
  return out;
}

/** Sky, sun, hills, trees and grass: a photo with plenty of texture and no logo, text or people. */
export function landscape(cv: CV, w: number, h: number, rand: () => number): Mat {
  const m = new cv.Mat(h, w, cv.CV_8UC4, color(cv, 120, 170, 230));
  for (let y = 0; y < h / 2; y++) cv.line(m, new cv.Point(0, y), new cv.Point(w, y), color(cv, 110 + y / 8, 160 + y / 10, 235), 1);
  cv.circle(m, new cv.Point(w * (0.2 + rand() * 0.6), h * 0.15), h * 0.07, color(cv, 255, 235, 150), -1);
  for (let layer = 0; layer < 3; layer++) {
    const pts: number[] = [0, h];
    for (let x = 0; x <= w; x += w / 8) pts.push(x, h * (0.45 + layer * 0.12) + rand() * h * 0.1);
    pts.push(w, h);
    const poly = cv.matFromArray(pts.length / 2, 1, cv.CV_32SC2, pts.map(Math.round));
    const polys = new cv.MatVector();
    polys.push_back(poly);
    cv.fillPoly(m, polys, color(cv, 60 + layer * 30, 120 + layer * 20, 50 + layer * 10));
    polys.delete();
    poly.delete();
  }
  for (let i = 0; i < 25; i++) {
    const x = rand() * w;
    const y = h * (0.5 + rand() * 0.4);
    const r = 10 + rand() * h * 0.05;
    cv.line(m, new cv.Point(x, y), new cv.Point(x, y + r * 2), color(cv, 90, 60, 30), Math.max(2, r / 4));
    cv.circle(m, new cv.Point(x, y), r, color(cv, 30 + rand() * 40, 90 + rand() * 60, 30), -1);
  }
  for (let i = 0; i < 1500; i++) {
    const x = rand() * w;
    const y = h * 0.6 + rand() * h * 0.4;
    cv.line(m, new cv.Point(x, y), new cv.Point(x + rand() * 6 - 3, y - 4 - rand() * 8), color(cv, 40, 100 + rand() * 80, 40), 1);
  }
  addNoise(cv, m, 6, rand);
  return m;
}

/** A child's painting: thick bright strokes and blobs on paper. */
export function painting(cv: CV, w: number, h: number, rand: () => number): Mat {
  const m = new cv.Mat(h, w, cv.CV_8UC4, color(cv, 250, 248, 240));
  const paints = [[230, 40, 40], [40, 90, 220], [250, 200, 30], [50, 170, 70], [160, 60, 190], [250, 130, 30]];
  for (let i = 0; i < 40; i++) {
    const [r, g, b] = paints[Math.floor(rand() * paints.length)];
    const x = rand() * w;
    const y = rand() * h;
    if (rand() < 0.5) cv.line(m, new cv.Point(x, y), new cv.Point(x + rand() * 200 - 100, y + rand() * 200 - 100), color(cv, r, g, b), 10 + rand() * 20);
    else cv.circle(m, new cv.Point(x, y), 15 + rand() * 40, color(cv, r, g, b), -1);
  }
  return m;
}

export function paper(cv: CV, w: number, h: number): Mat {
  return new cv.Mat(h, w, cv.CV_8UC4, color(cv, 252, 251, 247));
}

/** Lines of text in a plain font; rotated a little by pasting a tile when `deg` is given. */
export function writeLines(cv: CV, m: Mat, lines: string[], x: number, y: number, size: number, rgb: [number, number, number] = [20, 20, 20], deg = 0): void {
  const lineH = Math.round(34 * size);
  const width = Math.max(...lines.map((l) => l.length)) * 22 * size + 20;
  const tile = new cv.Mat(lineH * lines.length + 20, Math.round(width), cv.CV_8UC4, new cv.Scalar(0, 0, 0, 0));
  lines.forEach((line, i) => cv.putText(tile, line, new cv.Point(10, lineH * (i + 1)), cv.FONT_HERSHEY_DUPLEX, size, color(cv, ...rgb), Math.max(2, Math.round(size * 1.6)), cv.LINE_AA));
  pasteWarped(cv, m, tile, placement(x + tile.cols / 2, y + tile.rows / 2, tile.cols, tile.rows, deg));
  tile.delete();
}

/** A child's drawing of people: round faces with dot eyes, a smile, hair strokes and a stick body, in one or more inks on paper. */
export function drawnPeople(cv: CV, w: number, h: number, inks: [number, number, number][], rand: () => number): Mat {
  const m = paper(cv, w, h);
  for (let k = 0; k < 3; k++) {
    const cx = w * (0.2 + 0.3 * k);
    const cy = h * (0.45 + rand() * 0.1);
    const r = h * (0.16 + rand() * 0.05);
    const ink = color(cv, ...inks[k % inks.length]);
    cv.circle(m, new cv.Point(cx, cy), r, ink, 4, cv.LINE_AA);
    for (const side of [-1, 1]) cv.circle(m, new cv.Point(cx + side * r * 0.35, cy - r * 0.2), r * 0.1, ink, -1, cv.LINE_AA);
    cv.ellipse(m, new cv.Point(cx, cy + r * 0.25), new cv.Size(r * 0.45, r * 0.25), 0, 0, 180, ink, 4, cv.LINE_AA);
    cv.line(m, new cv.Point(cx, cy + r), new cv.Point(cx, cy + r * 2.2), ink, 4);
    for (let a = 0; a < 6; a++) cv.line(m, new cv.Point(cx - r * 0.6 + a * r * 0.25, cy - r * 0.85), new cv.Point(cx - r * 0.7 + a * r * 0.3, cy - r * 1.3), ink, 3);
  }
  return m;
}

/** A messaging app screenshot: grey page, one bubble per message. */
export function chat(cv: CV, w: number, h: number, messages: string[]): Mat {
  const m = new cv.Mat(h, w, cv.CV_8UC4, color(cv, 236, 229, 221));
  cv.rectangle(m, new cv.Point(0, 0), new cv.Point(w, 70), color(cv, 7, 94, 84), -1);
  cv.putText(m, 'Staff group', new cv.Point(24, 48), cv.FONT_HERSHEY_DUPLEX, 1.1, color(cv, 255, 255, 255), 2, cv.LINE_AA);
  messages.forEach((text, i) => {
    const mine = i % 2 === 1;
    const y = 110 + i * 95;
    const bw = Math.min(w - 80, text.length * 19 + 40);
    const x = mine ? w - bw - 30 : 30;
    cv.rectangle(m, new cv.Point(x, y), new cv.Point(x + bw, y + 64), mine ? color(cv, 220, 248, 198) : color(cv, 255, 255, 255), -1);
    cv.putText(m, text, new cv.Point(x + 18, y + 42), cv.FONT_HERSHEY_DUPLEX, 0.85, color(cv, 30, 30, 30), 2, cv.LINE_AA);
  });
  return m;
}

/** Logos that are not ours: another setting's badge, a shop's square mark, a look-alike acorn. */
export function otherLogo(cv: CV, kind: 'oak' | 'sun' | 'lookalike' | 'letters'): Mat {
  const m = new cv.Mat(240, 240, cv.CV_8UC4, new cv.Scalar(0, 0, 0, 0));
  const c = new cv.Point(120, 120);
  if (kind === 'oak') {
    cv.circle(m, c, 115, color(cv, 30, 90, 160), -1);
    cv.ellipse(m, c, new cv.Size(40, 70), 20, 0, 360, color(cv, 120, 200, 90), -1);
    cv.line(m, new cv.Point(95, 185), new cv.Point(145, 55), color(cv, 40, 110, 40), 5);
    cv.putText(m, 'GREEN OAKS', new cv.Point(28, 215), cv.FONT_HERSHEY_DUPLEX, 0.9, color(cv, 255, 255, 255), 2, cv.LINE_AA);
  } else if (kind === 'sun') {
    cv.rectangle(m, new cv.Point(5, 5), new cv.Point(235, 235), color(cv, 255, 210, 40), -1);
    for (let a = 0; a < 360; a += 30) {
      const t = (a * Math.PI) / 180;
      cv.line(m, new cv.Point(120 + 50 * Math.cos(t), 100 + 50 * Math.sin(t)), new cv.Point(120 + 85 * Math.cos(t), 100 + 85 * Math.sin(t)), color(cv, 230, 90, 20), 6);
    }
    cv.circle(m, new cv.Point(120, 100), 42, color(cv, 240, 120, 20), -1);
    cv.putText(m, 'SUNNY DAYS', new cv.Point(30, 215), cv.FONT_HERSHEY_DUPLEX, 0.9, color(cv, 90, 40, 10), 2, cv.LINE_AA);
  } else if (kind === 'lookalike') {
    cv.circle(m, c, 118, color(cv, 31, 91, 58), -1);
    cv.circle(m, c, 78, color(cv, 253, 246, 227), -1);
    cv.ellipse(m, new cv.Point(120, 130), new cv.Size(42, 52), 0, 0, 360, color(cv, 181, 101, 29), -1);
    cv.ellipse(m, new cv.Point(120, 100), new cv.Size(56, 28), 0, 180, 360, color(cv, 107, 62, 26), -1);
    cv.putText(m, 'BA', new cv.Point(92, 150), cv.FONT_HERSHEY_TRIPLEX, 1.2, color(cv, 253, 246, 227), 2, cv.LINE_AA);
  } else {
    cv.rectangle(m, new cv.Point(10, 60), new cv.Point(230, 180), color(cv, 200, 30, 60), -1);
    cv.putText(m, 'PLAY', new cv.Point(30, 110), cv.FONT_HERSHEY_TRIPLEX, 1.6, color(cv, 255, 255, 255), 3, cv.LINE_AA);
    cv.putText(m, 'TIME', new cv.Point(60, 165), cv.FONT_HERSHEY_TRIPLEX, 1.6, color(cv, 255, 230, 0), 3, cv.LINE_AA);
  }
  return m;
}
