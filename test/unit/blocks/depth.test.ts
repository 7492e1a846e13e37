// How deep a document nests (lib/blocks/depth.ts): the test that keeps Readability off pages built to stall it.
import { describe, expect, it } from 'vitest';
import { nestsDeeperThan } from '../../../lib/blocks/depth';

const doc = (html: string) => new DOMParser().parseFromString(html, 'text/html');

describe('nestsDeeperThan', () => {
  it('counts the elements below the root, not text or comments', () => {
    const d = doc('<div><div><p>a<!-- c --><b>b</b></p></div></div><p>after</p>');
    // body > div > div > p > b: four elements below body.
    expect(nestsDeeperThan(d.body, 4)).toBe(false);
    expect(nestsDeeperThan(d.body, 3)).toBe(true);
  });

  it('finds a deep branch after a shallow one, and returns to the right level between siblings', () => {
    const d = doc('<p>1</p><div><p>2</p></div><section>' + '<div>'.repeat(10) + 'x' + '</div>'.repeat(10) + '</section><p>3</p>');
    expect(nestsDeeperThan(d.body, 10)).toBe(true);
    expect(nestsDeeperThan(d.body, 11)).toBe(false);
  });

  it('an empty root or a childless one nests no deeper than zero', () => {
    expect(nestsDeeperThan(doc('').body, 0)).toBe(false);
    expect(nestsDeeperThan(doc('<br>').body, 0)).toBe(false);
    expect(nestsDeeperThan(doc('<b>x</b>').body, 0)).toBe(true);
  });
});
