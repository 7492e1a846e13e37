// Curated place names that no installed division package holds. Provenance: compiled by hand for Jianbao from
// common usage in Chinese and English news (Xinhua style guide transliterations for world cities, the official
// names of national regional strategies for news regions, standard atlas names for major features).
// World subdivisions and cities are in world.ts.

/** News regions: [Chinese name, English name or ""]. Directional ones (华北, 西北) are checked for 风/部 after them. */
export const REGIONS: readonly (readonly [string, string])[] = [
  ['华北', 'North China'], ['东北', 'Northeast China'], ['华东', 'East China'], ['华南', 'South China'],
  ['华中', 'Central China'], ['西北', 'Northwest China'], ['西南', 'Southwest China'],
  ['华北地区', ''], ['东北地区', ''], ['华东地区', ''], ['华南地区', ''], ['华中地区', ''], ['西北地区', ''],
  ['西南地区', ''], ['东部地区', ''], ['中部地区', ''], ['西部地区', ''], ['东北三省', ''],
  ['珠三角', 'Pearl River Delta'], ['珠江三角洲', ''], ['长三角', 'Yangtze River Delta'], ['长江三角洲', ''],
  ['京津冀', 'Beijing-Tianjin-Hebei'], ['粤港澳大湾区', 'Greater Bay Area'], ['大湾区', ''], ['成渝', ''],
  ['成渝地区', ''], ['关中', ''], ['中原', ''], ['江南', ''], ['环渤海', ''], ['北部湾', ''], ['海峡西岸', ''],
  ['长江经济带', ''], ['黄河流域', ''], ['长江流域', ''], ['港澳', ''], ['港澳台', ''], ['河套地区', ''],
  ['东南亚', 'Southeast Asia'], ['东北亚', 'Northeast Asia'], ['中亚', 'Central Asia'], ['南亚', 'South Asia'],
  ['西亚', 'West Asia'], ['中东', 'Middle East'], ['北非', 'North Africa'], ['东欧', 'Eastern Europe'],
  ['西欧', 'Western Europe'], ['北欧', 'Northern Europe'], ['拉美', 'Latin America'], ['拉丁美洲', ''],
  ['北美', ''], ['南美', ''], ['中美洲', 'Central America'], ['东亚', 'East Asia'], ['亚洲', 'Asia'], ['欧洲', 'Europe'], ['非洲', 'Africa'], ['北美洲', 'North America'],
  ['南美洲', 'South America'], ['大洋洲', 'Oceania'], ['南极洲', 'Antarctica'], ['亚太', 'Asia-Pacific'],
  ['欧盟', ''], ['巴尔干', 'Balkans'], ['海湾', 'the Gulf'], ['加勒比', 'Caribbean'],
  ['顿巴斯', 'Donbas|Donbass'], ['克什米尔', 'Kashmir'], ['硅谷', 'Silicon Valley'], ['萨赫勒', 'Sahel'],
];

/**
 * Abbreviations the press uses for divisions, by full name, where no grammar derives them (names.ts derives the
 * directional banners'): Inner Mongolia's banners and the leagues and cities named by their first character.
 * They are short forms: a two-character one needs its parent named on the page, as other short forms do.
 */
export const DIVISION_ABBREVIATIONS: Readonly<Record<string, readonly string[]>> = {
  达尔罕茂明安联合旗: ['达茂旗', '达茂'],
  莫力达瓦达斡尔族自治旗: ['莫旗'],
  鄂温克族自治旗: ['鄂温克旗'],
  鄂伦春自治旗: ['鄂伦春旗'],
  东乌珠穆沁旗: ['东乌旗'],
  西乌珠穆沁旗: ['西乌旗'],
  苏尼特左旗: ['东苏旗'],
  苏尼特右旗: ['西苏旗'],
  陈巴尔虎旗: ['陈旗'],
  阿鲁科尔沁旗: ['阿旗'],
  克什克腾旗: ['克旗'],
  翁牛特旗: ['翁旗'],
  准格尔旗: ['准旗'],
  伊金霍洛旗: ['伊旗'],
  锡林郭勒盟: ['锡盟'],
  呼和浩特市: ['呼市'],
};

/** Major geographic features: [Chinese names, English names or ""], each '|'-separated. */
export const FEATURES: readonly (readonly [string, string])[] = [
  ['长江', 'Yangtze River'], ['黄河', 'Yellow River'], ['珠江', 'Pearl River'], ['淮河', ''], ['海河', ''],
  ['松花江', ''], ['黑龙江', ''], ['澜沧江', ''], ['雅鲁藏布江', ''], ['额尔古纳河', ''], ['西辽河', ''],
  ['嫩江', ''], ['钱塘江', ''], ['湘江', ''], ['汉江', ''], ['大运河', ''], ['京杭大运河', ''],
  ['泰山', ''], ['华山', ''], ['黄山', ''], ['峨眉山', ''], ['庐山', ''], ['武夷山', ''], ['长白山', ''],
  ['大青山', ''], ['阴山', ''], ['贺兰山', ''], ['大兴安岭', ''], ['小兴安岭', ''], ['燕山', ''], ['太行山', ''],
  ['秦岭', ''], ['祁连山', ''], ['天山', ''], ['昆仑山', ''], ['喜马拉雅山', 'Himalayas'], ['珠穆朗玛峰', 'Mount Everest'],
  ['三峡', 'Three Gorges'], ['地球', 'Earth'], ['月球', 'Moon'], ['青藏高原', 'Tibetan Plateau'], ['黄土高原', 'Loess Plateau'], ['内蒙古高原', ''], ['云贵高原', ''],
  ['华北平原', ''], ['东北平原', ''], ['河套平原', ''], ['四川盆地', ''], ['塔里木盆地', ''], ['准噶尔盆地', ''],
  ['青海湖', ''], ['洞庭湖', ''], ['鄱阳湖', ''], ['太湖', ''], ['西湖', ''], ['呼伦湖', ''], ['乌梁素海', ''],
  ['岱海', ''], ['达里诺尔湖', ''], ['居延海', ''], ['滇池', ''], ['渤海', ''], ['黄海', ''], ['东海', ''], ['南海', ''],
  ['台湾海峡', ''], ['琼州海峡', ''], ['塔克拉玛干沙漠', ''], ['库布其沙漠', ''], ['腾格里沙漠', ''],
  ['巴丹吉林沙漠', ''], ['乌兰布和沙漠', ''], ['毛乌素沙地', ''], ['科尔沁沙地', ''], ['浑善达克沙地', ''],
  ['呼伦贝尔大草原', ''], ['呼伦贝尔草原', ''], ['锡林郭勒草原', ''], ['科尔沁草原', ''], ['辉腾锡勒草原', ''],
  ['戈壁', ''], ['蒙古高原', ''], ['西伯利亚', 'Siberia'], ['亚马孙', 'Amazon'], ['阿尔卑斯山', 'Alps'],
  ['地中海', 'Mediterranean'], ['太平洋', 'Pacific'], ['大西洋', 'Atlantic'], ['印度洋', 'Indian Ocean'],
  ['北冰洋', 'Arctic Ocean'], ['红海', 'Red Sea'], ['黑海', 'Black Sea'], ['波罗的海', 'Baltic Sea'],
  ['南海诸岛', 'South China Sea'], ['苏伊士运河', 'Suez Canal'], ['巴拿马运河', 'Panama Canal'],
  ['密西西比河', 'Mississippi River'], ['亚丁湾', 'Gulf of Aden'], ['霍尔木兹海峡', 'Strait of Hormuz'],
  ['波斯湾', 'Persian Gulf'], ['尼罗河', 'Nile'], ['多瑙河', 'Danube'], ['莱茵河', 'Rhine'], ['黑森林', 'Black Forest'],
  ['五大湖', 'Great Lakes'], ['落基山脉', 'Rocky Mountains|Rockies'], ['印度河', 'Indus'], ['恒河', 'Ganges'],
  ['湄公河', 'Mekong'], ['幼发拉底河', 'Euphrates'], ['底格里斯河', 'Tigris'], ['哈德逊河|哈得孙河', 'Hudson River'],
  ['泰晤士河', 'Thames'], ['伏尔加河', 'Volga'], ['第聂伯河', 'Dnieper'], ['能登半岛', 'Noto Peninsula'],
  ['朝鲜半岛', 'Korean Peninsula'], ['克里米亚大桥', 'Crimean Bridge'],
  // Landmarks the news names as places (events are held there, leaders received there).
  ['人民大会堂', 'Great Hall of the People'], ['天安门广场', 'Tiananmen Square'], ['天安门', 'Tiananmen'],
  ['故宫', 'Forbidden City'], ['中南海', 'Zhongnanhai'], ['布达拉宫', 'Potala Palace'], ['长城|万里长城', 'Great Wall'],
  ['卢浮宫', 'Louvre'], ['白金汉宫', 'Buckingham Palace'], ['克里姆林宫', 'Kremlin'],
  // Celestial bodies, where missions land and observations are made.
  ['地球', ''], ['月球', ''], ['火星', ''], ['银河系', ''],
];

/** Extra Chinese country names beyond i18n-iso-countries' one per code. */
export const COUNTRY_ALIASES_ZH: Readonly<Record<string, readonly string[]>> = {
  MN: ['蒙古国'], CN: ['中华人民共和国', '中华', '华夏', '神州'], US: ['美利坚合众国'], KR: ['大韩民国'], KP: ['朝鲜民主主义人民共和国'],
  RU: ['俄联邦', '俄罗斯联邦', '苏联'], GB: ['大不列颠'], CG: ['刚果（布）'],
  DE: ['联邦德国'], AE: ['阿联酋', '阿拉伯联合酋长国'], ZA: ['南非共和国'], CZ: ['捷克共和国', '捷克斯洛伐克'], NL: ['荷兰王国'],
  ID: ['印度尼西亚'], SA: ['沙特'], AU: ['澳洲'], BD: ['孟加拉'], BA: ['波斯尼亚和黑塞哥维那'], PH: ['菲律宾共和国'],
  CI: ['象牙海岸'], MM: ['缅甸联邦共和国'], NZ: ['纽西兰'],
  ET: ['埃塞'],
  // Former names a story of its time uses, linked to the country that holds the same territory today (the Soviet
  // Union to Russia, Yugoslavia to Serbia, Czechoslovakia to Czechia).
  CD: ['刚果（金）', '刚果民主共和国', '扎伊尔'], RS: ['南斯拉夫'], LK: ['锡兰'],
};

/** Extra English country names; ambiguous person names (Chad, Jordan) are left to i18n's long forms. */
export const COUNTRY_ALIASES_EN: Readonly<Record<string, readonly string[]>> = {
  US: ['America', 'U.S.', 'US', 'USA', 'U.S.A.', 'United States'], GB: ['Britain', 'UK', 'U.K.'],
  KR: ['South Korea'], KP: ['North Korea', 'DPRK'], IR: ['Iran'], SY: ['Syria'], VN: ['Vietnam', 'Viet Nam'],
  LA: ['Laos'], TZ: ['Tanzania'], BO: ['Bolivia'], VE: ['Venezuela'], MD: ['Moldova'],
  AE: ['UAE', 'United Arab Emirates'], NL: ['Netherlands', 'Holland'], CD: ['DR Congo', 'Zaire'], CI: ['Ivory Coast'],
  TR: ['Turkey', 'Türkiye'], GE: ['Georgia'], JO: ['Jordan'], TD: ['Chad'], PS: ['Palestinian territories'],
  // Former names and spellings a story of its time uses, linked to the country that holds the territory today.
  MM: ['Burma'], KZ: ['Kazakstan'], SR: ['Surinam'], BY: ['Byelorussia', 'Belorussia'], LK: ['Ceylon'], TH: ['Siam'],
  RU: ['Russia', 'Soviet Union', 'USSR', 'U.S.S.R.'], RS: ['Yugoslavia'], CZ: ['Czech Republic', 'Czechia', 'Czechoslovakia'],
  DE: ['West Germany', 'East Germany'],
};
/** English country names the recogniser does not use (Chad, Jordan and Georgia are guarded in english.ts instead). */
export const EN_COUNTRY_EXCLUDE: ReadonlySet<string> = new Set(['China, People\'s Republic of']);

/** English (pinyin) names of Chinese provinces and major prefecture cities, keyed by GB/T 2260 code. */
export const EN_DIVISIONS: Readonly<Record<string, readonly string[]>> = {
  '110000': ['Beijing', 'Peking'], '120000': ['Tianjin'], '130000': ['Hebei'], '140000': ['Shanxi'],
  '150000': ['Inner Mongolia'], '210000': ['Liaoning'], '220000': ['Jilin'], '230000': ['Heilongjiang'],
  '310000': ['Shanghai'], '320000': ['Jiangsu'], '330000': ['Zhejiang'], '340000': ['Anhui'], '350000': ['Fujian'],
  '360000': ['Jiangxi'], '370000': ['Shandong'], '410000': ['Henan'], '420000': ['Hubei'], '430000': ['Hunan'],
  '440000': ['Guangdong'], '450000': ['Guangxi'], '460000': ['Hainan'], '500000': ['Chongqing'], '510000': ['Sichuan'],
  '520000': ['Guizhou'], '530000': ['Yunnan'], '540000': ['Tibet', 'Xizang'], '610000': ['Shaanxi'], '620000': ['Gansu'],
  '630000': ['Qinghai'], '640000': ['Ningxia'], '650000': ['Xinjiang'], '710000': ['Taiwan'],
  '810000': ['Hong Kong'], '820000': ['Macao', 'Macau'],
  '150100': ['Hohhot'], '150200': ['Baotou'], '150600': ['Ordos'], '150400': ['Chifeng'], '150700': ['Hulunbuir'],
  '150800': ['Bayannur'], '150900': ['Ulanqab'], '152500': ['Xilingol'], '152900': ['Alxa'], '150300': ['Wuhai'],
  '150500': ['Tongliao'], '152200': ['Hinggan'], '150781': ['Manzhouli'], '152501': ['Erenhot'],
  '440100': ['Guangzhou', 'Canton'], '440300': ['Shenzhen'], '440400': ['Zhuhai'], '440600': ['Foshan'],
  '441900': ['Dongguan'], '330100': ['Hangzhou'], '330200': ['Ningbo'], '320100': ['Nanjing'], '320500': ['Suzhou'],
  '320200': ['Wuxi'], '420100': ['Wuhan'], '430100': ['Changsha'], '510100': ['Chengdu'], '610100': ["Xi'an", 'Xian'],
  '210100': ['Shenyang'], '210200': ['Dalian'], '230100': ['Harbin'], '220100': ['Changchun'], '370200': ['Qingdao'],
  '370100': ['Jinan'], '350200': ['Xiamen'], '350100': ['Fuzhou'], '530100': ['Kunming'], '520100': ['Guiyang'],
  '450100': ['Nanning'], '460200': ['Sanya'], '460100': ['Haikou'], '650100': ['Urumqi'], '540100': ['Lhasa'],
  '620100': ['Lanzhou'], '630100': ['Xining'], '640100': ['Yinchuan'], '410100': ['Zhengzhou'], '340100': ['Hefei'],
  '360100': ['Nanchang'], '140100': ['Taiyuan'], '130100': ['Shijiazhuang'], '130600': ['Baoding'],
  '131000': ['Langfang'], '130200': ['Tangshan'],
};

/** Continents by their one character in compounds (欧美, 亚非拉), as the news regions above name them. */
export const ONE_CHAR_CONTINENTS: Readonly<Record<string, string>> = { 欧: '欧洲', 亚: '亚洲', 非: '非洲', 拉: '拉丁美洲' };

/**
 * One-character abbreviations that name one place whatever the compound (中美关系, 京津冀, 苏浙沪, 访华): the
 * tagger finds them, this links them to their entry. Ambiguous ones (澳: Australia or Macau; 巴, 伊, 新, 蒙) stay
 * unlinked.
 */
export const ONE_CHAR_ABBREVIATIONS: Readonly<Record<string, string>> = {
  中: 'CN', 华: 'CN', 美: 'US', 日: 'JP', 俄: 'RU', 英: 'GB', 法: 'FR', 德: 'DE', 韩: 'KR', 朝: 'KP', 越: 'VN',
  泰: 'TH', 意: 'IT', 加: 'CA', 墨: 'MX', 埃: 'EG', 以: 'IL', 印: 'IN', 菲: 'PH', 荷: 'NL', 瑞: 'SE', 葡: 'PT',
  缅: 'MM', 叙: 'SY', 柬: 'KH', 匈: 'HU', 捷: 'CZ', 波: 'PL', 丹: 'DK', 挪: 'NO', 芬: 'FI', 希: 'GR',
  京: '110000', 津: '120000', 冀: '130000', 晋: '140000', 辽: '210000', 吉: '220000', 黑: '230000', 沪: '310000',
  苏: '320000', 浙: '330000', 皖: '340000', 闽: '350000', 赣: '360000', 鲁: '370000', 豫: '410000', 鄂: '420000',
  湘: '430000', 粤: '440000', 桂: '450000', 琼: '460000', 渝: '500000', 川: '510000', 黔: '520000', 滇: '530000',
  藏: '540000', 陕: '610000', 甘: '620000', 青: '630000', 港: '810000', 台: '710000',
};
