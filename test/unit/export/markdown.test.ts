import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { clippingsToMarkdown, datelineText, markdownFileName } from '../../../lib/export/markdown';
import { textFragmentUrl } from '../../../lib/export/text-fragment';
import { SAMPLE_CLIPPINGS, stored, FREIGHT, T0 } from '../store/clipping-fixtures';
import type { Clipping } from '../../../lib/clipping';

const GOLDEN = resolve(__dirname, '../../fixtures/golden');

/** Compare with a golden file; UPDATE_GOLDEN=1 rewrites it after a deliberate format change. */
function golden(name: string, actual: string): void {
  const path = resolve(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) writeFileSync(path, actual);
  expect(actual).toBe(readFileSync(path, 'utf8'));
}

const [freight, snow, dongsheng, ecommerce, baotou] = SAMPLE_CLIPPINGS as [Clipping, Clipping, Clipping, Clipping, Clipping];

describe('Markdown export', () => {
  it('writes one article with front matter, quotes, notes, passage links and figure tables', () => {
    golden('article-freight.md', clippingsToMarkdown([freight], { scope: { kind: 'article' } }));
  });

  it('writes an article with two clippings, their places and figures', () => {
    golden('article-snow.md', clippingsToMarkdown([dongsheng, snow], { scope: { kind: 'article' } }));
  });

  it('writes the whole library grouped by article in a stable order', () => {
    const md = clippingsToMarkdown([baotou, ecommerce, snow, freight, dongsheng], { scope: { kind: 'library' } });
    golden('library.md', md);
    expect(clippingsToMarkdown([...SAMPLE_CLIPPINGS].reverse(), { scope: { kind: 'library' } })).toBe(md);
    expect(md.match(/^## /gm)).toHaveLength(4);
  });

  it('names the current filter in the front matter', () => {
    const md = clippingsToMarkdown([snow, dongsheng], { scope: { kind: 'filter', description: '鄂尔多斯市' } });
    expect(md).toContain('scope: "filter: 鄂尔多斯市"');
    expect(md).toContain('clippings: 2');
    expect(markdownFileName([snow, dongsheng], { kind: 'filter', description: 'x' })).toBe('jianbao-filter-2023-02-10.md');
  });

  it('links each clipping to its exact passage with a text fragment', () => {
    const md = clippingsToMarkdown([freight], { scope: { kind: 'article' } });
    expect(md).toContain(`](${textFragmentUrl(freight.url, freight.selectors[0] as never)})`);
    expect(md).toContain('#:~:text=');
  });

  it('keeps hostile page text from breaking the document or smuggling HTML and links', () => {
    const hostile = stored(
      {
        ...FREIGHT,
        text: '<script>alert(1)</script> [click](javascript:alert(1))\n---\n# not a heading\n| a | b |\n1. not a list',
        note: '---\ntitle: pwned\n---',
        tags: ['x`y'],
        url: 'javascript:alert(1)',
        pageTitle: '"quoted"\ntitle: evil',
        article: { headline: '</a><img src=x onerror=alert(1)> ] ) headline', dateline: null, byline: null },
        selectors: [],
        figures: [{ text: '5|0', kind: 'number', value: 50, unit: 'a|b', approx: false, bound: null, start: 0, end: 1 }],
        places: [],
      },
      'hostile-1',
      T0,
    );
    for (const scope of [{ kind: 'article' } as const, { kind: 'library' } as const]) {
      const md = clippingsToMarkdown([hostile], { scope });
      const body = md.slice(md.indexOf('\n---\n') + 5);
      expect(body).not.toMatch(/<script|<img|<\/a>/);
      expect(md).not.toMatch(/\]\(javascript:|[^\\]\(javascript:/);
      expect(md).toContain('\\[click\\]\\(javascript:alert\\(1\\)\\)');
      const front = md.slice(4, md.indexOf('\n---\n')).split('\n');
      expect(front.every((line) => /^[a-z]+: ("([^"\\]|\\.)*"|\d+|\[.*\])$/.test(line))).toBe(true);
      // Exactly one front matter block: two fence lines, and no other line is a bare rule.
      expect(md.split('\n').filter((l) => l === '---')).toHaveLength(2);
      expect(md.split('\n').filter((l) => /^#+ /.test(l))).toHaveLength(scope.kind === 'article' ? 1 : 2);
      expect(md).toContain('&lt;script&gt;');
      expect(md).toContain('> \\---');
      expect(md).toContain('| 5\\|0 | 50 | a\\|b |');
      expect(md).not.toMatch(/^title: pwned/m);
      expect(md.split('\n').filter((l) => /^\| /.test(l))).toHaveLength(3);
    }
    golden('hostile.md', clippingsToMarkdown([hostile], { scope: { kind: 'article' } }));
  });
});

describe('text fragment links', () => {
  it('links a long passage by its first and last words, keeping the page fragment', () => {
    const url = textFragmentUrl('https://example.com/a#top', {
      exact: 'The total rose 14.7% - a record, and freight & trade grew strongly across the border ports this year',
      prefix: 'ignored because',
      suffix: 'the passage is long',
    });
    expect(url).toBe('https://example.com/a#top:~:text=The%20total%20rose%2014.7%25,border%20ports%20this%20year');
  });

  it('adds prefix and suffix context to a short passage, escaping dashes, commas and ampersands', () => {
    const url = textFragmentUrl('https://example.com/a', { exact: '同比增长14.7%', prefix: '完成进出境货运量5842.2万吨,', suffix: ';全年货运量超预期' });
    const e = encodeURIComponent;
    expect(url).toBe(`https://example.com/a#:~:text=${e('842.2万吨')}%2C-,${e('同比增长14.7%')},-${e(';全年货运量超预')}`);
    const dash = textFragmentUrl('https://example.com/', { exact: 'well-known, fine & good (really)', prefix: '', suffix: '' });
    expect(dash).toBe('https://example.com/#:~:text=well%2Dknown%2C%20fine%20%26%20good%20%28really%29');
  });

  it('links a long Chinese passage by its first and last twelve characters', () => {
    const exact = '2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%;全年货运量超预期,实现圆满收官。据各口岸日报数据显示进出境货运量保持稳定';
    const url = textFragmentUrl('https://example.com/a', { exact, prefix: '', suffix: '' });
    expect(decodeURIComponent(url.split(':~:text=')[1]!.replace(',', '\u0000')).split('\u0000')).toEqual([
      '2022年全区口岸完成进',
      '据各口岸日报数据显示进出境货运量保持稳定'.slice(-12),
    ]);
  });
});

describe('datelines as a reader says them', () => {
  it('says a date resolved to ISO in the dateline\'s own script, and leaves a written date as written', () => {
    expect(datelineText({ source: '本报', place: '包头', date: '2023-02-09', kind: '电' })).toBe('本报包头2023年2月9日电');
    expect(datelineText({ source: '本报', place: '包头', date: '2月9日', kind: '电' })).toBe('本报包头2月9日电');
    expect(datelineText({ source: '新华社', place: null, date: null, kind: 'credit' })).toBe('（新华社）');
    expect(datelineText({ source: 'Reuters', place: 'LONDON', date: 'Aug. 30', kind: 'wire' })).toBe('LONDON, Aug. 30 (Reuters)');
    expect(datelineText({ source: 'AP', place: null, date: null, kind: 'credit' })).toBe('(AP)');
    expect(datelineText({ source: '', place: 'WASHINGTON', date: null, kind: 'dateline' })).toBe('WASHINGTON');
  });
});
