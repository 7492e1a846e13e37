// Short forms of Chinese division names, derived at load time so the resource stores only full names.
// 包头市→包头, 锡林郭勒盟→锡林郭勒, 内蒙古自治区→内蒙古, 新疆维吾尔自治区→新疆, 延边朝鲜族自治州→延边.

/** Ethnic-group names that appear inside autonomous-division names (longest first when matching). */
const ETHNIC = [
  '维吾尔', '柯尔克孜', '哈萨克', '塔吉克', '乌孜别克', '塔塔尔', '俄罗斯', '锡伯', '达斡尔', '鄂温克', '鄂伦春',
  '蒙古', '朝鲜', '土家', '布依', '仡佬', '傈僳', '景颇', '哈尼', '拉祜', '纳西', '普米', '独龙', '阿昌', '德昂',
  '基诺', '保安', '东乡', '撒拉', '裕固', '毛南', '仫佬', '赫哲', '门巴', '珞巴', '高山', '京',
  '藏', '回', '壮', '彝', '苗', '侗', '瑶', '白', '傣', '黎', '畲', '水', '羌', '土', '满', '佤', '怒', '布朗', '各',
].sort((a, b) => b.length - a.length);

/** Strips "XX族" / "XX" ethnic qualifiers (repeatedly) from the end of a stem: 湘西土家族苗族 → 湘西. */
function stripEthnic(stem: string): string {
  let s = stem;
  for (let guard = 0; guard < 4; guard++) {
    let changed = false;
    if (s.endsWith('族')) {
      for (const e of ETHNIC) {
        if (s.endsWith(e + '族') && s.length - e.length - 1 >= 2) {
          s = s.slice(0, s.length - e.length - 1);
          changed = true;
          break;
        }
      }
    } else {
      for (const e of ETHNIC) {
        if (e.length >= 2 && s.endsWith(e) && s.length - e.length >= 2) {
          s = s.slice(0, s.length - e.length);
          changed = true;
          break;
        }
      }
    }
    if (!changed) break;
  }
  return s;
}

const PROVINCE_SUFFIX = /(?:特别行政区|自治区|省|市)$/;
const PREFECTURE_SUFFIX = /(?:自治州|地区|市|盟|州)$/;
const COUNTY_SUFFIX = /(?:自治县|自治旗|联合旗|林区|特区|新区|县|区|市|旗)$/;
const TOWNSHIP_SUFFIX = /(?:民族乡|民族苏木|街道|地区|苏木|镇|乡)$/;

/** The suffix regex of a Chinese division level (used to spot unlisted township names too). */
export const SUFFIX_BY_LEVEL = {
  province: PROVINCE_SUFFIX,
  prefecture: PREFECTURE_SUFFIX,
  county: COUNTY_SUFFIX,
  township: TOWNSHIP_SUFFIX,
} as const;

export type DivisionLevel = keyof typeof SUFFIX_BY_LEVEL;

/** Suffixes per level, longest first, as the level regexes would match them (the leftmost, so longest, suffix). */
const SUFFIX_LISTS: Record<DivisionLevel, readonly string[]> = {
  province: ['特别行政区', '自治区', '省', '市'],
  prefecture: ['自治州', '地区', '市', '盟', '州'],
  county: ['自治县', '自治旗', '联合旗', '林区', '特区', '新区', '县', '区', '市', '旗'],
  township: ['民族苏木', '民族乡', '街道', '地区', '苏木', '镇', '乡'],
};

/**
 * The length of the short form of a division's full name (it is always a prefix), or 0 when stripping would
 * leave fewer than two characters (赵县 stays 赵县) or the name has no known suffix (乌拉特中旗 keeps its 旗:
 * a 中 remainder would be wrong). Allocation-free for the common case, as the loader calls it 40,000 times.
 */
export function shortFormLength(full: string, level: DivisionLevel): number {
  // 乌拉特中旗 / 乌拉特前旗 / 科尔沁右翼中旗: a directional banner keeps its full name only.
  if (level === 'county' && full.endsWith('旗') && '前中后左右'.includes(full.charAt(full.length - 2))) return 0;
  let suffix = '';
  const list = SUFFIX_LISTS[level];
  for (let i = 0; i < list.length; i++) {
    if (full.endsWith(list[i]!)) {
      suffix = list[i]!;
      break;
    }
  }
  if (!suffix) return 0;
  let length = full.length - suffix.length;
  if (suffix.startsWith('自治') || suffix === '联合旗' || level === 'province') length = stripEthnic(full.slice(0, length)).length;
  return length < 2 ? 0 : length;
}

/** The short form of a division's full name, or null (see shortFormLength). */
export function shortForm(full: string, level: DivisionLevel): string | null {
  const length = shortFormLength(full, level);
  return length > 0 ? full.slice(0, length) : null;
}

/**
 * Abbreviations of Inner Mongolia's directional banners, by the grammar the regional press uses: the first
 * character of the banner's name, the wing or direction, 旗 (科尔沁右翼前旗 → 科右前旗, 土默特左旗 → 土左旗,
 * 乌拉特中旗 → 乌中旗). Irregular ones (达茂旗, 东乌旗) are listed in curated.ts.
 */
export function bannerAbbreviation(full: string): string | null {
  const wing = /^([\u3400-\u9fff]{2,})([左右])翼([前中后])旗$/.exec(full);
  if (wing) return `${wing[1]!.charAt(0)}${wing[2]}${wing[3]}旗`;
  const side = /^([\u3400-\u9fff]{2,})([前中后左右])旗$/.exec(full);
  if (side && !side[1]!.endsWith('翼')) return `${side[1]!.charAt(0)}${side[2]}旗`;
  return null;
}
