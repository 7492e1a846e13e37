// Page text is untrusted: these keep it from breaking the Markdown structure or smuggling HTML or links.

/** Control characters other than tab and line breaks: never meaningful in page text, sometimes harmful. */
const CONTROLS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

/**
 * Inline text: HTML is neutralised as entities; emphasis, code, link, strike-through, math and tag marks are
 * escaped, and so are Obsidian's: %% comments, ==highlights== and ^block-ids (a backslash makes any ASCII
 * punctuation literal in CommonMark, and Obsidian follows it).
 */
export function escapeInline(text: string): string {
  return text
    .replace(CONTROLS, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/[\\`*_[\]()~!|{}#$^]/g, (c) => `\\${c}`)
    // Obsidian's ==highlight== and %%comment%% need two in a row: each of a pair is escaped, a lone = or % stays.
    .replace(/([=%])(?=\1)|(?<=([=%]))\2/g, (c) => `\\${c}`)
    .replace(/\r\n?|\u0085|\u2028|\u2029/g, '\n');
}

/** One line that starts a block: also escape what would make a heading, list, rule, setext underline or quote. */
function escapeLineStart(line: string): string {
  return line
    .replace(/^(\s*)([-+])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');
}

/** Multi-line text as block content: each line escaped inline and at its start; blank lines kept. */
export function escapeBlock(text: string): string[] {
  return escapeInline(text)
    .split('\n')
    .map(escapeLineStart);
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

/** A YAML scalar that is always a quoted string (JSON strings are valid YAML double-quoted scalars); what YAML reads
 * as a line break (NEL, LS, PS) or does not allow unescaped (C1 controls, BOM, U+FFFE/F) is written as \\uXXXX. */
export function yamlString(value: string): string {
  return JSON.stringify(value).replace(/[\u007f-\u009f\u2028\u2029\ufeff\ufffe\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A tag inside a code span: one line, no backtick (a code span's only delimiter). */
export function codeSpan(text: string): string {
  return `\`${text.replace(CONTROLS, '').replace(/[\r\n\u0085\u2028\u2029]+/g, ' ').replace(/`/g, "'")}\``;
}
