// The peer for `jianbao annotate`'s throughput (issue #14): @node-rs/jieba (Rust, N-API) POS-tagging every line
// of standard input, whole process like the CLI — dictionary load, reading, tagging, one JSON line out per line
// (its place words, tag "ns"), with the same buffered writing.
import { createInterface } from 'node:readline';
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

const jieba = Jieba.withDict(dict);
const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
let buffer = '';
const flush = async () => {
  if (!buffer) return;
  const ok = process.stdout.write(buffer);
  buffer = '';
  if (!ok) await new Promise((resolve) => process.stdout.once('drain', resolve));
};
for await (const line of lines) {
  const places = jieba.tag(line, true).filter((t) => t.tag === 'ns').map((t) => t.word);
  buffer += JSON.stringify({ places }) + '\n';
  if (buffer.length > 1 << 16) await flush();
}
await flush();
