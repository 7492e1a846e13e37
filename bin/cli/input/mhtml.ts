// Chrome's "Save as… Webpage, single file" (MHTML, RFC 2557): a MIME multipart/related message whose first
// text/html part is the page, quoted-printable or base64, with its address in Content-Location. Pure: bytes in.
import { InputError } from '../errors';

export interface MhtmlPage {
  bytes: Uint8Array;
  charset: string | null;
  url: string | null;
}

/** A MIME message: the first bytes are header lines, one of them a multipart Content-Type. */
export function isMhtml(bytes: Uint8Array): boolean {
  const head = latin1(bytes.subarray(0, 4096));
  const end = head.search(/\r?\n\r?\n/);
  return end > 0 && /^(?:[\w-]+:.*(?:\r?\n[ \t].*)*\r?\n)*?content-type:\s*multipart\/related/im.test(head.slice(0, end + 2));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

/** Header lines (folded continuations joined) to a lower-cased name → value map. */
function parseHeaders(block: string): Map<string, string> {
  const headers = new Map<string, string>();
  for (const line of block.replace(/\r?\n[ \t]+/g, ' ').split(/\r?\n/)) {
    const colon = line.indexOf(':');
    if (colon > 0) headers.set(line.slice(0, colon).trim().toLowerCase(), line.slice(colon + 1).trim());
  }
  return headers;
}

function param(value: string | undefined, name: string): string | null {
  const m = value?.match(new RegExp(`(?:^|;)\\s*${name}\\s*=\\s*(?:"([^"]*)"|([^;\\s]+))`, 'i'));
  return m ? (m[1] ?? m[2] ?? null) : null;
}

function splitHead(text: string): [string, string] {
  const m = /\r?\n\r?\n/.exec(text);
  return m ? [text.slice(0, m.index), text.slice(m.index + m[0].length)] : [text, ''];
}

function decodeQuotedPrintable(body: string): Uint8Array {
  const soft = body.replace(/=\r?\n/g, '');
  const out = Buffer.alloc(soft.length);
  let n = 0;
  for (let i = 0; i < soft.length; i++) {
    const c = soft.charCodeAt(i);
    if (c === 0x3d && /^[0-9A-Fa-f]{2}$/.test(soft.slice(i + 1, i + 3))) {
      out[n++] = parseInt(soft.slice(i + 1, i + 3), 16);
      i += 2;
    } else out[n++] = c;
  }
  return out.subarray(0, n);
}

/** The page inside an MHTML file; an InputError when the message has no HTML part or is cut short. */
export function readMhtml(bytes: Uint8Array): MhtmlPage {
  // Latin-1 maps every byte to one character and back, so the 8-bit parts survive the string round trip.
  const [head, body] = splitHead(latin1(bytes));
  const top = parseHeaders(head);
  const boundary = param(top.get('content-type'), 'boundary');
  if (!boundary) throw new InputError('an MHTML file without a multipart boundary');
  const parts = body.split(`--${boundary}`);
  if (parts.length < 3) throw new InputError('a truncated MHTML file (its parts are not closed)');
  for (const part of parts.slice(1)) {
    if (part.startsWith('--')) break;
    const [partHead, partBody] = splitHead(part.replace(/^\r?\n/, ''));
    const headers = parseHeaders(partHead);
    const type = headers.get('content-type') ?? '';
    if (!/^\s*(?:text\/html|application\/xhtml\+xml)/i.test(type)) continue;
    const encoding = (headers.get('content-transfer-encoding') ?? '').toLowerCase();
    const content = partBody.replace(/\r?\n$/, '');
    const decoded = encoding === 'quoted-printable' ? decodeQuotedPrintable(content) : encoding === 'base64' ? Buffer.from(content, 'base64') : Buffer.from(content, 'latin1');
    return { bytes: decoded, charset: param(type, 'charset'), url: headers.get('content-location') ?? top.get('snapshot-content-location') ?? null };
  }
  throw new InputError('an MHTML file with no HTML part');
}
