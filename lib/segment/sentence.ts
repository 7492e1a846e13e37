// Where sentences end, in Chinese and in Latin-script text: the segmenter's sense of "complete".

/** Closing quotes and brackets that may follow a sentence's stop. */
const CLOSERS = new Set('”’"\'）)」』》】〉]');
const HARD_END = new Set('。！？!?…．.');
/** Punctuation after which a sentence must go on. */
const SOFT_END = new Set('，,、；;：:（(“‘《「『【—-');
/** What sentenceKey strips off a sentence's end: its stop, closers and spaces. */
const KEY_END = new Set('。！？!?；;.”’"」』）)');
const SPACE = /\s/;

function isSpace(c: string): boolean {
  return c === ' ' || SPACE.test(c);
}

/** Index of the last character that is neither a space nor in `skip` (-1: none). Reads the tail only. */
function lastIndexBefore(text: string, skip: Set<string> | null): number {
  let i = text.length - 1;
  while (i >= 0) {
    const c = text[i] as string;
    if (!isSpace(c) && !skip?.has(c)) break;
    i--;
  }
  return i;
}

export const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;
export const CJK_G = /[\u3400-\u9fff\uf900-\ufaff]/g;

export function hasCjk(text: string): boolean {
  return CJK.test(text);
}

/** Whether the text ends a sentence (closing quotes and brackets after the stop are allowed). */
export function endsSentence(text: string): boolean {
  // "No." / "U.S." style abbreviations at the very end are rare enough in body text to ignore.
  const i = lastIndexBefore(text, CLOSERS);
  return i >= 0 && HARD_END.has(text[i] as string);
}

/** endsSentence of the texts joined, read on the last one that is more than closers and spaces. */
export function endsSentenceJoined(texts: readonly string[]): boolean {
  for (let k = texts.length - 1; k >= 0; k--) {
    const t = texts[k] as string;
    const i = lastIndexBefore(t, CLOSERS);
    if (i >= 0) return HARD_END.has(t[i] as string);
  }
  return false;
}

/** Whether the text visibly stops inside a sentence (a comma, a colon, an open quote …). */
export function endsMidClause(text: string): boolean {
  const i = lastIndexBefore(text, null);
  return i >= 0 && SOFT_END.has(text[i] as string);
}

/** Measure words and units that cannot open a sentence when a list mark follows them ("毫米、…"). */
const UNIT_START =
  /^(?:毫米|厘米|千米|公里|公斤|千克|平方米|立方米|平方公里|万吨|万千瓦|吨|亿元|万元|元|美元|个|家|辆|只|项|倍|人次|人|次|户|所|座|台|套|件)[、，,；;。）)]/;

/** Whether a block visibly starts inside a sentence. */
export function startsMidSentence(text: string): boolean {
  const t = text.trimStart();
  if (!t) return false;
  if (/^[，,、。；;：:）)》」』”’！？!?%]/.test(t)) return true;
  if (/^[a-z]/.test(t)) return true;
  return UNIT_START.test(t);
}

/** Sentence ranges [start, end), split after 。！？!?；; (and ". " before a capital in Latin text). */
export function sentenceRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  const re = /[。！？!?；;]+[”’"」』）)]*|\.(?=["”’)]*\s+[A-Z"“])["”’)]*/g;
  let start = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text))) {
    const end = m.index + m[0].length;
    if (end > start) out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out
    .map(([s, e]): [number, number] => {
      while (s < e && /\s/.test(text[s] ?? '')) s++;
      while (e > s && /\s/.test(text[e - 1] ?? '')) e--;
      return [s, e];
    })
    .filter(([s, e]) => e > s);
}

/** The sentence with its stop and spaces removed, for comparing repeats. */
export function sentenceKey(sentence: string): string {
  const core = sentence.slice(0, lastIndexBefore(sentence, KEY_END) + 1);
  return SPACE.test(core) ? core.replace(/\s+/g, '') : core;
}
