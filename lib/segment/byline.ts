// Bylines and credits: "（记者宋阿男 通讯员王佳妮）", "□本报记者 巴依斯古楞", "本报记者 怀特乌鲁斯 摄",
// "By Jane Doe and John Roe", "(Reporting by …; Editing by …)".
import { foldTraditional } from '../hant/fold';
import { joinPaddedNames } from './padded-names';
import type { Byline } from '../types';
import { codeSet, isSpaceCode } from './space';
import { CJK_NAME, POST_META_TAIL, ROLE_TAIL, splitEnglishNames, validName } from './byline-names';

export { validName } from './byline-names';

export function emptyByline(): Byline {
  return { reporters: [], correspondents: [], interns: [], photographers: [], authors: [] };
}

export function mergeBylines(a: Byline | null, b: Byline | null): Byline | null {
  if (!a) return b;
  if (!b) return a;
  const out = emptyByline();
  for (const key of Object.keys(out) as (keyof Byline)[]) {
    out[key] = [...a[key], ...b[key].filter((n) => !a[key].includes(n))];
  }
  return out;
}

export function bylineSize(b: Byline): number {
  return b.reporters.length + b.correspondents.length + b.interns.length + b.photographers.length + b.authors.length;
}

type Role = keyof Byline;

const ORG = '(?:本报|本刊|本台|本网|新华社|中新社|中新网|人民日报|人民网|央视|光明日报|经济日报|中国日报|澎湃新闻|新京报|界面新闻|红星新闻)?';
const ROLE_WORDS: [string, Role][] = [
  ['特约通讯员', 'correspondents'],
  ['摄影记者', 'photographers'],
  ['特约记者', 'reporters'],
  ['见习记者', 'reporters'],
  ['实习记者', 'reporters'],
  ['首席记者', 'reporters'],
  ['全媒体记者', 'reporters'],
  ['融媒体记者', 'reporters'],
  ['通讯员', 'correspondents'],
  ['实习生', 'interns'],
  ['特约评论员', 'authors'],
  ['评论员', 'authors'],
  ['记者', 'reporters'],
  ['摄影', 'photographers'],
  ['文/图', 'authors'],
  ['文／图', 'authors'],
  ['图/文', 'authors'],
  ['图文', 'authors'],
  ['文/', 'authors'],
  ['文／', 'authors'],
  // "文丨马珂": a web page's writer credit parted by a vertical stroke instead of the slash (issue 12 round 64).
  ['文丨', 'authors'],
  ['文｜', 'authors'],
  ['图/', 'photographers'],
  ['图／', 'photographers'],
  ['摄', 'photographers'],
];
/** A role word run into a noun it makes with the next characters: 记者招待会 and 记者会 are press conferences, no role. */
const NOT_ROLE = '(?!招待会|会)';
const ROLE_RE = new RegExp(`^${ORG}(${ROLE_WORDS.map(([w]) => w).join('|')})${NOT_ROLE}`);
const ROLE_OF = new Map(ROLE_WORDS);
/** The characters a role word (or the organisation before it) can start with. */
const ROLE_FIRST = codeSet(
  [...ORG.matchAll(/[\u3400-\u9fff]+/g), ...ROLE_WORDS.map(([w]) => [w])].map((m) => (m[0] ?? '')[0] ?? '').join(''),
);
/** What separates names in a byline (spaces, 、，, and 和及与), by character code. */
const NAME_SEPARATORS = codeSet('、，,和及与');
/** A character every role word holds, as written or in Traditional (a test before the fold). */
const ROLE_CHARS = /[记記员員生摄攝文图圖]/;
const ANY_ROLE = new RegExp(ROLE_WORDS.map(([w]) => w).join('|'));
const BOTH_ROLES = /^(?:文[/／]图|图[/／]?文)$/;

/** A slash right after a role word, before the names. */
const ROLE_SLASH = /^\s*[/／]\s*(?=[\u3400-\u9fff])/;
const SEP = /^[\s、，,和及与\u00a0\u3000]+/;
/** A slash and a role word straight after a name ("王小明/文", "李华/图"), then a space or the end. */
const NAME_ROLE = /^\s*[/／]\s*(文|图|摄)(?=$|[\s、，,])/;
/**
 * Parses "记者宋阿男 通讯员王佳妮" / "本报记者 怀特乌鲁斯 摄" (role words and names only), and the same in
 * Traditional ("本報記者 陳嘉欣"): role words are read through the character fold, names are given as written.
 * Returns null when anything else is in the text.
 */
export function parseRoleNames(content: string): Byline | null {
  // Every role word holds one of 记员生摄文图, which only 記員攝圖 fold to: without any, no role word, no byline.
  if (!ROLE_CHARS.test(content)) return null;
  const folded = foldTraditional(content);
  const b = parseFoldedRoleNames(folded);
  if (b === null || folded === content) return b;
  // The fold keeps offsets: each name found in the folded text is the original's text at the same place.
  const unfold = (n: string) => {
    const at = folded.indexOf(n);
    return at < 0 ? n : content.slice(at, at + n.length);
  };
  const out = emptyByline();
  for (const key of Object.keys(out) as Role[]) out[key] = b[key].map(unfold);
  return out;
}

function parseFoldedRoleNames(content: string): Byline | null {
  // With no role word anywhere the text cannot be a byline: most texts asked about stop here.
  if (!ANY_ROLE.test(content)) return null;
  const out = emptyByline();
  // A two-character name spaced out to the width of three ("记者 邢 拓 余俊杰") is one name (padded-names.ts).
  let s = joinPaddedNames(content.trim());
  let role: Role | null = null;
  let pending: string[] = [];
  let sawRole = false;
  /** Whether the text read next follows a role word with nothing between. */
  let glued = false;
  // "文/图 记者 X": the names wrote the text and took the pictures.
  let alsoPhotographed = false;
  // Names read since the last 摄, with their roles: a closing 摄 makes all of them photographers
  // ("记者 李强 通讯员 黄华 摄").
  let clause: [Role, string][] = [];
  const flush = (r: Role | null) => {
    if (r) for (const n of pending) clause.push([r, n]);
    pending = [];
  };
  const settle = (photo: boolean) => {
    for (const [r, n] of clause) {
      const key: Role = photo ? 'photographers' : r;
      if (!out[key].includes(n)) out[key].push(n);
      if (alsoPhotographed && !out.photographers.includes(n)) out.photographers.push(n);
    }
    clause = [];
  };
  while (s) {
    const sep = SEP.exec(s);
    if (sep) {
      s = s.slice(sep[0].length);
      glued = false;
      continue;
    }
    const r = ROLE_RE.exec(s);
    if (r) {
      const word = r[1] ?? '';
      const kind = ROLE_OF.get(word) ?? 'reporters';
      if (word === '摄' && (pending.length || clause.length)) {
        // "本报记者 怀特乌鲁斯 摄": the trailing 摄 makes the names before it photographers.
        flush(role);
        settle(true);
      } else {
        flush(role);
        role = kind;
      }
      if (BOTH_ROLES.test(word)) alsoPhotographed = true;
      // "本报评论员" signs a commentary by itself: the role is the author.
      if (/评论员$/.test(word)) out.authors.push(r[0]);
      sawRole = true;
      s = s.slice(r[0].length);
      // ("文/" closes on its slash, "文丨" on its stroke: the words after it stand apart from it.)
      glued = !/[/／丨｜]$/.test(word);
      // "记者/廖奕文 苏仕日": a slash set after the role word parts it from the names as a space would.
      const slash = glued ? ROLE_SLASH.exec(s) : null;
      if (slash) {
        s = s.slice(slash[0].length);
        glued = false;
      }
      continue;
    }
    // A name runs to the next separator or role word (tried only where one could start).
    let end = 0;
    while (end < s.length) {
      const c = s.charCodeAt(end);
      if (isSpaceCode(c) || NAME_SEPARATORS.has(c) || c === 0x2f || c === 0xff0f) break;
      if (end > 0 && ROLE_FIRST.has(c) && c >= 0x3400 && c <= 0x9fff && ROLE_RE.test(s.slice(end))) break;
      end++;
    }
    // A name set after its outlet ("满洲里电台王金玲", a local station's reporter beside the paper's): the person is
    // the name, the outlet no part of it.
    const word = s.slice(0, end);
    const name = outletName(word);
    if (!validName(name)) return null;
    // A name longer than a Han name's four characters, with no · and run straight on to its role word, is words of a
    // sentence or headline ("神秘记者访神秘领土"): a transliterated name stands apart ("本报记者 怀特乌鲁斯").
    if (sawRole && !pending.length && glued && word.length > 4 && !/[·•]/.test(word)) return null;
    s = s.slice(end);
    // A role set after each name by a slash ("本报记者 王小明/文 李华/图"): 文 keeps the name the line's writer, 图
    // or 摄 makes that one name the photographer.
    const after = NAME_ROLE.exec(s);
    if (after && sawRole) {
      s = s.slice(after[0].length);
      glued = false;
      if (after[1] !== '文') {
        clause.push(['photographers', name]);
        continue;
      }
    }
    pending.push(name);
  }
  if (!sawRole) return null;
  flush(role);
  settle(false);
  return bylineSize(out) ? out : null;
}

/** An outlet named by the word that says it is one (电台, 电视台, 报, 网, 社), then a Han name of two or three. */
const OUTLET_THEN_NAME = /^[\u3400-\u9fff]{1,8}?(?:电视台|电台|日报|晚报|报社|报|网|社)([\u3400-\u9fff]{2,3})$/;

/** The name of a byline's word that sets an outlet before a name ("满洲里电台王金玲" → "王金玲"); else the word. */
function outletName(word: string): string {
  if (word.length <= 4) return word;
  const m = OUTLET_THEN_NAME.exec(word);
  return m && looksLikeHanName(m[1]!) ? m[1]! : word;
}

export interface BylineMatch {
  byline: Byline;
  length: number;
}

/** The verb that closes a bracketed byline ("(记者赵西娅 张蓓报道)"): it reports, it is no part of the last name. Hong
 * Kong's and Taiwan's papers write the place reported from before it ("(記者 蘇榕蓉 福州報道)"), set apart by a space:
 * no name either. */
const REPORTED_TAIL = /\s*(?:报道|报导)$|\s+[\u3400-\u9fff]{2,6}(?:報導|報道)$/;

/** A bracketed byline at the start of the text: "(记者王雅静)", "(记者赵西娅 张蓓报道)". */
export function parseBracketByline(text: string): BylineMatch | null {
  const m = /^\s*[(（]([^()（）]{2,60})[)）]\s*/.exec(text);
  if (!m) return null;
  const b = parseRoleNames((m[1] ?? '').replace(REPORTED_TAIL, '')) ?? placedReporter(m[1] ?? '');
  return b ? { byline: b, length: m[0].length } : null;
}

/**
 * "東方報記者陳小明臺北報導": an outlet's reporter, the name and the place run together with no space, then 報導. The
 * name is taken three characters long, or two, whichever is a Han name with a place of two to six after it.
 */
const OUTLET_REPORTER_PLACE = /^[\u3400-\u9fff]{1,6}?记者([\u3400-\u9fff]{4,10})(?:报道|报导)$/;
function placedReporter(inner: string): Byline | null {
  const m = OUTLET_REPORTER_PLACE.exec(foldTraditional(inner.trim()));
  if (!m) return null;
  const at = inner.trim().length - m[1]!.length - 2;
  const run = inner.trim().slice(at, at + m[1]!.length);
  for (const size of [3, 2]) {
    const name = run.slice(0, size);
    if (run.length - size >= 2 && looksLikeHanName(name)) return { ...emptyByline(), reporters: [name] };
  }
  return null;
}

/**
 * "记者 王明 通讯员 李华 报道：" opening a paragraph, without brackets; Taiwan's "〔記者王小明／台北報導〕" and
 * "記者王小明／台北報導" (the place after the slash is the dateline's, not a name), also with a bare name before the
 * slash or a backslash ("鄭建勳\臺中報導").
 */
export function parseReportedByline(text: string, folded?: string): BylineMatch | null {
  // 报道, 报导 (報導 folds to them): a text without 报 or 報 is spared the fold and the pattern.
  if (!text.includes('报') && !text.includes('報')) return null;
  const m = /^\s*[〔【[]?\s*([^。！？，,：:（）()〔〕【】]{2,40}?)\s*(?:([/／\\＼])\s*[\u3400-\u9fff]{2,6}?\s*)?报[道导]\s*[〕】\]]?\s*[:：]?\s*/d.exec(
    folded ?? foldTraditional(text),
  );
  if (!m) return null;
  const [from, to] = m.indices![1]!;
  const names = text.slice(from, to);
  const b = (names.length >= 3 ? parseRoleNames(names) : null) ?? (m[2] && looksLikeHanName(names.trim()) ? { ...emptyByline(), reporters: [names.trim()] } : null);
  return b ? { byline: b, length: m[0].length } : null;
}

const LINE_MARKS = /^[□■●◆▲★◇○◎※\s]+/;

/** "Reporting by A in X; Additional reporting by B; Editing by C" (brackets optional). */
export function parseEnglishCredits(text: string): Byline | null {
  const t = text.trim().replace(/^\(/, '').replace(/\)\.?$/, '');
  if (!/^(?:Additional\s+)?(?:Reporting|Writing|Editing|Compiled|Photographs?)\s+by\s/i.test(t)) return null;
  const out = emptyByline();
  for (const part of t.split(/\s*;\s*/)) {
    const m = /^(?:Additional\s+)?(Reporting|Writing|Editing|Compiled|Photographs?)\s+by\s+(.+)$/i.exec(part);
    if (!m) return null;
    const names = splitEnglishNames(m[2] ?? '');
    if (!names) return null;
    const kind = (m[1] ?? '').toLowerCase();
    if (kind === 'reporting') out.reporters.push(...names);
    else if (kind === 'writing' || kind === 'compiled') out.authors.push(...names);
    else if (kind.startsWith('photograph')) out.photographers.push(...names);
  }
  return out;
}

/** A block that is nothing but a byline: "□本报记者 巴依斯古楞", "By Jane Doe and John Roe". */
export function parseBylineLine(text: string): Byline | null {
  // A gallery's page-break token run on after a credit ("新华社记者 罗晓光 摄pagebreak") is markup, not words.
  const marked = text.replace(LINE_MARKS, '').trim();
  // (The token is lower-case letters to the end: a line ending otherwise is spared the pattern.)
  const c = marked.charCodeAt(marked.length - 1);
  const unmarked = c >= 97 && c <= 122 ? marked.replace(/(?<=[摄攝影])[a-z]{3,12}$/, '') : marked;
  if (!unmarked || unmarked.length > 120) return null;
  // "本报记者  王乐文  方  敏": a name padded to the width of three is one name (padded-names.ts).
  const t = joinPaddedNames(unmarked);
  // A site's label before it ("Written by Jane Doe") is the same byline.
  const by = /^(?:Written\s+|Reported\s+)?By\s+(.+)$/i.exec(t);
  if (by) {
    // What follows the names on the same line: "| China Daily | Updated: …", "Updated 2 hours ago".
    // (and a blog listing's post meta: "By Jane Doe January 24, 2020 1 min read", POST_META_TAIL).
    const names = splitEnglishNames((by[1] ?? '').replace(/\s*[-–—|/]\s*.*$/, '').replace(/\s*\b(?:Updated|Published|Posted)\b.*$/i, '').replace(POST_META_TAIL, ''));
    return names ? { ...emptyByline(), authors: names } : null;
  }
  const credits = parseEnglishCredits(t) ?? parseContributorLine(t);
  if (credits) return credits;
  // An agency handout picture: "新华社发(高建中 摄)", "中新社发 (张三 摄)".
  // (With a graphic's credit run on: "新华社发(李云生 摄) 新华社记者 张曼怡 制图".)
  const handout = /^(?:新华社|新華社|中新社|中新网|中新網)(?:发|發)\s*[(（]\s*(.+?)\s*[)）](?:\s+[^()（）]{2,24}?(?:制图|製圖))?$/.exec(t);
  if (handout) {
    const names = (handout[1] ?? '').replace(/\s*[摄攝](?:影)?$/, '').split(/[\s、，,]+/).filter(Boolean);
    if (names.length && names.every(looksLikeHanName)) return { ...emptyByline(), photographers: names };
  }
  const inner = /^[(（](.*)[)）]$/.exec(t);
  const roled = parseRoleNames(inner ? (inner[1] ?? '') : t);
  if (roled) return roled;
  // "（杜华举摄）" on a line of its own: the picture above it is his.
  const taken = inner ? /^([\u3400-\u9fff·]{2,4}?)\s*摄(?:影)?$/.exec(inner[1] ?? '') : null;
  if (taken?.[1]) return { ...emptyByline(), photographers: [taken[1]] };
  const filed = parseFiledByLine(t);
  if (filed) return filed;
  // "□ 张三" / "■张三 李四": a marked line of bare names is an author line.
  if (LINE_MARKS.test(text) && /^[□■●◆▲★◇○]/.test(text.trim()) && t.length <= 16) {
    const names = t.split(/[\s、，,]+/).filter(Boolean);
    if (names.length && names.every((n) => looksLikeHanName(n) || (CJK_NAME.test(n) && n.includes('·')))) {
      return { ...emptyByline(), authors: names };
    }
  }
  return null;
}

 /**
 * Taiwan and Hong Kong papers' byline lines: role and names, a slash, where it was filed and the paper
 * ("記者陳熙文、鄭媁/台北報導聯合報", "編譯高詣軒、俞仲慈/綜合報導/聯合報", "〔記者王小明／台北報導〕"), or the place
 * and the paper with no 報導 ("記者劉懿萱、屈彥辰/台北聯合報"); a web page may name the paper first, before a slash
 * ("聯合報／ 記者林秀姿／台北報導").
 */
const FILED_BY = /^[〔\[(（【]?\s*(?:[\u3400-\u9fff]{2,8}(?:報|报|社|網|网|台|刊|新聞|新闻)\s*[/／]\s*)?(特派記者|特派记者|駐\S{1,4}記者|驻\S{1,4}记者|實習記者|实习记者|記者|记者|編譯|编译)\s*([\u3400-\u9fff·]{2,10}(?:\s*[、，,]\s*[\u3400-\u9fff·]{2,10}){0,4})\s*[/／]\s*(?:[\u3400-\u9fff]{0,8}?(?:綜合|综合)?(?:外電)?(?:報導|报道|報道|报导)(?:\s*[/／]?\s*[\u3400-\u9fff]{2,6})?|[\u3400-\u9fff]{2,4}[\u3400-\u9fff]{1,4}(?:日報|日报|時報|时报|報|报))\s*[〕\])）】]?$/;

function parseFiledByLine(t: string): Byline | null {
  const m = FILED_BY.exec(t);
  if (!m) return null;
  const names = (m[2] ?? '').split(/\s*[、，,]\s*/).filter(Boolean);
  if (!names.length || !names.every((n) => n.length <= 4 || n.includes('·'))) return null;
  const role = m[1] ?? '';
  return /編譯|编译/.test(role) ? { ...emptyByline(), authors: names } : { ...emptyByline(), reporters: names };
}

/** A line of bare author names with no "By" ("Jane Doe Energy correspondent", "王五 李四"), for blocks marked as bylines. */
export function parseAuthorLine(text: string): Byline | null {
  const unmarked = text.replace(LINE_MARKS, '').trim();
  if (!unmarked || unmarked.length > 80) return null;
  const t = joinPaddedNames(unmarked);
  if (/[\u3400-\u9fff]/.test(t)) {
    const names = t.split(/[\s、，,]+/).filter(Boolean);
    return names.length && names.every(looksLikeHanName) ? { ...emptyByline(), authors: names } : null;
  }
  // A job title alone ("Sports Editor", "Staff Writer") names no one: the writer's name is elsewhere (a line above,
  // the page's meta data).
  if (ROLE_TAIL.test(t) && !/[,@|]/.test(t)) return null;
  const names = splitEnglishNames(t);
  return names ? { ...emptyByline(), authors: names } : null;
}

/** "Associated Press writer John Roe in Albany, New York, contributed to this report." */
export function parseContributorLine(text: string): Byline | null {
  const m = /^(?:\(?\s*)?(?:(?:[A-Z][\p{L}.]*\s+){1,3})?(?:writers?|reporters?|correspondents?|journalists?|staff)\s+(.+?)\s+contributed(?:\s+(?:to\s+)?(?:this\s+)?(?:report|story|reporting)(?:ing)?)?\.?\s*\)?$/u.exec(text.trim());
  if (!m) return null;
  const names = splitEnglishNames((m[1] ?? '').replace(/\s+in\s+[A-Z][\p{L} ,.'-]*$/u, ''));
  return names ? { ...emptyByline(), reporters: names } : null;
}

/** Common Chinese surnames (covering the great majority of people), to tell a bare name from a column tag. */
const SURNAMES = new Set(
  (
    '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈' +
    '姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤' +
    '常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季' +
    '裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦' +
    '戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻' +
    '苑迟邝官封谈匡鞠惠荆乐冀郁胥南班储原栗燕楚鄢劳谌奚皮粟冼蔺楼盘满闻位厉伊仝区郜海阚花权强帅屠豆朴盖练' +
    '廉禹井祖漆巴丰支卿国狄平计索宣晋相初门云容敬来扈晁芮都普阙浦戈伏鹿薄邸雍辜羊阿乌母裘亓修邰赫杭况那宿' +
    '鲜印逯隆茹诸战慕危玉银亢嵇公哈湛宾戎勾茅利於呼居揭干但尉冶斯元束檀衣信展阴昝智幸奉植衡富尧闭由'
  ).split(''),
);
const COMPOUND_SURNAMES = /^(?:欧阳|司马|上官|诸葛|东方|皇甫|尉迟|公孙|慕容|长孙|宇文|司徒|夏侯|令狐|端木|西门|南宫|独孤|澹台|呼延)/;

/** A 2–3 character Han name with a known surname (or a 3–4 character one with a compound surname). */
export function looksLikeHanName(name: string): boolean {
  const n = foldTraditional(name); // 陳, 張, 歐陽 are 陈, 张, 欧阳
  if (COMPOUND_SURNAMES.test(n)) return /^[\u3400-\u9fff]{3,4}$/.test(n);
  return /^[\u3400-\u9fff]{2,3}$/.test(n) && SURNAMES.has(n[0] ?? '');
}

/** A list of names parted by spaces, commas or 、 when each reads as a Han name, else null. */
export function hanNameList(s: string): string[] | null {
  const out = s.split(/[\s、，,]+/).filter(Boolean);
  return out.length && out.every(looksLikeHanName) ? out : null;
}
