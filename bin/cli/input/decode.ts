// Bytes of a saved page to text, as a browser would: a byte-order mark, then the charset the transport declared
// (an HTTP header in a web archive, a part header in MHTML), then <meta charset> / http-equiv / the XML
// declaration (the WHATWG sniffing algorithm, encoding-sniffer), unless the page declares a legacy charset while its
// bytes are UTF-8 (mislabelled.ts), where UTF-8 wins; with none of those, UTF-8 when the bytes are valid
// UTF-8, else chardet's guess from the byte statistics (GB18030, Big5, Shift_JIS, windows-1252 …). UTF-8 and
// UTF-16 are decoded by the platform's TextDecoder, the rest by iconv-lite (Node 20's TextDecoder reads
// windows-1252 as Latin-1, and small-ICU builds lack the CJK encodings). iconv-lite and chardet (700 KB of tables)
// are required only when needed, so a UTF-8 page does not pay for loading them. Pure: bytes in, text out.
import { createRequire } from 'node:module';
import { Sniffer } from 'encoding-sniffer/sniffer';
import { isUtf8, mislabelledUtf8 } from './mislabelled';

// Run-time require, left alone by the bundler (scripts/build-cli.mjs marks these packages external).
const require = createRequire(import.meta.url);
const iconvLite = (): typeof import('iconv-lite') => require('iconv-lite') as typeof import('iconv-lite');
const chardet = (): typeof import('chardet') => require('chardet') as typeof import('chardet');

export interface Decoded {
  text: string;
  /** The encoding used, by its WHATWG name in lower case (gbk, big5, utf-16le, windows-1252, utf-8 …). */
  encoding: string;
  /** Where it came from. */
  source: 'bom' | 'transport' | 'declared' | 'utf-8' | 'detected' | 'default';
}

/** How far into a page to look for a declaration: past the WHATWG 1024 bytes, as long heads of scripts are common. */
const SNIFF_BYTES = 16384;

/** A TextDecoder for a label, or null when the platform does not know it (small-ICU builds of Node). */
function textDecoder(label: string): TextDecoder | null {
  try {
    return new TextDecoder(label);
  } catch {
    return null;
  }
}

/** The WHATWG name of an encoding label (gb2312 → gbk, latin1 → windows-1252), or null for an unknown label. */
function canonical(label: string): string | null {
  const known = textDecoder(label)?.encoding;
  if (known) return known;
  const name = label.toLowerCase();
  if (name === 'gb2312' || name === 'x-gbk') return 'gbk';
  if (name === 'iso-8859-1' || name === 'us-ascii' || name === 'latin1') return 'windows-1252';
  return iconvLite().encodingExists(name) ? name : null;
}

const NATIVE = new Set(['utf-8', 'utf-16le', 'utf-16be']);

function decodeWith(bytes: Uint8Array, encoding: string): string {
  // TextDecoder drops the BOM of its own encoding, as the WHATWG decode does.
  if (NATIVE.has(encoding)) return new TextDecoder(encoding).decode(bytes);
  // iconv-lite: GBK is decoded as its superset GB18030 and Big5 as Big5-HKSCS, as the WHATWG decoders do.
  const name = encoding === 'gbk' ? 'gb18030' : encoding === 'big5' ? 'big5hkscs' : encoding;
  return iconvLite().decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), name, { stripBOM: true });
}

/** ResultType of encoding-sniffer: 0 BOM, 1 passed (transport), 2/4 XML, 3 meta, 5 default. */
const SOURCES: Record<number, Decoded['source']> = { 0: 'bom', 1: 'transport', 2: 'declared', 3: 'declared', 4: 'declared', 5: 'default' };

/** Decodes a page's bytes. `transportCharset`: a charset named outside the bytes (HTTP or MIME header), if any. */
export function decodePage(bytes: Uint8Array, transportCharset: string | null = null): Decoded {
  const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, transportLayerEncodingLabel: transportCharset ?? undefined });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  let source = SOURCES[sniffer.resultType] ?? 'default';
  let encoding = canonical(sniffer.encoding);
  if (source === 'default' || encoding === null) ({ encoding, source } = undeclared(bytes));
  else if (source === 'declared' && mislabelledUtf8(bytes, encoding)) ({ encoding, source } = { encoding: 'utf-8', source: 'utf-8' });
  return { text: decodeWith(bytes, encoding), encoding, source };
}

/** Bytes that do not say their encoding: UTF-8 when they are valid UTF-8, else chardet's guess. */
function undeclared(bytes: Uint8Array): { encoding: string; source: Decoded['source'] } {
  if (isUtf8(bytes)) return { encoding: 'utf-8', source: 'utf-8' };
  const guess = chardet().detect(bytes);
  const encoding = guess ? canonical(guess) : null;
  return encoding ? { encoding, source: 'detected' } : { encoding: 'windows-1252', source: 'default' };
}

/** Plain text: BOM, else UTF-8 when valid, else chardet's guess. */
export function decodeText(bytes: Uint8Array): Decoded {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 'utf-8' : bytes[0] === 0xff && bytes[1] === 0xfe ? 'utf-16le' : bytes[0] === 0xfe && bytes[1] === 0xff ? 'utf-16be' : null;
  if (bom) return { text: decodeWith(bytes, bom), encoding: bom, source: 'bom' };
  const { encoding, source } = undeclared(bytes);
  return { text: decodeWith(bytes, encoding), encoding, source };
}
