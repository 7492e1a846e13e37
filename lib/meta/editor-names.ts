// Author meta that names the page's editor: 南方网 writes <meta name="author" content="倪仕轩"> while the page prints
// 编辑：倪仕轩 under the story and the reporter's name (王帆) beside the source. Content systems fill the author
// tag with the account that posted the page; when the page's own text shows that name only after an editor's label
// (编辑：, 责任编辑：, 责编：, 审核：, 校对：) and never after an author's (作者：, 记者, 文／), the name edited the page
// and wrote nothing, so it is no byline. The tag's names are sought right after the labels (a list of names may come
// first: 编辑：张三、倪仕轩), as the page's text runs its blocks together without a separator: one pass of two
// patterns over the text.
const EDITOR_LABELS = '(?:责任编辑|責任編輯|编辑|編輯|责编|責編|审核|審核|校对|校對|值班主任)\\s*[:：]';
const AUTHOR_LABELS = '(?:(?:作者|撰稿|撰文)\\s*[:：]|(?:记者|記者)\\s*[:：]?|文\\s*[:：/／]|[/／]\\s*文)';
/** Names listed before the one sought (张三、), at most four. */
const BEFORE = '(?:[\\u3400-\\u9fff·]{2,5}[、，,\\s\\u3000]+){0,4}';

function named(labels: string, names: string[], text: string): Set<string> {
  const escaped = names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'));
  const re = new RegExp(`${labels}\\s*${BEFORE}(${escaped.join('|')})`, 'g');
  const out = new Set<string>();
  for (const m of text.matchAll(re)) if (m[1]) out.add(m[1]);
  return out;
}

/**
 * The authors less those the page's text names only as its editors (Chinese names; others are kept as they are).
 * `pageText` is asked only when an author has a Chinese name: most pages' authors need no whole-page text.
 */
export function withoutEditors(authors: string[], pageText: () => string): string[] {
  const han = authors.filter((a) => /^[\u3400-\u9fff·]{2,5}$/.test(a));
  if (!han.length) return authors;
  const text = pageText();
  const editors = named(EDITOR_LABELS, han, text);
  if (!editors.size) return authors;
  const writers = named(AUTHOR_LABELS, [...editors], text);
  return authors.filter((a) => !editors.has(a) || writers.has(a));
}
