/** Precedence, the no-rollback rule, back-off and refusals in plain words: the background's pure decisions. */
import { describe, expect, it } from 'vitest';
import { chooseActive, compareWithHeld, refusal, retryDelayMinutes, type HeldPack, type RefusalReason, type SourceKind } from '../../entrypoints/background/decide';
import { shouldFetch, type Trigger } from '../../entrypoints/background/schedule';

const URL_A = 'https://packs.example.org/acorns.json';
const held = (kind: SourceKind, version = 1, url?: string): HeldPack => ({ kind, pack: {}, id: kind, setting: kind, version, url, acceptedAt: 0, digest: `${kind}-${version}` });
const ALL = { managed: held('managed'), url: held('url', 1, URL_A), imported: held('imported') };
const OPEN = { managedPack: true, packUrl: URL_A, allowImport: true };

describe('chooseActive: managed policy over the policy URL over an imported file over the demo', () => {
  it.each<{ name: string; have: Partial<Record<SourceKind, HeldPack>>; eligible: typeof OPEN | Partial<typeof OPEN>; wins: SourceKind | null }>([
    { name: 'all three held: the managed pack', have: ALL, eligible: OPEN, wins: 'managed' },
    { name: 'no managed pack: the URL pack', have: { url: ALL.url, imported: ALL.imported }, eligible: OPEN, wins: 'url' },
    { name: 'only an import: the import', have: { imported: ALL.imported }, eligible: OPEN, wins: 'imported' },
    { name: 'nothing held: the demo pack', have: {}, eligible: OPEN, wins: null },
    { name: 'policy no longer holds a pack: its old pack is passed over', have: ALL, eligible: { ...OPEN, managedPack: false }, wins: 'url' },
    { name: 'policy now names another URL: the old URL pack is passed over', have: { url: ALL.url, imported: ALL.imported }, eligible: { ...OPEN, packUrl: 'https://other.example/p.json' }, wins: 'imported' },
    { name: 'import not allowed: the demo pack, not the import', have: { imported: ALL.imported }, eligible: { ...OPEN, allowImport: false }, wins: null },
  ])('$name', ({ have, eligible, wins }) => {
    expect(chooseActive(have, { ...OPEN, ...eligible })?.kind ?? null).toBe(wins);
  });
});

describe('compareWithHeld: a newer pack needs a greater version from the same source', () => {
  const current = held('url', 7, URL_A);
  it.each([
    { name: 'nothing held yet', candidate: { version: 1, digest: 'x', url: URL_A }, against: undefined, verdict: 'newer' },
    { name: 'greater version', candidate: { version: 8, digest: 'x', url: URL_A }, against: current, verdict: 'newer' },
    { name: 'older version (rollback)', candidate: { version: 6, digest: 'x', url: URL_A }, against: current, verdict: 'older' },
    { name: 'same version, same pack', candidate: { version: 7, digest: current.digest, url: URL_A }, against: current, verdict: 'same-pack' },
    { name: 'same version, changed pack', candidate: { version: 7, digest: 'changed', url: URL_A }, against: current, verdict: 'same-version' },
    { name: 'another URL is another source, even with a lower version', candidate: { version: 2, digest: 'x', url: 'https://new.example/p.json' }, against: current, verdict: 'newer' },
  ])('$name → $verdict', ({ candidate, against, verdict }) => {
    expect(compareWithHeld(candidate, against)).toBe(verdict);
  });
});

describe('refusals read as plain sentences', () => {
  it.each<{ name: string; kind: SourceKind; url?: string; reason: RefusalReason; says: string }>([
    { name: 'bad signature from the URL', kind: 'url', url: URL_A, reason: { kind: 'bad-signature' }, says: `The pack from ${URL_A} was not used: its signature does not match the setting's key.` },
    { name: 'unsigned, managed', kind: 'managed', reason: { kind: 'unsigned' }, says: "The pack in the managed policy was not used: it is not signed, and this browser only accepts packs signed with the setting's key." },
    { name: 'unknown key, imported', kind: 'imported', reason: { kind: 'unknown-key', keyId: 'old-2024' }, says: `The imported pack file was not used: it is signed with key "old-2024", which is not one of the setting's keys.` },
    { name: 'rollback', kind: 'url', url: URL_A, reason: { kind: 'older', version: 5, held: 7 }, says: `The pack from ${URL_A} was not used: its version (5) is older than the pack already in force from there (version 7).` },
    { name: 'invalid, first three errors and a count', kind: 'url', url: URL_A, reason: { kind: 'invalid', errors: ['a: x', 'b: y', 'c: z', 'd: w'] }, says: `The pack from ${URL_A} was not used: it is not a valid pack (a: x; b: y; c: z; and 1 more).` },
  ])('$name', ({ kind, url, reason, says }) => {
    expect(refusal(kind, reason, 0, url).message).toBe(says);
  });
});

describe('retryDelayMinutes: doubling back-off, capped by the interval and an hour', () => {
  it.each([
    { failures: 1, interval: 60, minutes: 1 },
    { failures: 2, interval: 60, minutes: 2 },
    { failures: 4, interval: 60, minutes: 8 },
    { failures: 7, interval: 60, minutes: 60 },
    { failures: 20, interval: 600, minutes: 60 },
    { failures: 5, interval: 10, minutes: 10 },
  ])('failure $failures, interval $interval → $minutes min', ({ failures, interval, minutes }) => {
    expect(retryDelayMinutes(failures, interval)).toBe(minutes);
  });
});

describe('shouldFetch: when the pack URL is asked', () => {
  const NOW = 1_000_000_000;
  const MIN = 60_000;
  it.each<{ name: string; trigger: Trigger; state: { lastCheckedAt?: number; retryAt?: number }; ask: boolean }>([
    { name: 'first wake ever', trigger: 'wake', state: {}, ask: true },
    { name: 'wake soon after a check', trigger: 'wake', state: { lastCheckedAt: NOW - 5 * MIN }, ask: false },
    { name: 'wake after the interval', trigger: 'wake', state: { lastCheckedAt: NOW - 61 * MIN }, ask: true },
    { name: 'browser start after a while', trigger: 'browser-start', state: { lastCheckedAt: NOW - 5 * MIN }, ask: true },
    { name: 'browser start right after the wake check', trigger: 'browser-start', state: { lastCheckedAt: NOW - 1000 }, ask: false },
    { name: 'periodic alarm', trigger: 'alarm', state: { lastCheckedAt: NOW - 60 * MIN }, ask: true },
    { name: 'periodic alarm during back-off', trigger: 'alarm', state: { retryAt: NOW + 10 * MIN }, ask: false },
    { name: 'retry alarm at its time', trigger: 'retry', state: { retryAt: NOW }, ask: true },
    { name: '"Check now" during back-off', trigger: 'user', state: { retryAt: NOW + 10 * MIN }, ask: true },
    { name: 'policy changed', trigger: 'policy', state: { lastCheckedAt: NOW }, ask: true },
  ])('$name → $ask', ({ trigger, state, ask }) => {
    expect(shouldFetch(trigger, state, NOW, 60)).toBe(ask);
  });
});
