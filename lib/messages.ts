// Every message between background, content script and popup, typed and validated in one place: each receiver
// passes what arrives through the parse function for its side (the same valibot schemas the store and the backup
// use), and drops what does not fit.
import * as v from 'valibot';
import type { Clipping, NewClipping } from './clipping';
import { ClippingSchema, LIMITS, NewClippingSchema } from './schema/clipping';

/** What a click produced on the page, reported back to the background (and to `npm start`, tests, checks). */
export interface AnnotateReport {
  /** Highlights are now shown (false after a toggle-off click). */
  visible: boolean;
  articles: number;
  figures: number;
  places: number;
  /** Saved clippings painted again on this page, and those that could not be placed. */
  clippings: number;
  orphans: number;
  /** A user-facing explanation when there was nothing to extract. */
  message: string | null;
}

/** Background -> content script. */
export type ContentRequest =
  | { type: 'jianbao:ping' }
  | { type: 'jianbao:click' }
  | { type: 'jianbao:rerun' }
  | { type: 'jianbao:save-selection' };

export interface ContentResponses {
  'jianbao:ping': { ready: true };
  'jianbao:click': AnnotateReport;
  'jianbao:rerun': AnnotateReport;
  'jianbao:save-selection': SaveResult;
}

/** Content script or popup -> background (the background owns the database). */
export type BackgroundRequest =
  | { type: 'jianbao:save-clipping'; clipping: NewClipping }
  | { type: 'jianbao:clippings-for-url'; url: string }
  | { type: 'jianbao:open-library' }
  | { type: 'jianbao:panel-place' }
  | { type: 'jianbao:set-panel-place'; place: PanelPlace };

/**
 * Where the reader last put the in-page panel. Kept by the background in the extension's own IndexedDB (the page
 * cannot read it, and no `storage` permission is needed); one place for every site.
 */
export interface PanelPlace {
  side: 'left' | 'right';
  collapsed: boolean;
  /** The reader widened the panel (it is narrow by default, to cover little of the page); absent means narrow. */
  wide?: boolean;
}

export type SaveResult = { ok: true; clipping: Clipping } | { ok: false; error: string };

export interface BackgroundResponses {
  'jianbao:save-clipping': SaveResult;
  'jianbao:clippings-for-url': Clipping[];
  'jianbao:open-library': void;
  'jianbao:panel-place': PanelPlace | null;
  'jianbao:set-panel-place': void;
}

export type ResponseOf<R extends { type: string }, Map> = R['type'] extends keyof Map ? Map[R['type']] : never;

const counts = v.pipe(v.number(), v.safeInteger(), v.minValue(0));

const AnnotateReportSchema = v.object({
  visible: v.boolean(),
  articles: counts,
  figures: counts,
  places: counts,
  clippings: counts,
  orphans: counts,
  message: v.nullable(v.pipe(v.string(), v.maxLength(LIMITS.short))),
});

const ContentRequestSchema = v.variant('type', [
  v.object({ type: v.literal('jianbao:ping') }),
  v.object({ type: v.literal('jianbao:click') }),
  v.object({ type: v.literal('jianbao:rerun') }),
  v.object({ type: v.literal('jianbao:save-selection') }),
]);

const PanelPlaceSchema = v.strictObject({ side: v.picklist(['left', 'right']), collapsed: v.boolean(), wide: v.optional(v.boolean()) });

const BackgroundRequestSchema = v.variant('type', [
  v.object({ type: v.literal('jianbao:panel-place') }),
  v.object({ type: v.literal('jianbao:set-panel-place'), place: PanelPlaceSchema }),
  v.object({ type: v.literal('jianbao:save-clipping'), clipping: NewClippingSchema }),
  v.object({ type: v.literal('jianbao:clippings-for-url'), url: v.pipe(v.string(), v.maxLength(LIMITS.url)) }),
  v.object({ type: v.literal('jianbao:open-library') }),
]);

const SaveResultSchema = v.variant('ok', [
  v.object({ ok: v.literal(true), clipping: ClippingSchema }),
  v.object({ ok: v.literal(false), error: v.pipe(v.string(), v.maxLength(LIMITS.short)) }),
]);

const ClippingListSchema = v.array(ClippingSchema);

function parsed<S extends v.GenericSchema>(schema: S, value: unknown): v.InferOutput<S> | null {
  const result = v.safeParse(schema, value);
  return result.success ? result.output : null;
}

/** The content script's side: a request from the background, or null. */
export const parseContentRequest = (m: unknown): ContentRequest | null => parsed(ContentRequestSchema, m);
/** The background's side: a request from the content script or the library page, or null. */
export const parseBackgroundRequest = (m: unknown): BackgroundRequest | null => parsed(BackgroundRequestSchema, m);
/** Replies, checked where they arrive. */
export const parseAnnotateReport = (m: unknown): AnnotateReport | null => parsed(AnnotateReportSchema, m);
export const parseSaveResult = (m: unknown): SaveResult | null => parsed(SaveResultSchema, m);
export const parsePanelPlace = (m: unknown): PanelPlace | null => parsed(PanelPlaceSchema, m);
export const parseClippingList = (m: unknown): Clipping[] | null => parsed(ClippingListSchema, m);

/** Why a save message was refused, for the reader (the first problem the schema found). */
export function saveProblem(m: unknown): string | null {
  const result = v.safeParse(BackgroundRequestSchema, m);
  if (result.success) return null;
  const issue = result.issues[0];
  const path = (issue?.path ?? []).map((p) => String(p.key)).join('.');
  return `${path || 'message'}: ${issue?.message ?? 'not valid'}`;
}
