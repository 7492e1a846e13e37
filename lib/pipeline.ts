// The one place the stages are wired: Document or text -> blocks -> articles -> annotations -> ExtractResult.
import { Readability } from '@mozilla/readability';
import { annotateText } from './annotate';
import { storyCurrency } from './hant/currency';
import { nestsDeeperThan } from './blocks/depth';
import { blocksFromDom, type DomBlocks } from './blocks/dom';
import { selectContentBlocks } from './blocks/content';
import { blocksFromText } from './blocks/text';
import { detectLang, annotatorLang } from './lang';
import { readPageMeta, type PageMeta } from './meta/page-meta';
import { withPageMeta } from './meta/apply';
import { scanPlaces, type Gazetteer, type PlaceContext } from './places';
import { englishNameOfPlace } from './export/place-names';
import { segment } from './segment';
import type { Article, Block, ExtractResult, Figure, Place, PlaceSpan, SegmentedArticle, Segmentation } from './types';

export interface PipelineOptions {
  url?: string | null;
  gazetteer: Gazetteer | null;
  /**
   * Give each place its English name too (Place.nameEn, the contract's; the default). The in-page annotator, which
   * names places from the gazetteer itself when it shows them, passes false and gets null.
   */
  englishNames?: boolean;
  /** When given, each step's time (ms) is added under its name: the bench's stage diagnosis (entrypoints/bench). */
  stages?: Record<string, number>;
}

/** f(), its time added to stages[name] when the caller asked for stage times. */
function lap<T>(stages: Record<string, number> | undefined, name: string, f: () => T): T {
  if (!stages) return f();
  const t0 = performance.now();
  const v = f();
  stages[name] = (stages[name] ?? 0) + performance.now() - t0;
  return v;
}

/** What the content script needs besides the result: the blocks, to turn offsets into DOM ranges. */
export interface DocumentExtract {
  result: ExtractResult;
  dom: DomBlocks;
  /** contentBlocks[i] is the index in dom.blocks of the i-th block the segmenter saw. */
  contentBlocks: number[];
  segmentation: Segmentation;
  /** The page's place context (undefined without a gazetteer): what the annotator resolves further texts with. */
  context: PlaceContext | undefined;
}

interface ReadabilityText {
  title: string | null;
  text: string | null;
  lang: string | null;
}

/**
 * Nesting beyond which Readability is not run: its scans of each node's ancestors and descendants grow with the
 * cube of the depth (lib/blocks/depth.ts), and no real page nests this deep (the benchmark's deepest: 51).
 */
export const READABILITY_MAX_DEPTH = 128;

/**
 * Readability runs on a clone: it rewrites the document it is given, and the reader's page must stay as it was.
 * A page nested deeper than READABILITY_MAX_DEPTH is read by the blocks alone, as when Readability finds nothing.
 */
export function readabilityText(doc: Document): ReadabilityText {
  try {
    if (doc.documentElement && nestsDeeperThan(doc.documentElement, READABILITY_MAX_DEPTH)) return { title: null, text: null, lang: null };
    const clone = doc.cloneNode(true) as Document;
    // Only the text is used, so skip serialising the article's HTML.
    const parsed = new Readability(clone, { serializer: () => '' }).parse();
    return { title: parsed?.title ?? null, text: parsed?.textContent ?? null, lang: parsed?.lang ?? null };
  } catch {
    return { title: null, text: null, lang: null };
  }
}

/** detectLang reads the first few thousand characters: join only as many blocks as that takes. */
const LANG_SAMPLE_CHARS = 5000;

function langSample(blocks: readonly Block[]): string {
  const texts: string[] = [];
  let n = 0;
  for (const b of blocks) {
    if (n >= LANG_SAMPLE_CHARS) break;
    texts.push(b.text);
    n += b.text.length + 1;
  }
  return texts.join('\n');
}

/**
 * The page's title as the HTML standard defines it: the first <title> anywhere in the document, not only in <head>
 * (a page that opens its <title> after an element that closed the head has it in the body; linkedom's
 * document.title looks in the head alone), its white space collapsed. An SVG image's <title> is not the page's.
 */
export function documentTitle(doc: Document): string {
  const collapse = (s: string) => s.replace(/[\t\n\f\r ]+/g, ' ').trim();
  if (doc.title) return collapse(doc.title);
  for (const t of Array.from(doc.getElementsByTagName('title'))) if (!t.closest('svg')) return collapse(t.textContent ?? '');
  return '';
}

export function extractDocument(doc: Document, options: PipelineOptions): DocumentExtract {
  const t = options.stages;
  const meta = lap(t, 'meta', () => readPageMeta(doc));
  const readable = lap(t, 'readability', () => readabilityText(doc));
  const root = doc.body ?? doc.documentElement;
  const dom = lap(t, 'blocks', () => (root ? blocksFromDom(root) : { blocks: [], nodes: [] }));
  const contentBlocks = lap(t, 'content', () => selectContentBlocks(dom, readable.text, { oneStory: meta.oneStory }));
  const blocks = contentBlocks.map((i) => dom.blocks[i]!);
  const stated = lap(t, 'title', () => documentTitle(doc));
  const title = (stated || readable.title || '').trim();
  const lang = lap(t, 'lang', () => detectLang(doc.documentElement?.getAttribute('lang') || readable.lang, () => langSample(blocks)));
  const segmented = lap(t, 'segment', () => segment(blocks, { title, lang, oneStory: meta.oneStory, titled: meta.titled }));
  const segmentation = lap(t, 'pageMeta', () => withPageMeta(segmented, meta, stated || null, options.url ?? null));
  const { result, context } = finish(segmentation, { url: options.url ?? null, title, lang, gazetteer: options.gazetteer, englishNames: options.englishNames, meta, stages: t });
  return { result, dom, contentBlocks, segmentation, context };
}

export function extractText(text: string, options: PipelineOptions): ExtractResult {
  const blocks: Block[] = blocksFromText(text);
  const firstLine = blocks[0]?.text ?? '';
  const lang = detectLang(null, () => langSample(blocks));
  const segmentation = withPageMeta(segment(blocks, { lang }), null, null, options.url ?? null);
  return finish(segmentation, { url: options.url ?? null, title: firstLine, lang, gazetteer: options.gazetteer, englishNames: options.englishNames }).result;
}

interface FinishOptions {
  url: string | null;
  title: string;
  lang: string | null;
  gazetteer: Gazetteer | null;
  englishNames?: boolean;
  meta?: PageMeta;
  stages?: Record<string, number>;
}

function finish(segmentation: Segmentation, o: FinishOptions): { result: ExtractResult; context: PlaceContext | undefined } {
  // Each article's texts (headline, then paragraphs) are listed once: the place context reads them all
  // before any is annotated, so that a short form can lean on a full name found later on the page. One scan
  // yields the context and the places of every text (scanPlaces).
  const t = o.stages;
  const perArticle = segmentation.articles.map((a) => [a.headline, ...a.paragraphs]);
  const scan = o.gazetteer ? lap(t, 'places', () => scanPlaces(perArticle.flat(), o.gazetteer!)) : undefined;
  const context = scan?.context;
  const lang = annotatorLang(o.lang);
  const g = o.englishNames === false ? null : o.gazetteer;
  const nameEn = (p: Place) => (g ? englishNameOfPlace(g, p) : null);
  let first = 0;
  const articles = segmentation.articles.map((a, k) => {
    const texts = perArticle[k] ?? [];
    const base = first;
    first += texts.length;
    // a bare 元 is the local dollar of a story from Taiwan, Hong Kong or Macau
    const currency = lap(t, 'currency', () => storyCurrency(texts, placeCodes(scan?.spans, base, texts.length)));
    return lap(t, 'figures', () => annotateArticle(a, texts, (text, i) => annotateText(text, { gazetteer: o.gazetteer, lang, context, places: scan?.spans[base + i], currency }), nameEn));
  });
  return { result: { url: o.url, title: o.title, lang: o.lang, rubrics: segmentation.rubrics, articles }, context };
}

/** The codes of the places of texts [base, base + n) of a scan, read only when storyCurrency asks for them. */
function* placeCodes(spans: readonly PlaceSpan[][] | undefined, base: number, n: number): Generator<string | null> {
  if (!spans) return;
  for (let i = base; i < base + n && i < spans.length; i++) for (const p of spans[i]!) yield p.code;
}

function annotateArticle(
  a: SegmentedArticle,
  texts: string[],
  annotate: (text: string, index: number) => ReturnType<typeof annotateText>,
  nameEn: (place: Place) => string | null,
): Article {
  const figures: Figure[] = [];
  const places: Place[] = [];
  for (let i = 0; i < texts.length; i++) {
    const found = annotate(texts[i] ?? '', i);
    // Index -1 is the headline, 0.. the paragraphs. The spans were made for this call alone, so they take the
    // index themselves rather than be copied (a large page has tens of thousands).
    for (const f of found.figures) {
      (f as Figure).paragraph = i - 1;
      figures.push(f as Figure);
    }
    for (const p of found.places) {
      (p as Place).paragraph = i - 1;
      (p as Place).nameEn = nameEn(p as Place);
      places.push(p as Place);
    }
  }
  return {
    headline: a.headline,
    subheadline: a.subheadline,
    dateline: a.dateline,
    byline: a.byline,
    published: a.published,
    paragraphs: a.paragraphs,
    fragments: a.fragments,
    continuedFrom: a.continuedFrom,
    continuesTo: a.continuesTo,
    truncated: a.truncated,
    photo: a.photo,
    figures,
    places,
  };
}
