/** "Try a post": what the current draft would flag, live, with the words highlighted and the reasons listed. */
import { useMemo, useState } from 'preact/hooks';
import { compile, parsePack, type Finding } from '../../rules';
import { CATEGORY_LABELS } from '../categories';
import { FindingList } from '../FindingList';
import type { Draft } from './draft';

/** The text cut at each finding's edges: plain runs and marked runs, in order (findings never overlap after settling). */
export function segments(text: string, findings: Finding[]): { text: string; finding?: Finding }[] {
  const out: { text: string; finding?: Finding }[] = [];
  let at = 0;
  for (const f of [...findings].sort((a, b) => a.start - b.start)) {
    if (f.start < at) continue;
    if (f.start > at) out.push({ text: text.slice(at, f.start) });
    out.push({ text: text.slice(f.start, f.end), finding: f });
    at = f.end;
  }
  if (at < text.length) out.push({ text: text.slice(at) });
  return out;
}

export function TryPost({ draft }: { draft: Draft }) {
  const [text, setText] = useState('');
  // Compiled once per draft, not per keystroke in the post: compiling is the costly part.
  const checker = useMemo(() => {
    const parsed = parsePack(draft);
    return parsed.ok ? { check: compile(parsed.pack).check, errors: [] as string[] } : { check: null, errors: parsed.errors };
  }, [draft]);
  const findings = checker.check && text ? checker.check(text) : [];

  return (
    <section class="try-post" aria-labelledby="try-h">
      <h2 id="try-h">Try a post</h2>
      <label for="try-text">Write a post as a member of staff might</label>
      <textarea id="try-text" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {checker.errors.length > 0 ? (
        <p role="status" class="problem">
          The draft cannot be tried until it is a valid pack: {checker.errors[0]}
          {checker.errors.length > 1 ? ` (and ${checker.errors.length - 1} more)` : ''}
        </p>
      ) : (
        text && (
          <>
            <p class="verdict" role="status">
              {findings.length === 0 ? 'Nothing would be flagged.' : `${findings.length} thing${findings.length === 1 ? '' : 's'} would be flagged.`}
            </p>
            <p class="marked" aria-label="The post with what would be flagged marked">
              {segments(text, findings).map((s, i) =>
                s.finding ? (
                  <mark key={i} class={`sev-${s.finding.severity}`} title={CATEGORY_LABELS[s.finding.category]}>
                    {s.text}
                  </mark>
                ) : (
                  <span key={i}>{s.text}</span>
                ),
              )}
            </p>
            {findings.length > 0 && <FindingList items={findings.map((finding) => ({ finding, text }))} />}
          </>
        )
      )}
    </section>
  );
}
