// Credits a page prints in brackets (lib/segment/bracketed-credits.ts, issue 12 round 35): a line that is nothing but
// a bracketed reporter's credit closed by what the reporter did ("(記者…專訪)") is the story's byline, not its
// headline; a lead opened by the outlet's 【tag】 and the reporter's bare name in brackets gives the story's source and
// byline, and a navigation path above the headline is no headline.
import { describe, expect, it } from 'vitest';
import { extractText } from '../../../lib/pipeline';

const CREDITED = `首頁
新聞
社區人物

李文華

灣區華裔教師 三十年守護雙語課堂 學生遍佈各州

(記者周明遠專訪)

李文華1965年出生於廣東省台山市,1988年畢業於華南師範大學外語系,其後隨家人移居舊金山灣區,在當地一所公立小學任教至今。

她說,雙語課堂最難的是讓孩子們在兩種語言之間找到自信,三十年來她為學校編寫了十多套中文教材,深受家長歡迎。

學校校長表示,李文華是學區最受尊敬的老師之一,明年將獲頒終身成就獎。`;

const TAGGED = `网站标志

首页 新闻> 本地新闻

春运首日,我们这样守护回家路

【江城网】(王小雨 )  凌晨四点的售票窗口

“师傅,还有去南昌的票吗?”昨日凌晨四点,火车站售票窗口前已经排起了长队。

售票员刘芳在这里工作了十二年,她说春运第一天总是最忙的,一个上午要卖出两千多张车票。

车站还开设了爱心通道,为老人和带孩子的旅客提供帮助,志愿者们轮班值守到深夜。`;

describe('bracketed credits', () => {
  it('a bracketed reporter credit line under the headline is the byline, the headline stays the story\'s', () => {
    const { articles } = extractText(CREDITED, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('灣區華裔教師 三十年守護雙語課堂 學生遍佈各州');
    expect(articles[0]?.byline?.reporters).toEqual(['周明遠']);
  });

  it('a 【tag】(name) lead gives the source and the byline, and the path above is no headline', () => {
    const { articles } = extractText(TAGGED, { gazetteer: null });
    expect(articles).toHaveLength(1);
    expect(articles[0]?.headline).toBe('春运首日,我们这样守护回家路');
    expect(articles[0]?.byline?.reporters).toEqual(['王小雨']);
    expect(articles[0]?.dateline?.source).toBe('江城网');
    expect(articles[0]?.paragraphs[0]?.startsWith('凌晨四点的售票窗口')).toBe(true);
  });
});
