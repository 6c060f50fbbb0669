/** One card of the warning: the words in context, their categories, what to do, and the actions that help. */
import { CATEGORY_LABELS, SEVERITY_WORDS } from './categories';
import { inContext } from './FindingList';
import type { Card } from './cards';

export interface CardViewProps {
  card: Card;
  policyUrl?: string;
  onShow?(card: Card): void;
  onFix?(card: Card): void;
  onDismiss?(card: Card): void;
  /** A short or narrow window: the policy's words fold away behind "Why", so the whole first card is in view. */
  compact?: boolean;
}

const fold = (m: string) => m.toLocaleLowerCase().replace(/\s+/g, ' ').trim();
const shown = (m: string) => m.replace(/\s+/g, ' ').trim();

/** The card's other places: "Written 2 times in the post." or "Also: “Funding cut”, “Ofsted grade”." (each a Show me). */
function Also({ card, onShow }: { card: Card; onShow?(card: Card): void }) {
  if (card.places.every((p) => fold(p.match) === fold(card.match))) return <p class="also">Written {card.places.length} times in the post.</p>;
  return (
    <p class="also">
      Also:{' '}
      {card.places.slice(1).map((p, i) => (
        <span key={`${p.start}-${p.end}`}>
          {i > 0 && ', '}
          {onShow ? (
            <button type="button" class="link" aria-label={`Show me “${shown(p.match)}”`} onClick={() => onShow({ ...card, start: p.start, end: p.end, match: p.match })}>
              “{shown(p.match)}”
            </button>
          ) : (
            `“${shown(p.match)}”`
          )}
        </span>
      ))}
      .
    </p>
  );
}

export function CardView({ card, policyUrl, onShow, onFix, onDismiss, compact = false }: CardViewProps) {
  // Less text either side in a small window: the words themselves matter most.
  const ctx = inContext(card.text, card.start, card.end, compact ? 20 : undefined);
  const inText = card.from === undefined && !!card.editor;
  const id = `sl-card-${card.key.replace(/[^a-z0-9]/gi, '-')}`;
  return (
    <li class={`finding sev-${card.severity}`} aria-labelledby={`${id}-head`}>
      <p class="finding-head" id={`${id}-head`}>
        <span class="severity">{SEVERITY_WORDS[card.severity]}</span>
        <span class="category">{card.categories.map((c) => CATEGORY_LABELS[c] ?? c).join(' · ')}</span>
        {card.from !== undefined && <span class="source">in the picture {card.from}</span>}
      </p>
      <p class="context">
        {ctx.before}
        <mark>{ctx.match}</mark>
        {ctx.after}
      </p>
      {card.places.length > 1 && <Also card={card} onShow={inText ? onShow : undefined} />}
      <p class="todo">{card.advice}</p>
      {compact && card.messages.length > 0 ? (
        <details class="why-more">
          <summary>Why</summary>
          {card.messages.map((m) => (
            <p class="why" key={m}>
              {m}
            </p>
          ))}
        </details>
      ) : (
        card.messages.map((m) => (
          <p class="why" key={m}>
            {m}
          </p>
        ))
      )}
      <div class="card-actions">
        {inText && onShow && (
          <button type="button" class="small" onClick={() => onShow(card)}>
            Show me
          </button>
        )}
        {inText && onFix && card.fix && (
          <button type="button" class="small" onClick={() => onFix(card)}>
            {card.fix.label}
          </button>
        )}
        {onDismiss && (
          <button type="button" class="small" onClick={() => onDismiss(card)} aria-describedby="sl-dismiss-hint">
            Not a problem
          </button>
        )}
        {policyUrl && (
          <a class="small" href={policyUrl} target="_blank" rel="noopener noreferrer">
            Read the policy
          </a>
        )}
      </div>
    </li>
  );
}
