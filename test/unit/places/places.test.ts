import { describe, expect, it } from 'vitest';
import { buildPlaceContext, findPlaces, placeHierarchy, rollUpCodes } from '../../../lib/places/index';
import { bannerAbbreviation, shortForm } from '../../../lib/places/names';
import { loadGazetteer } from './load';

const g = loadGazetteer();
const marked = (text: string, ctx = buildPlaceContext([], g)) =>
  findPlaces(text, g, ctx).map((s) => [s.text, s.name, s.level] as const);

describe('short forms', () => {
  it('derives the everyday names of divisions', () => {
    expect(shortForm('包头市', 'prefecture')).toBe('包头');
    expect(shortForm('锡林郭勒盟', 'prefecture')).toBe('锡林郭勒');
    expect(shortForm('内蒙古自治区', 'province')).toBe('内蒙古');
    expect(shortForm('新疆维吾尔自治区', 'province')).toBe('新疆');
    expect(shortForm('延边朝鲜族自治州', 'prefecture')).toBe('延边');
    expect(shortForm('乌拉特中旗', 'county')).toBeNull();
    expect(shortForm('赵县', 'county')).toBeNull();
  });

  it('highlights short and full forms with the canonical name', () => {
    expect(marked('包头市九原区和包头的企业')).toEqual([
      ['包头市', '包头市', 'prefecture'], ['九原区', '九原区', 'county'], ['包头', '包头市', 'prefecture'],
    ]);
    expect(marked('锡林郭勒盟与锡林郭勒')).toEqual([['锡林郭勒盟', '锡林郭勒盟', 'prefecture'], ['锡林郭勒', '锡林郭勒盟', 'prefecture']]);
  });
});

describe('press abbreviations of banners and leagues', () => {
  it('derives the directional banners\' abbreviations by the press grammar', () => {
    expect(bannerAbbreviation('科尔沁右翼前旗')).toBe('科右前旗');
    expect(bannerAbbreviation('察哈尔右翼后旗')).toBe('察右后旗');
    expect(bannerAbbreviation('土默特左旗')).toBe('土左旗');
    expect(bannerAbbreviation('乌拉特中旗')).toBe('乌中旗');
    expect(bannerAbbreviation('准格尔旗')).toBeNull();
  });

  it('marks abbreviated banners, leagues and cities under their full names', () => {
    expect(marked('科右前旗和土右旗的牧民')).toEqual([['科右前旗', '科尔沁右翼前旗', 'county'], ['土右旗', '土默特右旗', 'county']]);
    expect(marked('达茂旗草原上，东乌旗、阿左旗')).toEqual([
      ['达茂旗', '达尔罕茂明安联合旗', 'county'], ['东乌旗', '东乌珠穆沁旗', 'county'], ['阿左旗', '阿拉善左旗', 'county'],
    ]);
    expect(marked('锡盟和呼市')).toEqual([['锡盟', '锡林郭勒盟', 'prefecture'], ['呼市', '呼和浩特市', 'prefecture']]);
  });

  it('takes a two-character one only with its prefecture on the page, and never as the start of a word', () => {
    expect(marked('准旗、伊旗两地')).toEqual([]);
    const page = buildPlaceContext(['鄂尔多斯市召开会议'], g);
    expect(marked('准旗、伊旗两地', page)).toEqual([['准旗', '准格尔旗', 'county'], ['伊旗', '伊金霍洛旗', 'county']]);
    expect(marked('新开标准旗舰店', page)).toEqual([]);
  });
});

describe('chains, datelines and titles', () => {
  it('gives one span per level of a nested chain', () => {
    expect(marked('鄂尔多斯市准格尔旗4.9毫米').map((m) => m[0])).toEqual(['鄂尔多斯市', '准格尔旗']);
    expect(marked('阿拉善盟阿拉善左旗').map((m) => m[2])).toEqual(['prefecture', 'county']);
  });

  it('reads the place of a dateline', () => {
    expect(marked('本报包头2月9日电 (记者宋阿男)')).toEqual([['包头', '包头市', 'prefecture']]);
    expect(marked('新华社北京3月1日电')).toEqual([['北京', '北京市', 'province']]);
  });

  it('finds a place inside a book title', () => {
    expect(marked('纪录片《原味乌兰察布》开机')).toEqual([['乌兰察布', '乌兰察布市', 'prefecture']]);
  });

  it('takes a township name after its county, even one missing from the tables', () => {
    const spans = findPlaces('乌审旗河南乡4.8毫米', g);
    expect(spans.map((s) => [s.text, s.level])).toEqual([['乌审旗', 'county'], ['河南乡', 'township']]);
  });

  it('recognises township-level border ports in lists ending with 口岸', () => {
    expect(marked('甘其毛都、策克、满都拉三大对蒙重点口岸').map((m) => m[0])).toEqual(['甘其毛都', '策克', '满都拉']);
    expect(marked('甘其毛都的牧民')).toEqual([]);
  });
});

describe('precision', () => {
  it('does not mark common words that collide with place names', () => {
    expect(marked('全区城市建设和园区发展、海关统计、新春活动、回到家乡')).toEqual([]);
    expect(marked('他到示范县考察')).toEqual([]);
    expect(marked('西北风4级，东北部有雪')).toEqual([]);
    expect(marked('蒙古族群众')).toEqual([]);
  });

  it('needs the page to name an ambiguous short form before marking it', () => {
    expect(marked('深化“科技兴安”行动')).toEqual([]);
    const ctx = buildPlaceContext(['兴安盟召开会议'], g);
    expect(marked('兴安各旗县', ctx)).toEqual([['兴安', '兴安盟', 'prefecture']]);
  });

  it('marks a two-character county short form only with its prefecture on the page', () => {
    expect(marked('九原重点产业')).toEqual([]);
    const ctx = buildPlaceContext(['包头市召开大会'], g);
    expect(marked('九原重点产业', ctx)).toEqual([['九原', '九原区', 'county']]);
  });

  it('reads 乡村 as a word, not as the suffix of a township', () => {
    expect(marked('河南乡村振兴')).toEqual([['河南', '河南省', 'province']]);
  });

  it('leaves a university name alone but marks places in company names', () => {
    expect(marked('北京大学教授')).toEqual([]);
    expect(marked('内蒙古君诚矿业管道有限责任公司').map((m) => m[0])).toEqual(['内蒙古']);
  });
});

describe('countries, regions, cities', () => {
  it('finds countries, regions and world cities in Chinese', () => {
    expect(marked('蒙古国、美国和日本，珠三角与粤港澳大湾区，东京和伦敦').map((m) => [m[0], m[2]])).toEqual([
      ['蒙古国', 'country'], ['美国', 'country'], ['日本', 'country'], ['珠三角', 'region'], ['粤港澳大湾区', 'region'],
      ['东京', 'city'], ['伦敦', 'city'],
    ]);
  });

  it('finds landmarks and the bodies missions land on as features', () => {
    expect(marked('全国人大代表在人民大会堂出席开幕会。').map((m) => [m[0], m[2]])).toContainEqual(['人民大会堂', 'feature']);
    expect(marked('游客们在克里姆林宫前合影留念。').map((m) => [m[0], m[2]])).toContainEqual(['克里姆林宫', 'feature']);
    expect(marked('探测器将在月球背面着陆。').map((m) => [m[0], m[2]])).toContainEqual(['月球', 'feature']);
  });

  it('finds English place names by capitalisation and word boundaries', () => {
    const text = 'Officials in Beijing and Washington met as Mongolia and Inner Mongolia agreed; china plates, Guangdong, U.S. and UK.';
    expect(findPlaces(text, g).map((s) => [s.text, s.level])).toEqual([
      ['Beijing', 'province'], ['Washington', 'city'], ['Mongolia', 'country'], ['Inner Mongolia', 'province'],
      ['Guangdong', 'province'], ['U.S.', 'country'], ['UK', 'country'],
    ]);
    for (const s of findPlaces(text, g)) expect(text.slice(s.start, s.end)).toBe(s.text);
  });
});

describe('hierarchy and roll-up', () => {
  it('walks up to the country', () => {
    expect(placeHierarchy(g, '150207').map((p) => p.name)).toEqual(['九原区', '包头市', '内蒙古自治区', '中国']);
    expect(placeHierarchy(g, '110105').map((p) => p.name)).toEqual(['朝阳区', '北京市', '中国']);
    expect(placeHierarchy(g, 'nope')).toEqual([]);
  });

  it('rolls GB/T 2260 codes up by arithmetic', () => {
    expect(rollUpCodes('150205')).toEqual(['150200', '150000']);
    expect(rollUpCodes('150824104')).toEqual(['150824', '150800', '150000']);
    expect(rollUpCodes('150824104000')).toEqual(['150824', '150800', '150000']);
    expect(rollUpCodes('150200')).toEqual(['150000']);
    expect(rollUpCodes('150000')).toEqual([]);
    expect(rollUpCodes('MN')).toEqual([]);
  });
});
