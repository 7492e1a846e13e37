// A paragraph opened by its outlet's name in black brackets ("【Yahoo 新聞】…", "【有線新聞】…", "【新唐人…】"): a
// report as the outlet files it, never the site speaking to its reader. A news item about a browser or a privacy
// rule is still news when its outlet's tag opens it.

/** The bracketed outlet's name: up to 16 characters ending as outlets' names end (新聞, 新闻, 社, 網, 报, 台, News). */
const SOURCE_TAG = /^\s*【[^】\n]{0,14}?(?:新聞|新闻|通讯社|通訊社|社|網|网|報|报|電視|电视|電台|电台|台|News|NEWS)\s*】/u;

/** Whether the text opens with its outlet's name in black brackets. */
export function opensWithSourceTag(text: string): boolean {
  return SOURCE_TAG.test(text);
}
