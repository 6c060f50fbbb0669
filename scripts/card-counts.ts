/**
 * How many cards the warning shows for realistic flagged posts: every training-corpus post labelled with two or
 * more categories, checked against its pack and grouped by components/cards.ts. Prints findings and cards per post,
 * the spread, and the posts with the most cards (TOP=n). Run: npx tsx scripts/card-counts.ts
 */
import { compile, type Checker } from '../rules';
import { buildCards } from '../components/cards';
import { CORPORA } from '../tests/corpus/corpora';
import { postsWithPacks, readPack } from '../tests/corpus/load';

const checkers = new Map<string, Checker>();
let posts = 0;
let findings = 0;
let cards = 0;
const spread: Record<number, number> = {};
const most: { id: string; cards: number; findings: number; length: number; lines: string[] }[] = [];
// Training corpora only: the sealed ones are never read post by post.
for (const corpus of CORPORA.filter((c) => c.role === 'train' && c.pack)) {
  for (const { post, pack } of postsWithPacks(corpus)) {
    if (new Set(post.expect).size < 2) continue;
    let checker = checkers.get(pack);
    if (!checker) checkers.set(pack, (checker = compile(readPack(pack))));
    const found = checker.check(post.text);
    if (!found.length) continue;
    const grouped = buildCards(found.map((finding) => ({ finding, text: post.text })));
    posts++;
    findings += found.length;
    cards += grouped.length;
    spread[grouped.length] = (spread[grouped.length] ?? 0) + 1;
    most.push({ id: post.id, cards: grouped.length, findings: found.length, length: post.text.length, lines: grouped.map((c) => `${c.severity} [${c.categories.join(' + ')}] ${c.places.map((p) => `"${p.match}"`).join(', ')}`) });
  }
}
console.log(`${posts} flagged posts with 2+ labelled categories: ${findings} findings (${(findings / posts).toFixed(2)} a post), ${cards} cards (${(cards / posts).toFixed(2)} a post)`);
console.log(`cards a post: ${Object.entries(spread).map(([n, k]) => `${n}: ${k}`).join(', ')}`);
most.sort((a, b) => b.cards - a.cards);
for (const m of most.slice(0, Number(process.env.TOP ?? 3))) console.log(`\n${m.id}: ${m.findings} findings, ${m.cards} cards (${m.length} characters)\n  ${m.lines.join('\n  ')}`);
