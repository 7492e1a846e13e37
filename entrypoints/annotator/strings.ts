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

export type Strings = typeof en;

export function strings(language = globalThis.navigator?.language ?? 'en'): Strings {
  return language.toLowerCase().startsWith('zh') ? zh : en;
}
