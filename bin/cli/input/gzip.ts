// gzip-compressed saved pages (page.html.gz): bytes in, bytes out.
import { gunzipSync } from 'node:zlib';
import { InputError } from '../errors';

export function isGzip(bytes: Uint8Array): boolean {
  return bytes.length >= 2 && bytes[0] === 0x1f && bytes[1] === 0x8b;
}

/** Every member decompressed; a damaged or truncated stream is an InputError (nothing half-read is returned). */
export function gunzip(bytes: Uint8Array): Uint8Array {
  try {
    return gunzipSync(bytes);
  } catch (e) {
    const why = /unexpected end/i.test((e as Error).message) ? 'truncated' : 'damaged';
    throw new InputError(`binary data: a ${why} gzip stream that does not decompress`);
  }
}
