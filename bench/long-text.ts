// Long input without its paragraph breaks: a page whose text runs on for hundreds of thousands of characters (a forum
// post pasted whole, a page with no markup between its paragraphs) must cost what the same text costs in paragraphs.
// A pattern that tries every start of a paragraph and scans to its end makes a page of one long paragraph take
// seconds (it did: 40,000 characters, 2.9 s); these figures catch it where a timed unit test may not go. Likewise a
// long data table, read through the command line's DOM (linkedom), whose lists of children are built on each call,
// must cost about what Readability's reading of it costs.
import { readFileSync } from 'node:fs';
import { parseGazetteer } from '../lib/places/gazetteer';
import { parseHTML } from 'linkedom';
import { extractDocument, extractText, readabilityText } from '../lib/pipeline';
import { median, ratioAtMost, type Figures } from './measure';

const RUNS = 3;
const PARAGRAPH = 1000;

/**
 * `chars` characters of text as one paragraph, in five shapes (the sample's Chinese run on; one Han character over
 * and over, closed by a stop; English words; digits; dots and dashes, as a rule drawn in text), each framed as a
 * page frames it: a headline above, a short line and a short paragraph below. And the baseline: the sample's
 * Chinese in paragraphs of about PARAGRAPH.
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

/** A page of a headline, a paragraph and ROWS rows of figures as a data table. */
export function longTable(): string {
  const rows = Array.from({ length: ROWS }, (_, i) => `<tr><td>第${i + 1}行</td><td>${(i * 37) % 9000}万吨</td></tr>`);
  return `<!doctype html><html><head><title>标题</title></head><body><h1>标题</h1><p>${'正文内容。'.repeat(40)}</p><table>${rows.join('')}</table></body></html>`;
}

/**
 * html.table.readability.ms (baseline) and html.table.ms: Readability alone and the whole pipeline on a page with a
 * long data table, parsed by linkedom as the command line parses it.
 */
export function longTableFigures(figures: Figures, gazetteerPath: string): void {
  const gazetteer = parseGazetteer(JSON.parse(readFileSync(gazetteerPath, 'utf8')));
  const html = longTable();
  const doc = () => parseHTML(html).document as unknown as Document;
  figures.add('html.table.readability.ms', timed(() => readabilityText(doc())), 'ms', null, undefined, `Readability alone on a page of a ${ROWS.toLocaleString('en-US')}-row data table, parsed by linkedom (the command line's DOM)`);
  figures.add('html.table.ms', timed(() => extractDocument(doc(), { gazetteer })), 'ms', 'html.table.readability.ms', ratioAtMost(2), 'the whole pipeline on the same page');
}
