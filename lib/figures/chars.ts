// Character and position tests the figure readers share: by UTF-16 code, so that reading a number allocates nothing.

export function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
export function isDigit(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 0xff10 && c <= 0xff19);
}
export function isHan(c: number): boolean {
  return c >= 0x3400 && c <= 0x9fff;
}

/** Whether text[i] is `ch` (by code: indexing a string cuts a new one-character string for most characters). */
export function charIs(text: string, i: number, ch: string): boolean {
  return text.charCodeAt(i) === ch.charCodeAt(0);
}

/** Whether text[i] is one of the characters of `set` (false past either end of the text). */
export function charIn(set: string, text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  for (let k = 0; k < set.length; k++) if (set.charCodeAt(k) === c) return true;
  return false;
}

/** Whether text[s, e) groups its thousands (1,234 or １，２３４): a written amount, not a code or a year. */
export function grouped(text: string, s: number, e: number): boolean {
  for (let i = s; i < e; i++) {
    const c = text.charCodeAt(i);
    if (c === 44 || c === 0xff0c) return true;
  }
  return false;
}

export function endsWithAny(text: string, at: number, words: readonly string[]): boolean {
  for (const w of words) if (at >= w.length && text.startsWith(w, at - w.length)) return true;
  return false;
}

export function scaled(v: number, pow: number): number {
  return pow === 0 ? v : Number((v * 10 ** pow).toPrecision(15));
}

/** The sticky regex `re` matched at `pos`. */
export function matchAt(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}
