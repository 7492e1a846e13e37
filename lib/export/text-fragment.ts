// Links back to the exact passage with a URL text fragment (https://wicg.github.io/scroll-to-text-fragment/):
// #:~:text=[prefix-,]start[,end][,-suffix]. Long passages use start,end so the link survives small edits
// and line breaks in between; short ones get context so a phrase repeated on the page finds the right place.
import type { Clipping, FragmentSelector, TextQuoteSelector } from '../clipping';
import { isWebUrl } from '../schema/clipping';

const CJK = /[\u3400-\u9fff\uf900-\ufaff\u3040-\u30ff\uac00-\ud7af]/u;
/** Passages longer than this (in characters) are linked by their start and end. */
const LONG = 60;
/** Passages shorter than this get a prefix/suffix to tell repeats apart. */
const SHORT = 40;

/** Percent-encode a directive value: the spec reserves "-", "," and "&"; brackets and quotes are encoded too so
 * the URL drops into Markdown links and HTML attributes unchanged. */
export function encodeFragmentText(text: string): string {
  return encodeURIComponent(text).replace(/[-!'()*~]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

function isCjk(s: string): boolean {
  return CJK.test(s);
}

/** The first (or last) few words of a passage: 12 characters of Chinese, 4 words of English. */
function edge(s: string, fromEnd: boolean): string {
  if (isCjk(s)) {
    const chars = Array.from(s);
    return collapse((fromEnd ? chars.slice(-12) : chars.slice(0, 12)).join(''));
  }
  const words = s.split(' ');
  return (fromEnd ? words.slice(-4) : words.slice(0, 4)).join(' ');
}

/** Context next to the passage (8 characters or 3 words), kept within its own line (block) so the browser can
 * match it. */
function context(s: string, before: boolean): string {
  const line = before ? s.slice(s.lastIndexOf('\n') + 1) : (s.split('\n')[0] ?? '');
  const text = collapse(line);
  if (!text) return '';
  if (isCjk(text)) {
    const chars = Array.from(text);
    return (before ? chars.slice(-8) : chars.slice(0, 8)).join('').trim();
  }
  const words = text.split(' ');
  return (before ? words.slice(-3) : words.slice(0, 3)).join(' ');
}

/** The `text=` directive for a quote. */
export function textDirective(quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const exact = collapse(quote.exact);
  if (!exact) return '';
  const parts: string[] = [];
  const long = Array.from(exact).length > LONG || /\n/.test(quote.exact);
  const short = Array.from(exact).length < SHORT;
  if (short) {
    const prefix = context(quote.prefix, true);
    if (prefix) parts.push(`${encodeFragmentText(prefix)}-`);
  }
  if (long) {
    parts.push(encodeFragmentText(edge(exact, false)), encodeFragmentText(edge(exact, true)));
  } else {
    parts.push(encodeFragmentText(exact));
  }
  if (short) {
    const suffix = context(quote.suffix, false);
    if (suffix) parts.push(`-${encodeFragmentText(suffix)}`);
  }
  return `text=${parts.join(',')}`;
}

/** The page URL that scrolls to and highlights the passage; an existing fragment is kept before the directive. */
export function textFragmentUrl(url: string, quote: Pick<TextQuoteSelector, 'exact' | 'prefix' | 'suffix'>): string {
  const directive = textDirective(quote);
  const base = url.includes(':~:') ? url.slice(0, url.indexOf(':~:')).replace(/#$/, '') : url;
  if (!directive) return base;
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}

/** The page URL with a stored directive (`text=…`) in place of any it had. */
export function directiveUrl(url: string, directive: string): string {
  const base = url.includes(':~:') ? url.slice(0, url.indexOf(':~:')).replace(/#$/, '') : url;
  return `${base}${base.includes('#') ? '' : '#'}:~:${directive}`;
}

/** A text fragment as text-fragments-polyfill's generateFragment gives it, as a `text=` directive. */
export function fragmentDirective(f: { textStart: string; textEnd?: string; prefix?: string; suffix?: string }): string {
  const parts: string[] = [];
  if (f.prefix) parts.push(`${encodeFragmentText(f.prefix)}-`);
  parts.push(encodeFragmentText(f.textStart));
  if (f.textEnd) parts.push(encodeFragmentText(f.textEnd));
  if (f.suffix) parts.push(`-${encodeFragmentText(f.suffix)}`);
  return `text=${parts.join(',')}`;
}

/**
 * Where to open a clipping: the directive chosen at save time from the live range (a FragmentSelector) when it has
 * one; else one built from its quote selector (older and imported clippings); else from its own text (a
 * whole-article save).
 */
export function clippingUrl(c: Pick<Clipping, 'url' | 'selectors' | 'text'>): string {
  const stored = c.selectors.find((s): s is FragmentSelector => s.type === 'FragmentSelector');
  if (stored) return directiveUrl(c.url, stored.value);
  const quote = c.selectors.find((s): s is TextQuoteSelector => s.type === 'TextQuoteSelector');
  if (quote) return textFragmentUrl(c.url, quote);
  return textFragmentUrl(c.url, { exact: c.text, prefix: '', suffix: '' });
}

/** The address "Open" may load: a web page's (http: or https:) only; null for data:, javascript:, file: … */
export function openableUrl(c: Pick<Clipping, 'url' | 'selectors' | 'text'>): string | null {
  return isWebUrl(c.url) ? clippingUrl(c) : null;
}
