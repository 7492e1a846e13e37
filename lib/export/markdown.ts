// Clippings as a Markdown document (Obsidian, GitHub): YAML front matter, one section per article, each
// clipping a blockquote with its note, a link back to the exact passage, and its figures and places.
// Output depends only on the input, so it can be compared byte for byte.
import { byOldest, type Clipping } from '../clipping';
import type { Byline, Dateline } from '../types';
import { clippingUrl } from './text-fragment';
import { exportable } from './backup-validate';
import { codeSpan, escapeBlock, escapeCell, escapeInline, safeLinkUrl, yamlString } from './markdown-escape';

export type MarkdownScope =
  | { kind: 'library' }
  | { kind: 'filter'; /** What the filter was, as the user would say it, e.g. "货运量 · 鄂尔多斯市". */ description: string }
  | { kind: 'article' };

export interface MarkdownOptions {
  scope: MarkdownScope;
  /** Document title for library and filter exports. */
  title?: string;
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

export function datelineText(d: Dateline | null): string {
  if (!d) return '';
  return `${d.source}${d.place ?? ''}${d.date ?? ''}${d.kind}`;
}

export function bylineText(b: Byline | null): string {
  if (!b) return '';
  const roles: [string, string[]][] = [
    ['reporters', b.reporters],
    ['correspondents', b.correspondents],
    ['interns', b.interns],
    ['photographers', b.photographers],
    ['authors', b.authors],
  ];
  return roles
    .filter(([, names]) => names.length > 0)
    .map(([role, names]) => `${role}: ${names.join(', ')}`)
    .join('; ');
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

function clippingBlock(c: Clipping): string[] {
  const out: string[] = [];
  out.push(...escapeBlock(c.text).map((line) => (line ? `> ${line}` : '>')));
  out.push('');
  if (c.note.trim()) {
    const note = escapeBlock(c.note.trim());
    out.push(`**Note:** ${note[0] ?? ''}`, ...note.slice(1).map((l) => (l ? `  ${l}` : '')), '');
  }
  const meta: string[] = [];
  const link = safeLinkUrl(clippingUrl(c));
  if (link) meta.push(`[Open at this passage](${link})`);
  meta.push(`saved ${iso(c.createdAt)}`);
  if (c.tags.length > 0) meta.push(`tags: ${c.tags.map(codeSpan).join(', ')}`);
  if (c.color !== 'yellow') meta.push(`colour: ${c.color}`);
  out.push(meta.join(' · '), '');
  if (c.figures.length > 0) {
    out.push('| Figure | Value | Unit |', '| --- | --- | --- |');
    for (const f of c.figures) out.push(`| ${escapeCell(f.text)} | ${formatValue(f.value)} | ${escapeCell(f.unit ?? '')} |`);
    out.push('');
  }
  if (c.places.length > 0) {
    out.push('| Place | Level |', '| --- | --- |');
    // A place named several times is listed once; figures stay one row each, every one is its own fact.
    const seen = new Set<string>();
    for (const p of c.places) {
      const key = `${p.code ?? p.name}\u0000${p.level}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(`| ${escapeCell(p.name)} | ${p.level} |`);
    }
    out.push('');
  }
  return out;
}

function articleMeta(first: Clipping): string[] {
  const lines: string[] = [];
  const source = safeLinkUrl(first.url);
  // Only web addresses are kept (exportable): anything else was emptied and is left out.
  if (source) lines.push(`- Source: <${source}>`);
  lines.push(`- Site: ${escapeInline(first.site)}`);
  const dateline = datelineText(first.article?.dateline ?? null);
  if (dateline) lines.push(`- Dateline: ${escapeInline(dateline)}`);
  const byline = bylineText(first.article?.byline ?? null);
  if (byline) lines.push(`- Byline: ${escapeInline(byline)}`);
  return lines;
}

function articleSection(group: ArticleGroup, level: 1 | 2, withMeta: boolean): string[] {
  const first = group.clippings[0]!;
  const out: string[] = [`${'#'.repeat(level)} ${escapeInline(headlineOf(first)).replace(/\n/g, ' ')}`, ''];
  if (withMeta) out.push(...articleMeta(first), '');
  group.clippings.forEach((c, i) => {
    if (i > 0) out.push('* * *', '');
    out.push(...clippingBlock(c));
  });
  return out;
}

/** The Markdown document for these clippings. */
export function clippingsToMarkdown(input: Clipping[], options: MarkdownOptions): string {
  // Within the schema first: one line per tag, dates an ISO string can hold, web addresses only.
  const clippings = input.map(exportable);
  const groups = groupByArticle(clippings);
  const lines: string[] = [];
  if (options.scope.kind === 'article' && groups.length === 1) {
    const group = groups[0]!;
    const first = group.clippings[0]!;
    lines.push(
      ...frontMatter([
        ['title', headlineOf(first)],
        ['source', first.url.split('#')[0] ?? first.url],
        ['site', first.site],
        ['dateline', datelineText(first.article?.dateline ?? null)],
        ['byline', bylineText(first.article?.byline ?? null)],
        ['saved', iso(first.createdAt)],
        ['tags', uniqueTags(group.clippings)],
      ]),
      '',
      ...articleSection(group, 1, true),
    );
  } else {
    const title = options.title ?? 'Jianbao clippings';
    const scope = options.scope.kind === 'filter' ? `filter: ${options.scope.description}` : 'library';
    const saved = clippings.length > 0 ? iso(Math.max(...clippings.map((c) => c.createdAt))) : '';
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
    for (const group of groups) lines.push(...articleSection(group, 2, true));
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
