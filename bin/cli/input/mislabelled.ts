// A page whose <meta> (or XML declaration) names a legacy charset — gb2312, gbk, big5, shift_jis, windows-1252 … —
// while its bytes are UTF-8: a site template that kept its old declaration after the site, or the tool that saved
// the page, moved to UTF-8 (the magic-html benchmark's 人民网 page declares GB2312 and is stored as UTF-8).
// Decoded as declared, every Chinese character becomes two or three characters of mojibake and the page is lost.
// Text really written in a legacy encoding almost never forms valid UTF-8 once it has a few non-ASCII bytes:
// GBK and Big5 lead bytes 0x81–0xFE followed by ASCII or by another lead byte break UTF-8's continuation rule at
// once, and windows-1252 accents (é = 0xE9 followed by a letter) do as well. So only a declaration found inside
// the page, not a transport header or a byte-order mark, gives way, and only to bytes that are valid UTF-8 and
// hold at least MIN_HIGH bytes above 0x7F. One pass over the bytes to count, one validation to check: Node's
// buffer.isUtf8 validates in place, building no string, so the page is decoded only once, by decodePage.
import { isUtf8 as validUtf8 } from 'node:buffer';

/** At least this many bytes above 0x7F: a page with one stray legacy byte pair is no evidence either way. */
const MIN_HIGH = 16;

/** Whether the bytes decode as UTF-8 without a single malformed sequence. */
export function isUtf8(bytes: Uint8Array): boolean {
  return validUtf8(bytes);
}

/** Whether a page declaring `declared` (a WHATWG name, lower case) is in truth UTF-8. */
export function mislabelledUtf8(bytes: Uint8Array, declared: string): boolean {
  if (declared === 'utf-8' || declared === 'utf-16le' || declared === 'utf-16be') return false;
  let high = 0;
  for (let i = 0; i < bytes.length && high < MIN_HIGH; i++) if (bytes[i]! > 0x7f) high++;
  return high >= MIN_HIGH && isUtf8(bytes);
}
