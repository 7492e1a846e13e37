// `jianbao extract <FILE|-> [--url URL] [--format json|markdown] [--lang en|zh|zh-Hant] [--dates]`
import { extractDocument, extractText } from '../../lib/pipeline';
import { pageMarkdown } from '../../lib/export/page-markdown';
import { markdownLangOf } from '../../lib/export/markdown-labels';
import { placeNamer } from '../../lib/export/place-names';
import type { MarkdownLang } from '../../lib/export/markdown';
import type { ExtractResult } from '../../lib/types';
import { parseHtml } from './dom';
import { UsageError } from './errors';
import { loadGazetteer } from './gazetteer';
import { readInput } from './input';

export function extract(args: string[]): string {
  let file: string | null = null;
  let url: string | null = null;
  let format = 'markdown';
  // Markdown only: the labels' language (the page's by default) and whether dates are listed among the figures.
  let lang: MarkdownLang | undefined;
  let dates = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--url') url = value(args, ++i, '--url');
    else if (a.startsWith('--url=')) url = a.slice(6);
    else if (a === '--format') format = value(args, ++i, '--format');
    else if (a.startsWith('--format=')) format = a.slice(9);
    else if (a === '--dates') dates = true;
    else if (a === '--lang' || a.startsWith('--lang=')) {
      const l = a === '--lang' ? value(args, ++i, '--lang') : a.slice(7);
      if (l !== 'en' && l !== 'zh' && l !== 'zh-Hant') throw new UsageError(`--lang must be en, zh or zh-Hant, not ${l}`);
      lang = l;
    } else if (a.startsWith('--') ) throw new UsageError(`unknown option ${a}`);
    else if (file === null) file = a;
    else throw new UsageError(`unexpected argument ${a}`);
  }
  if (file === null) throw new UsageError('usage: jianbao extract <FILE|-> [--url URL] [--format json|markdown]');
  if (format !== 'json' && format !== 'markdown') throw new UsageError(`--format must be json or markdown, not ${format}`);
  const input = readInput(file);
  const gazetteer = loadGazetteer();
  let result: ExtractResult;
  if (input.html) {
    const page = parseHtml(input.text, url);
    try {
      result = extractDocument(page.document, { url, gazetteer }).result;
    } finally {
      page.close();
    }
  } else result = extractText(input.text, { url, gazetteer });
  if (!result.articles.length) throw new UsageError(`${input.name}: no article text found`);
  return format === 'json' ? JSON.stringify(result, null, 2) + '\n' : pageMarkdown(result, Date.now(), { lang, dates, placeName: gazetteer ? placeNamer(gazetteer, lang ?? markdownLangOf(result.lang)) : undefined });
}

function value(args: string[], i: number, flag: string): string {
  const v = args[i];
  if (v === undefined) throw new UsageError(`${flag} needs a value`);
  return v;
}
