// The popup's words in Simplified and Traditional Chinese and in English; the browser's language picks one.

export type Lang = 'zh' | 'zh-Hant' | 'en';

const en = {
  title: 'Jianbao library',
  search: 'Search clippings',
  searchPlaceholder: 'Search text, notes, tags…',
  place: 'Place',
  figureKind: 'Figure kind',
  site: 'Site',
  tag: 'Tag',
  from: 'From',
  to: 'To',
  any: 'Any',
  groupByArticle: 'Group by article',
  clearFilters: 'Clear filters',
  emptyTitle: 'No clippings yet',
  emptyHelp: 'Click the 剪报 button on a newspaper page, select text, and save.',
  noMatches: 'No clippings match these filters.',
  count: (shown: number, total: number) => (shown === total ? `${total} clippings` : `${shown} of ${total} clippings`),
  open: 'Open',
  openLabel: 'Open the source page at this passage',
  edit: 'Edit',
  delete: 'Delete',
  deleted: 'Clipping deleted.',
  undo: 'Undo',
  restored: 'Clipping restored.',
  note: 'Note',
  tags: 'Tags (comma separated)',
  colour: 'Colour',
  save: 'Save',
  cancel: 'Cancel',
  saved: 'Saved.',
  editTitle: 'Edit clipping',
  exportMarkdown: 'Download Markdown',
  copyMarkdown: 'Copy Markdown',
  exportArticle: 'Markdown for this article',
  backup: 'Back up (JSON)',
  webAnnotation: 'Web Annotation (JSON-LD)',
  importBackup: 'Import backup',
  copied: 'Markdown copied to the clipboard.',
  copyFailed: 'Could not copy; use Download instead.',
  imported: (added: number, updated: number) => `Imported: ${added} new, ${updated} updated.`,
  loading: 'Loading…',
  clippingList: 'Clippings',
  kinds: {
    money: 'Money', percent: 'Percent', quantity: 'Quantity', count: 'Count', multiple: 'Multiple', rank: 'Rank',
    duration: 'Duration', date: 'Date', number: 'Number',
  },
  colours: { yellow: 'Yellow', green: 'Green', blue: 'Blue', pink: 'Pink', purple: 'Purple' },
};

export type Strings = typeof en;

const zh: Strings = {
  title: '剪报库',
  search: '搜索剪报',
  searchPlaceholder: '搜索正文、笔记、标签…',
  place: '地点',
  figureKind: '数字类型',
  site: '网站',
  tag: '标签',
  from: '起始日期',
  to: '截止日期',
  any: '全部',
  groupByArticle: '按文章分组',
  clearFilters: '清除筛选',
  emptyTitle: '还没有剪报',
  emptyHelp: '在报纸网页上点击“剪报”按钮,选中文字,然后保存。',
  noMatches: '没有符合筛选条件的剪报。',
  count: (shown, total) => (shown === total ? `共 ${total} 条剪报` : `${shown} / ${total} 条剪报`),
  open: '打开',
  openLabel: '在原网页中打开这段文字',
  edit: '编辑',
  delete: '删除',
  deleted: '已删除剪报。',
  undo: '撤销',
  restored: '已恢复剪报。',
  note: '笔记',
  tags: '标签(用逗号分隔)',
  colour: '颜色',
  save: '保存',
  cancel: '取消',
  saved: '已保存。',
  editTitle: '编辑剪报',
  exportMarkdown: '下载 Markdown',
  copyMarkdown: '复制 Markdown',
  exportArticle: '导出本文 Markdown',
  backup: '备份(JSON)',
  webAnnotation: 'Web 批注(JSON-LD)',
  importBackup: '导入备份',
  copied: 'Markdown 已复制到剪贴板。',
  copyFailed: '无法复制,请改用下载。',
  imported: (added, updated) => `已导入:新增 ${added} 条,更新 ${updated} 条。`,
  loading: '加载中…',
  clippingList: '剪报列表',
  kinds: {
    money: '金额', percent: '百分比', quantity: '数量', count: '个数', multiple: '倍数', rank: '排名',
    duration: '时长', date: '日期', number: '数字',
  },
  colours: { yellow: '黄', green: '绿', blue: '蓝', pink: '粉', purple: '紫' },
};

/** Traditional, as Taiwan, Hong Kong and Macau write it (搜尋, 下載, 備份, 標籤). */
const zhHant: Strings = {
  title: '剪報庫',
  search: '搜尋剪報',
  searchPlaceholder: '搜尋內文、筆記、標籤…',
  place: '地點',
  figureKind: '數字類型',
  site: '網站',
  tag: '標籤',
  from: '起始日期',
  to: '截止日期',
  any: '全部',
  groupByArticle: '依文章分組',
  clearFilters: '清除篩選',
  emptyTitle: '還沒有剪報',
  emptyHelp: '在報紙網頁上點按「剪報」按鈕，選取文字，然後儲存。',
  noMatches: '沒有符合篩選條件的剪報。',
  count: (shown, total) => (shown === total ? `共 ${total} 則剪報` : `${shown} / ${total} 則剪報`),
  open: '開啟',
  openLabel: '在原網頁中開啟這段文字',
  edit: '編輯',
  delete: '刪除',
  deleted: '已刪除剪報。',
  undo: '復原',
  restored: '已還原剪報。',
  note: '筆記',
  tags: '標籤（以逗號分隔）',
  colour: '顏色',
  save: '儲存',
  cancel: '取消',
  saved: '已儲存。',
  editTitle: '編輯剪報',
  exportMarkdown: '下載 Markdown',
  copyMarkdown: '複製 Markdown',
  exportArticle: '匯出本文 Markdown',
  backup: '備份（JSON）',
  webAnnotation: 'Web 註解（JSON-LD）',
  importBackup: '匯入備份',
  copied: 'Markdown 已複製到剪貼簿。',
  copyFailed: '無法複製，請改用下載。',
  imported: (added, updated) => `已匯入：新增 ${added} 則，更新 ${updated} 則。`,
  loading: '載入中…',
  clippingList: '剪報列表',
  kinds: {
    money: '金額', percent: '百分比', quantity: '數量', count: '個數', multiple: '倍數', rank: '排名',
    duration: '時長', date: '日期', number: '數字',
  },
  colours: { yellow: '黃', green: '綠', blue: '藍', pink: '粉紅', purple: '紫' },
};

/**
 * zh-Hant for Traditional locales (zh-TW, zh-HK, zh-MO, zh-Hant…), zh for other Chinese ones (zh, zh-CN, zh-SG,
 * zh-Hans-HK), else English.
 */
export function pickLang(language: string | undefined): Lang {
  const l = language ?? '';
  if (!/^zh\b/i.test(l)) return 'en';
  if (/-hans\b/i.test(l)) return 'zh';
  return /-(?:hant|tw|hk|mo)\b/i.test(l) ? 'zh-Hant' : 'zh';
}

export function strings(lang: Lang): Strings {
  return lang === 'zh' ? zh : lang === 'zh-Hant' ? zhHant : en;
}

/** The BCP 47 tag a page in this language is marked with (lang attribute, number and date formats). */
export function langTag(lang: Lang): string {
  return lang === 'zh' ? 'zh-CN' : lang === 'zh-Hant' ? 'zh-TW' : 'en';
}
