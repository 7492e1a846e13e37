// Web archives (.warc, .warc.gz from Webrecorder, wget, Heritrix / the Internet Archive): every archived HTML
// response (2xx) or resource, with its URL. warcio parses each record (WARC and HTTP headers, chunked and
// compressed bodies); this module only finds where records begin and end, so that a broken one (a damaged gzip
// member, a header that is not WARC, a Content-Length that overruns the file) is reported and skipped and the
// rest are still read. Pure: bytes in, entries out.
import { gunzipSync } from 'node:zlib';
import pako from 'pako';
import { WARCParser } from 'warcio';

export interface ArchivedPage {
  kind: 'page';
  url: string | null;
  bytes: Uint8Array;
  /** The HTTP Content-Type's charset, if it names one. */
  charset: string | null;
  /** Byte offset of the record (in the decompressed archive). */
  offset: number;
}

export interface BrokenRecord {
  kind: 'broken';
  url: string | null;
  offset: number;
  error: string;
}

export type WarcEntry = ArchivedPage | BrokenRecord;

const MARKER = Buffer.from('WARC/1.');

export function isWarc(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, MARKER.length)).equals(MARKER);
}

/** The archive decompressed, member by member when the whole will not inflate: damaged members are reported. */
export function gunzipWarc(bytes: Uint8Array): { bytes: Uint8Array; broken: BrokenRecord[] } {
  try {
    return { bytes: gunzipSync(bytes), broken: [] };
  } catch {
    // fall through: find the damaged member
  }
  const out: Uint8Array[] = [];
  const broken: BrokenRecord[] = [];
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const nextMember = (from: number) => {
    const i = buf.indexOf(GZIP_MAGIC, from);
    return i < 0 ? buf.length : i;
  };
  let pos = 0;
  while (pos < buf.length) {
    // pako's Inflate stops at the end of one member and leaves the rest unread (strm.avail_in): typed loosely.
    const inflator = new pako.Inflate() as pako.Inflate & { ended: boolean; strm: { avail_in: number } };
    inflator.push(buf.subarray(pos), true);
    if (inflator.err || !inflator.ended) {
      broken.push({ kind: 'broken', url: null, offset: pos, error: `a damaged compressed record at byte ${pos} (${inflator.msg || 'cut short'}); skipped` });
      pos = nextMember(pos + 1);
      continue;
    }
    out.push(inflator.result as Uint8Array);
    pos = buf.length - inflator.strm.avail_in;
  }
  return { bytes: Buffer.concat(out), broken };
}

const GZIP_MAGIC = Buffer.from([0x1f, 0x8b, 0x08]);
const HEADER_END = Buffer.from('\r\n\r\n');
const RECORD_END = Buffer.from('\r\n\r\n');

function isHtml(contentType: string | null | undefined): boolean {
  return /^\s*(?:text\/html|application\/xhtml\+xml)/i.test(contentType ?? '');
}

function charsetOf(contentType: string | null | undefined): string | null {
  return contentType?.match(/charset\s*=\s*"?([^";\s]+)/i)?.[1] ?? null;
}

/** The next line that starts a WARC record at or after `from`. */
function nextRecord(buf: Buffer, from: number): number {
  for (let i = buf.indexOf(MARKER, from); i >= 0; i = buf.indexOf(MARKER, i + 1)) if (i === 0 || buf[i - 1] === 0x0a) return i;
  return buf.length;
}

/** Every HTML page and every broken record of an (uncompressed) archive, in file order. */
export async function readWarcRecords(bytes: Uint8Array): Promise<WarcEntry[]> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const entries: WarcEntry[] = [];
  let pos = 0;
  while (pos < buf.length) {
    while (pos < buf.length && (buf[pos] === 0x0d || buf[pos] === 0x0a)) pos++;
    if (pos >= buf.length) break;
    const broken = (error: string, resume: number, url: string | null = null) => {
      entries.push({ kind: 'broken', url, offset: pos, error: `record at byte ${pos}: ${error}; skipped` });
      pos = resume;
    };
    if (!buf.subarray(pos, pos + MARKER.length).equals(MARKER)) {
      broken('not a WARC record header', nextRecord(buf, pos + 1));
      continue;
    }
    const headerEnd = buf.indexOf(HEADER_END, pos);
    if (headerEnd < 0) {
      broken('its header is cut short', buf.length);
      continue;
    }
    const header = buf.subarray(pos, headerEnd).toString('latin1');
    const url = header.match(/^WARC-Target-URI:\s*<?([^>\r\n]*)>?\s*$/im)?.[1] ?? null;
    const length = header.match(/^Content-Length:\s*(\d+)\s*$/im);
    if (!length) {
      broken('no Content-Length', nextRecord(buf, pos + 1), url);
      continue;
    }
    const end = headerEnd + HEADER_END.length + Number(length[1]);
    if (end > buf.length) {
      broken(`truncated (${Number(length[1])} bytes declared, ${buf.length - headerEnd - HEADER_END.length} present)`, nextRecord(buf, headerEnd), url);
      continue;
    }
    if (end < buf.length && !buf.subarray(end, end + RECORD_END.length).equals(RECORD_END)) {
      broken('its Content-Length does not match its content', nextRecord(buf, pos + 1), url);
      continue;
    }
    const start = pos;
    pos = end + RECORD_END.length;
    const entry = await readRecord(buf.subarray(start, end + RECORD_END.length), start);
    if (entry) entries.push(entry);
  }
  return entries;
}

/** One record's bytes through warcio: an HTML page, a broken record, or null for what is not a page. */
async function readRecord(bytes: Uint8Array, offset: number): Promise<WarcEntry | null> {
  let url: string | null = null;
  try {
    const record = await WARCParser.parse([bytes]);
    if (!record) return null;
    url = record.warcTargetURI ?? null;
    let contentType: string | null | undefined;
    if (record.warcType === 'response') {
      const status = Number(record.httpHeaders?.statusCode);
      if (!(status >= 200 && status < 300)) return null;
      contentType = record.httpHeaders?.headers.get('content-type');
    } else if (record.warcType === 'resource') contentType = record.warcContentType;
    else return null;
    if (!isHtml(contentType)) return null;
    const body = await record.readFully(true);
    return { kind: 'page', url, bytes: body, charset: charsetOf(contentType), offset };
  } catch (e) {
    return { kind: 'broken', url, offset, error: `record at byte ${offset}: ${(e as Error).message}; skipped` };
  }
}
