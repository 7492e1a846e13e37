// Clippings as a Markdown document (Obsidian, GitHub): YAML front matter, one section per article, each
// clipping a blockquote with its note, a link back to the exact passage, and its figures and places.
// Output depends only on the input, so it can be compared byte for byte.
import { byOldest, type Clipping } from '../clipping';
import type { Byline, Dateline, PlaceSpan } from '../types';
import { clippingUrl } from './text-fragment';
import { exportable } from './backup-validate';
import { codeSpan, escapeBlock, escapeCell, escapeInline, safeLinkUrl, yamlString } from './markdown-escape';
import { markdownLabels, type BylineRole, type MarkdownLabels, type MarkdownLang } from './markdown-labels';

export type { MarkdownLang } from './markdown-labels';

export type MarkdownScope =
  | { kind: 'library' }
  | { kind: 'filter'; /** What the filter was, as the user would say it, e.g. "货运量 · 鄂尔多斯市". */ description: string }
  | { kind: 'article' }
  /** One extracted page (`jianbao extract`): every article of it, with the page's address. */
  | { kind: 'page'; url: string; site: string; /** When the page states it (ISO 8601): its stories' one publication time. */ published?: string | null };

export interface MarkdownOptions {
  scope: MarkdownScope;
  /** Document title for library and filter exports. */
  title?: string;
  /** The language of the labels (the UI's; the page's for a one-page export). English when not given. */
  lang?: MarkdownLang;
  /** How a place is named in the tables (e.g. English names for an English export); the place's own name if not given. */
  placeName?: (place: PlaceSpan) => string;
  /** List dates and durations (2022年, 三年) among the figures; by default they are left out of the tables. */
  dates?: boolean;
}

interface ArticleGroup {
  key: string;
  clippings: Clipping[];
}

function iso(ms: number): string {
  return new Date(ms).toISOString();
}

function articleKey(c: Clipping): string {
  const hash = c.url.indexOf('#');
  return `${hash < 0 ? c.url : c.url.slice(0, hash)}\u0000${c.article?.headline ?? c.pageTitle}`;
}

/** Articles in the order they were first clipped from; clippings oldest first within each. */
function groupByArticle(clippings: Clipping[]): ArticleGroup[] {
  const groups = new Map<string, Clipping[]>();
  for (const c of [...clippings].sort(byOldest)) {
    const key = articleKey(c);
    const list = groups.get(key);
    if (list) list.push(c);
    else groups.set(key, [c]);
  }
  return [...groups].map(([key, list]) => ({ key, clippings: list }));
}

/**
 * A dateline as a reader says it. A date resolved to ISO 8601 (lib/meta) is said in the dateline's own script:
 * "本报包头2023年2月9日电", not "本报包头2023-02-09电"; an English one keeps the ISO form.
 */
export function datelineText(d: Dateline | null, labels?: MarkdownLabels): string {
  if (!d) return '';
  const said = datelineWords(d);
  // A year taken from the save time, not from the page, is said to be so (lib/clipping-article.ts).
  return d.dateFrom === 'saved' && labels ? `${said}${labels.yearFromSave}` : said;
}

function datelineWords(d: Dateline): string {
  const iso = d.date ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(d.date) : null;
  const cjk = /[\u3400-\u9fff]/.test(`${d.source}${d.place ?? ''}${d.kind}`);
  if (cjk) {
    const date = iso ? `${iso[1]}年${Number(iso[2])}月${Number(iso[3])}日` : (d.date ?? '');
    // A trailing agency credit ("…。（新华社）") is said as the paper prints it.
    if (d.kind === 'credit') return `（${d.source}${d.place ?? ''}${date}）`;
    return `${d.source}${d.place ?? ''}${date}${d.kind}`;
  }
  // "LONDON, Aug. 30 (Reuters)", "WASHINGTON", "(AP)": the place and date, the agency in brackets.
  const where = [d.place, d.date].filter(Boolean).join(', ');
  return [where, d.source ? `(${d.source})` : ''].filter(Boolean).join(' ');
}

/** A byline as a reader says it: "Reporter 高慧; Photographer 李明", "记者 高慧；摄影 李明". */
export function bylineText(b: Byline | null, labels: MarkdownLabels = markdownLabels()): string {
  if (!b) return '';
  const roles: [BylineRole, string[]][] = [
    ['reporters', b.reporters],
    ['correspondents', b.correspondents],
    ['interns', b.interns],
    ['photographers', b.photographers],
    ['authors', b.authors],
  ];
  return roles
    .filter(([, names]) => names.length > 0)
    .map(([role, names]) => labels.role(role, names))
    .join(labels.roleSeparator);
}

function uniqueTags(clippings: Clipping[]): string[] {
  return [...new Set(clippings.flatMap((c) => c.tags))].sort();
}

function frontMatter(fields: [string, string | number | string[]][]): string[] {
  const lines = ['---'];
  for (const [key, value] of fields) {
    if (Array.isArray(value)) lines.push(`${key}: [${value.map(yamlString).join(', ')}]`);
    else if (typeof value === 'number') lines.push(`${key}: ${value}`);
    else lines.push(`${key}: ${yamlString(value)}`);
  }
  lines.push('---');
  return lines;
}

function headlineOf(c: Clipping): string {
  return c.article?.headline || c.pageTitle || c.url;
}

function formatValue(value: number | null): string {
  return value === null ? '' : String(value);
}

interface Writing {
  labels: MarkdownLabels;
  dates: boolean;
  placeName: (place: PlaceSpan) => string;
}

function clippingBlock(c: Clipping, w: Writing): string[] {
  const L = w.labels;
  const out: string[] = [];
  out.push(...escapeBlock(c.text).map((line) => (line ? `> ${line}` : '>')));
  out.push('');
  if (c.note.trim()) {
    const note = escapeBlock(c.note.trim());
    out.push(`**${L.note}${L.colon.trim()}** ${note[0] ?? ''}`, ...note.slice(1).map((l) => (l ? `  ${l}` : '')), '');
  }
  const meta: string[] = [];
  const link = safeLinkUrl(clippingUrl(c));
  if (link) meta.push(`[${L.open}](${link})`);
  meta.push(`${L.saved} ${iso(c.createdAt)}`);
  if (c.tags.length > 0) meta.push(`${L.tags}${L.colon}${c.tags.map(codeSpan).join(L.listSeparator)}`);
  if (c.color !== 'yellow') meta.push(`${L.colour}${L.colon}${L.colours[c.color] ?? c.color}`);
  out.push(meta.join(' · '), '');
  // Dates and durations are when and how long, not amounts: listed only when asked for.
  const figures = w.dates ? c.figures : c.figures.filter((f) => f.kind !== 'date' && f.kind !== 'duration');
  if (figures.length > 0) {
    out.push(`| ${L.figure} | ${L.value} | ${L.unit} |`, '| --- | --- | --- |');
    for (const f of figures) out.push(`| ${escapeCell(f.text)} | ${formatValue(f.value)} | ${escapeCell(f.unit ?? '')} |`);
    out.push('');
  }
  if (c.places.length > 0) {
    out.push(`| ${L.place} | ${L.level} |`, '| --- | --- |');
    // A place named several times is listed once; figures stay one row each, every one is its own fact.
    const seen = new Set<string>();
    for (const p of c.places) {
      const key = `${p.code ?? p.name}\u0000${p.level}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`| ${escapeCell(w.placeName(p))} | ${L.levels[p.level] ?? p.level} |`);
    }
    out.push('');
  }
  return out;
}

/** Source, site, dateline, byline: only the lines that have something to say (`page`: the page's, said once above). */
function articleMeta(first: Clipping, w: Writing, page: boolean): string[] {
  const L = w.labels;
  const lines: string[] = [];
  const source = page ? null : safeLinkUrl(first.url);
  // Only web addresses are kept (exportable): anything else was emptied and is left out.
  if (source) lines.push(`- ${L.source}${L.colon}<${source}>`);
  if (!page && first.site) lines.push(`- ${L.site}${L.colon}${escapeInline(first.site)}`);
  const dateline = datelineText(first.article?.dateline ?? null, L);
  if (dateline) lines.push(`- ${L.dateline}${L.colon}${escapeInline(dateline)}`);
  const byline = bylineText(first.article?.byline ?? null, L);
  if (byline) lines.push(`- ${L.byline}${L.colon}${escapeInline(byline)}`);
  return lines;
}

function articleSection(group: ArticleGroup, level: 1 | 2, w: Writing, page = false): string[] {
  const first = group.clippings[0]!;
  const out: string[] = [`${'#'.repeat(level)} ${escapeInline(headlineOf(first)).replace(/\n/g, ' ')}`, ''];
  const meta = articleMeta(first, w, page);
  if (meta.length) out.push(...meta, '');
  group.clippings.forEach((c, i) => {
    if (i > 0) out.push('* * *', '');
    out.push(...clippingBlock(c, w));
  });
  return out;
}

/** The Markdown document for these clippings. */
export function clippingsToMarkdown(input: Clipping[], options: MarkdownOptions): string {
  // Within the schema first: one line per tag, dates an ISO string can hold, web addresses only.
  const clippings = input.map(exportable);
  const groups = groupByArticle(clippings);
  const w: Writing = { labels: markdownLabels(options.lang), dates: options.dates ?? false, placeName: options.placeName ?? ((p) => p.name) };
  const lines: string[] = [];
  if (options.scope.kind === 'article' && groups.length === 1) {
    const group = groups[0]!;
    const first = group.clippings[0]!;
    lines.push(
      ...frontMatter([
        ['title', headlineOf(first)],
        ['source', first.url.split('#')[0] ?? first.url],
        ['site', first.site],
        ['dateline', datelineText(first.article?.dateline ?? null, w.labels)],
        ['byline', bylineText(first.article?.byline ?? null, w.labels)],
        ['saved', iso(first.createdAt)],
        ['tags', uniqueTags(group.clippings)],
      ]),
      '',
      ...articleSection(group, 1, w),
    );
  } else if (options.scope.kind === 'page') {
    const { url, site } = options.scope;
    const title = options.title || w.labels.untitled;
    const source = safeLinkUrl(url);
    const saved = clippings.length > 0 ? iso(clippings.reduce((m, c) => Math.min(m, c.createdAt), Infinity)) : '';
    const fields: [string, string | number | string[]][] = [['title', title], ['scope', 'page']];
    if (source) fields.push(['source', url.split('#')[0] ?? url]);
    if (site) fields.push(['site', site]);
    if (options.scope.published) fields.push(['published', options.scope.published]);
    fields.push(['articles', groups.length], ['saved', saved]);
    lines.push(...frontMatter(fields), '', `# ${escapeInline(title)}`, '');
    const about: string[] = [];
    if (source) about.push(`- ${w.labels.source}${w.labels.colon}<${source}>`);
    if (site) about.push(`- ${w.labels.site}${w.labels.colon}${escapeInline(site)}`);
    if (about.length) lines.push(...about, '');
    for (const group of groups) lines.push(...articleSection(group, 2, w, true));
  } else {
    const title = options.title ?? w.labels.untitled;
    const scope = options.scope.kind === 'filter' ? `filter: ${options.scope.description}` : 'library';
    const saved = clippings.length > 0 ? iso(clippings.reduce((m, c) => Math.max(m, c.createdAt), -Infinity)) : '';
    lines.push(
      ...frontMatter([
        ['title', title],
        ['scope', scope],
        ['clippings', clippings.length],
        ['articles', groups.length],
        ['saved', saved],
        ['tags', uniqueTags(clippings)],
      ]),
      '',
      `# ${escapeInline(title)}`,
      '',
    );
    for (const group of groups) lines.push(...articleSection(group, 2, w));
  }
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}

/** A file name for the download: jianbao-<scope>-<yyyy-mm-dd>.md (date of the newest clipping). */
export function markdownFileName(clippings: Clipping[], scope: MarkdownScope): string {
  const newest = clippings.reduce((m, c) => Math.max(m, c.createdAt), 0);
  const day = newest ? iso(newest).slice(0, 10) : 'empty';
  return `jianbao-${scope.kind}-${day}.md`;
}
