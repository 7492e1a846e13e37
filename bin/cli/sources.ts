// The inputs named on the command line: files as given, directories walked (sorted, hidden entries skipped, only
// the kinds of files that hold pages), "-" for standard input. Unreadable ones become failures, not crashes.
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

/** The files a directory is searched for: pages, single-file pages, web archives, text; each optionally gzipped. */
export const PAGE_FILE = /\.(?:x?html?|shtml|mht|mhtml|warc|txt)(?:\.gz)?$/i;

export type Source = { file: string; bytes: Uint8Array } | { file: string; error: string };

export function readStdin(): Uint8Array {
  return readFileSync(0);
}

function why(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  return code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : 'unreadable';
}

async function walk(dir: string, out: string[]): Promise<void> {
  const entries = (await readdir(dir, { withFileTypes: true })).filter((e) => !e.name.startsWith('.')).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) await walk(path, out);
    else if (e.isFile() && PAGE_FILE.test(e.name)) out.push(path);
  }
}

/** Every file the inputs stand for, in order; a directory with no page files is one failure. */
export async function expandInputs(inputs: string[]): Promise<Array<{ file: string; error?: string }>> {
  const out: Array<{ file: string; error?: string }> = [];
  for (const input of inputs) {
    if (input === '-') {
      out.push({ file: '-' });
      continue;
    }
    try {
      if ((await stat(input)).isDirectory()) {
        const files: string[] = [];
        await walk(input, files);
        if (files.length === 0) out.push({ file: input, error: 'a directory with no pages in it (.html, .htm, .mhtml, .warc, .txt, or these gzipped)' });
        for (const f of files) out.push({ file: f });
      } else out.push({ file: input });
    } catch (e) {
      out.push({ file: input, error: why(e) });
    }
  }
  return out;
}

export async function readSource(file: string): Promise<Source> {
  try {
    return { file, bytes: file === '-' ? readStdin() : await readFile(file) };
  } catch (e) {
    return { file, error: file === '-' ? 'cannot read standard input' : why(e) };
  }
}
