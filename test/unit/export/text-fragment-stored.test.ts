// A stored directive (chosen from the live range at save time) opens the clipping; without one the quote builder
// does; the schema keeps only a text directive, so a stored value cannot carry anything else into the link.
import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { TEXT_FRAGMENT_SPEC, type Selector } from '../../../lib/clipping';
import { clippingUrl, fragmentDirective } from '../../../lib/export/text-fragment';
import { SelectorSchema } from '../../../lib/schema/clipping';

const URL_ = 'https://example.com/a.html';
const quote: Selector = { type: 'TextQuoteSelector', exact: '区文旅集团做了招商项目推介', prefix: '启动仪式上,自治', suffix: ',呼和浩特市' };

describe('stored text directives', () => {
  it('are written from the generator’s fragment with every term encoded', () => {
    expect(fragmentDirective({ textStart: '区文旅', textEnd: '项目推介', prefix: '自治', suffix: 'a-b' })).toBe(
      'text=%E8%87%AA%E6%B2%BB-,%E5%8C%BA%E6%96%87%E6%97%85,%E9%A1%B9%E7%9B%AE%E6%8E%A8%E4%BB%8B,-a%2Db',
    );
  });

  it('open the clipping when stored; the quote builds the link otherwise', () => {
    const value = fragmentDirective({ textStart: '区文旅集团' });
    const fragment: Selector = { type: 'FragmentSelector', conformsTo: TEXT_FRAGMENT_SPEC, value };
    expect(clippingUrl({ url: `${URL_}#top`, text: 'x', selectors: [quote, fragment] })).toBe(`${URL_}#top:~:${value}`);
    expect(clippingUrl({ url: URL_, text: 'x', selectors: [quote] })).toMatch(/^https:\/\/example\.com\/a\.html#:~:text=.+/);
    expect(clippingUrl({ url: URL_, text: 'x', selectors: [quote] })).not.toBe(`${URL_}#:~:${value}`);
  });

  it('are refused by the schema unless they are a text directive of encoded terms', () => {
    const ok = (value: string) => v.safeParse(SelectorSchema, { type: 'FragmentSelector', conformsTo: TEXT_FRAGMENT_SPEC, value }).success;
    expect(ok(fragmentDirective({ textStart: 'grain output', textEnd: '650 million', prefix: 'keep annual', suffix: 'metric' }))).toBe(true);
    for (const bad of ['text=a&text=b', 'text=a#x', 'text=<script>', 'javascript:alert(1)', 'text=', 'text=a,b,c,d']) expect(ok(bad), bad).toBe(false);
    expect(v.safeParse(SelectorSchema, { type: 'FragmentSelector', conformsTo: 'http://x', value: 'text=a' }).success).toBe(false);
  });
});
