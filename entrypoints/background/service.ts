/** The pack service: turns policy, fetches and imports into the one pack in force, one operation at a time. */
import { DEMO_INFO } from './pack-engine';
import { judgeCandidate, signatureProblem, type Candidate, type Trust } from './accept';
import { chooseActive, highWaterKey, refusal, retryDelayMinutes, sourceDescription, sourcePhrase, type HeldPack, type RefusalReason, type SourceKind } from './decide';
import { fetchPack, type FetchLike } from './fetch-pack';
import { readPolicy, type Policy } from './policy';
import { cancelRetry, ensureSchedule, scheduleRetry, shouldFetch, type Trigger } from './schedule';
import { clearRefusalsOf, loadState, recordRefusal, saveState, writeMissing, type PackState } from './store';
import type { PackReply, PackStatus } from '../../utils/pack-status';

export interface ServiceOptions {
  fetchImpl?: FetchLike;
  now?: () => number;
  /** Told of every failure to read or write storage (a full quota …), in words; index.ts shows it on the toolbar icon. */
  onStorageProblem?: (message: string | null) => void;
  /** Told once a new pack in force is written (index.ts then has its tables built: background/tables.ts). */
  onPackWritten?: () => void;
}

/** A storage failure, as the options page and the icon say it. */
export function storageProblemInWords(error: unknown): string {
  const detail = error instanceof Error ? error.message : String(error);
  const full = /quota/i.test(detail);
  return `Second Look could not save its rule pack${full ? ': the browser’s storage for extensions is full' : ''} (${detail}). The pack in force before stays in force.`;
}

export interface PackService {
  /** Re-reads the policy and its inline pack, re-checks what is held, and writes the pack in force. */
  sync(): Promise<void>;
  /** Asks the pack URL when the trigger calls for it, then syncs. */
  refresh(trigger: Trigger): Promise<void>;
  importPack(text: string): Promise<PackReply>;
  removeImported(): Promise<PackReply>;
}

export function createPackService(options: ServiceOptions = {}): PackService {
  const now = options.now ?? Date.now;
  // Storage is read, changed and written back whole: two operations interleaving would lose one's changes.
  let queue: Promise<unknown> = Promise.resolve();
  // Every operation's storage failure is said (icon, reply, log), never lost in a promise nobody awaits.
  const serial = <T>(task: () => Promise<T>): Promise<T> => {
    const guarded = async () => {
      try {
        const result = await task();
        options.onStorageProblem?.(null);
        return result;
      } catch (error) {
        const message = storageProblemInWords(error);
        console.error('[Second Look]', message);
        options.onStorageProblem?.(message);
        throw Object.assign(new Error(message), { cause: error });
      }
    };
    const run = queue.then(guarded, guarded);
    queue = run.catch(() => {});
    return run;
  };
  /** The options page's requests answer with the problem rather than failing. */
  const replying = (task: () => Promise<PackReply>): Promise<PackReply> => serial(task).catch((error: Error) => ({ ok: false, message: error.message }));

  /** Judges a candidate against the source's last good pack and records the outcome in the state. */
  async function consider(state: PackState, candidate: Candidate, trust: Trust): Promise<{ accepted: boolean; reason?: RefusalReason }> {
    const verdict = await judgeCandidate(candidate, state.held[candidate.kind], trust, now(), state.seen);
    if (verdict.outcome === 'accepted') {
      const { held } = verdict;
      state.held[candidate.kind] = held;
      // Remembered past the pack's withdrawal: the version an older pack from this source and key must beat.
      state.seen[highWaterKey(held.kind, held.url, held.keyId)] = { version: held.version, digest: held.digest };
      state.refusals = clearRefusalsOf(state.refusals, candidate.kind);
      return { accepted: true };
    }
    if (verdict.outcome === 'refused') {
      state.refusals = recordRefusal(state.refusals, refusal(candidate.kind, verdict.reason, now(), candidate.url));
      return { accepted: false, reason: verdict.reason };
    }
    return { accepted: false };
  }

  /** Held packs still count only if they satisfy today's keys (keys set after a pack was accepted apply to it too). */
  async function stillTrusted(state: PackState, trust: Trust): Promise<Partial<Record<SourceKind, HeldPack>>> {
    const trusted: Partial<Record<SourceKind, HeldPack>> = {};
    for (const [kind, held] of Object.entries(state.held) as [SourceKind, HeldPack][]) {
      const check = await signatureProblem(held.pack, trust);
      if ('reason' in check) state.refusals = recordRefusal(state.refusals, refusal(kind, check.reason, now(), held.url));
      else trusted[kind] = held;
    }
    return trusted;
  }

  /** Why the setting's rules are not in force, when the policy names a pack and nothing from it (or an import) is held. */
  function missingOf(state: PackState, policy: Policy, chosen: HeldPack | null): string | undefined {
    if (chosen || policy.unreadable || (policy.pack === undefined && !policy.packUrl)) return undefined;
    const why = state.refusals.find((r) => r.kind === 'managed' || r.kind === 'url')?.message
      ?? (policy.packUrl && state.fetch.problem ? `Could not get ${policy.packUrl}: ${state.fetch.problem}.` : policy.packUrl ? `The pack at ${policy.packUrl} has not been fetched yet.` : undefined);
    return `Your setting's rules are not loaded, so posts are not being checked against them.${why ? ` ${why}` : ''}`;
  }

  function statusOf(state: PackState, policy: Policy, chosen: HeldPack | null, missing: string | undefined): PackStatus {
    const f = state.fetch;
    const active = chosen
      ? { kind: chosen.kind, id: chosen.id, setting: chosen.setting, version: chosen.version, source: sourceDescription(chosen.kind, chosen.url), keyId: chosen.keyId, acceptedAt: chosen.acceptedAt }
      : missing
        ? { kind: 'none' as const, id: '', setting: "The setting's rules (not loaded)", version: 0, source: policy.packUrl ? `${policy.packUrl} (policy URL)` : sourceDescription('managed') }
        : { kind: 'demo' as const, ...DEMO_INFO, source: sourceDescription('demo') };
    const retryIn = f.retryAt ? Math.max(1, Math.round((f.retryAt - now()) / 60_000)) : undefined;
    return {
      active,
      checkedAt: policy.packUrl ? f.lastCheckedAt : undefined,
      nextCheckAt: policy.packUrl ? (f.retryAt ?? (f.lastCheckedAt ?? now()) + policy.intervalMinutes * 60_000) : undefined,
      fetchProblem: policy.packUrl && f.problem ? `Could not check ${policy.packUrl}: ${f.problem}.${retryIn ? ` Trying again in ${retryIn} minute${retryIn === 1 ? '' : 's'}.` : ''}` : undefined,
      refusals: state.refusals,
      policy: {
        present: policy.pack !== undefined || !!policy.packUrl || policy.signingRequired || !policy.allowImport || policy.problems.length > 0,
        packUrl: policy.packUrl,
        hasManagedPack: policy.pack !== undefined,
        keyIds: policy.trustedKeys.map((k) => k.keyId),
        intervalMinutes: policy.intervalMinutes,
        allowImport: policy.allowImport,
        problems: policy.unreadable ? [...policy.problems, `the policy could not be read (${policy.unreadable})`] : policy.problems,
      },
      missing,
      updatedAt: now(),
    };
  }

  /** The heart of every operation: policy's own pack, held packs re-checked, precedence, and the write-out. */
  async function settle(state: PackState, policy: Policy): Promise<HeldPack | null> {
    if (!policy.unreadable) {
      if (policy.pack !== undefined) await consider(state, { kind: 'managed', input: policy.pack }, policy);
      // The policy no longer holds a pack or names a URL: the administrator withdrew it, so its pack goes too.
      else delete state.held.managed;
      if (!policy.packUrl) delete state.held.url;
    }
    const trusted = policy.unreadable ? state.held : await stillTrusted(state, policy);
    const eligible = policy.unreadable
      ? { managedPack: true, packUrl: state.held.url?.url, allowImport: true }
      : { managedPack: policy.pack !== undefined, packUrl: policy.packUrl, allowImport: policy.allowImport };
    const chosen = chooseActive(trusted, eligible);
    const missing = missingOf(state, policy, chosen);
    const wanted = chosen ? { kind: chosen.kind, digest: chosen.digest } : null;
    const changed = wanted?.digest !== state.written?.digest || wanted?.kind !== state.written?.kind;
    const active = !changed ? undefined : chosen ? { pack: chosen.pack, source: sourceDescription(chosen.kind, chosen.url) } : null;
    state.written = wanted;
    await saveState(state, statusOf(state, policy, chosen, missing), chosen, active);
    if (active) options.onPackWritten?.();
    await writeMissing(missing);
    return chosen;
  }

  async function fetchUrl(state: PackState, policy: Policy, url: string): Promise<void> {
    const f = state.fetch.url === url ? state.fetch : { url, validators: {}, failures: 0 };
    state.fetch = f;
    f.lastCheckedAt = now();
    const outcome = await fetchPack(url, { allowedOrigins: policy.allowedOrigins, validators: state.held.url?.url === url ? f.validators : {}, fetchImpl: options.fetchImpl });
    if (outcome.status === 'failed') {
      f.failures += 1;
      f.problem = outcome.problem;
      f.retryAt = now() + retryDelayMinutes(f.failures, policy.intervalMinutes) * 60_000;
      await scheduleRetry(f.retryAt);
      return;
    }
    f.failures = 0;
    f.problem = undefined;
    f.retryAt = undefined;
    await cancelRetry();
    if (outcome.status === 'forbidden-origin') {
      state.refusals = recordRefusal(state.refusals, refusal('url', { kind: 'origin-not-allowed', origin: outcome.origin }, now(), url));
    } else if (outcome.status === 'fetched') {
      const result = await consider(state, { kind: 'url', input: outcome.body, url }, policy);
      // Validators are kept only for a pack in force: a refused answer is asked for again in full next time.
      if (result.accepted || !result.reason) f.validators = outcome.validators;
    }
  }

  const sync = () =>
    serial(async () => {
      const policy = await readPolicy();
      await ensureSchedule(policy.packUrl ? policy.intervalMinutes : null);
      await settle(await loadState(), policy);
    });

  const refresh = (trigger: Trigger) =>
    serial(async () => {
      const policy = await readPolicy();
      const state = await loadState();
      await ensureSchedule(policy.packUrl ? policy.intervalMinutes : null);
      if (policy.packUrl && shouldFetch(trigger, state.fetch.url === policy.packUrl ? state.fetch : {}, now(), policy.intervalMinutes)) {
        await fetchUrl(state, policy, policy.packUrl);
      }
      await settle(state, policy);
    });

  const importPack = (text: string) =>
    replying(async (): Promise<PackReply> => {
      const policy = await readPolicy();
      const state = await loadState();
      if (!policy.allowImport) {
        const refused = refusal('imported', { kind: 'import-not-allowed' }, now());
        return { ok: false, message: refused.message };
      }
      const result = await consider(state, { kind: 'imported', input: text }, policy);
      const chosen = await settle(state, policy);
      if (result.reason) return { ok: false, message: refusal('imported', result.reason, now()).message };
      const imported = state.held.imported!;
      const name = `${imported.setting} (version ${imported.version})`;
      if (!result.accepted) return { ok: true, message: `${sourcePhrase('imported')} is the pack already imported: ${name}.` };
      return chosen?.kind === 'imported'
        ? { ok: true, message: `${name} is now in force.` }
        : { ok: true, message: `${name} was imported, but the pack from the ${sourceDescription(chosen!.kind, chosen!.url)} takes precedence.` };
    });

  const removeImported = () =>
    replying(async (): Promise<PackReply> => {
      const policy = await readPolicy();
      const state = await loadState();
      delete state.held.imported;
      state.refusals = clearRefusalsOf(state.refusals, 'imported');
      const chosen = await settle(state, policy);
      const now = chosen ? chosen.setting : state.written === null && (policy.pack !== undefined || policy.packUrl) ? "nothing: the setting's rules are not loaded" : 'the built-in demo pack';
      return { ok: true, message: `The imported pack was removed; in force now: ${now}.` };
    });

  return { sync, refresh, importPack, removeImported };
}
