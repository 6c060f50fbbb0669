/** The pack service on WXT's fake browser: loading order, signatures, no rollback, last good pack, schedule, conditional fetches, failures. */
import { beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { FIREFOX_NO_POLICY_MESSAGE, forgetPolicy } from '../../entrypoints/background/policy';
import { REFRESH_ALARM, RETRY_ALARM } from '../../entrypoints/background/schedule';
import { createPackService } from '../../entrypoints/background/service';
import { ACTIVE_KEY, SOURCE_KEY } from '../../entrypoints/background/store';
import { MISSING_KEY, STATUS_KEY, TABLES_KEY, type PackStatus } from '../../utils/pack-status';
import { KEY_ID, keys, packAt, scriptedFetch, type Reply } from './helpers';

const URL_A = 'https://packs.example.org/acorns.json';
const T0 = Date.UTC(2026, 10, 21, 9);
const MIN = 60_000;
let clock = T0;

async function setPolicy(policy: Record<string, unknown>) {
  await fakeBrowser.storage.managed.clear();
  await fakeBrowser.storage.managed.set(policy);
  forgetPolicy(); // what the background does on storage.onChanged("managed")
}

function service(...replies: Reply[]) {
  const server = scriptedFetch(...(replies.length ? replies : [{ fail: 'offline' }]));
  return { ...server, svc: createPackService({ fetchImpl: server.fetchImpl, now: () => clock }) };
}

async function active() {
  const got = await fakeBrowser.storage.local.get([ACTIVE_KEY, SOURCE_KEY, STATUS_KEY]);
  const pack = got[ACTIVE_KEY] as { version?: number; id?: string } | undefined;
  return { version: pack?.version, source: got[SOURCE_KEY] as string | undefined, status: got[STATUS_KEY] as PackStatus };
}

const json = (pack: unknown, headers: Record<string, string> = {}): Reply => ({ body: JSON.stringify(pack), headers });

beforeEach(async () => {
  fakeBrowser.reset();
  forgetPolicy();
  clock = T0;
});

describe('loading order', () => {
  it('managed policy over the policy URL over an imported file over the demo pack', async () => {
    await setPolicy({ Pack: JSON.stringify(packAt(30)), PackUrl: URL_A });
    const { svc } = service(json(packAt(20)));
    await svc.importPack(JSON.stringify(packAt(10)));
    await svc.refresh('wake');
    expect(await active()).toMatchObject({ version: 30, source: 'managed policy' });

    await setPolicy({ PackUrl: URL_A });
    await svc.sync();
    expect(await active()).toMatchObject({ version: 20, source: `${URL_A} (policy URL)` });

    await setPolicy({});
    await svc.sync();
    expect(await active()).toMatchObject({ version: 10, source: 'imported file' });

    await setPolicy({ AllowUserImport: false });
    await svc.sync();
    const demo = await active();
    expect(demo.version).toBeUndefined(); // the content script falls back to its built-in demo pack
    expect(demo.status.active.source).toBe('built-in demo');
  });

  it("a policy withdrawn from Firefox (storage.managed rejects: no manifest) lets go of its pack, as Chrome's empty policy does", async () => {
    await setPolicy({ Pack: JSON.stringify(packAt(30)) });
    const { svc } = service();
    await svc.importPack(JSON.stringify(packAt(10)));
    expect(await active()).toMatchObject({ version: 30, source: 'managed policy' });

    const rejecting = vi.spyOn(fakeBrowser.storage.managed, 'get').mockRejectedValue(new Error(FIREFOX_NO_POLICY_MESSAGE));
    onTestFinished(() => rejecting.mockRestore());
    forgetPolicy(); // Firefox reads the policy again at its next start
    await svc.sync();
    const after = await active();
    expect(after).toMatchObject({ version: 10, source: 'imported file' });
    expect(after.status.policy.problems).toEqual([]);
    expect(after.status.policy.present).toBe(false);
  });

  it('a policy URL whose pack never arrived: the demo pack does not stand in, and the status and page are told plainly', async () => {
    await setPolicy({ PackUrl: URL_A });
    const { svc } = service({ fail: 'offline' }, json(packAt(3)));
    await svc.refresh('wake');
    let now = await active();
    expect(now.version).toBeUndefined();
    expect(now.status.active.kind).toBe('none');
    expect(now.status.missing).toBe(`Your setting's rules are not loaded, so posts are not being checked against them. Could not get ${URL_A}: the server could not be reached (offline).`);
    expect((await fakeBrowser.storage.local.get(MISSING_KEY))[MISSING_KEY]).toBe(now.status.missing);

    await svc.refresh('user');
    now = await active();
    expect(now.version).toBe(3);
    expect(now.status.missing).toBeUndefined();
    expect(await fakeBrowser.storage.local.get(MISSING_KEY)).toEqual({});
  });

  it("a policy's own pack that is refused: no demo pack, and the refusal says why", async () => {
    await setPolicy({ Pack: JSON.stringify({ ...packAt(2), version: 'two' }) });
    const { svc } = service();
    await svc.refresh('wake');
    const { version, status } = await active();
    expect(version).toBeUndefined();
    expect(status.missing).toMatch(/^Your setting's rules are not loaded, so posts are not being checked against them\. The pack in the managed policy was not used: it is not a valid pack \(version: /);
  });

  it('no policy and nothing imported: nothing is written, the content script keeps its demo pack', async () => {
    const { svc, requests } = service();
    await svc.refresh('wake');
    expect(await fakeBrowser.storage.local.get([ACTIVE_KEY, SOURCE_KEY])).toEqual({});
    expect(requests).toHaveLength(0);
  });
});

describe('signatures, with trusted keys set', () => {
  it.each<{ name: string; make: (k: Awaited<ReturnType<typeof keys>>) => Promise<Record<string, unknown>>; says: string | null }>([
    { name: 'signed with the trusted key: accepted', make: (k) => k.sign(packAt(2)), says: null },
    { name: 'unsigned: refused', make: async () => packAt(2), says: 'it is not signed' },
    {
      name: 'tampered after signing: refused',
      make: async (k) => ({ ...(await k.sign(packAt(2))), people: { children: ['Someone Else'], staff: [] } }),
      says: "its signature does not match the setting's key",
    },
    { name: 'signed with another key: refused', make: async () => (await keys()).sign(packAt(2)).then((p) => ({ ...p, signature: { ...(p.signature as object), keyId: 'stranger' } })), says: 'it is signed with key "stranger", which is not one of the setting\'s keys' },
  ])('$name', async ({ make, says }) => {
    const k = await keys();
    await setPolicy({ PackUrl: URL_A, TrustedKeys: [k.policyEntry] });
    const { svc } = service(json(await make(k)));
    await svc.refresh('wake');
    const { version, status } = await active();
    if (says === null) {
      expect(version).toBe(2);
      expect(status.active.keyId).toBe(KEY_ID);
      expect(status.refusals).toEqual([]);
    } else {
      expect(version).toBeUndefined();
      expect(status.refusals[0].message).toContain(`The pack from ${URL_A} was not used: ${says}`);
    }
  });

  it('keys in the policy none of which can be used: every pack is refused, from every source, and the status says why', async () => {
    await setPolicy({ Pack: JSON.stringify(packAt(4)), TrustedKeys: ['la-2026:not-a-key'] });
    const { svc } = service();
    await svc.refresh('wake');
    const reply = await svc.importPack(JSON.stringify(packAt(5)));
    expect(reply).toMatchObject({ ok: false, message: expect.stringContaining('none of the keys it lists can be used') });
    const { version, status } = await active();
    expect(version).toBeUndefined();
    expect(status.refusals.map((r) => r.kind).sort()).toEqual(['imported', 'managed']);
    expect(status.refusals[0].message).toContain("the setting's policy accepts only packs signed with its keys, and none of the keys it lists can be used");
    expect(status.policy.problems).toEqual(['TrustedKeys[0]: key "la-2026" cannot be used: the public key is not base64']);
  });

  it('every trusted key with the pack\'s key id is tried (a key being rotated)', async () => {
    const [old, current] = [await keys(), await keys()];
    await setPolicy({ PackUrl: URL_A, TrustedKeys: [old.policyEntry, current.policyEntry] });
    const { svc } = service(json(await current.sign(packAt(2))));
    await svc.refresh('wake');
    expect(await active()).toMatchObject({ version: 2, status: { refusals: [], active: { keyId: KEY_ID } } });
  });

  it('keys set after an unsigned pack was imported take that pack out of force', async () => {
    const { svc } = service();
    await svc.importPack(JSON.stringify(packAt(3)));
    expect((await active()).version).toBe(3);
    await setPolicy({ TrustedKeys: [(await keys()).policyEntry] });
    await svc.sync();
    const { version, status } = await active();
    expect(version).toBeUndefined();
    expect(status.refusals[0].message).toMatch(/^The imported pack file was not used: it is not signed/);
  });
});

describe('versions: no rollback, and the last good pack stays in force', () => {
  it.each<{ name: string; next: () => Record<string, unknown>; version: number; refusal: RegExp | null }>([
    { name: 'a newer version replaces it', next: () => packAt(8), version: 8, refusal: null },
    { name: 'an older version is refused', next: () => packAt(6), version: 7, refusal: /its version \(6\) is older than the pack already in force from there \(version 7\)/ },
    { name: 'the same version changed is refused', next: () => packAt(7, { allow: ['new phrase'] }), version: 7, refusal: /changed but kept version 7/ },
    { name: 'the very same pack again is no news', next: () => packAt(7), version: 7, refusal: null },
    { name: 'an invalid pack is refused naming the field', next: () => ({ ...packAt(9), people: { children: ['Amelia Hart', 42], staff: [] } }), version: 7, refusal: /people\.children\[1\]: expected a string, got 42/ },
    { name: 'a file that is not JSON is refused', next: () => '<html>Sign in</html>' as unknown as Record<string, unknown>, version: 7, refusal: /not valid JSON/ },
  ])('$name', async ({ next, version, refusal }) => {
    await setPolicy({ PackUrl: URL_A });
    const body = next();
    const { svc } = service(json(packAt(7)), typeof body === 'string' ? { body } : json(body));
    await svc.refresh('wake');
    await svc.refresh('user');
    const now = await active();
    expect(now.version).toBe(version);
    if (refusal) expect(now.status.refusals[0].message).toMatch(refusal);
    else expect(now.status.refusals).toEqual([]);
  });

  it('survives a browser restart while offline: the stored pack stays, nothing is rewritten', async () => {
    await setPolicy({ PackUrl: URL_A });
    await service(json(packAt(7))).svc.refresh('wake');
    const writes: string[] = [];
    fakeBrowser.storage.onChanged.addListener((changes) => writes.push(...Object.keys(changes)));

    forgetPolicy();
    clock += 24 * 60 * MIN;
    const restarted = service({ fail: 'Failed to fetch' });
    await restarted.svc.refresh('browser-start');
    const after = await active();
    expect(after.version).toBe(7);
    expect(writes).not.toContain(ACTIVE_KEY);
    expect(after.status.fetchProblem).toBe(`Could not check ${URL_A}: the server could not be reached (Failed to fetch). Trying again in 1 minute.`);
  });
});

describe('conditional fetches', () => {
  it('sends back the ETag and Last-Modified of the pack in force; a 304 changes nothing but the time checked', async () => {
    await setPolicy({ PackUrl: URL_A });
    const { svc, requests } = service(json(packAt(7), { ETag: '"seven"', 'Last-Modified': 'Fri, 20 Nov 2026 09:00:00 GMT' }), { status: 304 });
    await svc.refresh('wake');
    clock += 60 * MIN;
    await svc.refresh('alarm');
    expect(requests[0].headers).toEqual({});
    expect(requests[1].headers).toEqual({ 'If-None-Match': '"seven"', 'If-Modified-Since': 'Fri, 20 Nov 2026 09:00:00 GMT' });
    const { version, status } = await active();
    expect(version).toBe(7);
    expect(status.checkedAt).toBe(clock);
  });

  it('does not send validators of a refused pack: it is asked for in full next time', async () => {
    await setPolicy({ PackUrl: URL_A });
    const { svc, requests } = service(json(packAt(7), { ETag: '"seven"' }), json(packAt(5), { ETag: '"five"' }), json(packAt(8), { ETag: '"eight"' }));
    await svc.refresh('wake');
    await svc.refresh('user');
    await svc.refresh('user');
    expect(requests.map((r) => r.headers['If-None-Match'])).toEqual([undefined, '"seven"', '"seven"']);
    expect((await active()).version).toBe(8);
  });
});

describe('the schedule', () => {
  it('keeps one periodic alarm at the policy interval, and none without a pack URL', async () => {
    await setPolicy({ PackUrl: URL_A, UpdateIntervalMinutes: 30 });
    const { svc } = service(json(packAt(1)));
    await svc.refresh('wake');
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(30);

    await setPolicy({ PackUrl: URL_A, UpdateIntervalMinutes: 15 });
    await svc.sync();
    expect((await fakeBrowser.alarms.get(REFRESH_ALARM))?.periodInMinutes).toBe(15);

    await setPolicy({});
    await svc.sync();
    expect(await fakeBrowser.alarms.getAll()).toEqual([]);
  });

  it('backs off after failures (1, 2, 4 minutes), skips the periodic check meanwhile, and clears the retry on success', async () => {
    await setPolicy({ PackUrl: URL_A });
    const { svc, requests } = service({ fail: 'offline' }, { fail: 'offline' }, { status: 503 }, json(packAt(4)));
    const retries: number[] = [];
    for (const trigger of ['wake', 'retry', 'retry'] as const) {
      await svc.refresh(trigger);
      const alarm = await fakeBrowser.alarms.get(RETRY_ALARM);
      retries.push((alarm!.scheduledTime - clock) / MIN);
      if (retries.length < 3) clock = alarm!.scheduledTime;
    }
    expect(retries).toEqual([1, 2, 4]);
    expect((await active()).status.fetchProblem).toBe(`Could not check ${URL_A}: the server answered 503. Trying again in 4 minutes.`);

    await svc.refresh('alarm'); // the periodic alarm during back-off: no request
    expect(requests).toHaveLength(3);
    clock += 4 * MIN;
    await svc.refresh('retry');
    expect(await fakeBrowser.alarms.get(RETRY_ALARM)).toBeUndefined();
    const { version, status } = await active();
    expect(version).toBe(4);
    expect(status.fetchProblem).toBeUndefined();
  });
});

describe('importing a file', () => {
  it.each<{ name: string; policy: Record<string, unknown>; file: string; ok: boolean; says: RegExp }>([
    { name: 'allowed and valid: in force', policy: {}, file: JSON.stringify(packAt(2)), ok: true, says: /^Little Acorns Day Nursery \(version 2\) is now in force\.$/ },
    { name: 'not allowed by policy', policy: { AllowUserImport: false }, file: JSON.stringify(packAt(2)), ok: false, says: /does not allow importing/ },
    { name: 'invalid file, naming the field', policy: {}, file: JSON.stringify({ ...packAt(2), version: 'two' }), ok: false, says: /^The imported pack file was not used: it is not a valid pack \(version: / },
    { name: 'imported under a policy URL pack', policy: { PackUrl: URL_A }, file: JSON.stringify(packAt(2)), ok: true, says: /takes precedence/ },
  ])('$name', async ({ policy, file, ok, says }) => {
    await setPolicy(policy);
    const { svc } = service(json(packAt(9)));
    await svc.refresh('wake');
    const reply = await svc.importPack(file);
    expect(reply.ok).toBe(ok);
    expect(reply.message).toMatch(says);
  });

  it('an older pack cannot come back after "Stop using the imported pack": the highest version seen survives', async () => {
    const k = await keys();
    await setPolicy({ TrustedKeys: [k.policyEntry] });
    const { svc } = service();
    const older = JSON.stringify(await k.sign(packAt(5)));
    expect((await svc.importPack(older)).ok).toBe(true);
    expect((await svc.importPack(JSON.stringify(await k.sign(packAt(7))))).ok).toBe(true);
    await svc.removeImported();
    const reply = await svc.importPack(older);
    expect(reply).toEqual({ ok: false, message: 'The imported pack file was not used: its version (5) is older than version 7, already accepted from there once; an old pack cannot come back.' });
    // The newest one itself may come back.
    expect((await svc.importPack(JSON.stringify(await k.sign(packAt(7))))).ok).toBe(true);
  });

  it('a version too large to count exactly (1e21) is refused, and does not block later packs', async () => {
    const { svc } = service();
    const huge = JSON.stringify(packAt(1)).replace('"version":1', '"version":1e21');
    expect(await svc.importPack(huge)).toMatchObject({ ok: false, message: expect.stringContaining('version: expected a whole number from 1 to 9007199254740991, got 1e+21') });
    expect((await svc.importPack(JSON.stringify(packAt(3)))).ok).toBe(true);
  });

  it('the digest kept for a pack is a SHA-256 hash, not a second copy of the pack', async () => {
    const { svc } = service();
    await svc.importPack(JSON.stringify(packAt(2)));
    const state = (await fakeBrowser.storage.local.get('pack.state'))['pack.state'] as { held: { imported: { digest: string } } };
    expect(state.held.imported.digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('each pack is stored once: the pack in force only in pack.active, the state pointing at it', async () => {
    await setPolicy({ PackUrl: URL_A });
    const { svc } = service(json(packAt(4, { people: { children: ['Una Fetched'], staff: [] } })));
    await svc.importPack(JSON.stringify(packAt(2, { people: { children: ['Ivy Imported'], staff: [] } })));
    await svc.refresh('wake');
    const all = JSON.stringify(await fakeBrowser.storage.local.get(null));
    // The URL pack is in force; the imported one is held (in the state) for when the URL goes.
    expect(all.split('Una Fetched').length - 1).toBe(1);
    expect(all.split('Ivy Imported').length - 1).toBe(1);
    expect((await active()).version).toBe(4);
    // And it still loads back whole: withdrawing the URL brings the imported pack back, the URL's pack drops out.
    await setPolicy({});
    await svc.sync();
    expect((await active()).version).toBe(2);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).not.toContain('Una Fetched');
  });

  it("a new pack in force drops the old one's tables (a tab's compiled copy, issue 13); a wake that changes nothing keeps them", async () => {
    const { svc } = service();
    await svc.importPack(JSON.stringify(packAt(2)));
    await fakeBrowser.storage.local.set({ [TABLES_KEY]: { pack: 'of version 2' } });
    await svc.refresh('wake');
    expect((await fakeBrowser.storage.local.get(TABLES_KEY))[TABLES_KEY]).toEqual({ pack: 'of version 2' });
    await svc.importPack(JSON.stringify(packAt(3)));
    expect((await active()).version).toBe(3);
    expect((await fakeBrowser.storage.local.get(TABLES_KEY))[TABLES_KEY]).toBeUndefined();
  });

  it('a storage error (a full quota) is said in the reply and on the icon, and the pack in force before stays', async () => {
    const problems: (string | null)[] = [];
    const svc = createPackService({ now: () => clock, onStorageProblem: (m) => problems.push(m) });
    await svc.importPack(JSON.stringify(packAt(2)));
    const set = vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    onTestFinished(() => set.mockRestore());
    const reply = await svc.importPack(JSON.stringify(packAt(3)));
    expect(reply).toEqual({ ok: false, message: 'Second Look could not save its rule pack: the browser’s storage for extensions is full (QUOTA_BYTES quota exceeded). The pack in force before stays in force.' });
    expect(problems.at(-1)).toBe(reply.message);
    await expect(svc.refresh('user')).rejects.toThrow('could not save its rule pack');
    set.mockRestore();
    expect((await active()).version).toBe(2);
    await svc.importPack(JSON.stringify(packAt(3)));
    expect(problems.at(-1)).toBeNull();
  });

  it('removing the import returns to the demo pack', async () => {
    const { svc } = service();
    await svc.importPack(JSON.stringify(packAt(2)));
    await svc.removeImported();
    expect((await active()).status.active.kind).toBe('demo');
  });
});
