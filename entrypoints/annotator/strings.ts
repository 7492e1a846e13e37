// In-page UI strings, Chinese and English, following the browser's language.
import { countOf } from '@/components/plural';
const en = {
  title: 'Jianbao',
  articles: (n: number) => countOf(n, 'article', 'articles'),
  figures: (n: number) => countOf(n, 'figure', 'figures'),
  places: (n: number) => countOf(n, 'place', 'places'),
  hide: 'Hide highlights',
  show: 'Show highlights',
  rerun: 'Re-run on this page',
  library: 'Library',
  pageChanged: 'This page changed since Jianbao read it.',
  close: 'Close panel',
  saveArticle: 'Save article',
  saveSelection: 'Save clipping',
  note: 'Note',
  tags: 'Tags (comma separated)',
  colour: 'Colour',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved to your library',
  saveFailed: (why: string) => `Not saved: ${why}`,
  nothing: 'Jianbao found no article text on this page.',
  orphans: (n: number) => `${countOf(n, 'saved clipping', 'saved clippings')} could not be placed on this page`,
  clippings: (n: number) => `${countOf(n, 'saved clipping', 'saved clippings')} shown`,
  noSelection: 'Select some text on the page first.',
  continuedFrom: (p: string) => `continued from ${p}`,
  continuesTo: (p: string) => `continues on ${p}`,
  truncated: 'text cut off',
  photo: 'photo',
};

const zh: typeof en = {
  title: '剪报',
  articles: (n) => `${n} 篇文章`,
  figures: (n) => `${n} 个数字`,
  places: (n) => `${n} 个地名`,
  hide: '隐藏标注',
  show: '显示标注',
  rerun: '重新分析本页',
  library: '剪报库',
  pageChanged: '页面内容已更新。',
  close: '关闭面板',
  saveArticle: '收藏全文',
  saveSelection: '存为剪报',
  note: '笔记',
  tags: '标签（用逗号分隔）',
  colour: '颜色',
  save: '保存',
  cancel: '取消',
  saved: '已存入剪报库',
  saveFailed: (why) => `未能保存：${why}`,
  nothing: '本页没有找到可提取的文章。',
  orphans: (n) => `${n} 条已存剪报无法在本页定位`,
  clippings: (n) => `已显示 ${n} 条剪报`,
  noSelection: '请先在页面上选中文字。',
  continuedFrom: (p) => `上接${p}`,
  continuesTo: (p) => `下转${p}`,
  truncated: '正文不完整',
  photo: '图片新闻',
};

/** Traditional, for Taiwan, Hong Kong and Macau browsers. */
const zhHant: typeof en = {
  title: '剪報',
  articles: (n) => `${n} 篇文章`,
  figures: (n) => `${n} 個數字`,
  places: (n) => `${n} 個地名`,
  hide: '隱藏標註',
  show: '顯示標註',
  rerun: '重新分析本頁',
  library: '剪報庫',
  pageChanged: '頁面內容已更新。',
  close: '關閉面板',
  saveArticle: '收藏全文',
  saveSelection: '存為剪報',
  note: '筆記',
  tags: '標籤（以逗號分隔）',
  colour: '顏色',
  save: '儲存',
  cancel: '取消',
  saved: '已存入剪報庫',
  saveFailed: (why) => `未能儲存：${why}`,
  nothing: '本頁沒有找到可擷取的文章。',
  orphans: (n) => `${n} 則已存剪報無法在本頁定位`,
  clippings: (n) => `已顯示 ${n} 則剪報`,
  noSelection: '請先在頁面上選取文字。',
  continuedFrom: (p) => `上接${p}`,
  continuesTo: (p) => `下轉${p}`,
  truncated: '內文不完整',
  photo: '圖片新聞',
};

export type Strings = typeof en;

/** zh-TW, zh-HK, zh-MO and zh-Hant… get Traditional, other Chinese locales Simplified, the rest English. */
export function strings(language = globalThis.navigator?.language ?? 'en'): Strings {
  const l = language.toLowerCase();
  if (!l.startsWith('zh')) return en;
  return !/-hans\b/.test(l) && /-(?:hant|tw|hk|mo)\b/.test(l) ? zhHant : zh;
}
