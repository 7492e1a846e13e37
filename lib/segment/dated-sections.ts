// One story told in dated sections: a diary, a timeline, a chronology, a day's microblog. Its section heads open with
// a date ("1月3日 启程", "【1月14日 16:30 列车开始检票】", "Day 1: The Island", "Jan. 3 — Departure", "Monday, March 2")
// or are nothing but a date or time stamp ("Dec. 30", "March 1", "3月7日16:29", "7月3日 星期日 暴雨"). A bare date
// names no story: it heads an entry of a chronology or a diary, never a story of its own. A date opening a worded
// head is a section of the story above it when that story is told by one writer: its headline stands over a byline
// or a lead paragraph of its own before the first dated head, and the dated sections open with no dateline, byline
// or credit of their own. A week's review ("1/12  菲律賓 日相安倍到訪…") shows neither: under its title stand
// picture captions closed by their credits, and its dated items stay stories (slideshow.ts).
import type { Block } from '../types';
import type { BlockInfo } from './classify';
import { isRoundupIntro, type PageFacts } from './facts';
import { endsInPictureCredit } from './slideshow';
import type { Candidate } from './starts';

const ZH_DATE = String.raw`(?:\d{4}\s*年\s*)?\d{1,2}\s*月\s*\d{1,2}\s*[日号號]`;
const SLASH_DATE = String.raw`\d{1,2}/\d{1,2}(?:/\d{2,4})?(?![\d/])`;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const WEEKDAY = String.raw`(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day`;
const EN_DATE = String.raw`(?:${WEEKDAY},?\s+)?(?:${MONTH}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?|\d{1,2}\s+${MONTH}\.?(?:,?\s+\d{4})?)\b`;
/** A day's number in a diary: "Day 1", "Day Two", "第3天". */
const DAY_N = String.raw`(?:Day\s+(?:\d{1,3}|One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten)\b|第[一二三四五六七八九十百\d]{1,4}天)`;
/** A head line's opening date, after an opening bracket ("【1月14日 …】"). */
const DATE_LEAD = new RegExp(String.raw`^\s*[【\[〔(（]?\s*(?:${ZH_DATE}|${SLASH_DATE}|${EN_DATE}|${DAY_N}|${WEEKDAY}\b)`, 'i');
/** What may follow the date in a dated head and still date it: a weekday, a time of day, a clock time. */
const WEEKDAY_ZH = /^\s*[,，、]?\s*(?:星期|礼拜|禮拜|周|週)[一二三四五六日天]/;
const TIME = /^\s*[,，、]?\s*(?:(?:上午|下午|凌晨|早上|早晨|清晨|晚上|傍晚|中午|夜间|夜間|深夜)\s*)?(?:\d{1,2}\s*[:：時时点點]\s*(?:\d{2}\s*分?)?|\d{1,2}(?::\d{2})?\s*[ap]\.?m\.?)?/i;
/** A few words of weather under a diary's date ("暴雨", "小雪过后", "晴转多云"). */
const WEATHER = /^[\u3400-\u9fff]{1,6}$/;
/** English dates are set off from the words of their head: "Jan. 3 — Departure", "Day 1: The Island". */
const EN_AFTER = /^(?:$|[\s:：,，—–\-)）】\]])/;

export interface DateLead {
  /** Nothing but the date (with its weekday, time, or a diary's weather): no words of a headline. */
  bare: boolean;
}

/** The date a head line opens with, or null: "1月3日 启程", "【1月14日 16:30 …】", "Day 1: …", "March 1". */
export function dateLead(text: string): DateLead | null {
  const m = DATE_LEAD.exec(text);
  if (!m) return null;
  let rest = text.slice(m[0].length);
  if (/[A-Za-z]$/.test(m[0]) || /\d$/.test(m[0])) {
    if (!EN_AFTER.test(rest)) return null;
  }
  const weekday = WEEKDAY_ZH.exec(rest);
  if (weekday) rest = rest.slice(weekday[0].length);
  const time = TIME.exec(rest);
  if (time) rest = rest.slice(time[0].length);
  rest = rest.replace(/^[\s:：,，、—–\-]+/, '').replace(/[\s】\])）〕]+$/, '');
  return { bare: rest === '' || ((!!weekday || !!time?.[0].trim()) && WEATHER.test(rest.replace(/\s+/g, ''))) };
}

/** Characters a lead paragraph holds at least. */
const MIN_LEAD = 20;

/**
 * The page's story is told by one writer above its first dated head: its headline over a byline line or a lead
 * paragraph (not a picture caption closed by its credit, nor a round-up's standfirst introducing its items).
 */
function toldAbove(first: number, blocks: Block[], infos: BlockInfo[], facts: PageFacts): boolean {
  let headline = false;
  for (let k = 0; k < first; k++) {
    const info = infos[k];
    if (!info || facts.furniture[k]) continue;
    if (info.title) headline = true;
    else if (headline && (info.byline || info.openingByline)) return true;
    else if (headline && facts.prose[k] >= MIN_LEAD && !facts.closes[k]) {
      const t = blocks[k]?.text ?? '';
      if (!endsInPictureCredit(t) && !isRoundupIntro(t)) return true;
    }
  }
  return false;
}

/**
 * The candidate starts less the dated section heads of one story: bare dates always, dates opening worded heads
 * where the page tells one story above them. Only plain headline starts are read: a dated head over a dateline,
 * byline or credit opens a story of its own.
 */
export function withoutDatedSections(cands: Candidate[], blocks: Block[], infos: BlockInfo[], facts: PageFacts): Candidate[] {
  const dated = new Map<Candidate, DateLead>();
  for (const c of cands) {
    if (c.kind !== 'head-plain' || c.meta || c.body - c.head !== 1) continue;
    const lead = dateLead(blocks[c.head]?.text ?? '');
    if (lead) dated.set(c, lead);
  }
  if (!dated.size) return cands;
  const worded = [...dated].filter(([, d]) => !d.bare).map(([c]) => c);
  const first = [...dated.keys()].reduce((m, c) => Math.min(m, c.head), Infinity);
  const sections = dated.size >= 2 && worded.length > 0 && toldAbove(first, blocks, infos, facts);
  return cands.filter((c) => {
    const d = dated.get(c);
    return !d || !(d.bare || sections);
  });
}
