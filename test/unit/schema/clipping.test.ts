// The one clipping schema (lib/schema/clipping.ts): what a save, an import and an export accept.
import { describe, expect, it } from 'vitest';
import { check, ClippingSchema, isWebUrl, LIMITS, MAX_TIME, NewClippingSchema } from '../../../lib/schema/clipping';
import { FREIGHT, SAMPLE_CLIPPINGS } from '../store/clipping-fixtures';

const ok = (c: unknown) => check(NewClippingSchema, c, 'clipping');

describe('a clipping’s shape and limits', () => {
  it('accepts the sample clippings as they are, stored and new', () => {
    for (const c of SAMPLE_CLIPPINGS) expect(check(ClippingSchema, c, 'c')).toMatchObject({ ok: true });
    expect(ok(FREIGHT)).toMatchObject({ ok: true });
  });

  it('stores only http: and https: sources; an empty source (a file, stdin) is allowed', () => {
    for (const url of ['javascript:alert(1)', 'data:text/html,<script>1</script>', 'file:///etc/passwd', 'chrome://settings', 'not a url']) {
      expect(isWebUrl(url)).toBe(false);
      expect(ok({ ...FREIGHT, url })).toEqual({ ok: false, problem: 'clipping.url should be an http: or https: address' });
    }
    expect(ok({ ...FREIGHT, url: '' })).toMatchObject({ ok: true });
    expect(ok({ ...FREIGHT, url: 'HTTPS://example.com/a' })).toMatchObject({ ok: true });
  });

  it('refuses a tag that spans lines (it would start a heading or an HTML block in Markdown)', () => {
    for (const tag of ['a\n# heading', 'a\r<img src=x onerror=alert(1)>', 'a\u2028b', ' padded', '']) {
      const r = ok({ ...FREIGHT, tags: [tag] });
      expect(r.ok).toBe(false);
      expect(r.ok ? '' : r.problem).toMatch(/^clipping\.tags\[0\] should be/);
    }
  });

  it('names the field and the limit of an over-long title, note or URL', () => {
    expect(ok({ ...FREIGHT, pageTitle: 'x'.repeat(LIMITS.short + 1) })).toEqual({ ok: false, problem: `clipping.pageTitle is longer than ${LIMITS.short} characters` });
    expect(ok({ ...FREIGHT, note: 'x'.repeat(LIMITS.note + 1) })).toMatchObject({ ok: false, problem: expect.stringContaining('clipping.note') });
    expect(ok({ ...FREIGHT, url: `https://a.example/${'x'.repeat(LIMITS.url)}` })).toMatchObject({ ok: false, problem: expect.stringContaining('clipping.url') });
  });

  it('refuses dates outside what every export can print', () => {
    const [c] = SAMPLE_CLIPPINGS;
    expect(check(ClippingSchema, { ...c, createdAt: MAX_TIME + 1, updatedAt: MAX_TIME + 1 }, 'c')).toMatchObject({ ok: false, problem: 'c.createdAt is after the year 9999' });
    expect(check(ClippingSchema, { ...c, createdAt: -1 }, 'c').ok).toBe(false);
    expect(check(ClippingSchema, { ...c, createdAt: 1.5 }, 'c').ok).toBe(false);
    expect(check(ClippingSchema, { ...c, updatedAt: c!.createdAt - 1 }, 'c')).toMatchObject({ ok: false, problem: 'c was updated before it was created' });
  });

  it('refuses figure and place offsets outside the clipping’s own text', () => {
    const f = FREIGHT.figures[0]!;
    expect(ok({ ...FREIGHT, figures: [{ ...f, end: FREIGHT.text.length + 1 }] })).toMatchObject({ ok: false, problem: expect.stringContaining('outside its text') });
    expect(ok({ ...FREIGHT, figures: [{ ...f, start: f.end + 1 }] })).toMatchObject({ ok: false, problem: expect.stringContaining('ends before it starts') });
    expect(ok({ ...FREIGHT, figures: [{ ...f, value: Number.POSITIVE_INFINITY }] })).toMatchObject({ ok: false });
  });

  it('says which field is missing, and drops keys it does not know', () => {
    const { note: _, ...noNote } = FREIGHT;
    expect(ok(noNote)).toEqual({ ok: false, problem: 'clipping.note is missing' });
    const r = ok({ ...FREIGHT, __proto_pollution: 1 });
    expect(r.ok && Object.keys(r.value)).not.toContain('__proto_pollution');
  });
});
