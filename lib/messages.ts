// Every message between background, content script and popup, typed in one place.
import type { Clipping, NewClipping } from './clipping';

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
  | { type: 'jianbao:open-library' };

export type SaveResult = { ok: true; clipping: Clipping } | { ok: false; error: string };

export interface BackgroundResponses {
  'jianbao:save-clipping': SaveResult;
  'jianbao:clippings-for-url': Clipping[];
  'jianbao:open-library': void;
}

export type ResponseOf<R extends { type: string }, Map> = R['type'] extends keyof Map ? Map[R['type']] : never;
