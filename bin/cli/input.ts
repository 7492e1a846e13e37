// Reading what the user pointed us at, and refusing clearly what is not a page or text.
import { readFileSync } from 'node:fs';
import { UsageError } from './errors';

export interface Input {
  name: string;
  text: string;
  html: boolean;
}

export function readAllStdin(): Buffer {
  try {
    return readFileSync(0);
  } catch {
    throw new UsageError('cannot read standard input');
  }
}

export function readInput(file: string): Input {
  let bytes: Buffer;
  if (file === '-') bytes = readAllStdin();
  else {
    try {
      bytes = readFileSync(file);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'unreadable';
      throw new UsageError(`cannot read ${file}: ${why}`);
    }
  }
  const name = file === '-' ? 'standard input' : file;
  if (bytes.length === 0) throw new UsageError(`${name} is empty`);
  if (looksBinary(bytes)) throw new UsageError(`${name} looks like binary data, not a saved page or text`);
  const text = new TextDecoder('utf-8').decode(bytes).replace(/^\uFEFF/, '');
  if (!text.trim()) throw new UsageError(`${name} has no text`);
  const markup = /<(html|body|head|p|div|article|h[1-6]|span|section|table|br)\b/i.test(text);
  const declaredHtml = /\.x?html?$/i.test(file);
  if (declaredHtml && !markup) throw new UsageError(`${name} is not HTML (no markup found); pass a .txt file for plain text`);
  return { name, text, html: declaredHtml || (file === '-' || !/\.txt$/i.test(file) ? markup : false) };
}

/** NUL bytes, or many bytes that are not valid UTF-8: an image, an archive, a PDF. */
function looksBinary(bytes: Buffer): boolean {
  const sample = bytes.subarray(0, 8192);
  if (sample.includes(0)) return true;
  const decoded = new TextDecoder('utf-8').decode(sample);
  const bad = decoded.split('\uFFFD').length - 1;
  return bad > 8 && bad / decoded.length > 0.05;
}
