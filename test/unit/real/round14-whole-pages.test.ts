// Held-out round 14 of issue 12 (whole saved portal pages, not trimmed): a story whose only long text on the page
// is a comment box's rules, which Readability takes for the content, is still read from its own paragraphs under
// the headline, not from the rules (the comment box stays furniture, and a Readability pick holding no prose
// outside the furniture counts as no pick); a caption the page marks by an info class ("picinfo") is the picture's,
// not the start of the lead paragraph under it.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractPage, loadRealSet } from '../../../eval/real-set';

const pages = loadRealSet(join(process.cwd(), 'test/fixtures/real/zh'));
const page = (id: string) => {
  const p = pages.find((q) => q.id === id);
  if (!p) throw new Error(`no page ${id}`);
  return p;
};

describe('a one-story page whose comment rules Readability takes for the content', () => {
  it('reads the story from its own paragraphs under the headline, and none of the rules', async () => {
    const p = page('twnews-chinatimes-shilin-mother-son');
    const articles = await extractPage(p);
    expect(articles).toHaveLength(1);
    const paragraphs = articles[0]!.paragraphs;
    expect(paragraphs[0]).toMatch(new RegExp(`^${p.articles[0]!.first}`));
    expect(paragraphs.some((t) => t.includes('留言規則') || t.includes('請勿重覆刊登'))).toBe(false);
  });

  it('keeps an ordinary page\'s text as Readability found it', async () => {
    const p = page('twnews-setn-xindian-fall');
    const articles = await extractPage(p);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs[0]).toMatch(new RegExp(`^${p.articles[0]!.first}`));
  });

  it('keeps a picture\'s caption marked by an info class out of the lead, whose dateline is then read', async () => {
    const p = page('twnews-cna-pingzhen-tire-fire');
    const articles = await extractPage(p);
    expect(articles).toHaveLength(1);
    expect(articles[0]!.paragraphs[0]).toMatch(new RegExp(`^${p.articles[0]!.first}`));
    expect(articles[0]!.dateline?.place).toBe('桃園');
  });
});
