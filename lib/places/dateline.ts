// Datelines name the place a story was filed from: 本报包头2月9日电, 新华社北京3月1日电, 本报记者 … 讯.

const DATELINE = /(?:本报|新华社|中新社|中新网|人民网|新华网|央视网|央广网|光明网|本刊)(?:驻)?(?:记者)?([\u4e00-\u9fff]{2,12}?)(?:\d{1,2}月\d{1,2}日)?(?:电|讯)/y;

/** The first two characters of the outlets DATELINE names, as first << 16 | second (no string cut per test). */
const OUTLET_PAIRS = new Set(['本报', '新华', '中新', '人民', '央视', '央广', '光明', '本刊'].map((p) => (p.charCodeAt(0) << 16) | p.charCodeAt(1)));

/** The [start, end) of the dateline's place in `text`, when a dateline opens the text (first 40 chars). */
export function datelinePlaceRange(text: string): [number, number] | null {
  const limit = Math.min(text.length, 40);
  for (let i = 0; i < limit; i++) {
    const c = text.charCodeAt(i);
    // Datelines start with 本/新/中/人/央/光 after optional markers such as □■ or spaces.
    if (c !== 0x672c && c !== 0x65b0 && c !== 0x4e2d && c !== 0x4eba && c !== 0x592e && c !== 0x5149) continue;
    // …and go on with the second character of an outlet's name (本报, 新华, 中新, 人民 …): 中 and 人 are common.
    // (Past the text's end charCodeAt is NaN, which `|` reads as 0: no pair.)
    if (!OUTLET_PAIRS.has((c << 16) | text.charCodeAt(i + 1))) continue;
    DATELINE.lastIndex = i;
    const m = DATELINE.exec(text);
    if (m && m[1]) {
      const start = i + m[0].indexOf(m[1]);
      return [start, start + m[1].length];
    }
  }
  return null;
}
