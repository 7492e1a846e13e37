// The loop both whole-process baselines share with `jianbao annotate`: read standard input line by line, write one
// line out per line in 64 KB chunks, waiting for the pipe to drain.
import { createInterface } from 'node:readline';

/** Writes `out(line)` for every input line; resolves when input ends and everything is written. */
export async function pipeLines(out) {
  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  let buffer = '';
  const flush = async () => {
    if (!buffer) return;
    const ok = process.stdout.write(buffer);
    buffer = '';
    if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
  };
  for await (const line of lines) {
    buffer += out(line);
    if (buffer.length > 1 << 16) await flush();
  }
  await flush();
}
