// A place's name that opens a currency's or a clock's name is part of that name, not a place of its own: a
// one-character abbreviation in a currency's word (日元, 港币, 韩元) and a city's clock (北京时间, 东京时间). A reader
// filtering by Japan wants the stories that happen there, not every price in yen. (A country's full name before
// its currency, 德国马克, 印度卢比, stays a place, as People's Daily's labelled news reads it.)

/** Words that close a currency's name after its country's one-character abbreviation (日|元, 港|币). */
const CURRENCY_WORDS = ['元', '币', '镑', '铢'];
/** Characters after 元 that make it no currency (元旦, 元首, 元素, 元老, 元帅, 元气, 元年, 元月, 元宵, 元件, 元凶). */
const NOT_AFTER_YUAN = '旦首素老帅气年月宵件凶';

/** Whether the place [start, end) of `text` (folded to Simplified) opens a currency's or a clock's name. */
export function opensUnitName(text: string, start: number, end: number): boolean {
  if (text.startsWith('时间', end)) return true;
  if (end - start !== 1) return false;
  const w = CURRENCY_WORDS.find((c) => text.startsWith(c, end));
  return w !== undefined && !(w === '元' && NOT_AFTER_YUAN.includes(text[end + 1] ?? ''));
}
