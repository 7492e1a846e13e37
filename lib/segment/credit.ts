// Trailing agency credits: the source named at the end of an item instead of a dateline at its start
// ("…负责。（新华社）", "…said. (AP)", "…會晤。法新社 ・ 15 小時前", "…新华社发"). Read on the block's tail only.
import { execAtEnd, lastNonSpace } from './tail';

/** Agencies and desks that sign briefs at the end, Simplified and Traditional spellings and Latin names. */
const AGENCIES = [
  '新华社', '新華社', '中新社', '中新網', '中新网', '中央社', '路透社', '路透', '法新社', '美联社', '美聯社', '合众社', '合眾社',
  '共同社', '时事社', '時事社', '塔斯社', '俄新社', '德新社', '埃菲社', '安莎社', '韩联社', '韓聯社', '彭博社', '彭博',
  '综合外电', '綜合外電', '综合报道', '綜合報導', '综合消息', '綜合消息', '本报消息', '本報消息', '本报讯', '本報訊',
  'AP', 'AFP', 'AAP', 'Reuters', 'REUTERS', 'Xinhua', 'UPI', 'Kyodo', 'dpa', 'DPA', 'Bloomberg', 'Yonhap', 'TASS', 'EFE', 'ANSA', 'CNA',
].sort((a, b) => b.length - a.length);
const NAMES = AGENCIES.join('|');

/** "（新华社）", "(AP)", "【綜合外電】" closing the text. */
const BRACKETED = new RegExp(`\\s*[（(【\\[]\\s*(${NAMES})(?:\\s*(?:电|電|讯|訊|报道|報導|消息|發|发))?\\s*[)）】\\]]\\s*$`);
/**
 * A summary closed by the paper it was taken from, in square brackets: "…were suspected. [New York Times]",
 * "[The Washington Post]", "[Source: Offaly Express]". (Round brackets hold too much else, "(Jane Doe)", to be read so.)
 */
const SQUARE_SOURCE = /\s*\[\s*(?:Source:\s*)?((?:The\s+)?[A-Z][\p{L}.&'’-]*(?:\s+(?:of\s+)?[A-Z][\p{L}.&'’-]*){0,4})\s*\]\s*$/u;
/** A news stream's "法新社 ・ 15 小時前" / "Reuters · 2 hours ago" after the last sentence. */
const STREAM = new RegExp(`\\s*(${NAMES})\\s*[・·•|]\\s*\\d{1,3}\\s*(?:小時|小时|分鐘|分钟|天|hours?|mins?|minutes?|days?)\\s*(?:前|ago)\\s*$`, 'i');
/** A picture handed out by an agency: "…新华社发", "…新華社發". */
const HANDOUT = /(?:^|[。！？!?.\s）)])\s*((?:新华社|新華社|中新社|中新网|中新網)\s*(?:发|發))\s*$/;

/** A brief closed by where and when it was filed: "…taking bribes.—New York, June 26." */
const PLACE_DATE =
  /[.”"’)!?]\s*([—–]|--)\s*([A-Z][\p{L}.'’() -]{1,40}?(?:,\s*[A-Z][\p{L}.'’ ]{1,30})?),\s*((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2})\.\s*$/u;

export interface AgencyCredit {
  /** Where the credit starts in the text (the text before it is the item's own). */
  start: number;
  source: string;
  /** A place and date closing the item ("—London, June 26."), where it names no agency. */
  place?: string;
  date?: string;
  /** The credit signs a picture ("新华社发"), not the words. */
  photo: boolean;
}

/** The agency credit closing a text, if any; the text before it must end a sentence (a credit follows a stop). */
export function parseAgencyCredit(text: string): AgencyCredit | null {
  const last = lastNonSpace(text);
  if (!last) return null;
  if (last === '.') {
    const pd = execAtEnd(PLACE_DATE, text);
    if (!pd || !pd[2]) return null;
    const start = pd.index + pd[0].indexOf(pd[1] ?? '');
    return text.slice(0, start).trim().length >= 20 ? { start, source: '', place: pd[2].trim(), date: pd[3] ?? '', photo: false } : null;
  }
  const m = ')）】]'.includes(last) ? (execAtEnd(BRACKETED, text) ?? (last === ']' ? execAtEnd(SQUARE_SOURCE, text) : null)) : /[前o发發]/.test(last) ? (execAtEnd(STREAM, text) ?? execAtEnd(HANDOUT, text)) : null;
  if (!m || !m[1]) return null;
  // A bracketed credit starts at its bracket; a bare one at the agency's name.
  const bracketed = /[（(【\[]/.test(m[0].trimStart().charAt(0));
  const start = bracketed ? m.index + (m[0].length - m[0].trimStart().length) : m.index + m[0].indexOf(m[1]);
  const before = text.slice(0, start).trimEnd();
  // The credit must not be all there is ("（新华社）" alone is a marker line, read elsewhere), and must follow a stop.
  if (before.length < 4 || !/[。！？!?.…”"’'」』）)]$/.test(before)) return null;
  const photo = /(?:发|發)$/.test(m[1]);
  return { start, source: photo ? m[1].replace(/\s*(?:发|發)$/, '') : m[1], photo };
}
