// A unit's bytes to the text the pipeline reads, refusing clearly what is not a page or text. Pure.
import { InputError } from '../errors';
import { decodePage, decodeText } from './decode';
import type { PageUnit } from './unpack';

export interface PageText {
  text: string;
  /** Parse as HTML (else blank-line separated blocks of text). */
  html: boolean;
  /** The encoding the bytes were read in. */
  encoding: string;
}

const MARKUP = /<(html|body|head|p|div|article|h[1-6]|span|section|table|br)\b/i;

function hasUtf16Bom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

/** Control characters and undecodable bytes in the first 8,000 characters: an image, an archive, a PDF. */
function looksBinary(bytes: Uint8Array, text: string): boolean {
  if (!hasUtf16Bom(bytes) && bytes.subarray(0, 8192).includes(0)) return true;
  const sample = text.slice(0, 8000);
  const bad = sample.match(/[\u0000-\u0008\u000e-\u001f\u007f\ufffd]/g)?.length ?? 0;
  return bad > 8 && bad / sample.length > 0.05;
}

export function pageText(unit: PageUnit): PageText {
  const { bytes, kind } = unit;
  if (bytes.length === 0) throw new InputError('empty');
  const decoded = kind === 'text' ? decodeText(bytes) : decodePage(bytes, unit.charset);
  if (looksBinary(bytes, decoded.text)) throw new InputError('looks like binary data, not a saved page or text');
  const text = decoded.text.replace(/^\uFEFF/, '');
  if (!text.trim()) throw new InputError('has no text');
  const markup = MARKUP.test(text);
  if (kind === 'html' && !markup) throw new InputError('is not HTML (no markup found); pass a .txt file for plain text');
  return { text, html: kind === 'html' || (kind === 'auto' && markup), encoding: decoded.encoding };
}
