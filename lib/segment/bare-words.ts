// A line's words bare: compatibility-folded (full-width letters and digits as their ASCII forms), without spaces,
// punctuation or symbols. What the modules that find a line printed again compare (a headline list's entry and the
// headline under the navigation, a page title and its dashed deck, a pulled quote and its paragraph, a coded or
// named echo), so that spacing, marks and full- or half-width forms never tell two prints of the same words apart.

const NOT_WORDS = /[\s\p{P}\p{S}]+/gu;

export function bareWords(text: string): string {
  return text.normalize('NFKC').replace(NOT_WORDS, '');
}
