// A layout table's row flattened into one line: an old page sets its headline and its writer's name in cells of a
// table, and the stored text keeps the row with its rules and empty cells ("| | 接触光明日报的过去 | | 李玉兰 | |").
// The rules and the empty cells are layout, not words: each cell with text is a line of its own (the headline, the
// name under it), so the row reads as the page prints it. Only a row that opens on a rule and holds an empty cell
// is read so (a table's residue); a line of text parted by bars ("新闻 | 体育") is left as it is. Source maps are
// carried back to the blocks as given (tail-heads.ts).
import type { Block } from '../types';
import type { Origin } from './tail-heads';

const MAX_ROW = 200;
const MAX_CELL = 60;
const RULE = /[|｜]/u;
const OPENS = /^\s*[|｜]/u;
const EMPTY_CELL = /[|｜]\s*[|｜]/u;

/** The cells with text of a table row's line, with their offsets; null when the line is no such row. */
function cells(text: string): { text: string; at: number }[] | null {
  if (text.length > MAX_ROW || !OPENS.test(text) || !EMPTY_CELL.test(text)) return null;
  const out: { text: string; at: number }[] = [];
  let start = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i < text.length && !RULE.test(text[i] as string)) continue;
    const raw = text.slice(start, i);
    const t = raw.trim();
    if (t) {
      if (t.length > MAX_CELL) return null;
      out.push({ text: t, at: start + raw.indexOf(t) });
    }
    start = i + 1;
  }
  return out.length >= 2 ? out : null;
}

/** The page with each table row's line set out as its cells, or null when it has none. */
export function splitCellRows(blocks: Block[]): { blocks: Block[]; origin: Origin[] } | null {
  const rows = blocks.map((b) => cells(b.text));
  if (!rows.some(Boolean)) return null;
  const out: Block[] = [];
  const origin: Origin[] = [];
  blocks.forEach((b, i) => {
    const row = rows[i];
    if (!row) {
      out.push(b);
      origin.push({ block: i, offset: 0 });
      return;
    }
    for (const c of row) {
      out.push({ ...b, text: c.text });
      origin.push({ block: i, offset: c.at });
    }
  });
  return { blocks: out, origin };
}
