// Layouts met in the eleventh held-out round of issue #19: numbered items whose text opens with a figure ("2、22日
//起…"), wire slugs set off by a typed double hyphen, a rule line printed once between two wire items, headless
// items marked by a pictograph under a round-up's standfirst, and a link line printed after every listed item.
// The texts are written here in those layouts.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';
import { classify } from '../../../lib/segment/classify';
import { pageFacts } from '../../../lib/segment/facts';
import { itemNumber, runInLength } from '../../../lib/segment/starts';

const text = (s: string) => segment(blocksFromText(s));

describe('item numbers and slugs', () => {
  it('reads a number before 、 as an item number even when a figure follows it', () => {
    expect(itemNumber('2、22日起,冷空气将影响华北。')).toBe(2);
    expect(itemNumber('5、2023年是兔年。')).toBe(5);
    expect(itemNumber('1.5 million people voted.')).toBe(-1);
  });

  it('reads a slug in capitals set off by a typed double hyphen', () => {
    const t = 'HARBOR STRIKE -- Dock workers walked off the job on Monday in three ports.';
    expect(t.slice(0, runInLength(t)).replace(/[\s-]+$/, '')).toBe('HARBOR STRIKE');
  });
});

describe('a wire page of two items parted by a rule line', () => {
  it('starts a story at the headline under the rule, though that story has no dateline', () => {
    const page = [
      'Storm closes mountain passes',
      'DENVER (AP) — A spring storm closed three mountain passes on Tuesday and left thousands of travelers waiting in towns along the highway.',
      'Crews expected to reopen the roads by Wednesday morning, the state transport department said.',
      '___',
      'Museum returns stolen paintings to chapel',
      'Two paintings taken from a village chapel forty years ago were handed back on Tuesday after a collector recognised them in a catalogue.',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual(['Storm closes mountain passes', 'Museum returns stolen paintings to chapel']);
  });
});

describe('a round-up of pictograph-marked items', () => {
  it('reads each marked paragraph under the standfirst as a story of its own', () => {
    const page = [
      '今天也為大家整理了國際新聞,一起了解世界吧',
      '以下為您帶來今日國際新聞焦點:',
      '📍日本氣象廳今天發布大雨警報,九州多地出現土石流,當局呼籲居民盡快撤離到避難所。',
      '📍法國總統今天宣布新的能源計劃,預計五年內興建六座新的核電廠,以降低對進口天然氣的依賴。',
      '📍巴西亞馬遜雨林今年的砍伐面積比去年減少三成,環保團體認為政府的巡查發揮了作用。',
    ].join('\n\n');
    const seg = text(page);
    expect(seg.articles).toHaveLength(3);
    expect(seg.articles[1]?.paragraphs[0]).toMatch(/^📍法國總統/);
  });
});

describe('a listing with a link line after every item', () => {
  it('does not read the link line as part of the next headline', () => {
    const item = (h: string, body: string) => [h, body, 'Continue Reading'];
    const page = [
      'National',
      ...item('River flooding forces evacuations in two towns', 'ST. LOUIS (AP) — Rising water forced hundreds of families from their homes on Sunday as the river crested above flood stage, and'),
      ...item('Lottery winner gives prize to hometown library', 'BOSTON (AP) — A retired teacher who won the state lottery said on Monday she would give the money to the library where she learned to read,'),
      ...item('Wildfire near the coast is nearly contained', 'SANTA ROSA, Calif. (AP) — Firefighters said on Tuesday the blaze that burned through the hills last week was almost under control, with'),
    ].join('\n\n');
    const blocks = blocksFromText(page);
    const infos = blocks.map(classify);
    const facts = pageFacts(blocks, infos);
    expect(blocks.filter((b, i) => b.text === 'Continue Reading' && !facts.furniture[i])).toEqual([]);
    // A headline the page prints twice (in an index and over its story) has text under it: no furniture.
    const twice = ['Index', 'Bridge reopens', 'Library opens', 'Bridge reopens', 'The bridge reopened on Monday after a year of repairs, the city said in a statement.'];
    const b2 = blocksFromText(twice.join('\n\n'));
    expect(pageFacts(b2, b2.map(classify)).furniture[3]).toBe(0);
    const seg = text(page);
    expect(seg.articles.map((a) => a.headline)).toEqual([
      'River flooding forces evacuations in two towns',
      'Lottery winner gives prize to hometown library',
      'Wildfire near the coast is nearly contained',
    ]);
  });
});
