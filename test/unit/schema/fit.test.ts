// Bringing a clipping within the limits (lib/schema/fit.ts): at save time the reader is told what was shortened;
// before an export whatever the store holds is repaired, so a backup never fails.
import { describe, expect, it } from 'vitest';
import type { Clipping } from '../../../lib/clipping';
import { backupToJson, parseBackup } from '../../../lib/export/backup';
import { check, ClippingSchema, LIMITS, MAX_TIME, NewClippingSchema } from '../../../lib/schema/clipping';
import { cut, fitClipping, fitNewClipping, fitTags } from '../../../lib/schema/fit';
import { FREIGHT, SAMPLE_CLIPPINGS } from '../store/clipping-fixtures';

describe('fitting a clipping within the limits', () => {
  it('leaves a clipping within the limits unchanged and reports nothing trimmed', () => {
    expect(fitNewClipping(FREIGHT)).toEqual({ clipping: FREIGHT, trimmed: [] });
  });

  it('cuts a hostile page’s 2,500-character title and says so; the result passes the schema', () => {
    const { clipping, trimmed } = fitNewClipping({ ...FREIGHT, pageTitle: '标'.repeat(2_500) });
    expect(clipping.pageTitle).toHaveLength(LIMITS.short);
    expect(trimmed).toEqual(['pageTitle']);
    expect(check(NewClippingSchema, clipping, 'c').ok).toBe(true);
  });

  it('never splits a surrogate pair when cutting', () => {
    const s = `${'a'.repeat(9)}😀`;
    expect(cut(s, 10)).toBe('a'.repeat(9));
  });

  it('makes tags single-line, trimmed and unique', () => {
    expect(fitTags(['a\n# b', ' c ', 'c', '', 'd\u2028e'])).toEqual({ tags: ['a # b', 'c', 'd e'], changed: true });
    expect(fitTags(['x', 'y'])).toEqual({ tags: ['x', 'y'], changed: false });
  });

  it('drops a javascript: source instead of storing it', () => {
    expect(fitNewClipping({ ...FREIGHT, url: 'javascript:alert(1)' }).clipping.url).toBe('');
  });

  it('repairs a stored clipping from before the limits so that a backup of it imports again', () => {
    const bad: Clipping = {
      ...SAMPLE_CLIPPINGS[0]!,
      pageTitle: 'x'.repeat(LIMITS.short + 500),
      tags: ['two\nlines'],
      url: 'data:text/html,<script>alert(1)</script>',
      createdAt: 8.64e15,
      updatedAt: Number.NaN,
      figures: [...SAMPLE_CLIPPINGS[0]!.figures, { ...SAMPLE_CLIPPINGS[0]!.figures[0]!, end: 10 ** 9 }],
    };
    expect(check(ClippingSchema, bad, 'c').ok).toBe(false);
    const fitted = fitClipping(bad).clipping;
    expect(check(ClippingSchema, fitted, 'c').ok).toBe(true);
    expect(fitted.createdAt).toBe(MAX_TIME);
    // The whole round trip: a backup of the store as it is imports without complaint.
    const backup = parseBackup(backupToJson([bad, ...SAMPLE_CLIPPINGS.slice(1)]));
    expect(backup.clippings).toHaveLength(SAMPLE_CLIPPINGS.length);
  });
});
