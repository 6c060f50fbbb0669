/** The list of findings in a post, highest severity first: what kind, the words in context, and why. */
// Straight from the pure-data module, not rules/index: importing the index would pull the whole engine into
// the document_start bundle (see entrypoints/engine.content.ts).
import { SEVERITY_RANK, type Finding } from '../rules/types';
import { CATEGORY_LABELS, SEVERITY_WORDS } from './categories';

/** A finding with the text it was found in, so its words can be shown in context. */
export interface FindingItem {
  finding: Finding;
  text: string;
  /** Set when the finding comes from an attached picture: the picture's name. */
  from?: string;
  /** The editor the text is in, so the warning can show the words there or take them out. */
  editor?: HTMLElement;
}

const CONTEXT = 32;

/** The matched words with a little text either side, cut at word boundaries. */
export function inContext(text: string, start: number, end: number, around = CONTEXT): { before: string; match: string; after: string } {
  let from = Math.max(0, start - around);
  let to = Math.min(text.length, end + around);
  if (from > 0) from = text.indexOf(' ', from) + 1 || from;
  if (to < text.length) to = text.lastIndexOf(' ', to) > end ? text.lastIndexOf(' ', to) : to;
  const before = (from > 0 ? '…' : '') + text.slice(from, start).replace(/\s+/g, ' ').trimStart();
  const after = text.slice(end, to).replace(/\s+/g, ' ').trimEnd() + (to < text.length ? '…' : '');
  return { before, match: text.slice(start, end), after };
}

export function sortFindings(items: FindingItem[]): FindingItem[] {
  return [...items].sort((a, b) => SEVERITY_RANK[b.finding.severity] - SEVERITY_RANK[a.finding.severity] || a.finding.start - b.finding.start);
}

export function FindingList({ items }: { items: FindingItem[] }) {
  return (
    <ul class="findings" aria-label="What Second Look found">
      {sortFindings(items).map(({ finding, text, from }, i) => {
        const ctx = inContext(text, finding.start, finding.end);
        return (
          <li key={`${finding.ruleId}-${finding.start}-${i}`} class={`finding sev-${finding.severity}`}>
            <p class="finding-head">
              <span class="severity">{SEVERITY_WORDS[finding.severity]}</span>
              <span class="category">{CATEGORY_LABELS[finding.category] ?? finding.category}</span>
              {from !== undefined && <span class="source">in the picture {from}</span>}
            </p>
            <p class="context">
              {ctx.before}
              <mark>{ctx.match}</mark>
              {ctx.after}
            </p>
            <p class="why">{finding.message}</p>
          </li>
        );
      })}
    </ul>
  );
}
