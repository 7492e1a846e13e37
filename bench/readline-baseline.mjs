// The floor for `jianbao annotate`: the same line reading and buffered writing, with no annotation (`{}` a line).
import { createInterface } from 'node:readline';

const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let buffer = '';
const flush = async () => {
  if (!buffer) return;
  const ok = process.stdout.write(buffer);
  buffer = '';
  if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
};
for await (const line of lines) {
  void line;
  buffer += '{}\n';
  if (buffer.length > 1 << 16) await flush();
}
await flush();
