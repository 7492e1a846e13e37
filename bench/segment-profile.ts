// Where the pipeline's time goes in Node, stage by stage: `npx tsx bench/segment-profile.ts`.
// Runs the stages lib/pipeline.ts chains (blocks, content, segment, places, figures) on the large generated page
// (.bench/large.html, from `npm run bench`), the seed page and a fixed sample of the real pages, warms up, then
// times each stage over many rounds and prints the medians (CPU ms per round: other processes on a shared machine
// do not count). To compare two versions, run a copy whose imports name the other tree's lib/ in alternation.
// For hot spots, bundle it unminified (esbuild --bundle --platform=node) and run the bundle with node --cpu-prof.
// JIANBAO_PROFILE_ROUNDS sets the rounds; JIANBAO_PROFILE_ONLY=large|seed|real one input set; JIANBAO_PROFILE_PAGES=1
// also lists the pages that cost the most (segment + places, mean CPU ms per round).
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseHTML } from 'linkedom';
import { annotateText } from '../lib/annotate';
import { selectContentBlocks } from '../lib/blocks/content';
import { blocksFromDom } from '../lib/blocks/dom';
import { blocksFromText } from '../lib/blocks/text';
import { annotatorLang, detectLang } from '../lib/lang';
import { readabilityText } from '../lib/pipeline';
import { parseGazetteer, scanPlaces } from '../lib/places';
import { segment } from '../lib/segment';
import type { Block } from '../lib/types';

const ROUNDS = Number(process.env.JIANBAO_PROFILE_ROUNDS ?? 15);
const ONLY = process.env.JIANBAO_PROFILE_ONLY;
const PAGES = !!process.env.JIANBAO_PROFILE_PAGES;

/** CPU time of this process in ms: other processes sharing the machine do not count. */
const cpu = () => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

/** Every `step`-th page of a fixture folder, in name order: the same sample on every run. */
function sample(dir: string, step: number): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .filter((_, i) => i % step === 0)
    .map((f) => join(dir, f));
}

async function main(): Promise<void> {
  const gazetteer = parseGazetteer(JSON.parse(readFileSync(resolve('public/gazetteer.json'), 'utf8')));

  type Input = { name: string; html?: Document; text?: string };
  const sets: Record<string, Input[]> = {};
  const large = resolve('.bench/large.html');
  if (existsSync(large)) sets.large = [{ name: 'large', html: parseHTML(readFileSync(large, 'utf8')).document as unknown as Document }];
  sets.seed = [{ name: 'seed', html: parseHTML(readFileSync(resolve('test/fixtures/seed/page.html'), 'utf8')).document as unknown as Document }];
  sets.real = [...sample(resolve('test/fixtures/real/zh'), 12), ...sample(resolve('test/fixtures/real/multi'), 16)].map((p) => ({ name: p, text: readFileSync(p, 'utf8') }));

  for (const [setName, inputs] of Object.entries(sets)) {
    if (ONLY && ONLY !== setName) continue;
    // Readability and the blocks are computed once (they are not what is profiled); segment and places per round.
    const prepared = inputs.map((input): { blocks: Block[]; lang: string | null; title: string | undefined } => {
      if (input.html) {
        const doc = input.html;
        const readable = readabilityText(doc);
        const dom = blocksFromDom(doc.body ?? doc.documentElement);
        const blocks = selectContentBlocks(dom, readable.text).map((i) => dom.blocks[i]!);
        const lang = detectLang(doc.documentElement.getAttribute('lang'), () => blocks.map((b) => b.text).join('\n'));
        return { blocks, lang, title: doc.title };
      }
      const blocks = blocksFromText(input.text!);
      return { blocks, lang: detectLang(null, () => blocks.map((b) => b.text).join('\n')), title: undefined };
    });
    const perPage = new Map<string, number>();
    const round = (t: Record<string, number>) => {
      for (const [k, p] of prepared.entries()) {
        const t0 = cpu();
        const seg = segment(p.blocks, { title: p.title, lang: p.lang });
        const t1 = cpu();
        const texts: string[] = seg.articles.flatMap((a) => [a.headline, ...a.paragraphs]);
        const scan = scanPlaces(texts, gazetteer);
        const t2 = cpu();
        const annotate = annotatorLang(p.lang);
        texts.forEach((text, i) => annotateText(text, { gazetteer, lang: annotate, context: scan.context, places: scan.spans[i] }));
        const t3 = cpu();
        t.segment = (t.segment ?? 0) + t1 - t0;
        if (PAGES) perPage.set(inputs[k]!.name, (perPage.get(inputs[k]!.name) ?? 0) + t1 - t0 + t2 - t1);
        t.places = (t.places ?? 0) + t2 - t1;
        t.figures = (t.figures ?? 0) + t3 - t2;
      }
    };
    for (let i = 0; i < Math.max(3, Math.ceil(ROUNDS / 3)); i++) round({});
    perPage.clear();
    const runs: Record<string, number[]> = {};
    for (let i = 0; i < ROUNDS; i++) {
      const t: Record<string, number> = {};
      round(t);
      for (const [k, v] of Object.entries(t)) (runs[k] ??= []).push(v);
    }
    const line = Object.entries(runs)
      .map(([k, v]) => `${k} ${median(v).toFixed(2)}`)
      .join(' · ');
    if (PAGES) for (const [name, ms] of [...perPage].sort((a, b) => b[1] - a[1]).slice(0, 8)) console.log(`  ${(ms / ROUNDS).toFixed(2)} ${name}`);
    console.log(`${setName} (${inputs.length} pages, ${ROUNDS} rounds, median CPU ms per round): ${line}`);
  }
}

await main();
