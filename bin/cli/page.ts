// One page through the pipeline and into its output form: the work of `extract`, in the main thread or a worker.
import { markdownLangOf } from '../../lib/export/markdown-labels';
import type { MarkdownLang } from '../../lib/export/markdown';
import { pageMarkdown } from '../../lib/export/page-markdown';
import { placeNamer } from '../../lib/export/place-names';
import { extractDocument, extractText } from '../../lib/pipeline';
import type { Gazetteer } from '../../lib/places';
import type { ExtractResult } from '../../lib/types';
import { parseHtml } from './dom';
import { InputError } from './errors';
import { pageText } from './input/text';
import type { PageUnit } from './input/unpack';

export interface RenderOptions {
  format: 'json' | 'markdown' | 'jsonl';
  /** An address for inputs that carry none of their own (--url). */
  url: string | null;
  lang: MarkdownLang | undefined;
  dates: boolean;
  /** The Markdown's `saved` time. */
  now: number;
}

export async function extractUnit(unit: PageUnit, gazetteer: Gazetteer | null, fallbackUrl: string | null): Promise<ExtractResult> {
  const input = pageText(unit);
  const url = unit.url ?? fallbackUrl;
  let result: ExtractResult;
  if (input.html) {
    const page = await parseHtml(input.text, url);
    try {
      result = extractDocument(page.document, { url, gazetteer }).result;
    } finally {
      page.close();
    }
  } else result = extractText(input.text, { url, gazetteer });
  if (!result.articles.length) throw new InputError('no article text found');
  return result;
}

export function render(result: ExtractResult, o: RenderOptions, gazetteer: Gazetteer | null): string {
  if (o.format === 'json') return JSON.stringify(result, null, 2) + '\n';
  if (o.format === 'jsonl') return JSON.stringify(result);
  const lang = o.lang;
  return pageMarkdown(result, o.now, { lang, dates: o.dates, placeName: gazetteer ? placeNamer(gazetteer, lang ?? markdownLangOf(result.lang)) : undefined });
}

/** What a batch gets back for one page: its rendered output, or the reason it failed. */
export type PageOutcome = { ok: true; output: string } | { ok: false; error: string };

export async function processUnit(unit: PageUnit, gazetteer: Gazetteer | null, o: RenderOptions): Promise<PageOutcome> {
  try {
    return { ok: true, output: render(await extractUnit(unit, gazetteer, o.url), o, gazetteer) };
  } catch (e) {
    return { ok: false, error: e instanceof InputError ? e.message : `failed: ${e instanceof Error ? e.message : String(e)}` };
  }
}
