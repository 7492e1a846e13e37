// A programme page titled by the name of the person it portrays, over the outlet's bracketed date-time source line
// (lib/segment/name-title.ts), and a title naming a site in Latin letters before a Han phrase and a spaced dash
// (lib/segment/page-headline.ts, isPath): each page is one story under its own headline.
import { describe, expect, it } from 'vitest';
import { blocksFromText } from '../../../lib/blocks/text';
import { segment } from '../../../lib/segment';

const text = (s: string) => segment(blocksFromText(s));

const hant = [
  '我第一次走進電視台的演播室,是在大學畢業那年的秋天。',
  '那時我只想做一名播音員,後來卻轉行跑起了農業新聞,一跑就是八年,走遍了全省大大小小的村莊和田地。',
  '如今回頭看,最難忘的不是鏡頭前的光鮮,而是田埂上和農民一起吃過的那些午飯,還有他們說過的那些真心話。',
];
const hans = [
  '我第一次走进电视台的演播室,是在大学毕业那年的秋天。',
  '那时我只想做一名播音员,后来却转行跑起了农业新闻,一跑就是八年,走遍了全省大大小小的村庄和田地。',
  '如今回头看,最难忘的不是镜头前的光鲜,而是田埂上和农民一起吃过的那些午饭,还有他们说过的那些真心话。',
];

describe('a page titled by a name over the outlet’s dated source line', () => {
  it('is headed by the name, the source line no paragraph (Traditional)', () => {
    const r = text(['葉青', '央視國際 (2004年03月12日 10:30)', ...hant].join('\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('葉青');
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^我第一次走進電視台/);
    expect(r.articles[0]?.paragraphs.join('\n')).not.toContain('央視國際');
  });

  it('is headed by the name (Simplified, a dashed date)', () => {
    const r = text(['叶青', '央视国际（2004-03-12 10:30）', ...hans].join('\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('叶青');
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^我第一次走进电视台/);
  });

  it('leaves a name over a bare date line alone', () => {
    const r = text(['葉青', '2004-03-12', ...hant].join('\n'));
    expect(r.articles[0]?.headline).not.toBe('葉青');
  });
});

const notice = [
  '上一次向讀者交代網站的近況,已經是去年夏天的事。一年過去,網站的內容和營運都有了不少改變,趁這個機會向大家簡單說明。',
  '過去一年,讀者的贊助足夠支持網站的基本營運,加上我開始為其他媒體供稿,網站的經費總算不用再擔心,在此多謝各位。',
];

describe('a title naming a site in Latin letters before a Han phrase and a spaced dash', () => {
  it('heads the page, not read as a navigation path (Traditional)', () => {
    const r = text(['NewsLab的近況報告 – 2018年8月號', '', ...notice].join('\n\n'));
    expect(r.articles).toHaveLength(1);
    expect(r.articles[0]?.headline).toBe('NewsLab的近況報告 – 2018年8月號');
    expect(r.articles[0]?.paragraphs[0]).toMatch(/^上一次向讀者交代/);
  });

  it('heads the page (Simplified)', () => {
    const r = text(['NewsLab的近况报告 – 2018年8月号', ...notice].join('\n\n'));
    expect(r.articles[0]?.headline).toBe('NewsLab的近况报告 – 2018年8月号');
  });
});
