// Word boundaries of a Chinese sentence, from the platform's own word segmenter (Intl.Segmenter, ICU's
// dictionary: built into Chromium, Firefox and Node, no dependency). A place the tagger alone proposes must start
// and end on one: 长沙 of 团长|沙祖康, 兰西 of 法兰西 and 三只羊 of 三|只|羊羔 are no places.

let segmenter: Intl.Segmenter | null = null;

/** 1 at every index of `text` (0…length) where a word starts or the text ends. */
export function wordBounds(text: string): Uint8Array {
  segmenter ??= new Intl.Segmenter('zh', { granularity: 'word' });
  const out = new Uint8Array(text.length + 1);
  for (const s of segmenter.segment(text)) out[s.index] = 1;
  out[text.length] = 1;
  return out;
}
