// Saving a selection on the seed newspaper page and painting it again when the reader returns,
// including after the page was edited a little.
import { beforeEach, describe, expect, it } from 'vitest';
import type { Selector } from '../../../lib/clipping';
import { anchor, anchorAll, describeRange, offsetsFromRange, pageText, rangeFromOffsets } from '../../../lib/anchor';
import { loadSeedPage, paragraphs, seededRandom } from './seed-page';

let doc: Document;
beforeEach(() => {
  doc = loadSeedPage();
});

/** A Range over the nth occurrence of `needle` in the page text. */
function select(needle: string, nth = 0): Range {
  const index = pageText(doc.body);
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = index.text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`occurrence ${nth} of ${needle} not on the page`);
  }
  return rangeFromOffsets(index, at, at + needle.length, doc);
}

function save(range: Range): Selector[] {
  return describeRange(doc.body, range);
}

function offsets(range: Range): { start: number; end: number } | null {
  return offsetsFromRange(pageText(doc.body), range);
}

/** The paragraph (or other element) a range starts in. */
function blockOf(range: Range): Element | null {
  const c = range.startContainer;
  return c.nodeType === 3 ? c.parentElement : (c as Element);
}

/** Edit the text of the first text node under `el` that contains `needle`. */
function editText(el: Element, needle: string, replacement: string): void {
  const walker = doc.createTreeWalker(el, 4);
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (t.data.includes(needle)) {
      t.data = t.data.replace(needle, replacement);
      return;
    }
  }
  throw new Error(`${needle} not found`);
}

function paragraphWith(needle: string): HTMLParagraphElement {
  const p = paragraphs(doc).find((el) => el.textContent?.includes(needle));
  if (!p) throw new Error(`no paragraph with ${needle}`);
  return p;
}

describe('round trip on the unchanged page', () => {
  it('gives back exactly the selected range for 300 random selections', () => {
    const index = pageText(doc.body);
    const rand = seededRandom(7);
    for (let i = 0; i < 300; i++) {
      const a = index.nodes[Math.floor(rand() * index.nodes.length)];
      const b = index.nodes[Math.floor(rand() * index.nodes.length)];
      const [first, second] = a.start <= b.start ? [a, b] : [b, a];
      const range = doc.createRange();
      range.setStart(first.node, Math.floor(rand() * (first.node.data.length + 1)));
      range.setEnd(second.node, Math.floor(rand() * (second.node.data.length + 1)));
      if (range.collapsed) continue;
      const found = anchor(doc.body, save(range));
      expect(found).not.toBeNull();
      expect(offsets(found!)).toEqual(offsets(range));
      expect(found!.toString()).toBe(range.toString());
    }
  });

  it('finds short random selections by their quote alone when their context is unique', () => {
    const index = pageText(doc.body);
    const rand = seededRandom(11);
    let checked = 0;
    for (let i = 0; i < 300; i++) {
      const start = Math.floor(rand() * (index.text.length - 1));
      const end = Math.min(index.text.length, start + 1 + Math.floor(rand() * 12));
      const [quote] = describeRange(doc.body, rangeFromOffsets(index, start, end, doc));
      const withContext = quote.prefix + quote.exact + quote.suffix;
      if (index.text.indexOf(withContext) !== index.text.lastIndexOf(withContext)) continue;
      const found = anchor(doc.body, [quote]);
      expect(found && offsets(found)).toEqual({ start, end });
      checked++;
    }
    expect(checked).toBeGreaterThan(250);
  });

  it('selections that start or end on element boundaries round-trip too', () => {
    const ps = paragraphs(doc);
    const range = doc.createRange();
    range.setStart(ps[9], 0);
    range.setEnd(ps[10], 1);
    const found = anchor(doc.body, save(range));
    expect(found!.toString()).toBe(range.toString());
    expect(found!.toString()).toContain('去年全区口岸进出境货运量同比增长14.7%');
  });
});

describe('survives small edits to the page', () => {
  const passage = '2022年全区口岸完成进出境货运量5842.2万吨';

  it('finds the passage after a few characters are inserted just before it', () => {
    const selectors = save(select(passage));
    const p = paragraphWith(passage);
    editText(p, passage, `据初步统计，${passage}`);
    const found = anchor(doc.body, selectors);
    expect(found!.toString()).toBe(passage);
    expect(blockOf(found!)).toBe(p);
  });

  it('finds the passage after a few characters just before it are deleted', () => {
    const selectors = save(select(passage));
    const p = paragraphWith(passage);
    editText(p, `日报数据,${passage}`, `日报,${passage}`);
    const found = anchor(doc.body, selectors);
    expect(found!.toString()).toBe(passage);
    expect(blockOf(found!)).toBe(p);
  });

  it('finds the edited passage when characters are inserted inside it', () => {
    const selectors = save(select(passage));
    const p = paragraphWith(passage);
    editText(p, passage, '2022年全区各口岸完成进出境货运量5842.2万吨');
    const found = anchor(doc.body, selectors);
    expect(found!.toString()).toBe('2022年全区各口岸完成进出境货运量5842.2万吨');
    expect(blockOf(found!)).toBe(p);
  });

  it('finds the edited passage when characters inside it are deleted or changed', () => {
    const long = '实施项目“大对接”行动,推动在谈重点项目签约落地。其中,对55个10亿元以上在谈重大项目实施“拔尖计划”';
    const selectors = save(select(long));
    const p = paragraphWith(long);
    const edited = '实施项目“大对接”行动,推动重点项目签约落地。其中,对56个10亿元以上在谈重大项目实施“拔尖计划”';
    editText(p, long, edited);
    const found = anchor(doc.body, selectors);
    expect(found!.toString()).toBe(edited);
    expect(blockOf(found!)).toBe(p);
  });

  it('keeps every saved clipping after the first paragraph is rewritten and a paragraph is inserted', () => {
    const index = pageText(doc.body);
    const rand = seededRandom(3);
    const ps = paragraphs(doc);
    const saved = Array.from({ length: 40 }, () => {
      const p = ps[2 + Math.floor(rand() * (ps.length - 2))];
      const text = p.textContent ?? '';
      const from = Math.floor(rand() * Math.max(1, text.length - 20));
      const piece = text.slice(from, from + 4 + Math.floor(rand() * 40));
      const at = index.text.indexOf(text) + from;
      const range = rangeFromOffsets(index, at, at + piece.length, doc);
      return { p, piece, selectors: describeRange(doc.body, range) };
    });

    ps[0].textContent = '呼和浩特推进“强首府”工程 招商引资项目落地开展“四大行动”（更新）';
    const added = doc.createElement('p');
    added.textContent = '编者按：本版今日推出全区招商引资系列报道，敬请关注。';
    ps[0].parentElement!.insertBefore(added, ps[0]);

    const { anchored, orphans } = anchorAll(doc.body, saved);
    expect(orphans).toEqual([]);
    for (const { item, range } of anchored) {
      expect(range.toString()).toBe(item.piece);
      expect(blockOf(range)).toBe(item.p);
    }
  });

  it('finds a passage when a new paragraph is inserted right before its own paragraph', () => {
    const selectors = save(select(passage));
    const p = paragraphWith(passage);
    const added = doc.createElement('p');
    added.textContent = '（本报讯）自治区口岸办今日发布通报。';
    p.parentElement!.insertBefore(added, p);
    const found = anchor(doc.body, selectors);
    expect(found!.toString()).toBe(passage);
    expect(blockOf(found!)).toBe(p);
  });

  it('reports a clipping as an orphan once its passage is gone or rewritten beyond recognition', () => {
    const selectors = save(select(passage));
    const other = save(select('从货运量排名情况来看,甘其毛都、二连浩特、满洲里口岸位列全区口岸前三名'));
    editText(paragraphWith(passage), passage, '全年口岸货运总量再创历史新高');
    editText(paragraphWith('从货运量排名情况来看'), '从货运量排名情况来看,甘其毛都、二连浩特、满洲里口岸位列全区口岸前三名', '');
    const result = anchorAll(doc.body, [
      { id: 'a', selectors },
      { id: 'b', selectors: other },
      { id: 'whole-article', selectors: [] },
    ]);
    expect(result.anchored).toEqual([]);
    expect(result.orphans.map((o) => o.id)).toEqual(['a', 'b']);
  });
});

describe('short quotes land on their own occurrence or nowhere', () => {
  const cases: [string, number][] = [
    ['14.7%', 2],
    ['2.4毫米', 4],
    ['5.3毫米', 2],
  ];

  for (const [quote, count] of cases) {
    it(`each of the ${count} occurrences of ${quote} anchors to itself, with or without its position`, () => {
      const saved = Array.from({ length: count }, (_, nth) => {
        const range = select(quote, nth);
        return { at: offsets(range), selectors: save(range) };
      });
      for (const { at, selectors } of saved) {
        expect(offsets(anchor(doc.body, selectors)!)).toEqual(at);
        expect(offsets(anchor(doc.body, selectors.filter((s) => s.type === 'TextQuoteSelector'))!)).toEqual(at);
      }
    });
  }

  it('each 14.7% still anchors to its own paragraph after a paragraph is inserted above both', () => {
    const headline = save(select('14.7%', 0));
    const body = save(select('14.7%', 1));
    const headlineP = paragraphWith('去年全区口岸进出境货运量同比增长14.7%');
    const bodyP = paragraphWith('5842.2万吨,同比增长14.7%');
    const added = doc.createElement('p');
    added.textContent = '14.7%';
    headlineP.parentElement!.insertBefore(added, headlineP);
    expect(blockOf(anchor(doc.body, headline)!)).toBe(headlineP);
    expect(blockOf(anchor(doc.body, body)!)).toBe(bodyP);
  });

  it('the body 14.7% becomes an orphan, not the headline one, when its sentence is deleted', () => {
    const body = save(select('14.7%', 1));
    editText(paragraphWith('5842.2万吨'), '据各口岸日报数据,2022年全区口岸完成进出境货运量5842.2万吨,同比增长14.7%;全年货运量超预期,实现圆满收官。', '');
    expect(pageText(doc.body).text).toContain('14.7%');
    expect(anchor(doc.body, body)).toBeNull();
  });

  it('the headline 14.7% becomes an orphan, not the body one, when the headline is rewritten around it', () => {
    const headline = save(select('14.7%', 0));
    paragraphWith('去年全区口岸进出境货运量同比增长14.7%').textContent = '口岸货运量增速14.7%创五年新高';
    const next = paragraphWith('5842.2万吨');
    next.textContent = (next.textContent ?? '').replace('本报2月9日讯 (记者高慧)据自治区口岸办消息', '记者从自治区口岸办获悉');
    expect(anchor(doc.body, headline)).toBeNull();
  });

  it('a 2.4毫米 whose surrounding sentence was rewritten is an orphan, not another station’s reading', () => {
    const last = save(select('2.4毫米', 3));
    editText(paragraphWith('阿拉善左旗李井滩'), '其中呼和浩特市托克托县2.4毫米、乌兰察布市卓资县2.4毫米、丰镇市2.2毫米。', '最大降雪量出现在卓资县，达2.4毫米。');
    expect(pageText(doc.body).text.split('2.4毫米').length - 1).toBe(3);
    expect(anchor(doc.body, last)).toBeNull();
  });

  it('a 5.3毫米 with its station name deleted is an orphan even though the other reading remains', () => {
    const second = save(select('5.3毫米', 1));
    editText(paragraphWith('阿拉善左旗李井滩'), '、鄂尔多斯市东胜区5.3毫米;19个旗县的21个站出现中雪', '。另有19个旗县的站点出现中雪');
    expect(pageText(doc.body).text).toContain('5.3毫米');
    expect(anchor(doc.body, second)).toBeNull();
  });
});
