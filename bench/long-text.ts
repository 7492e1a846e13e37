// Long input without its paragraph breaks: a page whose text runs on for hundreds of thousands of characters (a forum
// post pasted whole, a page with no markup between its paragraphs) must cost what the same text costs in paragraphs.
// A pattern that tries every start of a paragraph and scans to its end makes a page of one long paragraph take
// seconds (it did: 40,000 characters, 2.9 s); these figures catch it where a timed unit test may not go. Likewise a
// long data table, read through the command line's DOM (linkedom), whose lists of children are built on each call.
import { readFileSync } from 'node:fs';
import { parseGazetteer } from '../lib/places/gazetteer';
import { parseHTML } from 'linkedom';
import { extractDocument, extractText } from '../lib/pipeline';
import { median, ratioAtMost, type Figures } from './measure';

const RUNS = 3;
const PARAGRAPH = 1000;

/**
 * `chars` characters of text as one paragraph, in five shapes (the sample's Chinese run on; one Han character over
 * and over, closed by a stop; English words; digits; dots and dashes, as a rule drawn in text), each framed as a page frames it: a headline above, a short
 * line and a short paragraph below. And the baseline: the sample's Chinese in paragraphs of about PARAGRAPH.
 */
export function longTexts(pageText: string, chars: number): { paragraphs: string; shapes: Record<string, string> } {
  const body = pageText.split(/\n+/).map((l) => l.trim()).filter((l) => /[\u4e00-\u9fff]/.test(l) && l.length > 40).join('');
  const runOn = (unit: string) => {
    let run = '';
    while (run.length < chars) run += unit;
    return run.slice(0, chars);
  };
  const chinese = runOn(body);
  const parts: string[] = [];
  for (let i = 0; i < chinese.length; i += PARAGRAPH) parts.push(chinese.slice(i, i + PARAGRAPH));
  const frame = (text: string) => `长文本的标题\n\n${text}\n\n一个小标题\n\n${'正文内容。'.repeat(10)}`;
  return {
    paragraphs: frame(parts.join('\n\n')),
    shapes: {
      chinese: frame(chinese),
      'one character': frame(runOn('字').slice(1) + '。'),
      english: frame(runOn('word ')),
      digits: frame(runOn('1')),
      'dots and dashes': frame(runOn('.-')),
    },
  };
}

function timed(f: () => void): number {
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    f();
    times.push(performance.now() - t);
  }
  return median(times);
}

/**
 * text.paragraphs.ms (baseline) and text.longParagraph.ms: the same number of characters extracted in process, in
 * paragraphs and as one paragraph (the slowest of the shapes).
 */
export function longTextFigures(figures: Figures, pageText: string, gazetteerPath: string): void {
  const gazetteer = parseGazetteer(JSON.parse(readFileSync(gazetteerPath, 'utf8')));
  const chars = 100_000;
  const { paragraphs, shapes } = longTexts(pageText, chars);
  extractText(paragraphs.slice(0, 20_000), { gazetteer }); // warm up
  figures.add('text.paragraphs.ms', timed(() => extractText(paragraphs, { gazetteer })), 'ms', null, undefined, `${chars.toLocaleString('en-US')} chars of Chinese in paragraphs of ${PARAGRAPH}, extractText in process`);
  let slowest = { shape: '', ms: 0 };
  for (const [shape, text] of Object.entries(shapes)) {
    const ms = timed(() => extractText(text, { gazetteer }));
    if (ms >= slowest.ms) slowest = { shape, ms };
  }
  figures.add('text.longParagraph.ms', slowest.ms, 'ms', 'text.paragraphs.ms', ratioAtMost(2), `the same number of characters as one paragraph, the slowest shape (${slowest.shape}) of ${Object.keys(shapes).join(', ')}`);
}

const ROWS = 10_000;

/** A page of a headline, a paragraph and ROWS rows of figures: as a data table, and as paragraphs. */
export function longTable(): { table: string; paragraphs: string } {
  const page = (body: string) => `<!doctype html><html><head><title>标题</title></head><body><h1>标题</h1><p>${'正文内容。'.repeat(40)}</p>${body}</body></html>`;
  const rows = Array.from({ length: ROWS }, (_, i) => [`第${i + 1}行`, `${(i * 37) % 9000}万吨`]);
  return {
    table: page(`<table>${rows.map(([a, b]) => `<tr><td>${a}</td><td>${b}</td></tr>`).join('')}</table>`),
    paragraphs: page(rows.map(([a, b]) => `<p>${a} ${b}</p>`).join('')),
  };
}

/** html.paragraphs.ms (baseline) and html.table.ms: the same rows as paragraphs and as a table, through linkedom. */
export function longTableFigures(figures: Figures, gazetteerPath: string): void {
  const gazetteer = parseGazetteer(JSON.parse(readFileSync(gazetteerPath, 'utf8')));
  const { table, paragraphs } = longTable();
  const run = (html: string) => timed(() => extractDocument(parseHTML(html).document as unknown as Document, { gazetteer }));
  figures.add('html.paragraphs.ms', run(paragraphs), 'ms', null, undefined, `a page of ${ROWS.toLocaleString('en-US')} short paragraphs, parsed by linkedom and extracted (the command line's path)`);
  figures.add('html.table.ms', run(table), 'ms', 'html.paragraphs.ms', ratioAtMost(2), 'the same rows as a data table');
}
