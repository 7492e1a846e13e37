// Shared checks for hostile-input tests: every span the pipeline reports points at exactly its own text.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';
import { parseGazetteer, type Gazetteer } from '../../../lib/places';
import type { ExtractResult } from '../../../lib/types';

let cached: Gazetteer | null = null;

/** The gazetteer resource built at install time (public/gazetteer.json), parsed once per test file. */
export function gazetteer(): Gazetteer {
  cached ??= parseGazetteer(JSON.parse(readFileSync(resolve('public/gazetteer.json'), 'utf8')));
  return cached;
}

interface Span {
  text: string;
  start: number;
  end: number;
}

/** Offsets lie inside the text and slice to the span's own text. */
export function expectSpansIn(text: string, spans: readonly Span[]): void {
  for (const s of spans) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.end).toBeGreaterThan(s.start);
    expect(s.end).toBeLessThanOrEqual(text.length);
    expect(text.slice(s.start, s.end)).toBe(s.text);
  }
}

/** Every figure and place of every article points into its headline (-1) or one of its paragraphs. */
export function expectWellFormed(result: ExtractResult): void {
  expect(Array.isArray(result.articles)).toBe(true);
  for (const a of result.articles) {
    const texts = [a.headline, ...a.paragraphs];
    for (const span of [...a.figures, ...a.places]) {
      expect(span.paragraph).toBeGreaterThanOrEqual(-1);
      expect(span.paragraph).toBeLessThan(a.paragraphs.length);
      expectSpansIn(texts[span.paragraph + 1]!, [span]);
    }
  }
}

/** All article text joined, for "does it contain" checks. */
export function allText(result: ExtractResult): string {
  return result.articles.map((a) => [a.headline, ...a.paragraphs, ...a.fragments].join('\n')).join('\n\n');
}

/**
 * The whole tree as a string, built without recursion (happy-dom's own serialiser overflows the stack on
 * 5,000-level pages): names, attributes, text, and open shadow roots.
 */
export function snapshot(root: Node): string {
  const out: string[] = [];
  const stack: (Node | string)[] = [root];
  while (stack.length) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      out.push(item);
      continue;
    }
    if (item.nodeType === 1) {
      const el = item as Element;
      out.push(`<${el.nodeName}${[...el.attributes].map((a) => ` ${a.name}=${JSON.stringify(a.value)}`).join('')}>`);
      stack.push(`</${el.nodeName}>`);
      const children = [...(el.shadowRoot ? [el.shadowRoot] : []), ...el.childNodes];
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    } else if (item.nodeType === 3 || item.nodeType === 8) {
      out.push(`${item.nodeType === 8 ? '<!--' : ''}${(item as CharacterData).data}${item.nodeType === 8 ? '-->' : ''}`);
    } else {
      const children = [...item.childNodes];
      out.push(`#${item.nodeName}[`);
      stack.push(']');
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
  }
  return out.join('');
}
