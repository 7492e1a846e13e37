// A place that opens an organisation's name (巴西队, 北京国安队, 东营市委, 秦皇岛市土地局, 中国共产党, 湖北红桃k集团,
// 美国哥伦比亚大学, 《天津日报》) is part of that name, not a place on its own: a reader filtering by place wants the
// stories that happen there, and the labelled news of People's Daily reads it so. Found by what follows the place:
// an organisation's last word, right after it or after a short name of its own (国安, 土地, 共产, 红桃k) with no
// word of grammar between.

import type { WordPairs } from './model/words';

/** Organisation words that end a name, right after the place (巴西|队, 中国|科学院) or after a short name of its own. */
const ORG_WORDS = [
  '日报', '晚报', '时报', '报社', '出版社', '电视台', '电台', '剧院', '科学院', '工程院', '研究院', '研究所', '研究会',
  '协会', '学会', '委员会', '议会', '国会', '参议院', '众议院', '海关', '乐团', '歌舞团', '博物馆', '美术馆', '图书馆',
  '俱乐部', '大学', '学院', '法院', '检察院', '酒家', '酒店', '宾馆', '饭店', '医院', '中学', '小学', '银行', '大使馆',
  '使馆', '总领事馆', '领事馆', '代表处', '办事处', '博物院', '医大', '交大', '交警', '内阁', '交易所', '联盟', '联合会',
  '工会', '人大', '常委会', '办公室', '人武部', '通讯社', '新闻社', '代表团', '外交部', '财政部', '国防部', '司法部',
  '商务部', '内政部', '教育部', '卫生部', '安全局', '残联', '中央银行', '央行', '海军', '陆军', '空军', '军区', '舰队',
  '解放军', '管理处', '外交学会', '政协', '政治协商会议', '立法会', '基金会', '组委会', '共青团', '党委', '教委', '促进会', '总商会', '商会',
];
/**
 * Words that end an organisation's name only after a name of its own (江苏|康博|集团, 中国|共产|党, 秦皇岛市|土地|局):
 * right after a place they are common nouns (马来西亚公司, 中国党和政府, 云南银行). 总公司, 分公司 and 总厂 are words of
 * their own, so the name before them may have its six characters (长江|轮船海外旅游|总公司).
 */
const NAMED_ORG_WORDS = ['集团', '公司', '总公司', '分公司', '总厂', '党', '局', '厂', '队', '学校'];
const AFTER_NAME = [...ORG_WORDS, ...NAMED_ORG_WORDS];
/** Organisation words right after the place: teams (巴西|队, 中国|女篮), a publication's title (英国|《新科学家》) and the words above. */
const RIGHT_AFTER = ['队', '女篮', '男篮', '女排', '男排', '女足', '男足', '国家队', '《', ...ORG_WORDS];
/** An organisation word is none where these follow it: 中学|生, 局|势, 党|政. */
const NOT_AFTER: Readonly<Record<string, string>> = { 中学: '生', 小学: '生', 大学: '生', 局: '势面部限', 党: '政', 队: '伍员' };
/** 队 closing a common word (军队, 部队, 排队, 梯队, 车队, 船队, 球队): no team of its own name. */
const SQUAD_WORDS = '军部排梯车船舰球乐连';
/** 局 closing a common word (当局, 格局, 政局, 时局, 大局, 结局, 布局): no office. */
const BUREAU_WORDS = '当格政时大结布全僵骗开';
/** Characters that are grammar, not part of a name: where one stands between, the place is not the name's. */
const GRAMMAR_CHARS = '一的是在和与及或了对把被为从向到于以而且也都就将要会能可这那其此各每该本我你他她它们等个年月日号时已曾还又再均所之中上下内外间';
/** 1 at the UTF-16 units of GRAMMAR_CHARS: asked at every character after a place, so read by code. */
const GRAMMAR = new Uint8Array(0x10000);
for (const c of GRAMMAR_CHARS) GRAMMAR[c.charCodeAt(0)] = 1;
/** Grammar characters that may open an organisation's own name as the first of a word (中文, 外国语, 上海): not 一家, 这些. */
const NAME_OPENERS = '中外上下内';
const MAX_NAME = 6;
/** How far a long own name reaches before an institution's word (LONG_WORDS). */
const LONG_NAME = 10;
const LONG_WORDS = ['有限公司', '有限责任公司', '委员会', '协会', '研究会', '促进会', '基金会', '联合会', '学会', '法院', '俱乐部', '通讯社', '研究所', '研究院'];
/** Nouns a place heads or qualifies, which no organisation's own name holds: 台湾|地区|有关法院, 几内亚比绍|政府|通过电台. */
const HEAD_NOUNS = ['地区', '政府', '人民', '国家', '国民', '有关', '很多', '境内', '各地', '全国', '方面'];
const COMMITTEE = '委'.charCodeAt(0);
/** Last characters of a division's full name, before 委 (its party committee). */
const DIVISION_END = '市县区旗州省盟镇乡';
/**
 * A word list by the code of its first character, so that a position is checked against the few words opening
 * with its character (by code: no one-character string made per question).
 */
type WordIndex = ReadonlyMap<number, readonly string[]>;
function byFirst(words: readonly string[]): WordIndex {
  const index = new Map<number, string[]>();
  for (const w of words) index.set(w.charCodeAt(0), [...(index.get(w.charCodeAt(0)) ?? []), w]);
  return index;
}
const ORG = byFirst(ORG_WORDS);
const AFTER = byFirst(AFTER_NAME);
const RIGHT = byFirst(RIGHT_AFTER);
const LONG = byFirst(LONG_WORDS);
const HEAD = byFirst(HEAD_NOUNS);

/** The first of HEAD_NOUNS (in their order) starting at `at`, or undefined. */
function headNounAt(text: string, at: number): string | undefined {
  const words = HEAD.get(text.charCodeAt(at));
  if (words === undefined) return undefined;
  for (const w of words) if (text.startsWith(w, at)) return w;
  return undefined;
}

/** Whether one of `words` starts at `at` as an organisation's word (not 中学|生, 局|势, 当|局). */
function orgWordAt(text: string, at: number, index: WordIndex, nameLength = 0): boolean {
  const words = index.get(text.charCodeAt(at));
  if (words === undefined) return false;
  for (const w of words) {
    if (!text.startsWith(w, at)) continue;
    const not = NOT_AFTER[w];
    if (not !== undefined && not.includes(text[at + w.length] ?? '')) continue;
    if (w === '局' && BUREAU_WORDS.includes(text[at - 1] ?? '')) continue;
    // 交大 inside 外交大臣, 外交大使.
    if (w === '交大' && text[at - 1] === '外') continue;
    // A team's own name is short (海牛|队, 太阳神|队); a longer run is a clause (杜塞尔多夫|战胜捷克|队).
    if (w === '队' && (SQUAD_WORDS.includes(text[at - 1] ?? '') || nameLength > 3)) continue;
    return true;
  }
  return false;
}

const isNameChar = (c: number) => (c >= 0x3400 && c <= 0x9fff) || (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * Whether text[i] is grammar ending the name after a place ending at `end`. A grammar character that closes a
 * word of the dictionary with the one before it (青年, 华为, 共和, 高等) is part of a name, not grammar
 * (中国|青年志愿者|协会). Likewise one right after the place that opens a word with the next (中文, 外国语, 中医药,
 * 中华): 美国|中文电视台. (A function of the module, not a closure made per question.)
 */
function isGrammar(text: string, i: number, end: number, words: WordPairs | undefined): boolean {
  return (
    GRAMMAR[text.charCodeAt(i)] === 1 &&
    !(words && (i > end ? words.has(text.charCodeAt(i - 1), text.charCodeAt(i)) : NAME_OPENERS.includes(text[i]!) && i + 1 < text.length && words.has(text.charCodeAt(i), text.charCodeAt(i + 1))))
  );
}

/**
 * Whether the place ending at `end` of `text` (folded to Simplified) opens an organisation's name; `words`, the
 * tagger's common words, tell a grammar character inside a word (青年) from grammar.
 */
export function opensOrganisation(text: string, end: number, words?: WordPairs): boolean {
  if (orgWordAt(text, end, RIGHT)) return true;
  // A party committee (东营市委, 清丰县委), not 委托 after a country.
  if (text.charCodeAt(end) === COMMITTEE && end > 0 && DIVISION_END.includes(text[end - 1]!)) return true;
  for (let k = end + 1; k <= end + MAX_NAME && k < text.length; k++) {
    const c = text.charCodeAt(k - 1);
    if (!isNameChar(c) || isGrammar(text, k - 1, end, words)) return false;
    // A head noun ends the name (台湾|地区|有关法院) unless an organisation's word follows it (中国|人民|银行).
    const head = headNounAt(text, k - 1);
    if (head !== undefined) return orgWordAt(text, k - 1 + head.length, ORG);
    if (orgWordAt(text, k, AFTER, k - end)) return true;
  }
  // A long own name before a word that only ends an institution's name (广元市|医疗事故技术鉴定|委员会).
  for (let k = end + MAX_NAME + 1; k <= end + LONG_NAME && k < text.length; k++) {
    const c = text.charCodeAt(k - 1);
    if (!isNameChar(c) || isGrammar(text, k - 1, end, words)) return false;
    if (headNounAt(text, k - 1) !== undefined) return false;
    if (orgWordAt(text, k, LONG)) return true;
  }
  return false;
}

/** A name the gazetteer lacks that ends in 盟 is an alliance (欧盟, 东盟, 非盟), an organisation; the leagues of Inner Mongolia are in the gazetteer. */
export function isAlliance(name: string, code: string | null): boolean {
  return code === null && name.endsWith('盟');
}
