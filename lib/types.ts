// The data contract shared by the extension, the command line and the tests.
// Shapes follow docs/cli-contract.md exactly; internal extras (source maps) live in separate types.

export type FigureKind =
  | 'money'
  | 'percent'
  | 'quantity'
  | 'count'
  | 'multiple'
  | 'rank'
  | 'duration'
  | 'date'
  | 'number';

/** A recognised figure inside one text (offsets are JavaScript string offsets, end exclusive). */
export interface FigureSpan {
  text: string;
  kind: FigureKind;
  /** Normalised number: 5842.2万吨 -> 58422000. */
  value: number | null;
  /**
   * Normalised unit: ISO 4217 for money ("CNY", "USD"), SI symbols ("t", "km", "mm", "㎡", "m³", "kWh"), "%" and
   * "pp" for percent, "people" for counts of people, "year"/"month"/"day" for durations, rates like "CNY/t";
   * the full table is in lib/figures/units.ts.
   */
  unit: string | null;
  /** 约 / 近 / 左右 / about / nearly … */
  approx: boolean;
  /** 以上 / 超过 / more than -> "min"; 以下 / 不到 / under -> "max". */
  bound: 'min' | 'max' | null;
  start: number;
  end: number;
}

export type PlaceLevel =
  | 'country'
  | 'province'
  | 'prefecture'
  | 'county'
  | 'township'
  | 'region'
  | 'city'
  | 'feature';

/** A recognised place name inside one text. */
export interface PlaceSpan {
  text: string;
  /** The gazetteer's canonical name, e.g. 包头市 for 包头. */
  name: string;
  level: PlaceLevel;
  /** GB/T 2260 division code for Chinese divisions, ISO 3166 code for countries, else null. */
  code: string | null;
  start: number;
  end: number;
}

/** `paragraph` indexes Article.paragraphs; -1 is the headline. */
export interface Figure extends FigureSpan {
  paragraph: number;
}
export interface Place extends PlaceSpan {
  paragraph: number;
  /**
   * The gazetteer's English name (Mongolia, Cairo, Inner Mongolia; null where it has none, as for Chinese
   * counties and townships): with `name`, a place is named in both languages whatever the page's language.
   */
  nameEn: string | null;
}

export interface Dateline {
  /** 本报, 新华社, Reuters … */
  source: string;
  place: string | null;
  date: string | null;
  /** 电, 讯, wire … */
  kind: string;
  /**
   * Only in a clipping, only when set: `date` took its year from the time the clipping was saved, because the page
   * stated no date of its own (lib/clipping-article.ts). Exports say so beside the date.
   */
  dateFrom?: 'saved';
}

export interface Byline {
  reporters: string[];
  correspondents: string[];
  interns: string[];
  photographers: string[];
  authors: string[];
}

export interface Article {
  headline: string;
  subheadline: string | null;
  dateline: Dateline | null;
  byline: Byline | null;
  /** ISO 8601 date or date-time the page states for the story (structured data, meta, a full dated dateline). */
  published: string | null;
  paragraphs: string[];
  fragments: string[];
  continuedFrom: string | null;
  continuesTo: string | null;
  truncated: boolean;
  photo: boolean;
  figures: Figure[];
  places: Place[];
}

export interface ExtractResult {
  url: string | null;
  title: string;
  lang: string | null;
  rubrics: string[];
  articles: Article[];
}

// ---------------------------------------------------------------------------
// Blocks: paragraph-level text with layout hints, from a DOM or from plain text.

export interface Block {
  /** Text as the reader sees it (whitespace collapsed, trimmed). */
  text: string;
  /** Lower-case tag name of the element ("p", "h2", "li", "div" …); "p" for plain text. */
  tag: string;
  /** 1–6 for h1–h6 (or role=heading aria-level), else null. */
  headingLevel: number | null;
  /** The element's class attribute ("" when none). */
  className: string;
  /** Index of the enclosing <article>/<section> container when the page is structured, else null. */
  container: number | null;
  /** Whether the block was bold/strong/large as a whole (a headline hint), when known. */
  emphasis: boolean;
  /**
   * Length of the block's opening run in bold/strong when the rest of it is not (a head run into its paragraph,
   * "<p><strong>Head</strong> Text…</p>"), when known; absent when none or the whole block is emphasised.
   */
  leadEmphasis?: number;
  /** Index of the enclosing <figure> (a picture's caption or credit lines), when there is one. */
  figure?: number;
  /**
   * The class of the one inline element that holds all of the block's text, when the block's own element has no class
   * (a picture's caption set as a classed span in a bare paragraph: "<p><img><span class=\"caption\">…</span></p>").
   * Absent when none, or when the text sits in more than one inline box.
   */
  innerClass?: string;
  /**
   * The block's text opened with a paragraph indent written into it (two ideographic spaces "　　", or two no-break
   * spaces), as Chinese pages indent each paragraph: it starts a paragraph of its own (repair.ts). Absent when not.
   */
  indented?: boolean;
}

/**
 * Where a run of an output string comes from: output [start, end) equals
 * blocks[block].text [blockStart, blockStart + (end - start)).
 */
export interface SourceSpan {
  block: number;
  blockStart: number;
  start: number;
  end: number;
}

/** An article as the segmenter produces it: the contract's Article without annotations, plus source maps. */
export interface SegmentedArticle extends Omit<Article, 'figures' | 'places'> {
  headlineSource: SourceSpan[];
  paragraphSources: SourceSpan[][];
}

export interface Segmentation {
  rubrics: string[];
  articles: SegmentedArticle[];
}
