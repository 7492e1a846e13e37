// The seed newspaper page, loaded afresh for each test so edits never leak between tests.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const html = readFileSync(resolve(__dirname, '../../fixtures/seed/page.html'), 'utf8');

const body = /<body[^>]*>([\s\S]*)<\/body>/.exec(html)?.[1] ?? '';

/**
 * Puts the seed page into the test window's document. (happy-dom Ranges only work in the window's
 * own document, not in one made by DOMParser, so the page replaces the current body.)
 */
export function loadSeedPage(): Document {
  document.body.innerHTML = body;
  return document;
}

/** The paragraphs of the article column, in order. */
export function paragraphs(doc: Document): HTMLParagraphElement[] {
  return Array.from(doc.querySelectorAll<HTMLParagraphElement>('#ozoom p'));
}

/** Deterministic pseudo-random numbers so failures reproduce. */
export function seededRandom(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 4294967296;
  };
}
