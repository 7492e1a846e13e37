// The segment stage alone, in a loop, for CPU profiles and alternated comparisons. Bundle it unminified, then run it:
//   npx esbuild bench/segment-loop.ts --bundle --platform=node --format=esm --outfile=/tmp/seg.mjs \
//     --banner:js="import { createRequire as r } from 'node:module'; const require = r(import.meta.url);"
//   W=large|seed|real|all N=<rounds> node [--cpu-prof] /tmp/seg.mjs
// (run from the tree's root). Blocks are made once (Readability, blocksFromDom/blocksFromText); only segment() is
// timed, in CPU ms per round, over the large generated page (.bench/large.html), the seed page, or every real page
// (test/fixtures/real/{zh,multi}/*.txt). For a profile whose self times name the functions that spend them, give
// node --no-maglev --no-turbo-inlining: both tiers inline small functions into their callers, whose self time then
// holds theirs (segmentBlocks seems to spend 5% of its own otherwise).
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { selectContentBlocks } from '../lib/blocks/content';
import { blocksFromDom } from '../lib/blocks/dom';
import { blocksFromText } from '../lib/blocks/text';
import { detectLang } from '../lib/lang';
import { readabilityText } from '../lib/pipeline';
import { segment } from '../lib/segment';
import type { Block } from '../lib/types';

const which = process.env.W ?? 'all';
const rounds = Number(process.env.N ?? 10);
const want = (set: string) => which === 'all' || which === set;

const fromHtml = (file: string) => {
  const doc = parseHTML(readFileSync(resolve(file), 'utf8')).document as unknown as Document;
  const readable = readabilityText(doc);
  const dom = blocksFromDom(doc.body ?? doc.documentElement);
  const blocks = selectContentBlocks(dom, readable.text).map((i) => dom.blocks[i]!);
  return { blocks, lang: detectLang(doc.documentElement.getAttribute('lang'), () => blocks.map((b) => b.text).join('\n')), title: doc.title };
};
const fromText = (file: string) => {
  const blocks = blocksFromText(readFileSync(file, 'utf8'));
  return { blocks, lang: detectLang(null, () => blocks.map((b) => b.text).join('\n')), title: undefined };
};

const pages: { blocks: Block[]; lang: string | null; title: string | undefined }[] = [];
if (want('large')) pages.push(fromHtml('.bench/large.html'));
if (want('seed')) pages.push(fromHtml('test/fixtures/seed/page.html'));
if (want('real')) {
  for (const set of ['zh', 'multi']) {
    const dir = resolve('test/fixtures/real', set);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.txt')).sort()) pages.push(fromText(join(dir, f)));
  }
}
const t0 = process.cpuUsage();
for (let i = 0; i < rounds; i++) for (const p of pages) segment(p.blocks, { title: p.title, lang: p.lang });
const used = process.cpuUsage(t0);
console.log('cpu ms/round', ((used.user + used.system) / 1000 / rounds).toFixed(2), 'pages', pages.length);
