// The words a Markdown export is written in: English, Simplified or Traditional Chinese, following the UI (the
// library) or the page's language (the CLI's one-page export). Field names of the data never appear as words.
import type { PlaceLevel } from '../types';

export type MarkdownLang = 'en' | 'zh' | 'zh-Hant';

export interface MarkdownLabels {
  note: string;
  open: string;
  saved: string;
  tags: string;
  colour: string;
  colours: Record<string, string>;
  figure: string;
  value: string;
  unit: string;
  place: string;
  level: string;
  levels: Partial<Record<PlaceLevel, string>>;
  source: string;
  site: string;
  dateline: string;
  /** After a dateline whose year was taken from the save time, the page stating none. */
  yearFromSave: string;
  byline: string;
  /** One byline role: its names, said the way a reader says it ("Reporters 高慧, 李明", "记者 高慧、李明"). */
  role: (role: BylineRole, names: string[]) => string;
  /** After a label: ": " in English, the full-width "：" in Chinese. */
  colon: string;
  /** Between items of a list (tags): ", " or "、". */
  listSeparator: string;
  /** Between roles. */
  roleSeparator: string;
  /** Title of a library or filter export with no title of its own. */
  untitled: string;
}

export type BylineRole = 'reporters' | 'correspondents' | 'interns' | 'photographers' | 'authors';

const EN_ROLE: Record<BylineRole, [string, string]> = {
  reporters: ['Reporter', 'Reporters'],
  correspondents: ['Correspondent', 'Correspondents'],
  interns: ['Intern', 'Interns'],
  photographers: ['Photographer', 'Photographers'],
  authors: ['', ''],
};

export const EN_LABELS: MarkdownLabels = {
  note: 'Note',
  open: 'Open at this passage',
  saved: 'saved',
  tags: 'tags',
  colour: 'colour',
  colours: {},
  figure: 'Figure',
  value: 'Value',
  unit: 'Unit',
  place: 'Place',
  level: 'Level',
  levels: {},
  source: 'Source',
  site: 'Site',
  dateline: 'Dateline',
  yearFromSave: ' (year assumed from the save date)',
  byline: 'Byline',
  role: (role, names) => {
    const [one, many] = EN_ROLE[role];
    const list = names.join(', ');
    return one ? `${names.length === 1 ? one : many} ${list}` : list;
  },
  colon: ': ',
  listSeparator: ', ',
  roleSeparator: '; ',
  untitled: 'Jianbao clippings',
};

const ZH_ROLE: Record<BylineRole, string> = { reporters: '记者', correspondents: '通讯员', interns: '实习生', photographers: '摄影', authors: '作者' };
const HANT_ROLE: Record<BylineRole, string> = { reporters: '記者', correspondents: '通訊員', interns: '實習生', photographers: '攝影', authors: '作者' };

export const ZH_LABELS: MarkdownLabels = {
  note: '笔记',
  open: '打开原文此处',
  saved: '保存于',
  tags: '标签',
  colour: '颜色',
  colours: { green: '绿', blue: '蓝', pink: '粉', purple: '紫', yellow: '黄' },
  figure: '数字',
  value: '数值',
  unit: '单位',
  place: '地名',
  level: '级别',
  levels: { country: '国家', province: '省级', prefecture: '地级', county: '县级', township: '乡级', region: '地区', city: '城市', feature: '地理实体' } as Partial<Record<PlaceLevel, string>>,
  source: '来源',
  site: '网站',
  dateline: '电头',
  yearFromSave: '（年份按保存日期推定）',
  byline: '署名',
  role: (role, names) => `${ZH_ROLE[role]} ${names.join('、')}`,
  colon: '：',
  listSeparator: '、',
  roleSeparator: '；',
  untitled: '剪报',
};

export const HANT_LABELS: MarkdownLabels = {
  ...ZH_LABELS,
  note: '筆記',
  open: '開啟原文此處',
  saved: '儲存於',
  tags: '標籤',
  colour: '顏色',
  colours: { green: '綠', blue: '藍', pink: '粉', purple: '紫', yellow: '黃' },
  figure: '數字',
  value: '數值',
  unit: '單位',
  level: '級別',
  levels: { country: '國家', province: '省級', prefecture: '地級', county: '縣級', township: '鄉級', region: '地區', city: '城市', feature: '地理實體' } as Partial<Record<PlaceLevel, string>>,
  source: '來源',
  site: '網站',
  dateline: '電頭',
  yearFromSave: '（年份按儲存日期推定）',
  byline: '署名',
  role: (role, names) => `${HANT_ROLE[role]} ${names.join('、')}`,
  untitled: '剪報',
};

export function markdownLabels(lang: MarkdownLang = 'en'): MarkdownLabels {
  return lang === 'zh' ? ZH_LABELS : lang === 'zh-Hant' ? HANT_LABELS : EN_LABELS;
}

/** The labels' language for a UI or page language tag (zh-TW, zh-HK, zh-MO and zh-Hant are Traditional). */
export function markdownLangOf(tag: string | null | undefined): MarkdownLang {
  const l = (tag ?? 'en').toLowerCase();
  if (!l.startsWith('zh')) return 'en';
  return !/-hans\b/.test(l) && /-(?:hant|tw|hk|mo)\b/.test(l) ? 'zh-Hant' : 'zh';
}
