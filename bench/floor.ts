/**
 * The floor a check is measured against: one Aho-Corasick pass over the lower-cased text for
 * every phrase the pack's phrase index holds (names, aliases, handles, term and allow phrases,
 * the built-in confidential phrases). It only finds where phrases occur, judges nothing: no
 * check can be quicker than it, so the bench prints the engine's time as a multiple of it.
 */
import { CONFIDENTIAL_PHRASES } from '../rules/lexicon/confidential';
import type { Pack } from '../rules';

export function packPhrases(pack: Pack): string[] {
  const people = [...pack.people.children, ...pack.people.staff];
  const nicknames = Object.values(pack.people.nicknames ?? {}).flat();
  const all = [
    pack.setting.name, ...pack.setting.aliases, ...pack.setting.handles.map((h) => h.replace(/^@/, '')),
    ...people, ...people.flatMap((n) => n.trim().split(/\s+/)), ...nicknames,
    ...pack.terms.flatMap((t) => t.phrases), ...CONFIDENTIAL_PHRASES, ...pack.allow,
  ];
  return [...new Set(all.map((p) => p.trim().toLowerCase()).filter(Boolean))];
}

export class AhoCorasick {
  private readonly next: Map<number, number>[] = [new Map()];
  private readonly fail: number[] = [0];
  private readonly out: number[] = [0];

  constructor(phrases: string[]) {
    for (const p of phrases) {
      let s = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let t = this.next[s]!.get(c);
        if (t === undefined) { t = this.next.length; this.next.push(new Map()); this.fail.push(0); this.out.push(0); this.next[s]!.set(c, t); }
        s = t;
      }
      this.out[s]!++;
    }
    const queue: number[] = [...this.next[0]!.values()];
    for (let q = 0; q < queue.length; q++) {
      const s = queue[q]!;
      for (const [c, t] of this.next[s]!) {
        let f = this.fail[s]!;
        while (f && !this.next[f]!.has(c)) f = this.fail[f]!;
        const g = this.next[f]!.get(c);
        this.fail[t] = g !== undefined && g !== t ? g : 0;
        this.out[t]! += this.out[this.fail[t]!]!;
        queue.push(t);
      }
    }
  }

  get states(): number { return this.next.length; }

  /** How many phrase occurrences the text holds. */
  count(text: string): number {
    const lower = text.toLowerCase();
    let s = 0;
    let found = 0;
    for (let i = 0; i < lower.length; i++) {
      const c = lower.charCodeAt(i);
      let t = this.next[s]!.get(c);
      while (t === undefined && s) { s = this.fail[s]!; t = this.next[s]!.get(c); }
      s = t ?? 0;
      found += this.out[s]!;
    }
    return found;
  }
}
