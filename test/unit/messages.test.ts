// Messages are validated where they arrive (lib/messages.ts): what a page could forge or damage is dropped.
import { describe, expect, it } from 'vitest';
import { parseAnnotateReport, parseBackgroundRequest, parseContentRequest, parseSaveResult, saveProblem } from '../../lib/messages';
import { FREIGHT, SAMPLE_CLIPPINGS } from './store/clipping-fixtures';

describe('messages between the parts', () => {
  it('passes the requests each side expects', () => {
    expect(parseContentRequest({ type: 'jianbao:click' })).toEqual({ type: 'jianbao:click' });
    expect(parseBackgroundRequest({ type: 'jianbao:save-clipping', clipping: FREIGHT })).toEqual({ type: 'jianbao:save-clipping', clipping: FREIGHT });
    expect(parseSaveResult({ ok: true, clipping: SAMPLE_CLIPPINGS[0] })).toEqual({ ok: true, clipping: SAMPLE_CLIPPINGS[0] });
  });

  it('drops unknown message types and wrong shapes', () => {
    expect(parseContentRequest({ type: 'jianbao:export-everything' })).toBeNull();
    expect(parseContentRequest('jianbao:click')).toBeNull();
    expect(parseBackgroundRequest({ type: 'jianbao:clippings-for-url', url: 42 })).toBeNull();
    expect(parseAnnotateReport({ visible: true, articles: -1, figures: 0, places: 0, clippings: 0, orphans: 0, message: null })).toBeNull();
  });

  it('refuses a save whose clipping breaks the schema, and says which field', () => {
    const msg = { type: 'jianbao:save-clipping', clipping: { ...FREIGHT, url: 'javascript:alert(1)' } };
    expect(parseBackgroundRequest(msg)).toBeNull();
    expect(saveProblem(msg)).toBe('clipping.url: should be an http: or https: address');
    expect(saveProblem({ type: 'jianbao:save-clipping', clipping: FREIGHT })).toBeNull();
  });
});
