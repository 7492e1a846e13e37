// A headline closed by a stop (lib/segment/quoted-title.ts, issue 12): a plain-text story whose first line is one
// speaker's sentence in quotation marks, its stop inside them, or two clipped sentences of a word or three, comes back
// under that headline, not headless; the same quotation set inside the text as a pull quote stays the story's text.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const STORY = `“We will rebuild every house.”

The governor promised on Monday to rebuild every house the floods destroyed in the valley, speaking in the town hall of Millbrook, where the river rose four metres last week.

About three hundred homes were lost along the river, and the state will pay for new foundations on higher ground, she said.

Residents who lost their homes will be housed in the school halls of Millbrook and Ashdale until the first new houses are ready in the spring.`;

const PULL_QUOTE = `Floods: governor promises to rebuild the valley

The governor promised on Monday to rebuild every house the floods destroyed in the valley, speaking in the town hall of Millbrook, where the river rose four metres last week.

“We will rebuild every house.”

About three hundred homes were lost along the river, and the state will pay for new foundations on higher ground, she said.`;

const CLIPPED = STORY.replace('“We will rebuild every house.”', 'Rivers rose. Towns rebuild.');

describe('a headline closed by a stop', () => {
  it('heads the story', () => {
    const articles = extractText(STORY, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['“We will rebuild every house.”']);
  });

  it('is text when the quotation stands inside the story', () => {
    const articles = extractText(PULL_QUOTE, { gazetteer: null }).articles;
    expect(articles.map((a) => a.headline)).toEqual(['Floods: governor promises to rebuild the valley']);
    expect(articles[0]!.paragraphs).toContain('“We will rebuild every house.”');
  });

  it('heads the story when set as clipped sentences', () => {
    expect(extractText(CLIPPED, { gazetteer: null }).articles.map((a) => a.headline)).toEqual(['Rivers rose. Towns rebuild.']);
  });
});
