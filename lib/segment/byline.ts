// Bylines and credits: "（记者宋阿男 通讯员王佳妮）", "□本报记者 巴依斯古楞", "本报记者 怀特乌鲁斯 摄",
// "By Jane Doe and John Roe", "(Reporting by …; Editing by …)".
import type { Byline } from '../types';

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

const ORG = '(?:本报|本刊|本台|新华社|中新社|人民日报|人民网|央视|光明日报|经济日报|中国日报)?';
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
  ['记者', 'reporters'],
  ['摄影', 'photographers'],
  ['文/', 'authors'],
  ['文／', 'authors'],
  ['图/', 'photographers'],
  ['图／', 'photographers'],
  ['摄', 'photographers'],
];
const ROLE_RE = new RegExp(`^${ORG}(${ROLE_WORDS.map(([w]) => w).join('|')})`);
const ROLE_OF = new Map(ROLE_WORDS);

const SEP = /^[\s、，,和及与\u00a0\u3000]+/;
const CJK_NAME = /^[\u3400-\u9fff][\u3400-\u9fff·•]{1,11}$/;
const LATIN_NAME = /^[A-Z][\p{L}'’.-]*(?:\s(?:[A-Z][\p{L}'’.-]*|de|van|von|der|da|di|al|bin|le|la))*$/u;

function validName(name: string): boolean {
  if (CJK_NAME.test(name)) {
    const core = name.replace(/[·•]/g, '');
    return core.length >= 2 && core.length <= 10;
  }
  return LATIN_NAME.test(name) && name.length <= 40;
}

/**
 * Parses "记者宋阿男 通讯员王佳妮" / "本报记者 怀特乌鲁斯 摄" (role words and names only).
 * Returns null when anything else is in the text.
 */
export function parseRoleNames(content: string): Byline | null {
  const out = emptyByline();
  let s = content.trim();
  let role: Role | null = null;
  let pending: string[] = [];
  let sawRole = false;
  const flush = (r: Role | null) => {
    if (r && pending.length) out[r].push(...pending.filter((n) => !out[r].includes(n)));
    pending = [];
  };
  while (s) {
    const sep = SEP.exec(s);
    if (sep) {
      s = s.slice(sep[0].length);
      continue;
    }
    const r = ROLE_RE.exec(s);
    if (r) {
      const word = r[1] ?? '';
      const kind = ROLE_OF.get(word) ?? 'reporters';
      if (word === '摄' && pending.length) {
        // "本报记者 怀特乌鲁斯 摄": the trailing 摄 makes the names before it photographers.
        flush('photographers');
      } else {
        flush(role);
        role = kind;
      }
      sawRole = true;
      s = s.slice(r[0].length);
      continue;
    }
    // A name runs to the next separator or role word.
    let end = 0;
    while (end < s.length && !SEP.test(s.slice(end, end + 1)) && !(end > 0 && ROLE_RE.test(s.slice(end)) && /[\u3400-\u9fff]/.test(s[end] ?? ''))) {
      end++;
    }
    const name = s.slice(0, end);
    if (!validName(name)) return null;
    pending.push(name);
    s = s.slice(end);
  }
  if (!sawRole) return null;
  flush(role);
  return bylineSize(out) ? out : null;
}

export interface BylineMatch {
  byline: Byline;
  length: number;
}

/** A bracketed byline at the start of the text: "(记者王雅静)". */
export function parseBracketByline(text: string): BylineMatch | null {
  const m = /^\s*[(（]([^()（）]{2,60})[)）]\s*/.exec(text);
  if (!m) return null;
  const b = parseRoleNames(m[1] ?? '');
  return b ? { byline: b, length: m[0].length } : null;
}

const LINE_MARKS = /^[□■●◆▲★◇○◎※\s]+/;

function splitEnglishNames(list: string): string[] | null {
  const cleaned = list
    .replace(/\s+in\s+[A-Z][\p{L} ,.'-]*$/u, '')
    .replace(/[,|]\s*(?:Reuters|AP|AFP|Bloomberg|Xinhua|Associated Press)\.?$/i, '')
    .trim();
  const names = cleaned
    .split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim().replace(/\s+in\s+[A-Z][\p{L} .'-]*$/u, ''))
    .filter(Boolean);
  if (!names.length || !names.every(validName)) return null;
  return names;
}

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
  const t = text.replace(LINE_MARKS, '').trim();
  if (!t || t.length > 120) return null;
  const by = /^By\s+(.+)$/i.exec(t);
  if (by) {
    const names = splitEnglishNames((by[1] ?? '').replace(/\s*[-–—|]\s*.*$/, ''));
    return names ? { ...emptyByline(), authors: names } : null;
  }
  const credits = parseEnglishCredits(t);
  if (credits) return credits;
  const inner = /^[(（](.*)[)）]$/.exec(t);
  return parseRoleNames(inner ? (inner[1] ?? '') : t);
}

export interface CreditMatch {
  byline: Byline;
  /** Where the credit starts in the text. */
  start: number;
}

/**
 * A photo credit closing a caption: "… 理想家园。本报记者 怀特乌鲁斯 摄", "（新华社记者 张三 摄）".
 * Only accepted after a sentence stop, a space or a bracket, so "由他拍摄" is not a credit.
 */
export function parsePhotoCredit(text: string): CreditMatch | null {
  const t = text.trimEnd();
  const m = /(?:^|[。！？!?.\s）)])([(（]?[^。！？!?()（）]{2,40}?摄(?:影)?[)）]?)$/.exec(t);
  if (!m) return null;
  const credit = m[1] ?? '';
  const start = t.length - credit.length;
  const inner = credit.replace(/^[(（]/, '').replace(/[)）]$/, '').replace(/摄影$/, ' 摄');
  if (!/\s|记者|通讯员/.test(inner)) return null;
  const b = parseRoleNames(inner);
  if (!b || !b.photographers.length) return null;
  return { byline: b, start };
}

/** "(Reporting by …; Editing by …)" closing the last paragraph of a wire story. */
export function parseTrailingEnglishCredits(text: string): CreditMatch | null {
  const m = /\((?:Additional\s+)?(?:Reporting|Writing|Editing)\s+by\s[^()]*\)\s*$/i.exec(text);
  if (!m) return null;
  const b = parseEnglishCredits(m[0]);
  return b ? { byline: b, start: m.index } : null;
}
