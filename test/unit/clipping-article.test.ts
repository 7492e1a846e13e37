// A clipping's article (lib/clipping.ts clippingArticle): a dateline's month and day the page left without a year
// get the year of the save, marked as such; a year the page gave is never replaced.
import { describe, expect, it } from 'vitest';
import { clippingArticle } from '../../lib/clipping-article';
import { clippingsToMarkdown, datelineText } from '../../lib/export/markdown';
import { markdownLabels } from '../../lib/export/markdown-labels';
import { check, NewClippingSchema } from '../../lib/schema/clipping';
import { fitNewClipping } from '../../lib/schema/fit';
import type { Dateline } from '../../lib/types';
import { FREIGHT, SAMPLE_CLIPPINGS } from './store/clipping-fixtures';

const at = (iso: string) => Date.parse(iso);
const article = (date: string | null, over: Partial<Dateline> = {}) => ({
  headline: '口岸货运量创新高',
  dateline: { source: '本报', place: '包头', date, kind: '电', ...over },
  byline: null,
});

describe('a clipping’s dateline year', () => {
  it('places "2月9日" on a page with no date of its own in the year of the save, and marks it', () => {
    expect(clippingArticle(article('2月9日'), at('2026-02-12T08:00:00Z')).dateline).toEqual({ source: '本报', place: '包头', date: '2026-02-09', kind: '电', dateFrom: 'saved' });
  });

  it('puts a late-December dateline clipped in early January in the year before', () => {
    expect(clippingArticle(article('12月30日'), at('2027-01-02T08:00:00Z')).dateline?.date).toBe('2026-12-30');
  });

  it('reads English and Traditional month-day datelines the same way', () => {
    expect(clippingArticle(article('Aug. 30', { source: 'Reuters', place: 'LONDON', kind: 'wire' }), at('2026-09-01T00:00:00Z')).dateline).toMatchObject({ date: '2026-08-30', dateFrom: 'saved' });
    expect(clippingArticle(article('二月九日', { source: '中央社', place: '台北' }), at('2026-02-10T00:00:00Z')).dateline).toMatchObject({ date: '2026-02-09', dateFrom: 'saved' });
  });

  it('keeps a year the page gave — resolved from its stated date or written in the dateline — and leaves no mark', () => {
    expect(clippingArticle(article('2023-02-09'), at('2026-02-12T00:00:00Z')).dateline).toEqual({ source: '本报', place: '包头', date: '2023-02-09', kind: '电' });
    expect(clippingArticle(article('二〇二三年二月九日'), at('2026-02-12T00:00:00Z')).dateline?.dateFrom).toBeUndefined();
  });

  it('leaves a credit with no date, and a date it cannot read, as they are', () => {
    expect(clippingArticle(article(null, { source: '新华社', place: null, kind: 'credit' }), at('2026-02-12T00:00:00Z')).dateline).toEqual({ source: '新华社', place: null, date: null, kind: 'credit' });
    expect(clippingArticle(article('日前'), at('2026-02-12T00:00:00Z')).dateline).toEqual({ source: '本报', place: '包头', date: '日前', kind: '电' });
  });

  it('says in the export that the year is assumed, in the export’s language', () => {
    const d = clippingArticle(article('2月9日'), at('2026-02-12T00:00:00Z')).dateline;
    expect(datelineText(d, markdownLabels('zh'))).toBe('本报包头2026年2月9日电（年份按保存日期推定）');
    expect(datelineText(d, markdownLabels('en'))).toBe('本报包头2026年2月9日电 (year assumed from the save date)');
    const clip = { ...SAMPLE_CLIPPINGS[0]!, article: clippingArticle(article('2月9日'), at('2026-02-12T00:00:00Z')) };
    expect(clippingsToMarkdown([clip], { scope: { kind: 'library' }, lang: 'zh-Hant' })).toContain('電頭：本报包头2026年2月9日电（年份按儲存日期推定）');
  });

  it('keeps the mark through the schema and the fitter, and refuses any other value', () => {
    const withMark = { ...FREIGHT, article: clippingArticle(article('2月9日'), at('2026-02-12T00:00:00Z')) };
    expect(check(NewClippingSchema, withMark, 'clipping')).toMatchObject({ ok: true });
    expect(fitNewClipping(withMark).clipping.article?.dateline?.dateFrom).toBe('saved');
    const forged = { ...withMark, article: { ...withMark.article, dateline: { ...withMark.article.dateline!, dateFrom: 'page' } } };
    expect(check(NewClippingSchema, forged, 'clipping').ok).toBe(false);
  });
});
