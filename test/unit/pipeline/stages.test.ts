// The bench's stage diagnosis (entrypoints/bench) asks extractDocument itself for the time of each of its steps
// (PipelineOptions.stages), so that the stages add up to the pipeline; asking changes nothing in the result.
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';

const html = `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>示例日报</title></head><body>
<article><h2>城区新建公园开放</h2><p>本报讯 城区新建的滨河公园今天开放，占地约12公顷，设有步道和儿童游乐场。</p></article>
<article><h2>图书馆延长开放时间</h2><p>本报讯 市图书馆自下月起每晚开放到九点，周末增设少儿阅读活动，预计每月多接待读者3000人次。</p></article>
</body></html>`;

describe('the stages of extractDocument', () => {
  it('times each step by name when asked, and gives the same result as without', () => {
    const plain = extractDocument(parseHTML(html).document as unknown as Document, { gazetteer: null, url: 'https://example.com/a' });
    const stages: Record<string, number> = {};
    const timed = extractDocument(parseHTML(html).document as unknown as Document, { gazetteer: null, url: 'https://example.com/a', stages });
    expect(JSON.stringify(timed.result)).toBe(JSON.stringify(plain.result));
    for (const name of ['meta', 'readability', 'blocks', 'content', 'title', 'lang', 'segment', 'pageMeta', 'currency', 'figures']) {
      expect(stages[name], name).toBeGreaterThanOrEqual(0);
    }
  });
});
