// A site's logo printed twice on one line (its picture text and link text run together) over a page's one story
// (round 63): the doubled name is furniture, so the title under it heads the story (lib/segment/doubled-names.ts).
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';
import { isDoubledName } from '../../../lib/segment/doubled-names';

const PAGE = `Tuesday, May 5, 2026 | Past issues

Valley Legal Wire Valley Legal Wire

Evening Roundup

Today's stories from the courts including a county judge ruling that the new parking fines were set without a public hearing; a jury in the river town finding a builder liable for a collapsed porch; the state's high court agreeing to hear the school funding case in the autumn, and more.

Your Tuesday evening summary from the staff of the wire`;

describe('a name printed twice on one line', () => {
  it('is no headline: the title under it heads the story', () => {
    const { articles } = extractText(PAGE, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('Evening Roundup');
    expect(articles[0]?.paragraphs[0]?.startsWith("Today's stories from the courts")).toBe(true);
  });

  it('is read only where the two halves are the same words', () => {
    expect(isDoubledName('Valley Legal Wire Valley Legal Wire')).toBe(true);
    expect(isDoubledName('New York, New York')).toBe(false);
    expect(isDoubledName('Bye Bye')).toBe(false);
    expect(isDoubledName('Valley Legal Wire Valley Legal News')).toBe(false);
  });
});
