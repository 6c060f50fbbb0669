/**
 * A second view of a picture for reading: dark strokes (pen, marker, print) black, everything else white.
 * Tesseract's own thresholding merges bright paint and letters into blobs on a child's painting; this keeps the letters.
 */

/** Brightest channel below this counts as ink: black, navy or brown marker, not red, blue or green paint. */
export const INK_MAX = 135;

export function inkOnly(src: { data: Uint8ClampedArray | Uint8Array; width: number; height: number }): Uint8ClampedArray<ArrayBuffer> {
  const out = new Uint8ClampedArray(src.data.length);
  const d = src.data;
  for (let i = 0; i < d.length; i += 4) {
    const v = Math.max(d[i], d[i + 1], d[i + 2]) < INK_MAX ? 0 : 255;
    out[i] = out[i + 1] = out[i + 2] = v;
    out[i + 3] = 255;
  }
  return out;
}

/**
 * The ink view is for a drawing or a page: paper ground, one brightness band over this share of the picture. A photo
 * (people, a landscape: 0.1–0.4 in the test set; flatGroundShare in vision/face-colour.ts) gets one reading only, since a second pass costs as much as the first.
 */
export const PAPER_GROUND_SHARE = 0.45;


/** Lines read from either view, each once, in the order first seen. */
export function mergeReadings(...texts: string[]): string {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const t of texts) for (const line of t.split('\n')) {
    const key = line.trim().toLowerCase();
    if (key && !seen.has(key)) {
      seen.add(key);
      lines.push(line.trim());
    }
  }
  return lines.join('\n');
}
