// The one place the stages are wired: Document or text -> blocks -> articles -> annotations -> ExtractResult.
import { Readability } from '@mozilla/readability';
import { annotateText } from './annotate';
import { blocksFromDom, type DomBlocks } from './blocks/dom';
import { selectContentBlocks } from './blocks/content';
import { blocksFromText } from './blocks/text';
import { detectLang, annotatorLang } from './lang';
import { buildPlaceContext, type Gazetteer } from './places';
import { segment } from './segment';
import type { Article, Block, ExtractResult, Figure, Place, SegmentedArticle, Segmentation } from './types';

export interface PipelineOptions {
  url?: string | null;
  gazetteer: Gazetteer | null;
}

/** What the content script needs besides the result: the blocks, to turn offsets into DOM ranges. */
export interface DocumentExtract {
  result: ExtractResult;
  dom: DomBlocks;
  /** contentBlocks[i] is the index in dom.blocks of the i-th block the segmenter saw. */
  contentBlocks: number[];
  segmentation: Segmentation;
}

interface ReadabilityText {
  title: string | null;
  text: string | null;
  lang: string | null;
}

/** Readability runs on a clone: it rewrites the document it is given, and the reader's page must stay as it was. */
export function readabilityText(doc: Document): ReadabilityText {
  try {
    const clone = doc.cloneNode(true) as Document;
    // Only the text is used, so skip serialising the article's HTML.
    const parsed = new Readability(clone, { serializer: () => '' }).parse();
    return { title: parsed?.title ?? null, text: parsed?.textContent ?? null, lang: parsed?.lang ?? null };
  } catch {
    return { title: null, text: null, lang: null };
  }
}

export function extractDocument(doc: Document, options: PipelineOptions): DocumentExtract {
  const readable = readabilityText(doc);
  const root = doc.body ?? doc.documentElement;
  const dom = root ? blocksFromDom(root) : { blocks: [], nodes: [] };
  const contentBlocks = selectContentBlocks(dom, readable.text);
  const blocks = contentBlocks.map((i) => dom.blocks[i]!);
  const title = (doc.title || readable.title || '').trim();
  const lang = detectLang(doc.documentElement?.getAttribute('lang') || readable.lang, blocks.map((b) => b.text).join('\n'));
  const segmentation = segment(blocks, { title, lang });
  const result = finish(segmentation, { url: options.url ?? null, title, lang, gazetteer: options.gazetteer });
  return { result, dom, contentBlocks, segmentation };
}

export function extractText(text: string, options: PipelineOptions): ExtractResult {
  const blocks: Block[] = blocksFromText(text);
  const firstLine = blocks[0]?.text ?? '';
  const lang = detectLang(null, blocks.map((b) => b.text).join('\n'));
  const segmentation = segment(blocks, { lang });
  return finish(segmentation, { url: options.url ?? null, title: firstLine, lang, gazetteer: options.gazetteer });
}

interface FinishOptions {
  url: string | null;
  title: string;
  lang: string | null;
  gazetteer: Gazetteer | null;
}

function finish(segmentation: Segmentation, o: FinishOptions): ExtractResult {
  const texts = segmentation.articles.flatMap((a) => [a.headline, ...a.paragraphs]);
  const context = o.gazetteer ? buildPlaceContext(texts, o.gazetteer) : undefined;
  const lang = annotatorLang(o.lang);
  const articles = segmentation.articles.map((a) => annotateArticle(a, (t) => annotateText(t, { gazetteer: o.gazetteer, lang, context })));
  return { url: o.url, title: o.title, lang: o.lang, rubrics: segmentation.rubrics, articles };
}

function annotateArticle(a: SegmentedArticle, annotate: (text: string) => ReturnType<typeof annotateText>): Article {
  const figures: Figure[] = [];
  const places: Place[] = [];
  const texts = [a.headline, ...a.paragraphs];
  texts.forEach((text, i) => {
    const found = annotate(text);
    for (const f of found.figures) figures.push({ ...f, paragraph: i - 1 });
    for (const p of found.places) places.push({ ...p, paragraph: i - 1 });
  });
  return {
    headline: a.headline,
    subheadline: a.subheadline,
    dateline: a.dateline,
    byline: a.byline,
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
