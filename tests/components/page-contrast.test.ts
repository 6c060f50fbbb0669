/** The extension pages' palette (components/page.css), light and dark: text at least 4.5:1, lines and borders 3:1. */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const css = readFileSync(resolve(import.meta.dirname, '../../components/page.css'), 'utf8');

function palette(block: string): Record<string, string> {
  return Object.fromEntries([...block.matchAll(/--([a-z-]+):\s*(#[0-9a-f]{6}|#[0-9a-f]{3})\b/gi)].map((m) => [m[1]!, m[2]!]));
}
const light = palette(css.slice(0, css.indexOf('@media (prefers-color-scheme: dark)')));
const dark = { ...light, ...palette(css.slice(css.indexOf('@media (prefers-color-scheme: dark)'))) };

function luminance(hex: string): number {
  const h = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (c) => c + c) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}
function contrast(a: string, b: string): number {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x! + 0.05) / (y! + 0.05);
}

const BACKGROUNDS = ['page', 'surface', 'ok-bg', 'warn-bg', 'bad-bg', 'neutral-bg'];
const TEXT: [string, string[]][] = [
  ['fg', [...BACKGROUNDS, 'code-bg']],
  ['muted', BACKGROUNDS],
  ['link', BACKGROUNDS],
  ['bad-fg', ['bad-bg', 'surface', 'page']],
  // Pressed tabs: the page colour on the text colour.
  ['page', ['fg']],
];
const LINES = ['input-line', 'ok-line', 'warn-line', 'bad-line', 'neutral-line'];

describe.each([['light', light], ['dark', dark]] as const)('the %s palette', (_name, colours) => {
  it('text is at least 4.5:1 on every background it sits on', () => {
    if (_name === 'dark') expect([colours.page, colours.surface, colours.fg]).not.toEqual([light.page, light.surface, light.fg]);
    const low = TEXT.flatMap(([fg, bgs]) => bgs.map((bg) => ({ pair: `${fg} on ${bg}`, ratio: contrast(colours[fg]!, colours[bg]!) }))).filter((c) => c.ratio < 4.5);
    expect(low).toEqual([]);
  });
  it('borders that carry meaning (fields, ok, warning, problem) are at least 3:1 on the surface and the page', () => {
    const low = LINES.flatMap((l) => ['surface', 'page'].map((bg) => ({ pair: `${l} on ${bg}`, ratio: contrast(colours[l]!, colours[bg]!) }))).filter((c) => c.ratio < 3);
    expect(low).toEqual([]);
  });
});

it('prints the ratios (for the record)', () => {
  for (const [name, colours] of [['light', light], ['dark', dark]] as const) {
    console.log(`${name}: ${TEXT.flatMap(([fg, bgs]) => bgs.map((bg) => `${fg}/${bg} ${contrast(colours[fg]!, colours[bg]!).toFixed(1)}`)).join(', ')}`);
  }
  expect(Object.keys(dark).length).toBeGreaterThan(10);
});
