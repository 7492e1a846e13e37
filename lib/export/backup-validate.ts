// Checks a parsed backup clipping against the one clipping schema (lib/schema/clipping.ts) and rebuilds it in the
// contract's key order, so a foreign or damaged file is refused before anything is written, and a re-export is
// byte-identical.
import type { Clipping } from '../clipping';
import { check, ClippingSchema } from '../schema/clipping';
import { fitClipping } from '../schema/fit';

export { LIMITS } from '../schema/clipping';

/** Why a backup was refused, for a UI to say in its own language (the message is the English fallback). */
export type BackupProblem = 'too-large' | 'not-json' | 'not-backup' | 'version' | 'damaged';

export class BackupError extends Error {
  constructor(
    message: string,
    readonly problem: BackupProblem = 'damaged',
    /** The damaged field, the version found…: data, not prose. */
    readonly detail: string = '',
  ) {
    super(message);
    this.name = 'BackupError';
  }
}

/** One clipping of a file being imported, rebuilt in contract key order; throws BackupError naming the field. */
export function validateClipping(v: unknown, path: string): Clipping {
  const result = check(ClippingSchema, v, path);
  if (!result.ok) throw new BackupError(`This backup is damaged and was not imported: ${result.problem}.`, 'damaged', result.problem);
  return result.value;
}

/** A clipping about to be exported: as it is when it passes the schema, else brought within it (never throws). */
export function exportable(c: Clipping): Clipping {
  const result = check(ClippingSchema, c, 'clipping');
  return result.ok ? result.value : fitClipping(c).clipping;
}
