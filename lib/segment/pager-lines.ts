// An e-paper's pager line between its pages, issues or stories ("下一版»本期共4版, 当前第1版 PDF", "上一期 下一期", "3上一篇"): the
// page's navigation, no words of a story, whatever its punctuation.
const PAGER = /上一[版期篇]|下一[版期篇]|本期共\s*[0-9０-９]{1,3}\s*版|当前第\s*[0-9０-９A-Z]{1,3}\s*版|當前第\s*[0-9０-９A-Z]{1,3}\s*版/u;
const MAX_PAGER = 60;

/** Whether the line is an e-paper's pager: short, naming the next or previous page or issue, with no sentence in it. */
export function isPagerLine(text: string): boolean {
  const t = text.trim();
  return t.length <= MAX_PAGER && PAGER.test(t) && !/[。！？]/.test(t);
}
