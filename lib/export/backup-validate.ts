// Checks a parsed backup field by field and rebuilds each clipping in the contract's key order, so a foreign
// or damaged file is refused before anything is written, and a re-export is byte-identical.
import { CLIP_COLORS, type ClipColor, type Clipping, type Selector } from '../clipping';
import type { Byline, Dateline, FigureKind, FigureSpan, PlaceLevel, PlaceSpan } from '../types';

export class BackupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'BackupError';
  }
}

const FIGURE_KINDS: readonly FigureKind[] = ['money', 'percent', 'quantity', 'count', 'multiple', 'rank', 'duration', 'date', 'number'];
const PLACE_LEVELS: readonly PlaceLevel[] = ['country', 'province', 'prefecture', 'county', 'township', 'region', 'city', 'feature'];

/** Generous limits: far above any real clipping, low enough that a hostile file cannot fill the disk. */
export const LIMITS = {
  text: 1_000_000,
  note: 100_000,
  short: 2_000,
  url: 8_192,
  tags: 100,
  spans: 10_000,
  selectors: 10,
  names: 50,
} as const;

type Path = string;

function fail(path: Path, what: string): never {
  throw new BackupError(`This backup is damaged and was not imported: ${path} ${what}.`);
}

function obj(v: unknown, path: Path): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) fail(path, 'should be an object');
  return v as Record<string, unknown>;
}

function str(v: unknown, path: Path, max: number): string {
  if (typeof v !== 'string') fail(path, 'should be text');
  if (v.length > max) fail(path, `is longer than ${max} characters`);
  return v;
}

function strOrNull(v: unknown, path: Path, max: number): string | null {
  return v === null ? null : str(v, path, max);
}

function int(v: unknown, path: Path): number {
  if (typeof v !== 'number' || !Number.isSafeInteger(v) || v < 0) fail(path, 'should be a whole number ≥ 0');
  return v;
}

function num(v: unknown, path: Path): number {
  if (typeof v !== 'number' || !Number.isFinite(v)) fail(path, 'should be a number');
  return v;
}

function bool(v: unknown, path: Path): boolean {
  if (typeof v !== 'boolean') fail(path, 'should be true or false');
  return v;
}

function arr(v: unknown, path: Path, max: number): unknown[] {
  if (!Array.isArray(v)) fail(path, 'should be a list');
  if (v.length > max) fail(path, `has more than ${max} entries`);
  return v;
}

function oneOf<T extends string>(v: unknown, path: Path, options: readonly T[]): T {
  if (typeof v !== 'string' || !options.includes(v as T)) fail(path, `should be one of ${options.join(', ')}`);
  return v as T;
}

function names(v: unknown, path: Path): string[] {
  return arr(v, path, LIMITS.names).map((n, i) => str(n, `${path}[${i}]`, LIMITS.short));
}

function dateline(v: unknown, path: Path): Dateline | null {
  if (v === null) return null;
  const o = obj(v, path);
  return {
    source: str(o.source, `${path}.source`, LIMITS.short),
    place: strOrNull(o.place, `${path}.place`, LIMITS.short),
    date: strOrNull(o.date, `${path}.date`, LIMITS.short),
    kind: str(o.kind, `${path}.kind`, LIMITS.short),
  };
}

function byline(v: unknown, path: Path): Byline | null {
  if (v === null) return null;
  const o = obj(v, path);
  return {
    reporters: names(o.reporters, `${path}.reporters`),
    correspondents: names(o.correspondents, `${path}.correspondents`),
    interns: names(o.interns, `${path}.interns`),
    photographers: names(o.photographers, `${path}.photographers`),
    authors: names(o.authors, `${path}.authors`),
  };
}

function range(o: Record<string, unknown>, path: Path, length: number): { start: number; end: number } {
  const start = int(o.start, `${path}.start`);
  const end = int(o.end, `${path}.end`);
  if (end < start || end > length) fail(path, `has offsets ${start}–${end} outside its text`);
  return { start, end };
}

function selector(v: unknown, path: Path): Selector {
  const o = obj(v, path);
  if (o.type === 'TextQuoteSelector') {
    return {
      type: 'TextQuoteSelector',
      exact: str(o.exact, `${path}.exact`, LIMITS.text),
      prefix: str(o.prefix, `${path}.prefix`, LIMITS.short),
      suffix: str(o.suffix, `${path}.suffix`, LIMITS.short),
    };
  }
  if (o.type === 'TextPositionSelector') {
    const start = int(o.start, `${path}.start`);
    const end = int(o.end, `${path}.end`);
    if (end < start) fail(path, 'ends before it starts');
    return { type: 'TextPositionSelector', start, end };
  }
  return fail(`${path}.type`, 'should be TextQuoteSelector or TextPositionSelector');
}

function figure(v: unknown, path: Path, length: number): FigureSpan {
  const o = obj(v, path);
  const text = str(o.text, `${path}.text`, LIMITS.short);
  const kind = oneOf(o.kind, `${path}.kind`, FIGURE_KINDS);
  const value = o.value === null ? null : num(o.value, `${path}.value`);
  const unit = strOrNull(o.unit, `${path}.unit`, LIMITS.short);
  const approx = bool(o.approx, `${path}.approx`);
  const bound = o.bound === null ? null : oneOf(o.bound, `${path}.bound`, ['min', 'max'] as const);
  return { text, kind, value, unit, approx, bound, ...range(o, path, length) };
}

function place(v: unknown, path: Path, length: number): PlaceSpan {
  const o = obj(v, path);
  return {
    text: str(o.text, `${path}.text`, LIMITS.short),
    name: str(o.name, `${path}.name`, LIMITS.short),
    level: oneOf(o.level, `${path}.level`, PLACE_LEVELS),
    code: strOrNull(o.code, `${path}.code`, 32),
    ...range(o, path, length),
  };
}

function url(v: unknown, path: Path): string {
  const s = str(v, path, LIMITS.url);
  try {
    new URL(s);
  } catch {
    fail(path, 'is not a web address');
  }
  return s;
}

/** One clipping, rebuilt in contract key order. */
export function validateClipping(v: unknown, path: Path): Clipping {
  const o = obj(v, path);
  const id = str(o.id, `${path}.id`, 100);
  if (!id) fail(`${path}.id`, 'is empty');
  const text = str(o.text, `${path}.text`, LIMITS.text);
  const article = o.article === null ? null : obj(o.article, `${path}.article`);
  const clipping: Clipping = {
    id,
    text,
    note: str(o.note, `${path}.note`, LIMITS.note),
    tags: arr(o.tags, `${path}.tags`, LIMITS.tags).map((t, i) => str(t, `${path}.tags[${i}]`, LIMITS.short)),
    color: oneOf<ClipColor>(o.color, `${path}.color`, CLIP_COLORS),
    url: url(o.url, `${path}.url`),
    site: str(o.site, `${path}.site`, LIMITS.short),
    pageTitle: str(o.pageTitle, `${path}.pageTitle`, LIMITS.short),
    article: article && {
      headline: str(article.headline, `${path}.article.headline`, LIMITS.short),
      dateline: dateline(article.dateline, `${path}.article.dateline`),
      byline: byline(article.byline, `${path}.article.byline`),
    },
    selectors: arr(o.selectors, `${path}.selectors`, LIMITS.selectors).map((s, i) => selector(s, `${path}.selectors[${i}]`)),
    figures: arr(o.figures, `${path}.figures`, LIMITS.spans).map((f, i) => figure(f, `${path}.figures[${i}]`, text.length)),
    places: arr(o.places, `${path}.places`, LIMITS.spans).map((p, i) => place(p, `${path}.places[${i}]`, text.length)),
    createdAt: int(o.createdAt, `${path}.createdAt`),
    updatedAt: int(o.updatedAt, `${path}.updatedAt`),
  };
  if (clipping.updatedAt < clipping.createdAt) fail(`${path}.updatedAt`, 'is earlier than createdAt');
  return clipping;
}
