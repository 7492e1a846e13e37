// What a user pointed us at, unwrapped into pages: a gzip file is decompressed, an MHTML file gives its HTML
// part, a web archive one page per archived HTML response (and one failure per broken record). Pure: the bytes
// and the name they came under in, units out; nothing is decoded to text here (see text.ts).
import { InputError } from '../errors';
import { gunzip, isGzip } from './gzip';
import { isMhtml, readMhtml } from './mhtml';
import { gunzipWarc, isWarc, readWarcRecords, type BrokenRecord } from './warc';

export interface PageUnit {
  ok: true;
  /** The input's name (a path, or "-" for standard input). */
  file: string;
  /** The page's address when the input says it (an archive's target URI, MHTML's Content-Location). */
  url: string | null;
  bytes: Uint8Array;
  /** A charset named outside the page's bytes (HTTP or MIME header). */
  charset: string | null;
  /** html: parse as a page; text: blank-line separated blocks; auto: a page if it has markup. */
  kind: 'html' | 'text' | 'auto';
}

export interface FailedUnit {
  ok: false;
  file: string;
  url: string | null;
  error: string;
}

export type Unit = PageUnit | FailedUnit;

function kindOf(name: string): PageUnit['kind'] {
  if (/\.(?:x?html?|shtml|php|aspx?|jsp)$/i.test(name)) return 'html';
  if (/\.txt$/i.test(name)) return 'text';
  return 'auto';
}

function failed(file: string, url: string | null, error: string): FailedUnit {
  return { ok: false, file, url, error };
}

function brokenUnit(file: string, b: BrokenRecord): FailedUnit {
  return failed(file, b.url, b.error);
}

/** The pages in one input. Never throws for bad bytes: those come back as failed units. */
export async function unpack(file: string, bytes: Uint8Array): Promise<Unit[]> {
  try {
    return await unpackOrThrow(file, bytes);
  } catch (e) {
    if (e instanceof InputError) return [failed(file, null, e.message)];
    throw e;
  }
}

async function unpackOrThrow(file: string, bytes: Uint8Array): Promise<Unit[]> {
  if (bytes.length === 0) throw new InputError('empty');
  let name = file;
  let broken: BrokenRecord[] = [];
  if (isGzip(bytes)) {
    name = file.replace(/\.gz$/i, '');
    if (/\.warc$/i.test(name)) {
      const unzipped = gunzipWarc(bytes);
      if (unzipped.bytes.length === 0) throw new InputError('binary data: a damaged gzip stream that does not decompress');
      ({ bytes, broken } = unzipped);
    } else bytes = gunzip(bytes);
    if (bytes.length === 0) throw new InputError('empty once decompressed');
  }
  if (isWarc(bytes)) {
    const entries = await readWarcRecords(bytes);
    const units: Unit[] = [...broken.map((b) => brokenUnit(file, b))];
    for (const e of entries) units.push(e.kind === 'page' ? { ok: true, file, url: e.url, bytes: e.bytes, charset: e.charset, kind: 'html' } : brokenUnit(file, e));
    if (units.length === 0) throw new InputError('a web archive with no HTML responses');
    return units;
  }
  if (broken.length > 0) throw new InputError(broken[0]!.error);
  if (isMhtml(bytes)) {
    const page = readMhtml(bytes);
    return [{ ok: true, file, url: page.url, bytes: page.bytes, charset: page.charset, kind: 'html' }];
  }
  return [{ ok: true, file, url: null, bytes, charset: null, kind: kindOf(name) }];
}
