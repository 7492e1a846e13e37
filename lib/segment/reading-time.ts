// A reading-time line under a post's headline ("全文共5100字,阅读大约需要13分钟", "閱讀時間約3分鐘"): the page's
// word count and the minutes it takes, as English pages print "5 min read". Publication meta, like a date line:
// never a headline, and the line it follows is the headline over it. One pattern on one short line.

/** Longer than this a line is no reading-time note. */
const MAX_LINE = 40;
/** "全文共5100字", "本文约3000余字": the text's length in characters. */
const WORD_COUNT = /^(?:全文|本文)\s*(?:共|约|約|大约|大約)?\s*[\d,，.]+\s*(?:余|餘|多)?\s*字/u;
/** "阅读大约需要13分钟", "预计阅读时间5分钟", "閱讀時間約3分鐘". */
const MINUTES = /^(?:预计|預計)?\s*(?:阅读|閱讀)(?:全文)?\s*(?:时间|時間|时长|時長)?\s*(?:大约|大約|大概|约|約)?\s*(?:需要?|需時)?\s*[:：]?\s*(?:约|約)?\s*\d+(?:\.\d+)?\s*(?:分钟|分鐘)/u;

/** A count of characters and the minutes to read them, nothing else ("共 9926字,需浏览 20分钟", a public account's). */
const COUNT_AND_MINUTES = /^\s*(?:共|全文约?|本文约?)?\s*[\d,，]+\s*字\s*[,，、;；|｜·]?\s*(?:需|约需|预计|读完约?需?|阅读约?需?)?\s*(?:浏览|阅读|瀏覽|閱讀)?\s*(?:约|約)?\s*\d+\s*分(?:钟|鐘)\s*[,，。.]?\s*(?:建议收藏细读[。.]?)?\s*$/u;

/** Whether the line is a reading-time note: a word count, a reading time, or both. */
export function isReadingTimeLine(text: string): boolean {
  const t = text.trim();
  if (t.length > MAX_LINE) return false;
  return WORD_COUNT.test(t) || MINUTES.test(t) || COUNT_AND_MINUTES.test(t);
}
