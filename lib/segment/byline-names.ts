// Names on a byline: whether a word is a person's name (Han or Latin), and the English byline's names with the
// organisation and job title after them stripped ("By JANE DOE Associated Press", "Jane Doe Economics editor").
// Split out of byline.ts, which reads the byline's shapes.
export const CJK_NAME = /^[\u3400-\u9fff][\u3400-\u9fff·•]{1,11}$/;
const LATIN_NAME = /^[A-Z][\p{L}'’.-]*(?:\s(?:[A-Z][\p{L}'’.-]*|de|van|von|der|da|di|al|bin|le|la))*$/u;

/** Function words, pronouns and verbs no transliterated name is spelt with: "记者正火速赶往现场" is a sentence, and
 * "新锐记者说丨…，她立志当一名记者" a column's headline (丨 parting its column name), not a byline. */
const NOT_IN_NAMES = /[的了是在正将把被往向从对为和与这那些们赶她他说說丨]/;

/** Adverbs no Han name opens with (none of them a surname): 也, 还/還, 又, 才, 却/卻, 很, 更, 最, 不, 没/沒, 就, 便. */
const ADVERB_OPENING = /^[也还還又才却卻很更最不没沒就便]/;

export function validName(name: string): boolean {
  if (CJK_NAME.test(name)) {
    const core = name.replace(/[·•]/g, '');
    // A Han name is two to four characters; longer ones are transliterations. None closes on the particle 的: a
    // line "…记者陈牧的" runs on into the next ("“十年磨一剑”"), a headline's first line, no byline.
    if (core.endsWith('的')) return false;
    // Nor opens on an adverb: the role word is then a sentence's subject ("記者也有兩種", "记者还在现场"), no byline's.
    if (ADVERB_OPENING.test(core)) return false;
    return core.length >= 2 && core.length <= 10 && (core.length <= 4 || name.includes('·') || !NOT_IN_NAMES.test(core));
  }
  return LATIN_NAME.test(name) && name.length <= 40;
}

/** News organisations that sign a byline after the names: "By JANE DOE Associated Press". */
const EN_ORGS =
  'Reuters|AP|AFP|Bloomberg|Xinhua|Associated Press|Agence France-Presse|China Daily|Global Times|CGTN|BBC News|BBC|CNN|' +
  'The Guardian|The Observer|The Times|The New York Times|The Washington Post|Financial Times|The Economist|NPR|' +
  'Kyodo News|Kyodo|Yonhap|dpa|ANSA|EFE|TASS|Staff';
const ORG_TAIL = new RegExp(`(?:\\s*[,|]\\s*|\\s+)(?:for\\s+)?(?:[Tt]he\\s+)?(?:${EN_ORGS})\\.?$`);
/** Job titles written after the name, on the byline's second line: "Economics editor", "Senior Reporter, BBC News". */
const ROLE_NOUNS = ['editor', 'correspondent', 'reporter', 'writer', 'journalist', 'columnist', 'analyst', 'producer', 'presenter', 'contributor', 'critic', 'commentator', 'photographer', 'staff', 'blogger'];
export const ROLE_TAIL = new RegExp(
  `^(?:[A-Z][a-z]+\\s+)?(?:[a-z]+\\s+){0,3}(?:${ROLE_NOUNS.map((w) => `[${w[0]}${w[0]?.toUpperCase()}]${w.slice(1)}`).join('|')})s?\\b(?:\\s*[,@|].*)?$`,
);

/** The names without a job title after them; the longest title that leaves a name of two words or more. */
function withoutRole(t: string): string {
  const starts = [...t.matchAll(/(?:,\s*|\s+)(?=\S)/g)];
  for (const m of starts) {
    const head = t.slice(0, m.index).trim();
    if (head.split(/\s+/).length >= 2 && ROLE_TAIL.test(t.slice(m.index + m[0].length))) return head;
  }
  return t;
}

/** Strips what follows the names on a byline: the organisation, then a job title. */
function bareNames(list: string): string {
  let t = list.trim();
  for (let guard = 0; guard < 3; guard++) {
    const next = withoutRole(t.replace(ORG_TAIL, '').trim());
    if (next === t || !next) break;
    t = next;
  }
  return t;
}

export function splitEnglishNames(list: string): string[] | null {
  const cleaned = bareNames(list.replace(/\s+in\s+[A-Z][\p{L} ,.'-]*$/u, ''));
  const names = cleaned
    .split(/\s*,\s*and\s+|\s*,\s*|\s+and\s+|\s*&\s*/)
    .map((n) => n.trim().replace(/\s+in\s+[A-Z][\p{L} .'-]*$/u, ''))
    .filter(Boolean);
  if (!names.length || !names.every(validName)) return null;
  return names;
}

/** A post's date ("January 24, 2020") and/or reading time ("5 min read") run on after a byline's names. */
export const POST_META_TAIL = /\s+(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2},?\s+\d{4}(?:\s+\d{1,3}\s+min(?:ute)?s?\s+read)?|\d{1,3}\s+min(?:ute)?s?\s+read)\s*$/;
