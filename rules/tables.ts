/**
 * A compiled pack as tables (issue 13): what compile.ts builds from a pack, as plain strings and numbers that are
 * stored beside the pack once and loaded by every later tab in a few milliseconds, instead of each tab folding,
 * tokenising and judging every name again. Stored as JSON-safe text (extension storage keeps JSON), versioned by
 * the table format, the engine build and a fingerprint of the pack, with a checksum: tables that are missing,
 * stale or damaged are refused with a reason, and the tab compiles the pack itself.
 */
import type { PhraseTables } from './match/phrase-index';
import { allAtOnce } from './steps';

/** Raised when the layout below changes. */
export const TABLES_FORMAT = 1;

// Set by the extension's build (wxt.config.ts): a hash of the engine's sources, so tables made by one build are never
// read by another. Unbuilt (the tests, the command line), tables live only as long as the process.
declare const __SECOND_LOOK_ENGINE__: string | undefined;
export const ENGINE_ID: string = typeof __SECOND_LOOK_ENGINE__ === 'string' ? __SECOND_LOOK_ENGINE__ : 'source';

/** Each phrase's payload: two numbers (what it is, and which term) and its texts. */
export interface PayloadTables {
  /** Per payload: kind and flags (see compile.ts payloadCode), then the term's index in pack.terms (-1: built in). */
  ints: Int32Array;
  /** Per payload its texts, separated by TEXT_FIELD; payload k's run from textStart[k] to textStart[k + 1]. */
  text: string;
  textStart: Int32Array;
}

export interface PackTables {
  phrases: PhraseTables;
  payloads: PayloadTables;
  /** The setting's names as link keys (compile.ts settingKeys). */
  settingKeys: string[];
}

/** What is stored: PackTables as text, with what it was made from. */
export interface StoredTables {
  format: number;
  engine: string;
  /** fingerprint() of the pack as stored. */
  pack: string;
  /** fingerprint() of `body`. */
  sum: string;
  body: string;
}

export const TEXT_FIELD = '\u0001';
export const TEXT_ITEM = '\u0002';

/** cyrb53: a 53-bit hash of a string, as 14 hex digits. Not a defence against a forger: a check against accidents. */
export function fingerprint(text: string, seed = 0): string {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 2654435761);
    h2 = Math.imul(h2 ^ c, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return (4294967296 * (2097151 & h2) + (h1 >>> 0)).toString(16).padStart(14, '0');
}

/** The fingerprint of a pack as storage holds it (before parsing fills its defaults). */
export function packFingerprint(stored: unknown): string {
  return fingerprint(JSON.stringify(stored) ?? '');
}

// Typed arrays as base64 of their bytes, in this machine's byte order (tables are made and read on one machine).
function intsToText(a: Int32Array): string {
  const bytes = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function textToInts(text: unknown, what: string): Int32Array {
  if (typeof text !== 'string') throw new Error(`${what} is missing`);
  const binary = atob(text);
  if (binary.length % 4 !== 0) throw new Error(`${what} is not whole numbers`);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return new Int32Array(bytes.buffer);
}

function stringField(value: unknown, what: string): string {
  if (typeof value !== 'string') throw new Error(`${what} is missing`);
  return value;
}

/** The tables as what storage keeps, for the pack stored as `storedPack`. */
export function storeTables(tables: PackTables, storedPack: unknown): StoredTables {
  const body = JSON.stringify({
    pool: tables.phrases.pool,
    entries: intsToText(tables.phrases.entries),
    bounds: intsToText(tables.phrases.bounds),
    ints: intsToText(tables.payloads.ints),
    text: tables.payloads.text,
    textStart: intsToText(tables.payloads.textStart),
    settingKeys: tables.settingKeys,
  });
  return { format: TABLES_FORMAT, engine: ENGINE_ID, pack: packFingerprint(storedPack), sum: fingerprint(body), body };
}

/**
 * The tables back from storage, for the pack stored as `storedPack`; throws a sentence saying why they cannot be used
 * (missing, another format or engine build, another pack, damaged). What they hold is checked again as it loads.
 */
export function readTables(stored: unknown, storedPack: unknown): PackTables {
  return allAtOnce(readTablesSteps(stored, storedPack));
}

/** readTables in short steps (each checksum, the parse, each array decoded), with a yield between them. */
export function* readTablesSteps(stored: unknown, storedPack: unknown): Generator<void, PackTables> {
  if (typeof stored !== 'object' || stored === null) throw new Error('no tables are stored');
  const s = stored as Partial<StoredTables>;
  if (s.format !== TABLES_FORMAT) throw new Error(`the tables are format ${String(s.format)}, not ${TABLES_FORMAT}`);
  if (s.engine !== ENGINE_ID) throw new Error('the tables were made by another build of the engine');
  if (s.pack !== packFingerprint(storedPack)) throw new Error('the tables were made from another pack');
  yield;
  const body = stringField(s.body, 'the tables');
  if (s.sum !== fingerprint(body)) throw new Error('the tables are damaged (their checksum does not match)');
  yield;
  const b = JSON.parse(body) as Record<string, unknown>;
  const settingKeys = b.settingKeys;
  if (!Array.isArray(settingKeys) || !settingKeys.every((k) => typeof k === 'string')) throw new Error('the tables\u2019 setting keys are missing');
  yield;
  const entries = textToInts(b.entries, 'the phrase entries');
  yield;
  const bounds = textToInts(b.bounds, 'the word bounds');
  const ints = textToInts(b.ints, 'the payloads');
  yield;
  const textStart = textToInts(b.textStart, 'the payload text offsets');
  return {
    phrases: { pool: stringField(b.pool, 'the phrase pool'), entries, bounds },
    payloads: { ints, text: stringField(b.text, 'the payload text'), textStart },
    settingKeys,
  };
}
