/** The pack in force, as every user may see it: where it came from, when last checked, any refusal in plain words, and its rules in summary. */
import type { PackReply, PackStatus } from '../../utils/pack-status';
import type { PackSummary } from './summary';

export interface ActivePackProps {
  status: PackStatus | null;
  summary: PackSummary | null;
  /** The reply to the last thing the user asked for (check now, import, remove). */
  reply: PackReply | null;
  onCheckNow(): void;
  onImport(file: File): void;
  onRemoveImported(): void;
}

const when = (ms?: number) => (ms ? new Date(ms).toLocaleString() : 'never');
const plural = (n: number, one: string, many = `${one}s`) => `${n} ${n === 1 ? one : many}`;

export function ActivePack({ status, summary, reply, onCheckNow, onImport, onRemoveImported }: ActivePackProps) {
  if (!status) return <p>Second Look has not loaded a pack yet; the built-in demo pack is in force.</p>;
  const { active, policy } = status;
  return (
    <section aria-labelledby="active-h" class="active-pack">
      <h2 id="active-h">The pack in force</h2>
      <dl class="facts">
        <dt>Setting</dt>
        <dd>{active.setting}</dd>
        <dt>Version</dt>
        <dd>{active.version}</dd>
        <dt>From</dt>
        <dd>{active.source}</dd>
        {active.keyId && (
          <>
            <dt>Signed with</dt>
            <dd>key "{active.keyId}"</dd>
          </>
        )}
        {policy.packUrl && (
          <>
            <dt>Last checked</dt>
            <dd>{when(status.checkedAt)}</dd>
          </>
        )}
      </dl>
      {status.fetchProblem && <p class="problem">{status.fetchProblem}</p>}
      {status.refusals.length > 0 && (
        <div role="alert" class="problem refusals">
          <ul>
            {status.refusals.map((r) => (
              <li key={`${r.kind}-${r.at}-${r.message}`}>
                {r.message} <span class="when">({when(r.at)})</span>
              </li>
            ))}
          </ul>
        </div>
      )}
      {policy.problems.length > 0 && (
        <div class="problem">
          <p>Parts of the setting's policy were ignored:</p>
          <ul>
            {policy.problems.map((p) => (
              <li key={p}>{p}</li>
            ))}
          </ul>
        </div>
      )}
      {summary && (
        <div class="summary" aria-label="What the pack checks">
          <p>
            Names the setting as "{summary.setting}" and {plural(summary.otherNames, 'other name')}; {plural(summary.handles, 'handle')},{' '}
            {plural(summary.domains, 'web address', 'web addresses')}, {plural(summary.logos, 'logo')}.
          </p>
          <p>
            Protects {plural(summary.children, 'child', 'children')} and {plural(summary.staff, 'member', 'members')} of staff by name (the names are in the pack,
            not shown here).
          </p>
          {summary.terms.length > 0 && (
            <ul class="terms-summary">
              {summary.terms.map((t) => (
                <li key={t.category}>
                  {t.label}: {plural(t.terms, 'term')} ({plural(t.phrases, 'phrase')}, {plural(t.patterns, 'pattern')})
                </li>
              ))}
            </ul>
          )}
          <p>
            Categories off: {summary.categories.filter((c) => !c.enabled).map((c) => c.label).join(', ') || 'none'}.
          </p>
          {summary.policyTitle && (
            <p>
              Policy: {summary.policyUrl ? <a href={summary.policyUrl} target="_blank" rel="noreferrer">{summary.policyTitle}</a> : summary.policyTitle}
            </p>
          )}
        </div>
      )}
      <div class="buttons">
        {policy.packUrl && (
          <button type="button" onClick={onCheckNow}>
            Check for a new pack now
          </button>
        )}
        {policy.allowImport && (
          <>
            <label class="button" for="use-file">
              Use a pack file in this browser…
            </label>
            <input
              id="use-file"
              type="file"
              accept="application/json,.json"
              class="visually-hidden"
              onChange={(e) => {
                const file = e.currentTarget.files?.[0];
                e.currentTarget.value = '';
                if (file) onImport(file);
              }}
            />
          </>
        )}
        {active.kind === 'imported' && (
          <button type="button" onClick={onRemoveImported}>
            Stop using the imported pack
          </button>
        )}
      </div>
      {reply && (
        <p role="status" class={reply.ok ? 'notice-ok' : 'problem'}>
          {reply.message}
        </p>
      )}
    </section>
  );
}
