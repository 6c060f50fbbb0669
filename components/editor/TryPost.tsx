/** "Try a post": what the current draft would flag, live, with the words highlighted and the reasons listed. */
import { useMemo, useRef, useState } from 'preact/hooks';
import { compile, parsePack, type Finding } from '../../rules';
import { CATEGORY_LABELS } from '../categories';
import { FindingList } from '../FindingList';
import type { Draft } from './draft';
import { buildCards, summaryLine } from '../cards';

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

export function TryPost({ draft, problems = 0 }: { draft: Draft; problems?: number }) {
  const [text, setText] = useState('');
  // Compiled once per draft, not per keystroke in the post: compiling is the costly part. While the draft is
  // unfinished (a term just added, a pattern half typed) the last draft that was a valid pack is tried instead.
  const lastGood = useRef<{ check: (t: string) => Finding[] } | null>(null);
  const checker = useMemo(() => {
    const parsed = parsePack(draft);
    if (parsed.ok) lastGood.current = { check: compile(parsed.pack).check };
    return { current: parsed.ok, check: lastGood.current?.check ?? null };
  }, [draft]);
  const findings = checker.check && text ? checker.check(text) : [];
  const cards = buildCards(findings.map((finding) => ({ finding, text })));

  return (
    <section class="try-post" aria-labelledby="try-h" id="try-post">
      <h2 id="try-h">Try a post</h2>
      <label for="try-text">Write a post as a member of staff might</label>
      <textarea id="try-text" rows={3} value={text} onInput={(e) => setText(e.currentTarget.value)} />
      {!checker.current && (
        <p class="hint try-note">
          {checker.check
            ? `Trying your last complete draft: ${problems === 1 ? '1 thing' : `${problems || 'some'} things`} in the draft to finish first, shown beside ${problems === 1 ? 'its field' : 'their fields'}.`
            : "The draft can be tried once it has the setting's name and every term has a phrase; what is missing is shown beside each field."}
        </p>
      )}
      {checker.check && text && (
        <>
          <p class="verdict" aria-live="polite">
            {cards.length === 0 ? 'Nothing would be flagged.' : `${summaryLine(cards)}.`}
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
      )}
    </section>
  );
}
