// Page language from markup or, failing that, from the script its text is written in.

const HAN = /[\u3400-\u9fff]/g;

/** `sample` is only read when the page declares no language. */
export function detectLang(declared: string | null | undefined, sample: () => string): string | null {
  const d = (declared ?? '').trim().toLowerCase();
  if (d) return d;
  const text = sample().slice(0, 5000);
  if (!text.trim()) return null;
  const han = text.match(HAN)?.length ?? 0;
  const letters = text.replace(/[\s\d\p{P}\p{S}]/gu, '').length || 1;
  return han / letters > 0.2 ? 'zh' : 'en';
}

/** The annotator's language switch from a BCP 47 tag. */
export function annotatorLang(lang: string | null): 'zh' | 'en' | 'auto' {
  if (!lang) return 'auto';
  if (lang.startsWith('zh')) return 'zh';
  if (lang.startsWith('en')) return 'en';
  return 'auto';
}
