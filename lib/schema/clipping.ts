// The one description of a clipping's shape and limits (valibot): the background checks a save against it, an
// import checks every clipping of the file, and every export passes what it writes through it (fit.ts repairs
// what a store filled before these limits may still hold). Page text is untrusted: nothing here trusts a field.
import * as v from 'valibot';
import { CLIP_COLORS, TEXT_FRAGMENT_SPEC, type Clipping, type NewClipping } from '../clipping';

/** Generous limits: far above any real clipping, low enough that one hostile page cannot fill the disk. */
export const LIMITS = {
  text: 1_000_000,
  note: 100_000,
  /** Titles, headlines, names, datelines. */
  short: 2_000,
  tag: 200,
  url: 8_192,
  tags: 100,
  spans: 10_000,
  selectors: 10,
  names: 50,
  id: 100,
} as const;

/** JavaScript dates reach ±8.64e15 ms; toISOString needs a four-digit-or-more year we can print. Epoch ms from
 * 1970 to the year 9999 keeps every export (ISO dates, YAML) well-formed. */
export const MAX_TIME = Date.UTC(9999, 11, 31, 23, 59, 59, 999);

export const FIGURE_KINDS = ['money', 'percent', 'quantity', 'count', 'multiple', 'rank', 'duration', 'date', 'number'] as const;
export const PLACE_LEVELS = ['country', 'province', 'prefecture', 'county', 'township', 'region', 'city', 'feature'] as const;

/** Line breaks of every kind (a tag is one line: it must not start a heading or a block in an export). */
export const LINE_BREAK = /[\n\r\u0085\u2028\u2029]/;

const text = (max: number) => v.pipe(v.string('should be text'), v.maxLength(max, `is longer than ${max} characters`));
const offset = v.pipe(v.number('should be a number'), v.safeInteger('should be a whole number'), v.minValue(0, 'should be ≥ 0'));
const time = v.pipe(offset, v.maxValue(MAX_TIME, 'is after the year 9999'));

/** Only web addresses: http: and https:. */
export function isWebUrl(s: string): boolean {
  if (!URL.canParse(s)) return false;
  const protocol = new URL(s).protocol;
  return protocol === 'http:' || protocol === 'https:';
}

/** A source address: http(s), or empty (a clipping from a file or stdin has no page). */
export const SourceUrlSchema = v.pipe(text(LIMITS.url), v.check((s) => s === '' || isWebUrl(s), 'should be an http: or https: address'));

export const TagSchema = v.pipe(
  text(LIMITS.tag),
  v.check((s) => !LINE_BREAK.test(s), 'should be one line'),
  v.check((s) => s.trim() === s && s !== '', 'should be trimmed and not empty'),
);

const names = v.pipe(v.array(text(LIMITS.short), 'should be a list'), v.maxLength(LIMITS.names, `has more than ${LIMITS.names} entries`));

export const DatelineSchema = v.object({
  source: text(LIMITS.short),
  place: v.nullable(text(LIMITS.short)),
  date: v.nullable(text(LIMITS.short)),
  kind: text(LIMITS.short),
  dateFrom: v.optional(v.literal('saved')),
});

export const BylineSchema = v.object({
  reporters: names,
  correspondents: names,
  interns: names,
  photographers: names,
  authors: names,
});

const spanRange = <T extends { start: number; end: number }>(s: T) => s.end >= s.start;

export const FigureSpanSchema = v.pipe(
  v.object({
    text: text(LIMITS.short),
    kind: v.picklist(FIGURE_KINDS, `should be one of ${FIGURE_KINDS.join(', ')}`),
    value: v.nullable(v.pipe(v.number('should be a number'), v.finite('should be a finite number'))),
    unit: v.nullable(text(LIMITS.short)),
    approx: v.boolean('should be true or false'),
    bound: v.nullable(v.picklist(['min', 'max'], 'should be min or max')),
    start: offset,
    end: offset,
  }),
  v.check(spanRange, 'ends before it starts'),
);

export const PlaceSpanSchema = v.pipe(
  v.object({
    text: text(LIMITS.short),
    name: text(LIMITS.short),
    level: v.picklist(PLACE_LEVELS, `should be one of ${PLACE_LEVELS.join(', ')}`),
    code: v.nullable(text(32)),
    start: offset,
    end: offset,
  }),
  v.check(spanRange, 'ends before it starts'),
);

/** A text directive of percent-encoded terms: [prefix-,]start[,end][,-suffix]. */
export const TEXT_DIRECTIVE = /^text=(?:[A-Za-z0-9%._]+-,)?[A-Za-z0-9%._]+(?:,[A-Za-z0-9%._]+)?(?:,-[A-Za-z0-9%._]+)?$/;

export const SelectorSchema = v.variant(
  'type',
  [
    v.object({ type: v.literal('TextQuoteSelector'), exact: text(LIMITS.text), prefix: text(LIMITS.short), suffix: text(LIMITS.short) }),
    v.pipe(v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }), v.check(spanRange, 'ends before it starts')),
    // Only a text directive of percent-encoded terms: nothing that could end the fragment or start another one.
    v.object({
      type: v.literal('FragmentSelector'),
      conformsTo: v.literal(TEXT_FRAGMENT_SPEC),
      value: v.pipe(v.string(), v.maxLength(LIMITS.short), v.regex(TEXT_DIRECTIVE, 'should be a text directive')),
    }),
  ],
  'should be a TextQuoteSelector, TextPositionSelector or FragmentSelector',
);

const list = <T extends v.GenericSchema>(item: T, max: number) =>
  v.pipe(v.array(item, 'should be a list'), v.maxLength(max, `has more than ${max} entries`));

/** Everything a page, a save message or a file may give; the store adds id and times. */
const newClippingEntries = {
  text: text(LIMITS.text),
  note: text(LIMITS.note),
  tags: list(TagSchema, LIMITS.tags),
  color: v.picklist(CLIP_COLORS, `should be one of ${CLIP_COLORS.join(', ')}`),
  url: SourceUrlSchema,
  site: text(LIMITS.short),
  pageTitle: text(LIMITS.short),
  article: v.nullable(v.object({ headline: text(LIMITS.short), dateline: v.nullable(DatelineSchema), byline: v.nullable(BylineSchema) })),
  selectors: list(SelectorSchema, LIMITS.selectors),
  figures: list(FigureSpanSchema, LIMITS.spans),
  places: list(PlaceSpanSchema, LIMITS.spans),
};

/** Figure and place offsets point into the clipping's own text. */
function spansInText(c: { text: string; figures: { end: number }[]; places: { end: number }[] }): boolean {
  return c.figures.every((f) => f.end <= c.text.length) && c.places.every((p) => p.end <= c.text.length);
}

export const NewClippingSchema = v.pipe(
  v.object(newClippingEntries),
  v.check((c) => spansInText(c), 'has figure or place offsets outside its text'),
);

export const ClippingSchema = v.pipe(
  v.object({
    id: v.pipe(text(LIMITS.id), v.nonEmpty('is empty')),
    ...newClippingEntries,
    createdAt: time,
    updatedAt: time,
  }),
  v.check((c) => spansInText(c), 'has figure or place offsets outside its text'),
  v.check((c) => c.updatedAt >= c.createdAt, 'was updated before it was created'),
);

/** `clippings[3].figures[0].end`-style path of the first problem, and what is wrong there. */
export function describeIssue(issues: readonly v.BaseIssue<unknown>[], root: string): string {
  const first = issues[0];
  if (!first) return `${root} is not valid`;
  let path = root;
  for (const item of first.path ?? []) path += typeof item.key === 'number' ? `[${item.key}]` : `.${String(item.key)}`;
  // A key that is not there at all is reported by its object; say so plainly.
  const missing = first.kind === 'schema' && first.type === 'object' && first.input === undefined;
  return `${path} ${missing ? 'is missing' : first.message}`;
}

export type Problem = { ok: false; problem: string };

/** Checks `value` against `schema`: the parsed value (unknown keys dropped, keys in schema order) or the problem. */
export function check<S extends v.GenericSchema>(schema: S, value: unknown, root: string): { ok: true; value: v.InferOutput<S> } | Problem {
  const result = v.safeParse(schema, value);
  return result.success ? { ok: true, value: result.output } : { ok: false, problem: describeIssue(result.issues, root) };
}

// The schema's output is the contract's type, checked by the compiler both ways.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const SCHEMA_MATCHES_CONTRACT: Same<v.InferOutput<typeof ClippingSchema>, Clipping> & Same<v.InferOutput<typeof NewClippingSchema>, NewClipping> = true;
