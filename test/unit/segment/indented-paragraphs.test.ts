// A paragraph indent written into the text ("　　" opening each <p>, as Chinese pages indent their paragraphs) starts
// a paragraph of its own: a paragraph the writer left without its full stop ("…升至238亿元") is not run into the
// next one as a sentence broken across a column would be (lib/blocks/dom.ts reads the indent, repair.ts keeps it).
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../lib/pipeline';

function page(body: string): Document {
  return new DOMParser().parseFromString(`<!DOCTYPE html><html><head><title>港口吞吐量创新高</title></head><body>${body}</body></html>`, 'text/html');
}

function paragraphs(body: string): string[] {
  const [a] = extractDocument(page(body), { url: null, gazetteer: null }).result.articles;
  return a?.paragraphs ?? [];
}

describe('indented paragraphs', () => {
  it('keeps an indented paragraph apart from one the writer left without its stop', () => {
    const ps = paragraphs(
      '<h1>港口吞吐量创新高</h1>' +
        '<p>　　本市港口一季度完成货物吞吐量一点二亿吨，同比增长百分之六，集装箱吞吐量也创下同期新高。</p>' +
        '<p>　　海关数据显示，今年以来外贸航线新增十二条，覆盖东南亚和中东欧的主要港口，全市进出口货值也随之较快增长，从上年同期的三百亿元升至四百亿元</p>' +
        '<p>　　港务集团负责人表示，下一步将加快建设自动化码头，提升港口通关效率和服务水平。</p>',
    );
    expect(ps).toHaveLength(3);
    expect(ps[1]).toMatch(/升至四百亿元$/);
    expect(ps[2]).toMatch(/^港务集团负责人表示/);
  });

  it('still joins the halves of a sentence split across two paragraphs with no indent', () => {
    const ps = paragraphs(
      '<h1>港口吞吐量创新高</h1>' +
        '<p>本市港口一季度完成货物吞吐量一点二亿吨，同比增长百分之六，集装箱吞吐量也创下同期新高。</p>' +
        '<p>海关数据显示，今年以来外贸航线新增十二条，覆盖东南亚和中东欧的主要港口，全市进出口货值也随之较快增长，从上年同期的三百亿元</p>' +
        '<p>升至四百亿元，港务集团负责人表示将加快建设自动化码头。</p>',
    );
    expect(ps).toHaveLength(2);
    expect(ps[1]).toContain('三百亿元升至四百亿元');
  });
});
