/**
 * The small count beside the composer ("Second Look: 3 things to check"): a button in our shadow root, announced
 * politely when the count changes, that opens the same cards as the warning before Post is pressed.
 * Alt+Shift+S from the editor opens it too, since our button sits outside the page's Tab order.
 */
import type { Finding } from '../../rules';
import type { FindingItem } from '../../components/FindingList';
import { buildCards } from '../../components/cards';
import { layer } from './overlay';
import { pageTheme } from './theme';

export const REVIEW_KEYS = 'Alt+Shift+S';

export class CountBadge {
  private button: HTMLButtonElement | null = null;
  private live: HTMLElement | null = null;
  private editor: HTMLElement | null = null;
  private items: FindingItem[] = [];
  private said = '';

  constructor(private readonly open: (items: FindingItem[]) => void) {}

  private elements() {
    if (!this.button || !this.button.isConnected) {
      const host = layer('count');
      this.button = document.createElement('button');
      this.button.type = 'button';
      this.button.className = 'count-badge';
      this.button.hidden = true;
      this.button.setAttribute('aria-keyshortcuts', REVIEW_KEYS);
      this.button.addEventListener('click', () => this.review());
      this.live = document.createElement('div');
      this.live.className = 'sr-only';
      this.live.setAttribute('aria-live', 'polite');
      this.live.setAttribute('role', 'status');
      host.replaceChildren(this.button, this.live);
    }
    return { button: this.button, live: this.live! };
  }

  /** The findings of the editor checked last; low ones are counted too, they are worth knowing. */
  update(editor: HTMLElement, text: string, findings: Finding[]): void {
    this.editor = editor;
    this.items = findings.map((finding) => ({ finding, text, editor }));
    const cards = buildCards(this.items);
    const { button, live } = this.elements();
    if (!cards.length) {
      button.hidden = true;
      if (this.said) live.textContent = 'Second Look: nothing to check.';
      this.said = '';
      return;
    }
    const words = `Second Look: ${cards.length === 1 ? '1 thing' : `${cards.length} things`} to check`;
    const dot = document.createElement('span');
    dot.className = `dot sev-${cards[0]!.severity}`;
    dot.setAttribute('aria-hidden', 'true');
    // Small on screen ("● 2 to check"), the whole sentence for a screen reader.
    const hidden = (text: string) => Object.assign(document.createElement('span'), { className: 'sr-only', textContent: text });
    button.replaceChildren(dot, hidden('Second Look: '), `${cards.length} `, hidden(cards.length === 1 ? 'thing ' : 'things '), 'to check');
    button.title = words;
    button.parentElement!.className = `theme-${pageTheme(editor)}`;
    button.hidden = false;
    this.place();
    if (words !== this.said) live.textContent = `${words}. Press ${REVIEW_KEYS} to see them.`;
    this.said = words;
  }

  /** In the editor's bottom right corner (beside the site's own buttons, never over them), kept inside the window. */
  place(): void {
    const { button } = this.elements();
    if (!this.editor?.isConnected) {
      button.hidden = true;
      return;
    }
    if (button.hidden) return;
    const r = this.editor.getBoundingClientRect();
    const w = button.offsetWidth || 200;
    const h = button.offsetHeight || 28;
    button.style.left = `${Math.max(4, Math.min(r.right - w - 4, innerWidth - w - 4))}px`;
    button.style.top = `${Math.max(4, Math.min(r.bottom - h - 4, innerHeight - h - 4))}px`;
  }

  review(): void {
    if (this.items.length && this.editor?.isConnected) this.open(this.items);
  }

  /** Alt+Shift+S inside the editor the count belongs to. */
  isReviewKey(e: KeyboardEvent, editor: HTMLElement | null): boolean {
    return e.altKey && e.shiftKey && !e.ctrlKey && !e.metaKey && (e.code === 'KeyS' || e.key.toLowerCase() === 's') && !!editor && editor === this.editor;
  }
}
