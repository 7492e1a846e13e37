// A two-character name set to the width of a three-character one with spaces between its characters: "本报记者
// 王乐文  方  敏" (人民日报, 人民网), "记者 李　明". Papers pad short names so a column of names lines up; the name
// is 方敏, not two one-character words (no Han name is one character). Applied to a byline line before its names are
// read: two lone Han characters parted only by spaces, each standing between separators, are one name. Role and
// credit characters (记者, 文/图, 摄) are never joined. One pass over a short line.
const PADDED = /(^|[\s、，,])([\u3400-\u9fff])[ \u00a0\u3000]{1,4}([\u3400-\u9fff])(?=$|[\s、，,])/g;
const NOT_NAMES = /[记記者摄攝影文图圖]/;

/** The line with each padded two-character name closed up ("方  敏" → "方敏"); the line itself when there is none. */
export function joinPaddedNames(line: string): string {
  return line.replace(PADDED, (whole, before: string, a: string, b: string) => (NOT_NAMES.test(a) || NOT_NAMES.test(b) ? whole : `${before}${a}${b}`));
}
