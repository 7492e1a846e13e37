// Bringing a clipping within the limits of clipping.ts: at save time (a page's 2,500-character title is cut and the
// reader told which fields were), and before an export, for rows a store filled before these limits (an export
// never fails on what the store holds). The result always passes the schema (test/unit/schema/fit.test.ts).
import { CLIP_COLORS, TEXT_FRAGMENT_SPEC, type Clipping, type NewClipping, type Selector } from '../clipping';
import type { Byline, Dateline, FigureSpan, PlaceSpan } from '../types';
import { isWebUrl, LIMITS, LINE_BREAK, MAX_TIME, TEXT_DIRECTIVE } from './clipping';

/** The fields a save may shorten, as the panel names them. */
export type TrimmedField = 'text' | 'note' | 'tags' | 'pageTitle' | 'headline' | 'article' | 'figures' | 'places' | 'selectors';

/** Cut at `max` UTF-16 units without splitting a surrogate pair. */
export function cut(s: string, max: number): string {
  if (s.length <= max) return s;
  const end = /[\ud800-\udbff]/.test(s[max - 1] ?? '') ? max - 1 : max;
  return s.slice(0, end);
}

class Fitter {
  readonly trimmed = new Set<TrimmedField>();

  str(v: unknown, max: number, field: TrimmedField): string {
    const s = typeof v === 'string' ? v : v == null ? '' : String(v);
    if (s.length > max) this.trimmed.add(field);
    return cut(s, max);
  }

  strOrNull(v: unknown, max: number, field: TrimmedField): string | null {
    return v === null || v === undefined ? null : this.str(v, max, field);
  }

  list<T>(v: unknown, max: number, field: TrimmedField): T[] {
    const items = Array.isArray(v) ? (v as T[]) : [];
    if (items.length > max) this.trimmed.add(field);
    return items.slice(0, max);
  }
}

/** One line, trimmed, at most LIMITS.tag long; duplicates and empty tags dropped. */
export function fitTags(tags: readonly unknown[]): { tags: string[]; changed: boolean } {
  const out: string[] = [];
  let changed = false;
  for (const t of tags) {
    const line = String(t ?? '').split(LINE_BREAK).join(' ').replace(/\s+/g, ' ').trim();
    const tag = cut(line, LIMITS.tag).trim();
    if (tag !== t) changed = true;
    if (tag && !out.includes(tag)) out.push(tag);
    else changed = true;
  }
  if (out.length > LIMITS.tags) changed = true;
  return { tags: out.slice(0, LIMITS.tags), changed };
}

function fitDateline(d: Dateline | null, f: Fitter): Dateline | null {
  if (!d || typeof d !== 'object') return null;
  return {
    source: f.str(d.source, LIMITS.short, 'article'),
    place: f.strOrNull(d.place, LIMITS.short, 'article'),
    date: f.strOrNull(d.date, LIMITS.short, 'article'),
    kind: f.str(d.kind, LIMITS.short, 'article'),
    ...(d.dateFrom === 'saved' ? { dateFrom: 'saved' as const } : {}),
  };
}

function fitByline(b: Byline | null, f: Fitter): Byline | null {
  if (!b || typeof b !== 'object') return null;
  const names = (n: unknown) => f.list<unknown>(n, LIMITS.names, 'article').map((x) => f.str(x, LIMITS.short, 'article'));
  return {
    reporters: names(b.reporters),
    correspondents: names(b.correspondents),
    interns: names(b.interns),
    photographers: names(b.photographers),
    authors: names(b.authors),
  };
}

const inText = (length: number) => (s: { start: number; end: number }) =>
  Number.isSafeInteger(s.start) && Number.isSafeInteger(s.end) && s.start >= 0 && s.end >= s.start && s.end <= length;

function fitFigures(figures: unknown, length: number, f: Fitter): FigureSpan[] {
  const kept = f.list<FigureSpan>(figures, LIMITS.spans, 'figures').filter(inText(length));
  return kept.map((x) => ({
    ...x,
    text: f.str(x.text, LIMITS.short, 'figures'),
    value: typeof x.value === 'number' && Number.isFinite(x.value) ? x.value : null,
    unit: f.strOrNull(x.unit, LIMITS.short, 'figures'),
  }));
}

function fitPlaces(places: unknown, length: number, f: Fitter): PlaceSpan[] {
  return f
    .list<PlaceSpan>(places, LIMITS.spans, 'places')
    .filter(inText(length))
    .map((x) => ({ ...x, text: f.str(x.text, LIMITS.short, 'places'), name: f.str(x.name, LIMITS.short, 'places'), code: f.strOrNull(x.code, 32, 'places') }));
}

function fitSelectors(selectors: unknown, f: Fitter): Selector[] {
  const out: Selector[] = [];
  for (const s of f.list<Selector>(selectors, LIMITS.selectors, 'selectors')) {
    if (s?.type === 'TextQuoteSelector') {
      // A quote cut short would no longer find its passage: too long a quote is dropped, its context is cut.
      if (typeof s.exact !== 'string' || s.exact.length > LIMITS.text) {
        f.trimmed.add('selectors');
        continue;
      }
      out.push({ type: s.type, exact: s.exact, prefix: f.str(s.prefix, LIMITS.short, 'selectors'), suffix: f.str(s.suffix, LIMITS.short, 'selectors') });
    } else if (s?.type === 'TextPositionSelector' && inText(Number.MAX_SAFE_INTEGER)(s)) out.push({ type: s.type, start: s.start, end: s.end });
    // A directive cut short would point elsewhere: kept whole or dropped (the link is then built from the quote).
    else if (s?.type === 'FragmentSelector' && s.conformsTo === TEXT_FRAGMENT_SPEC && typeof s.value === 'string' && s.value.length <= LIMITS.short && TEXT_DIRECTIVE.test(s.value))
      out.push({ type: s.type, conformsTo: s.conformsTo, value: s.value });
    else f.trimmed.add('selectors');
  }
  return out;
}

export interface Fitted<T> {
  clipping: T;
  /** Fields that were shortened, in a stable order; empty when the input was within the limits. */
  trimmed: TrimmedField[];
}

function fitFields(input: NewClipping, f: Fitter): NewClipping {
  const text = f.str(input.text, LIMITS.text, 'text');
  const tags = fitTags(Array.isArray(input.tags) ? input.tags : []);
  if (tags.changed) f.trimmed.add('tags');
  const article = input.article && typeof input.article === 'object' ? input.article : null;
  return {
    text,
    note: f.str(input.note, LIMITS.note, 'note'),
    tags: tags.tags,
    color: CLIP_COLORS.includes(input.color) ? input.color : 'yellow',
    url: typeof input.url === 'string' && input.url.length <= LIMITS.url && isWebUrl(input.url) ? input.url : '',
    site: f.str(input.site, LIMITS.short, 'pageTitle'),
    pageTitle: f.str(input.pageTitle, LIMITS.short, 'pageTitle'),
    article: article && {
      headline: f.str(article.headline, LIMITS.short, 'headline'),
      dateline: fitDateline(article.dateline, f),
      byline: fitByline(article.byline, f),
    },
    selectors: fitSelectors(input.selectors, f),
    figures: fitFigures(input.figures, text.length, f),
    places: fitPlaces(input.places, text.length, f),
  };
}

const ORDER: TrimmedField[] = ['text', 'note', 'tags', 'pageTitle', 'headline', 'article', 'figures', 'places', 'selectors'];
const ordered = (f: Fitter) => ORDER.filter((x) => f.trimmed.has(x));

/**
 * A new clipping within the limits. The source address is not shortened (a cut address points elsewhere): a
 * page whose address is not http(s) or is too long gets `url: ''`, which the caller refuses to save.
 */
export function fitNewClipping(input: NewClipping): Fitted<NewClipping> {
  const f = new Fitter();
  const clipping = fitFields(input, f);
  return { clipping, trimmed: ordered(f) };
}

const clampTime = (t: unknown) => (typeof t === 'number' && Number.isFinite(t) ? Math.min(MAX_TIME, Math.max(0, Math.round(t))) : 0);

/** A stored clipping within the limits, for an export: what cannot be kept is cut, dropped or reset. */
export function fitClipping(input: Clipping): Fitted<Clipping> {
  const f = new Fitter();
  const fields = fitFields(input, f);
  const createdAt = clampTime(input.createdAt);
  const id = typeof input.id === 'string' && input.id ? cut(input.id, LIMITS.id) : `unnamed-${createdAt}`;
  return {
    clipping: { id, ...fields, createdAt, updatedAt: Math.max(createdAt, clampTime(input.updatedAt)) },
    trimmed: ordered(f),
  };
}
