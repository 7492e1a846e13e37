// Page text is untrusted: these keep it from breaking the Markdown structure or smuggling HTML or links.

/** Inline text: HTML is neutralised as entities; emphasis, code, link and strike-through marks are escaped. */
export function escapeInline(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()~!|{}#$]/g, (c) => `\\${c}`)
    .replace(/\r\n?|\u2028|\u2029/g, '\n');
}

/** One line that starts a block: also escape what would make a heading, list, rule, setext underline or quote. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([-+=])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as block content: each line escaped inline and at its start; blank lines kept. */
export function escapeBlock(text: string): string[] {
  return escapeInline(text)
    .split('\n')
    .map((line) => escapeLineStart(line.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '')));
}

/** A table cell: one line, pipes escaped (escapeInline already escapes them). */
export function escapeCell(text: string): string {
  return escapeInline(text).replace(/\s*\n\s*/g, ' ').trim();
}

/** A URL for a Markdown link destination, or null when it is not a web link (javascript:, data: …). */
export function safeLinkUrl(url: string): string | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return null;
  return url.replace(/[\s<>()[\]"'`\\]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

/** A YAML scalar that is always a quoted string (JSON strings are valid YAML double-quoted scalars). */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
