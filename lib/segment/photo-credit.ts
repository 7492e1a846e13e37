// Credits closing a block: a picture's ("(AP Photo/Jane Doe)", "(Jane Doe/Reuters)", "本报记者 张三 摄", "…（觉果摄）", and
// the same in Traditional characters, "新華社記者 許暢 攝")
// and a wire story's "(Reporting by …; Editing by …)". Read on the block's tail only.
import type { Byline } from '../types';
import { emptyByline, looksLikeHanName, parseEnglishCredits, parseRoleNames, validName } from './byline';
import { execAtEnd, lastNonSpace } from './tail';

export interface CreditMatch {
  byline: Byline;
  /** Where the credit starts in the text. */
  start: number;
}

// A picture desk may run its own credit on after the bracket ("(AP Photo/Jane Doe)ASSOCIATED PRESS").
const AGENCY_CREDIT =
  /(?:^|\s|(?<=[.!?]))\(?(?:REUTERS|AP Photo|AFP|Xinhua|EPA|Getty Images)\/([A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*){0,3})\)?(?:\s*(?:ASSOCIATED PRESS|REUTERS|AFP|AP))?$/u;
/** "(Jane Doe/Associated Press)", "(Jane Doe/AFP/Getty Images)": the photographer, then the agency. */
const NAME_AGENCY_CREDIT = /(?:^|\s)\(([A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*){1,3})\/[A-Z][\p{L}&.'’ -]{1,40}(?:\/[A-Z][\p{L}&.'’ -]{1,30})?\)$/u;
/**
 * A whole line "Name / Agency", also under the copyright sign ("© Name / AFP"): a picture agency after the slash
 * (a name alone over "/" could be anything).
 */
const LINE_NAME_AGENCY =
  /^\s*(?:©\s*)?([A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*){1,3})\s*\/\s*(?:AP|EPA(?:-EFE)?|Reuters|REUTERS|AFP|Getty Images|Shutterstock|Xinhua|Bloomberg|NurPhoto|Sipa|Zuma|SOPA Images|The New York Times|[A-Z]{2,5})(?:\s*[-–\/]\s*(?:Getty Images|Shutterstock|Sipa USA|Zuma Press))?\s*$/u;
const LABELLED_CREDIT =
  /(?:^|\s)\(?(?:Photograph|Photo|Picture|Image|(?:(?:Image|Photo|Picture)\s+)?Credit)(?:\s+by|\s*:)\s+([A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*){0,3})(?:\s*\/\s*[\p{L} .&-]{1,30}|\s+for\s+[\p{L} .&-]{1,30})?\)?\.?$/u;
/** A picture's copyright line of its own, naming the holder only: "Image copyright AFP", "Image source: Getty Images". */
const LINE_HOLDER = /^\s*(?:Image|Photo|Picture)\s+(?:copyright|credit|source)\s*[:,]?\s+([A-Z][\p{L}&.'’-]*(?:\s[A-Z][\p{L}&.'’-]*){0,3})\s*$/u;
/**
 * A picture agency's credit under a source label, the agency's picture word and the photographer after a slash,
 * maybe with the agency's use restriction in capitals after one more ("Source: AAP Image/Jane Doe/ NO ARCHIVING",
 * issue 12 round 61): the "Image/" or "Photo/" tells it from a text's source line ("Source: Reuters").
 */
const SOURCE_CREDIT =
  /(?:^|\s)Source\s*:\s+[A-Z][\p{L}&.'’-]{0,20}(?:\s[A-Z][\p{L}&.'’-]{0,20}){0,2}\s+(?:Images?|Photos?)\s*\/\s*([A-Z][\p{L}'’.-]*(?:\s[A-Z][\p{L}'’.-]*){0,3})(?:\s*\/\s*[A-Z][A-Z ]{2,30})?$/u;
const CREDIT_END = /[\p{L}'’.&)）-]/u;
const CREDIT_LABEL = /Photograph|Photo|Picture|Image|Credit/;
const TAKEN_BY_END = new Set('摄攝影)）');
/** "… 本报记者 张三 摄", "…（觉果摄）", and an agency's handout "… 新华社发(李彬 摄)". */
const TAKEN_BY_CREDIT = /(?:^|[。！？!?.\s）)])((?:[\u3400-\u9fff]{1,5}(?:社|网|網|报|報|台)[发發]\s*(?=[(（]))?[(（]?[^。！？!?()（）]{2,40}?[摄攝](?:影)?[)）]?)$/;
const HANDOUT = /^[\u3400-\u9fff]{1,5}(?:社|网|網|报|報|台)[发發]\s*/;
/** A paper's or agency's name set before a photographer's name: a word ending in 报, 社, 网, 台 or 刊, then a space. */
const PAPER_FIRST = /^\s*[\u3400-\u9fff]{1,8}(?:报|報|社|网|網|台|刊)\s+(?=[\u3400-\u9fff])/;
const TRAILING_CREDITS = /\((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s[^()]*\)\s*$/i;
/** Wire credit lines name several people and roles; they stay well under this. */
const CREDITS_WINDOW = 600;

/** What a picture desk writes after the agency when it names nobody: "AP Photo/Uncredited", "REUTERS/Handout". */
const UNNAMED = /^(?:Uncredited|Unknown|Unattributed|Handout|Pool|File|Staff)$/i;

/**
 * A photo credit closing a caption: "… 理想家园。本报记者 怀特乌鲁斯 摄", "（新华社记者 张三 摄）".
 * Only accepted after a sentence stop, a space or a bracket, so "由他拍摄" is not a credit.
 */
export function parsePhotoCredit(text: string): CreditMatch | null {
  const t = text.trimEnd();
  const last = lastNonSpace(t);
  // Every credit ends in a name, a bracket, a stop or 摄/摄影: anything else is no credit.
  if (!last || !CREDIT_END.test(last)) return null;
  // Agency picture credits: "… REUTERS/Jane Doe", "(AP Photo/John Roe)".
  const agency = t.includes('/') ? execAtEnd(AGENCY_CREDIT, t) : null;
  if (agency && agency[1]) {
    // "(AP Photo/Uncredited)": the desk's word for no name is a credit, but no photographer.
    const named = UNNAMED.test(agency[1]) ? [] : [agency[1]];
    return { byline: { ...emptyByline(), photographers: named }, start: agency.index + (/^\s/.test(agency[0]) ? 1 : 0) };
  }
  // A credit line of its own under a gallery's caption: "Eric Gay / AP", "Mike Blake/Reuters", "Jane Doe / AFP - Getty Images".
  const line = t.includes('/') ? LINE_NAME_AGENCY.exec(t) : null;
  if (line && line[1] && validName(line[1])) return { byline: { ...emptyByline(), photographers: [line[1]] }, start: 0 };
  // (The holder only, "Image copyright AFP": the agency stands for the photographer.)
  const holder = LINE_HOLDER.exec(t);
  if (holder?.[1]) return { byline: { ...emptyByline(), photographers: [holder[1]] }, start: 0 };
  const named = last === ')' && t.includes('/') ? execAtEnd(NAME_AGENCY_CREDIT, t) : null;
  if (named && named[1] && validName(named[1])) {
    return { byline: { ...emptyByline(), photographers: [named[1]] }, start: named.index + (/^\s/.test(named[0]) ? 1 : 0) };
  }
  // "Source: AAP Image/Jane Doe/ NO ARCHIVING".
  const sourced = t.includes('Source') && t.includes('/') ? execAtEnd(SOURCE_CREDIT, t) : null;
  if (sourced && sourced[1] && validName(sourced[1])) {
    return { byline: { ...emptyByline(), photographers: [sourced[1]] }, start: sourced.index + (/^\s/.test(sourced[0]) ? 1 : 0) };
  }
  // "Photograph: Jane Doe/PA", "Photo: Jane Doe for The Guardian", "Photo by Jane Doe".
  const labelled = CREDIT_LABEL.test(t) ? execAtEnd(LABELLED_CREDIT, t) : null;
  if (labelled && labelled[1] && validName(labelled[1])) {
    return { byline: { ...emptyByline(), photographers: [labelled[1]] }, start: labelled.index + (/^\s/.test(labelled[0]) ? 1 : 0) };
  }
  const m = TAKEN_BY_END.has(last) ? execAtEnd(TAKEN_BY_CREDIT, t) : null;
  if (!m) return null;
  const full = m[1] ?? '';
  const start = t.length - full.length;
  const credit = full.replace(HANDOUT, '');
  // The photographer's paper before the name ("（武汉晚报 邱焰 摄）", "（新快报 王小明 摄）") is no name.
  // (A slash may part the name from 摄: "中青网记者 赵迪/摄"; an old picture photographed again is 翻摄: "…记者 宋宇晟 翻摄".)
  const inner = credit.replace(/^[(（]/, '').replace(/[)）]$/, '').replace(/[摄攝]影$/, ' 摄').replace(/\s*[/／]\s*([摄攝])$/, ' $1').replace(/\s+翻([摄攝])$/, ' $1').replace(PAPER_FIRST, '');
  // A bare name run on to 摄 ("… 王小川摄", "…（觉果摄）"): a name of two to four characters, bracketed or after a space.
  const bare = /^([\u3400-\u9fff·]{2,4}?)\s*[摄攝]$/.exec(inner.trim());
  const lead = credit.length - credit.trimStart().length;
  if (bare && bare[1] && (/^[(（]/.test(credit) || lead > 0 || looksLikeHanName(bare[1]))) {
    return { byline: { ...emptyByline(), photographers: [bare[1]] }, start: start + lead };
  }
  // Several photographers' bare names in the bracket ("（施超 杨忠华 丁华 摄）"): each name a Han name.
  const several = /^((?:[\u3400-\u9fff·]{2,4}\s+){1,4}[\u3400-\u9fff·]{2,4})\s*[摄攝]$/.exec(inner.trim());
  if (several?.[1] && /^[(（]/.test(credit)) {
    const names = several[1].split(/\s+/);
    if (names.every(looksLikeHanName)) return { byline: { ...emptyByline(), photographers: names }, start };
  }
  if (!/\s|记者|記者|通讯员|通訊員/.test(inner)) return null;
  const b = parseRoleNames(inner);
  if (!b || !b.photographers.length) return null;
  return { byline: b, start };
}

/** "(Reporting by …; Editing by …)" closing the last paragraph of a wire story. */
export function parseTrailingEnglishCredits(text: string): CreditMatch | null {
  if (lastNonSpace(text) !== ')') return null;
  const m = execAtEnd(TRAILING_CREDITS, text, CREDITS_WINDOW);
  if (!m) return null;
  const b = parseEnglishCredits(m[0]);
  return b ? { byline: b, start: m.index } : null;
}
