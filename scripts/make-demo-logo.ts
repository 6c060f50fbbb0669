/**
 * Draws the demo setting's logo (an acorn badge with "LA" and the name around the ring) as SVG, renders it
 * to PNG in Chromium, and puts the PNG into the demo pack as a data: URL. Run: npx tsx scripts/make-demo-logo.ts
 */
import { chromium } from 'playwright-core';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const root = join(import.meta.dirname, '..');
const SIZE = 240;

// Lots of corners and texture on purpose: feature matching needs them (the cap's cross-hatching, lettering).
function svg(): string {
  const hatch = Array.from({ length: 9 }, (_, i) => {
    const x = 70 + i * 12;
    return `<line x1="${x}" y1="72" x2="${x - 24}" y2="112"/><line x1="${x - 24}" y1="72" x2="${x}" y2="112"/>`;
  }).join('');
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${SIZE}" height="${SIZE}" viewBox="0 0 240 240">
  <defs><path id="ring" d="M120,120 m-92,0 a92,92 0 1,1 184,0 a92,92 0 1,1 -184,0"/>
  <clipPath id="cap"><path d="M62,108 C62,74 92,62 120,62 C148,62 178,74 178,108 Z"/></clipPath></defs>
  <circle cx="120" cy="120" r="118" fill="#1f5b3a"/>
  <circle cx="120" cy="120" r="78" fill="#fdf6e3" stroke="#e0b34a" stroke-width="5"/>
  <text font-family="DejaVu Sans, sans-serif" font-weight="bold" font-size="19" fill="#fdf6e3" letter-spacing="2">
    <textPath href="#ring">LITTLE ACORNS ★ DAY NURSERY ★</textPath></text>
  <path d="M76,108 C76,150 98,176 120,184 C142,176 164,150 164,108 Z" fill="#b5651d" stroke="#5a3210" stroke-width="4"/>
  <path d="M92,122 C94,146 104,162 116,170" fill="none" stroke="#f2c27b" stroke-width="6" stroke-linecap="round"/>
  <path d="M62,108 C62,74 92,62 120,62 C148,62 178,74 178,108 Z" fill="#6b3e1a" stroke="#3b200b" stroke-width="4"/>
  <g clip-path="url(#cap)" stroke="#c98f4e" stroke-width="3">${hatch}</g>
  <path d="M120,62 C118,48 124,40 134,36" fill="none" stroke="#3b200b" stroke-width="7" stroke-linecap="round"/>
  <text x="120" y="156" text-anchor="middle" font-family="DejaVu Serif, serif" font-weight="bold" font-size="34" fill="#fdf6e3" stroke="#3b200b" stroke-width="1.5">LA</text>
</svg>`;
}

async function main() {
  const source = svg();
  writeFileSync(join(root, 'assets/demo-logo.svg'), source);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', args: ['--no-sandbox'] });
  const page = await browser.newPage({ viewport: { width: SIZE, height: SIZE } });
  await page.setContent(`<body style="margin:0;background:transparent">${source}</body>`);
  const png = await page.locator('svg').screenshot({ omitBackground: true });
  await browser.close();
  writeFileSync(join(root, 'assets/demo-logo.png'), png);

  const packPath = join(root, 'rules/pack/demo-pack.json');
  const pack = JSON.parse(readFileSync(packPath, 'utf8'));
  pack.setting.logos = [{ label: 'Little Acorns badge', src: `data:image/png;base64,${png.toString('base64')}` }];
  writeFileSync(packPath, `${JSON.stringify(pack, null, 2)}\n`);
  console.log(`logo: ${png.length} bytes PNG, written to assets/demo-logo.png and the demo pack`);
}

main();
