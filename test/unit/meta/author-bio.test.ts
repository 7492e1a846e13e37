// The writer's bio under the story (an author box), read by the byline's name (author-bio.ts). Texts written here.
import { describe, expect, it } from 'vitest';
import { withPageMeta } from '../../../lib/meta/apply';
import type { SegmentedArticle } from '../../../lib/types';

function story(paragraphs: string[], authors: string[]): SegmentedArticle {
  return {
    headline: 'City opens its first night library',
    subheadline: null,
    dateline: null,
    byline: { reporters: [], correspondents: [], interns: [], photographers: [], authors },
    published: null,
    paragraphs,
    fragments: [],
    continuedFrom: null,
    continuesTo: null,
    truncated: false,
    photo: false,
    headlineSource: [],
    paragraphSources: paragraphs.map(() => []),
  };
}

const TEXT = [
  'The city opened its first library that stays open until midnight on Monday.',
  'More than two thousand readers came in the first week, the library said.',
];

describe("the writer's bio closing the story", () => {
  it('is moved off the text when it opens on the byline\'s first name and "is"', () => {
    const bio = 'Jane is a science reporter at the Daily Example who covers cities and climate. You can find her on Bluesky.';
    const out = withPageMeta({ rubrics: [], articles: [story([...TEXT, bio], ['Jane Roe'])] }, null).articles[0]!;
    expect(out.paragraphs).toEqual(TEXT);
    expect(out.paragraphSources).toHaveLength(TEXT.length);
    expect(out.fragments).toContain(bio);
  });

  it('stays where it opens on someone else, or where no byline names the writer', () => {
    const quote = 'Mark Doe is a librarian there and said the late hours were the readers\' idea.';
    expect(withPageMeta({ rubrics: [], articles: [story([...TEXT, quote], ['Jane Roe'])] }, null).articles[0]!.paragraphs).toHaveLength(3);
    const bio = 'Jane is a science reporter at the Daily Example who covers cities and climate.';
    expect(withPageMeta({ rubrics: [], articles: [story([...TEXT, bio], [])] }, null).articles[0]!.paragraphs).toHaveLength(3);
  });
});
