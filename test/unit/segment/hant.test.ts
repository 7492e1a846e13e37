// Traditional datelines, bylines and continuation markers, as Hong Kong, Taiwan and Macau papers print them.
import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../lib/segment/dateline';
import { isMetaLine } from '../../../lib/segment/classify';
import { parseBylineLine, parseReportedByline, parseRoleNames } from '../../../lib/segment/byline';
import { continuedFromAt, continuesToAt } from '../../../lib/segment/markers';

describe('Traditional datelines', () => {
  it('reads 【本報訊】 and 明報專訊 as written', () => {
    expect(parseDateline('【本報訊】今年首季本地生產總值')).toMatchObject({ dateline: { source: '本報', place: null, kind: '訊' }, length: 5 });
    expect(parseDateline('明報專訊 政府昨日公布')).toMatchObject({ dateline: { source: '明報', kind: '專訊' } });
    // Papers whose name opens with their city: 香港文匯報訊, 香港商報訊.
    expect(parseDateline('香港文匯報訊（記者 陳文華）特區政府昨日公布')).toMatchObject({ dateline: { source: '香港文匯報', place: null, kind: '訊' } });
    expect(parseDateline('香港商報訊 特區政府昨日公布')).toMatchObject({ dateline: { source: '香港商報', kind: '訊' } });
  });

  it("reads 中央社's dateline with the reporter's name before the place", () => {
    expect(parseDateline('（中央社記者林宏翰台北3日電）行政院會今天')).toMatchObject({
      dateline: { source: '中央社', place: '台北', date: '3日', kind: '電' },
      length: 15,
    });
    expect(parseDateline('（中央社記者王京高雄3日電）')?.dateline.place).toBe('高雄');
    expect(parseDateline('（中央社記者陳家倫東京3日專電）日本')?.dateline).toMatchObject({ place: '東京', kind: '專電' });
    expect(parseDateline('（中央社）颱風海葵今天')).toMatchObject({ dateline: { source: '中央社', place: null }, length: 5 });
  });

  it('reads the place-only datelines of Singapore and Malaysia papers', () => {
    expect(parseDateline('（新加坡綜合訊）新加坡貿工部')).toMatchObject({ dateline: { source: '', place: '新加坡', kind: '綜合訊' }, length: 8 });
    expect(parseDateline('（吉隆坡訊）首相')?.dateline.place).toBe('吉隆坡');
    expect(parseDateline('（快訊）')).toBeNull();
  });

  it('reads a Malaysian paper\'s place-and-day dateline, so the story opens on its own words', () => {
    expect(parseDateline('(怡保25日訊)縣長昨天表示')).toMatchObject({ dateline: { source: '', place: '怡保', date: '25日', kind: '訊' }, length: 8 });
    expect(parseDateline('（新山３日讯）州政府')?.dateline).toMatchObject({ place: '新山', date: '3日' });
    expect(parseDateline('(25日訊)縣長')).toBeNull();
  });

  it('reads the place set off by a slash that opens an overseas bulletin\'s story, not a list of places', () => {
    expect(parseDateline('紐約/ 對於前總統陳水扁夫婦')).toMatchObject({ dateline: { source: '', place: '紐約' }, length: 4 });
    expect(parseDateline('昆明 / 華僑救國聯合總會簡漢生理事長')?.dateline.place).toBe('昆明');
    expect(parseDateline('北京 / 上海 / 廣州三地')).toBeNull();
    expect(parseDateline('男/女比例相若')).toBeNull();
  });

  it('reads no dateline in a standfirst telling what the paper reports, a list going on after 報導', () => {
    expect(parseDateline('本報新聞以深度報導、極簡閱讀精神,每日提共25則國內外重大有益之新聞')).toBeNull();
  });
});

describe('Traditional bylines', () => {
  it('reads 本報記者○○報道 and 記者○○／台北報導, leaving the place out of the names', () => {
    expect(parseReportedByline('本報記者陳嘉欣報道：特區政府')?.byline.reporters).toEqual(['陳嘉欣']);
    expect(parseReportedByline('記者王小明／台北報導　行政院')?.byline.reporters).toEqual(['王小明']);
    expect(parseReportedByline('〔記者王小明／台北報導〕行政院今')).toMatchObject({ byline: { reporters: ['王小明'] }, length: 12 });
    expect(parseReportedByline('【記者林敬殷、陳鈺馥／台北報導】立法院')?.byline.reporters).toEqual(['林敬殷', '陳鈺馥']);
  });

  it('reads Traditional role words and keeps the names as written', () => {
    expect(parseRoleNames('記者張三 通訊員李四')).toMatchObject({ reporters: ['張三'], correspondents: ['李四'] });
    expect(parseBylineLine('□本報記者 陳嘉欣')?.reporters).toEqual(['陳嘉欣']);
    expect(parseBylineLine('■ 黃國樑 陳鈺馥')?.authors).toEqual(['黃國樑', '陳鈺馥']);
  });
});

describe('Traditional continuation markers', () => {
  it('reads 下轉 and 上接本報', () => {
    expect(continuesToAt('政府表示將檢討（下轉A3版）')).toEqual({ value: '第A3版', start: 7, end: 14 });
    expect(continuedFromAt('■上接本報第2版 政府')).toMatchObject({ value: '第2版', start: 0 });
  });
});

describe('Traditional list meta lines', () => {
  it('reads a list item\'s section and date as a meta line, not a headline or text', () => {
    expect(isMetaLine('港聞 2023年06月23日')).toBe(true);
    expect(isMetaLine('國際 2024-01-10')).toBe(true);
    expect(isMetaLine('港聞速遞 今日六宗')).toBe(false);
  });
});
