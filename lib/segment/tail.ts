// End-anchored patterns ("…（下转第3版）", "… 本报记者 X 摄") read on the block's tail only. A regex ending in `$`
// is tried from every position of the text, so on a long paragraph each test costs the whole paragraph;
// the marks these patterns find are short, so a bounded tail gives the same match.
import { isSpaceCode } from './space';

/** Long enough for any mark or photo credit these patterns accept, with room for the spaces around it. */
const WINDOW = 240;

/**
 * `re.exec(text)` for a pattern anchored at the end (no g/y flag), run on the last `window` characters.
 * A match at the very start of the tail may reach further back (leading spaces, a `^` alternative): that
 * rare case is settled on the whole text, so the result is always the same as on the whole text.
 */
export function execAtEnd(re: RegExp, text: string, window = WINDOW): RegExpExecArray | null {
  if (text.length <= window) return re.exec(text);
  const offset = text.length - window;
  const m = re.exec(text.slice(offset));
  if (!m) return null;
  if (m.index === 0) return re.exec(text);
  m.index += offset;
  return m;
}

/** The last character that is not a space ('' for none), read from the end by character code. */
export function lastNonSpace(text: string): string {
  for (let i = text.length - 1; i >= 0; i--) if (!isSpaceCode(text.charCodeAt(i))) return text.charAt(i);
  return '';
}
