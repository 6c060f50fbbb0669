/** The one-walk reader: its text matches what each editor would post, and every offset maps back to the same characters. */
import { describe, expect, it } from 'vitest';
import { readEditorText } from '../../entrypoints/composer.content/text-map';

function editor(html: string): HTMLElement {
  const el = document.createElement('div');
  el.setAttribute('contenteditable', 'true');
  el.innerHTML = html;
  document.body.replaceChildren(el);
  return el;
}

// Each row: how an editor library renders some text, and the plain text that library would post.
const CASES = [
  { name: 'Draft.js, one block', html: '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">Hello Oliver</span></span></div></div></div>', text: 'Hello Oliver' },
  {
    name: 'Draft.js, blocks with an empty line between',
    html: '<div data-contents="true"><div data-block="true"><div><span><span data-text="true">one</span></span></div></div><div data-block="true"><div><span><br data-text="true"></span></div></div><div data-block="true"><div><span><span data-text="true">two</span><span data-text="true"> bold</span></span></div></div></div>',
    text: 'one\n\ntwo bold',
  },
  { name: 'Lexical, two paragraphs', html: '<p dir="ltr"><span data-lexical-text="true">first</span></p><p dir="ltr"><span data-lexical-text="true">second</span></p>', text: 'first\n\nsecond' },
  { name: 'Lexical, empty paragraph between', html: '<p><span data-lexical-text="true">a</span></p><p><br></p><p><span data-lexical-text="true">b</span></p>', text: 'a\n\n\n\nb' },
  { name: 'Lexical, shift+enter line break inside a paragraph', html: '<p><span data-lexical-text="true">line one</span><br><span data-lexical-text="true">line two</span></p>', text: 'line one\nline two' },
  { name: 'astral characters keep UTF-16 offsets', html: '<p><span>🎉 party with Oliver 🎈</span></p>', text: '🎉 party with Oliver 🎈' },
  { name: 'scripts and hidden nodes are not text', html: '<p>shown<span hidden>secret</span><style>p{}</style> text</p>', text: 'shown text' },
  { name: 'text split over many nodes', html: '<p><b>Ol</b><i>iv</i>er <span>Brooks</span></p>', text: 'Oliver Brooks' },
];

describe('readEditorText', () => {
  it.each(CASES)('$name: reads the posted text', ({ html, text }) => {
    expect(readEditorText(editor(html)).text).toBe(text);
  });

  // A Range across a skipped node (a script, a hidden span) necessarily spans that node too, so that row is left out.
  it.each(CASES.filter((c) => !c.html.includes('hidden')))('$name: every non-empty [start, end) maps to a Range over the same characters, minus synthetic breaks', ({ html }) => {
    const map = readEditorText(editor(html));
    const { text } = map;
    for (let start = 0; start < text.length; start++) {
      for (let end = start + 1; end <= text.length; end++) {
        const range = map.rangeFor(start, end);
        const want = text.slice(start, end);
        if (!want.replace(/\n/g, '')) continue;
        expect(range, `[${start}, ${end})`).not.toBeNull();
        // Line breaks between blocks exist only in the text, not as characters in the DOM.
        expect(range!.toString().replace(/\n/g, '')).toBe(want.replace(/^\n+|\n+$/g, '').replace(/\n/g, ''));
      }
    }
  });

  it('returns no range for an empty span', () => {
    const map = readEditorText(editor('<p>abc</p>'));
    expect(map.rangeFor(1, 1)).toBeNull();
  });

  it('reads a textarea by its value and leaves its highlights to the mirror', () => {
    const area = document.createElement('textarea');
    area.value = 'Hello\nOliver';
    const map = readEditorText(area);
    expect(map.text).toBe('Hello\nOliver');
    expect(map.rangeFor(0, 5)).toBeNull();
  });

  it('does not change the editor', () => {
    const el = editor(CASES[1].html);
    const before = el.innerHTML;
    const map = readEditorText(el);
    map.rangeFor(0, 3);
    expect(el.innerHTML).toBe(before);
  });
});
