// Layouts met in the fifty-seventh held-out round of issue #19 (a twenty-fifth unchosen sample): a column of
// numbered capitals headlines, each over a one-line summary, some summaries cut mid-sentence by the page. Texts
// written here.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const page = (lines: string[]) => segment(blocksFromText(lines.join('\n\n')));

describe('numbered headlines over one-line summaries, two cut mid-sentence', () => {
  const lines = [
    'Five Things to Know for Tuesday',
    'Your daily look at the stories that will be talked about Tuesday:',
    '1. FLOODS CLOSE MOUNTAIN PASS',
    'Crews expect the road to stay shut until the river falls below the bridge deck later this week.',
    '2. HARBOUR STRIKE ENTERS THIRD DAY',
    'Dock workers say talks with the port authority have stalled over night-shift pay.',
    '3. MAYOR NAMES NEW POLICE CHIEF',
    'The city council is expected to confirm the choice at its meeting on',
    '4. MUSEUM RETURNS STOLEN PAINTING',
    'The work was taken from a private home in 1978 and surfaced at an auction last spring.',
    '5. LOCAL TEAM WINS TITLE',
    'The club beat its rivals in extra time to claim its first trophy in',
  ];

  it('keeps every item a story of its own, a cut summary its item\'s text', () => {
    const seg = page(lines);
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'FLOODS CLOSE MOUNTAIN PASS',
      'HARBOUR STRIKE ENTERS THIRD DAY',
      'MAYOR NAMES NEW POLICE CHIEF',
      'MUSEUM RETURNS STOLEN PAINTING',
      'LOCAL TEAM WINS TITLE',
    ]);
    expect(seg.articles[2]!.paragraphs).toEqual(['The city council is expected to confirm the choice at its meeting on']);
  });
});
