// A whole extracted page as Markdown (what `jianbao extract --format markdown` prints): the same front matter,
// escaping and figure/place tables as the clipping export, one section per article.
import type { Article, ExtractResult } from '../types';
import { bylineText, datelineText } from './markdown';
import { escapeBlock, escapeCell, escapeInline, safeLinkUrl, yamlString } from './markdown-escape';

function articleSection(a: Article): string[] {
  const out: string[] = [`## ${escapeInline(a.headline).replace(/\n/g, ' ')}`, ''];
  if (a.subheadline) out.push(`*${escapeInline(a.subheadline).replace(/\n/g, ' ')}*`, '');
  const meta: string[] = [];
  const dateline = datelineText(a.dateline);
  if (dateline) meta.push(`- Dateline: ${escapeInline(dateline)}`);
  const byline = bylineText(a.byline);
  if (byline) meta.push(`- Byline: ${escapeInline(byline)}`);
  if (a.continuedFrom) meta.push(`- Continued from: ${escapeInline(a.continuedFrom)}`);
  if (a.continuesTo) meta.push(`- Continues on: ${escapeInline(a.continuesTo)}`);
  if (meta.length > 0) out.push(...meta, '');
  for (const p of a.paragraphs) out.push(...escapeBlock(p).filter((l) => l.trim()), '');
  if (a.figures.length > 0) {
    out.push('| Figure | Kind | Value | Unit |', '| --- | --- | --- | --- |');
    for (const f of a.figures) out.push(`| ${escapeCell(f.text)} | ${f.kind} | ${f.value ?? ''} | ${escapeCell(f.unit ?? '')} |`);
    out.push('');
  }
  if (a.places.length > 0) {
    out.push('| Place | Level | Code |', '| --- | --- | --- |');
    for (const p of a.places) out.push(`| ${escapeCell(p.name)} | ${p.level} | ${escapeCell(p.code ?? '')} |`);
    out.push('');
  }
  return out;
}

export function pageMarkdown(result: ExtractResult): string {
  const lines = ['---', `title: ${yamlString(result.title)}`];
  if (result.url) lines.push(`source: ${yamlString(result.url)}`);
  if (result.lang) lines.push(`lang: ${yamlString(result.lang)}`);
  lines.push(`articles: ${result.articles.length}`, '---', '', `# ${escapeInline(result.title || 'Untitled page').replace(/\n/g, ' ')}`, '');
  const link = result.url ? safeLinkUrl(result.url) : null;
  if (link) lines.push(`Source: <${link}>`, '');
  if (result.rubrics.length > 0) lines.push(`Rubrics: ${result.rubrics.map((r) => escapeInline(r)).join(' · ')}`, '');
  for (const a of result.articles) lines.push(...articleSection(a));
  while (lines[lines.length - 1] === '') lines.pop();
  return `${lines.join('\n')}\n`;
}
