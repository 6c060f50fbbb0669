/**
 * Draws Second Look's icon at every size the browsers ask for (public/icon/<size>.png, which WXT puts in the
 * manifest): a magnifying glass over a speech bubble's corner, white on deep blue, anti-aliased by supersampling.
 * Run with `npx tsx scripts/make-icon.ts`; the PNGs are committed.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { PNG } from 'pngjs';

const SIZES = [16, 32, 48, 96, 128];
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];
const AMBER = [251, 191, 36];

/** Which colour the unit-square point (x, y) in [0, 1] has, or null for transparent. */
function colourAt(x: number, y: number): number[] | null {
  // Rounded square.
  const r = 0.22;
  const cx = Math.min(Math.max(x, r), 1 - r);
  const cy = Math.min(Math.max(y, r), 1 - r);
  if ((x - cx) ** 2 + (y - cy) ** 2 > r * r) return null;
  // Handle: a thick line from the lens towards the bottom right.
  const [hx0, hy0, hx1, hy1] = [0.6, 0.6, 0.82, 0.82];
  const t = Math.max(0, Math.min(1, ((x - hx0) * (hx1 - hx0) + (y - hy0) * (hy1 - hy0)) / ((hx1 - hx0) ** 2 + (hy1 - hy0) ** 2)));
  const dHandle = Math.hypot(x - (hx0 + t * (hx1 - hx0)), y - (hy0 + t * (hy1 - hy0)));
  if (dHandle < 0.075) return WHITE;
  // Lens ring, with a small amber mark inside (the thing worth a second look).
  const d = Math.hypot(x - 0.43, y - 0.43);
  if (d > 0.2 && d < 0.3) return WHITE;
  if (d < 0.1) return AMBER;
  return BLUE;
}

function draw(size: number): Buffer {
  const png = new PNG({ width: size, height: size });
  const n = 6;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const acc = [0, 0, 0, 0];
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = colourAt((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          acc[0] += c[0]!;
          acc[1] += c[1]!;
          acc[2] += c[2]!;
          acc[3] += 1;
        }
      }
      const i = (py * size + px) * 4;
      const covered = acc[3]!;
      png.data[i] = covered ? Math.round(acc[0]! / covered) : 0;
      png.data[i + 1] = covered ? Math.round(acc[1]! / covered) : 0;
      png.data[i + 2] = covered ? Math.round(acc[2]! / covered) : 0;
      png.data[i + 3] = Math.round((covered / (n * n)) * 255);
    }
  }
  return PNG.sync.write(png);
}

const dir = resolve(import.meta.dirname, '../public/icon');
mkdirSync(dir, { recursive: true });
for (const size of SIZES) writeFileSync(resolve(dir, `${size}.png`), draw(size));
console.log(`wrote ${SIZES.map((s) => `${s}.png`).join(', ')} to ${dir}`);
