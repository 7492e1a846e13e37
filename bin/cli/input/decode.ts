// Bytes of a saved page to text, as a browser would: a byte-order mark, then the charset the transport declared
// (an HTTP header in a web archive, a part header in MHTML), then <meta charset> / http-equiv / the XML
// declaration (the WHATWG sniffing algorithm, encoding-sniffer); with none of those, UTF-8 when the bytes are valid
// UTF-8, else chardet's guess from the byte statistics (GB18030, Big5, Shift_JIS, windows-1252 …). Pure: bytes in.
import chardet from 'chardet';
import { Sniffer } from 'encoding-sniffer/sniffer';
import iconv from 'iconv-lite';

export interface Decoded {
  text: string;
  /** The encoding used, as iconv-lite names it (e.g. gb18030, big5hkscs, utf-16le, windows-1252, utf-8). */
  encoding: string;
  /** Where it came from. */
  source: 'bom' | 'transport' | 'declared' | 'utf-8' | 'detected' | 'default';
}

/** How far into a page to look for a declaration: past the WHATWG 1024 bytes, as long heads of scripts are common. */
const SNIFF_BYTES = 16384;

/** WHATWG encoding names to the iconv-lite decoder that covers them (GBK is decoded as its superset GB18030). */
function decoderName(whatwg: string): string {
  const name = whatwg.toLowerCase();
  if (name === 'gbk' || name === 'gb2312' || name === 'x-gbk') return 'gb18030';
  if (name === 'big5' || name === 'big5-hkscs') return 'big5hkscs';
  if (name === 'iso-8859-1' || name === 'us-ascii') return 'windows-1252';
  return name;
}

function decodeWith(bytes: Uint8Array, encoding: string): string {
  return iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: true });
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** ResultType of encoding-sniffer: 0 BOM, 1 passed (transport), 2/4 XML, 3 meta, 5 default. */
const SOURCES: Record<number, Decoded['source']> = { 0: 'bom', 1: 'transport', 2: 'declared', 3: 'declared', 4: 'declared', 5: 'default' };

/** Decodes a page's bytes. `transportCharset`: a charset named outside the bytes (HTTP or MIME header), if any. */
export function decodePage(bytes: Uint8Array, transportCharset: string | null = null): Decoded {
  const sniffer = new Sniffer({ maxBytes: SNIFF_BYTES, transportLayerEncodingLabel: transportCharset ?? undefined });
  sniffer.write(bytes.subarray(0, SNIFF_BYTES));
  let source = SOURCES[sniffer.resultType] ?? 'default';
  let encoding = decoderName(sniffer.encoding);
  if (source === 'default' || !iconv.encodingExists(encoding)) {
    if (isUtf8(bytes)) {
      encoding = 'utf-8';
      source = 'utf-8';
    } else {
      const guess = chardet.detect(bytes);
      encoding = guess && iconv.encodingExists(decoderName(guess)) ? decoderName(guess) : 'windows-1252';
      source = guess ? 'detected' : 'default';
    }
  }
  return { text: decodeWith(bytes, encoding), encoding, source };
}

/** Plain text: BOM, else UTF-8 when valid, else chardet's guess. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', source: 'bom' };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: decodeWith(bytes, 'utf-16le'), encoding: 'utf-16le', source: 'bom' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: decodeWith(bytes, 'utf-16be'), encoding: 'utf-16be', source: 'bom' };
  if (isUtf8(bytes)) return { text: decodeWith(bytes, 'utf-8'), encoding: 'utf-8', source: 'utf-8' };
  const guess = chardet.detect(bytes);
  const encoding = guess && iconv.encodingExists(decoderName(guess)) ? decoderName(guess) : 'windows-1252';
  return { text: decodeWith(bytes, encoding), encoding, source: guess ? 'detected' : 'default' };
}
