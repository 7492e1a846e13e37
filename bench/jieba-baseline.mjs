// The peer for `jianbao annotate`'s throughput (issue #14): @node-rs/jieba (Rust, N-API) POS-tagging every line
// of standard input, whole process like the CLI — dictionary load, reading, tagging, one JSON line out per line
// (its place words, tag "ns"), with the same buffered writing.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';
import { pipeLines } from './line-pipe.mjs';

const jieba = Jieba.withDict(dict);
await pipeLines((line) => JSON.stringify({ places: jieba.tag(line, true).filter((t) => t.tag === 'ns').map((t) => t.word) }) + '\n');
