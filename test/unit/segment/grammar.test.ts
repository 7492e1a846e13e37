// The newspaper grammars on their own: datelines, bylines, credits, continuation markers, sentence ends.
import { describe, expect, it } from 'vitest';
import { classify } from '../../../lib/segment/classify';
import { parseBracketByline, parseBylineLine } from '../../../lib/segment/byline';
import { parsePhotoCredit, parseTrailingEnglishCredits } from '../../../lib/segment/photo-credit';
import { parseDateline } from '../../../lib/segment/dateline';
import { continuedFromAt, continuesToAt } from '../../../lib/segment/markers';
import { endsSentence, startsMidSentence } from '../../../lib/segment/sentence';
import { stripSiteName, titleMatch } from '../../../lib/segment/headline';

describe('datelines', () => {
  it.each([
    ['本报包头2月9日电 (记者宋阿男)', { source: '本报', place: '包头', date: '2月9日', kind: '电' }],
    ['本报讯 记者从市里获悉', { source: '本报', place: null, date: null, kind: '讯' }],
    ['新华社北京2023年2月9日电（记者 张三）', { source: '新华社', place: '北京', date: '2023年2月9日', kind: '电' }],
    ['中新社上海9日电 上海市', { source: '中新社', place: '上海', date: '9日', kind: '电' }],
    ['央视网消息：近日', { source: '央视网', place: null, date: null, kind: '消息' }],
    ['人民日报北京2月9日电 今天', { source: '人民日报', place: '北京', date: '2月9日', kind: '电' }],
    ['WASHINGTON (Reuters) - The', { source: 'Reuters', place: 'WASHINGTON', date: null, kind: 'wire' }],
    ['BEIJING, Feb 9 (Xinhua) -- China', { source: 'Xinhua', place: 'BEIJING', date: 'Feb 9', kind: 'wire' }],
    ['LONDON, March 3, 2024 (AFP) — Britain', { source: 'AFP', place: 'LONDON', date: 'March 3, 2024', kind: 'wire' }],
    ['NEW YORK — Shares', { source: '', place: 'NEW YORK', date: null, kind: 'dateline' }],
    // An outlet not on the list of sources, named by its kind's word, its date before 讯.
    ['滨江日报11月8日讯 在走过三十年之后', { source: '滨江日报', place: null, date: '11月8日', kind: '讯' }],
    ['滨江网2024年3月2日讯（记者 王五）近日', { source: '滨江网', place: null, date: '2024年3月2日', kind: '讯' }],
    // The wire's name alone before the dash, no place given.
    ['(CNN) -- The storm moved out', { source: 'CNN', place: null, date: null, kind: 'wire' }],
    ['(Reuters) - Shares of the company', { source: 'Reuters', place: null, date: null, kind: 'wire' }],
    ['(AP) — “We are ready,” she said', { source: 'AP', place: null, date: null, kind: 'wire' }],
  ])('reads %s', (text, dateline) => {
    expect(parseDateline(text)?.dateline).toEqual(dateline);
  });

  it.each(['本报记者从自治区气象局了解到', '本报电视节目', 'The Fed said on Wednesday', 'US - China talks', '据介绍，创建旗县', '(Reuters) reported on Monday', '(see below) - The plan', '(CNN) -- and then'])(
    'does not read a dateline in %s',
    (text) => {
      expect(parseDateline(text)).toBeNull();
    },
  );
});

describe('agency picture credits', () => {
  it('names the photographer after the agency, and no one where the desk wrote that it names nobody', () => {
    expect(parsePhotoCredit('Rescuers search the rubble. (AP Photo/Jane Roe)')?.byline.photographers).toEqual(['Jane Roe']);
    const unnamed = parsePhotoCredit('Rescuers search the rubble. (AP Photo/Uncredited)');
    // Still a credit (it leaves the caption), but "Uncredited" is nobody's name.
    expect(unnamed?.start).toBe('Rescuers search the rubble.'.length + 1);
    expect(unnamed?.byline.photographers).toEqual([]);
  });
});

describe('bylines', () => {
  it('reads bracketed role lists, with and without spaces', () => {
    expect(parseBracketByline('(记者宋阿男 通讯员王佳妮)包头市')?.byline).toMatchObject({ reporters: ['宋阿男'], correspondents: ['王佳妮'] });
    expect(parseBracketByline('（记者皇甫美鲜 海军）2月9日')?.byline.reporters).toEqual(['皇甫美鲜', '海军']);
    expect(parseBracketByline('（记者 薛来 实习生 梁震）')?.byline).toMatchObject({ reporters: ['薛来'], interns: ['梁震'] });
    expect(parseBracketByline('（记者张三、李四）')?.byline.reporters).toEqual(['张三', '李四']);
  });

  it('does not mistake an ordinary bracket for a byline', () => {
    expect(parseBracketByline('(市、区)为实施主体')).toBeNull();
    expect(parseBracketByline('（2022年）')).toBeNull();
  });

  it('reads byline lines in Chinese and English', () => {
    expect(parseBylineLine('□本报记者 巴依斯古楞')?.reporters).toEqual(['巴依斯古楞']);
    expect(parseBylineLine('■ 本报记者 阿拉坦·巴特尔 通讯员 刘伟')).toMatchObject({ reporters: ['阿拉坦·巴特尔'], correspondents: ['刘伟'] });
    expect(parseBylineLine('By Jane Doe and John Roe')?.authors).toEqual(['Jane Doe', 'John Roe']);
    expect(parseBylineLine('By JANE DOE, Reuters')?.authors).toEqual(['JANE DOE']);
    expect(parseBylineLine('Reporting by Jane Doe in Paris; Editing by John Roe')?.reporters).toEqual(['Jane Doe']);
    expect(parseBylineLine('□ 张晓红 李军')?.authors).toEqual(['张晓红', '李军']);
    expect(parseBylineLine('□本报评论员')?.authors).toEqual(['本报评论员']);
    expect(parseBylineLine('■新闻链接')).toBeNull();
    expect(parseBylineLine('■上接一版')).toBeNull();
    expect(parseBylineLine('By the way, this is a sentence.')).toBeNull();
    expect(parseBylineLine('雪后大青山 麋鹿自在游')).toBeNull();
  });

  it('reads photo credits at the end of a caption, not the word 拍摄 in prose', () => {
    const text = '成为理想家园。本报记者 怀特乌鲁斯 摄';
    const c = parsePhotoCredit(text);
    expect(c?.byline.photographers).toEqual(['怀特乌鲁斯']);
    expect(text.slice(0, c?.start)).toBe('成为理想家园。');
    expect(parsePhotoCredit('游客在湖边拍摄')).toBeNull();
    expect(parsePhotoCredit('市民在公园赏花。（新华社记者 李贺 摄）')?.byline.photographers).toEqual(['李贺']);
  });

  it('reads wire credits closing a story', () => {
    const text = 'Shares rose. (Reporting by Ann Saphir; Editing by Andrea Ricci)';
    const c = parseTrailingEnglishCredits(text);
    expect(c?.byline.reporters).toEqual(['Ann Saphir']);
    expect(text.slice(0, c?.start).trim()).toBe('Shares rose.');
  });
});

describe('continuation markers', () => {
  it.each([
    ['■上接第1版 为两地', '第1版'],
    ['（上接第1版）全年完成', '第1版'],
    ['(上接1版)全年完成', '第1版'],
    ['Continued from Page A1 The', 'A1'],
  ])('reads where %s came from', (text, value) => {
    expect(continuedFromAt(text)?.value).toBe(value);
  });
  it.each([
    ['让群众切实感受到（下转第3版）', '第3版'],
    ['让群众切实感受到(下转3版)', '第3版'],
    ['the council said. Continued on A12', 'A12'],
  ])('reads where %s goes on', (text, value) => {
    expect(continuesToAt(text)?.value).toBe(value);
  });
});

describe('sentences and titles', () => {
  it('tells complete sentences from column breaks', () => {
    expect(endsSentence('负责人表示。”')).toBe(true);
    expect(endsSentence('自治区口岸办相关负责人表示。')).toBe(true);
    expect(endsSentence('靶向施策创造')).toBe(false);
    expect(endsSentence('分级负责,')).toBe(false);
    expect(endsSentence('Shares rose.')).toBe(true);
    expect(startsMidSentence('毫米、阿拉善盟')).toBe(true);
    expect(startsMidSentence('year earlier, the agency said.')).toBe(true);
    expect(startsMidSentence('个别企业反映')).toBe(false);
    // A name written in lower case (a brand) starts a paragraph of its own.
    expect(startsMidSentence('my6sense provides a native exchange.')).toBe(false);
    expect(startsMidSentence('eZ Systems ist ein Anbieter.')).toBe(false);
    expect(startsMidSentence('iPhone sales rose.')).toBe(false);
    expect(startsMidSentence('and then the agency said.')).toBe(true);
  });

  it('strips the site name from the page title', () => {
    expect(stripSiteName('标题在这里 - 新华网')).toBe('标题在这里');
    expect(stripSiteName('Fed holds rates steady | Reuters')).toBe('Fed holds rates steady');
    expect(titleMatch('Fed holds rates steady', 'Fed holds rates steady | Reuters')).toBe(1);
    expect(titleMatch('Reuters', 'Fed holds rates steady | Reuters')).toBe(0);
  });
});

describe('bylines as sites print them beyond the plain "By NAME"', () => {
  const who = (t: string) => {
    const b = parseBylineLine(t);
    return b && Object.fromEntries(Object.entries(b).filter(([, v]) => v.length));
  };

  it.each([
    ['By Faisal Islam Economics editor', { authors: ['Faisal Islam'] }],
    ['By Jane Doe staff writer', { authors: ['Jane Doe'] }],
    ['By Jane Doe, Senior Reporter, BBC News', { authors: ['Jane Doe'] }],
    ['By JANE DOE Associated Press', { authors: ['JANE DOE'] }],
    ['By AMY SMITH The Associated Press', { authors: ['AMY SMITH'] }],
    ['By ZHANG YI in Beijing | China Daily | Updated: 2023-03-15 07:10', { authors: ['ZHANG YI'] }],
    ['By Jane Doe Updated 2 hours ago', { authors: ['Jane Doe'] }],
    ['Associated Press writer John Roe in Albany, New York, contributed to this report.', { reporters: ['John Roe'] }],
    ['文/图 记者 孙丽', { reporters: ['孙丽'], photographers: ['孙丽'] }],
    ['本报记者　王浩', { reporters: ['王浩'] }],
    ['澎湃新闻记者 王五', { reporters: ['王五'] }],
  ])('%s', (text, expected) => {
    expect(who(text)).toEqual(expected);
  });

  it('a credit closing with 摄 makes every name in it a photographer', () => {
    expect(parsePhotoCredit('图为市民赏花。 记者 李强 通讯员 黄华 摄')?.byline.photographers).toEqual(['李强', '黄华']);
    expect(parsePhotoCredit('Turbines off Norfolk. Photograph: John Roe/PA')?.byline.photographers).toEqual(['John Roe']);
  });

  it('prose with names in it is no byline', () => {
    expect(parseBylineLine('By Tuesday the council had agreed to the plan.')).toBeNull();
    expect(parseBylineLine('Jane Doe')).toBeNull();
  });
});

describe('the publication line under a web headline', () => {
  it('names its author even when the line runs on into its link text', () => {
    const info = (text: string) => classify({ text, tag: 'div', headingLevel: null, className: '', container: null, emphasis: false });
    expect(info('2022-06-28 10:15:32 来源：湖南日报 作者：王明 我要评论').byline?.authors).toEqual(['王明']);
    expect(info('发布时间：2023-03-15 来源：云山新闻网 作者：张敏').byline?.authors).toEqual(['张敏']);
    expect(info('2022-06-28 10:15:32 来源：湖南日报 我要评论').byline).toBeNull();
  });
});
