// The shared test of a phrase head (lib/segment/phrase-head.ts), in the shapes its readers give it: a continued
// story's subhead (continued-sections.ts: no question, no number), a headless lead's section head (headless-lead.ts:
// a question may head it), a table's heading row (data-rows.ts) and a short label line (starts.ts).
import { describe, expect, it } from 'vitest';
import { isPhraseHead, type PhraseShape } from '../../../lib/segment/phrase-head';

const SUBHEAD: PhraseShape = { maxWords: 8, closed: /[.!?。！？]["”’']?$/u, digitLead: false };
const SECTION_HEAD: PhraseShape = { maxWords: 10, closed: /[.!]["”’']?$/u, digitLead: false };
const LABEL: PhraseShape = { maxWords: 4, closed: /[.!?:]$/, digitLead: true };

describe('a phrase head', () => {
  it('is a line of a few words that no stop closes', () => {
    expect(isPhraseHead('  Too few drivers  ', SUBHEAD)).toBe(true);
    expect(isPhraseHead('The council voted to cap rents.', SUBHEAD)).toBe(false);
    expect(isPhraseHead('“We will not move,” she said.”', SUBHEAD)).toBe(false);
    expect(isPhraseHead('', SUBHEAD)).toBe(false);
    expect(isPhraseHead('   ', LABEL)).toBe(false);
  });

  it('holds no more words than its shape allows', () => {
    expect(isPhraseHead('one two three four five six seven eight', SUBHEAD)).toBe(true);
    expect(isPhraseHead('one two three four five six seven eight nine', SUBHEAD)).toBe(false);
    expect(isPhraseHead('one two three four five six seven eight nine', SECTION_HEAD)).toBe(true);
    expect(isPhraseHead('Youth baseball', LABEL)).toBe(true);
    expect(isPhraseHead('Youth baseball in the park', LABEL)).toBe(false);
  });

  it('closes on the stops its reader names: a question may head a section, a colon closes a label', () => {
    expect(isPhraseHead('Who will pay more?', SECTION_HEAD)).toBe(true);
    expect(isPhraseHead('Who will pay more?', SUBHEAD)).toBe(false);
    expect(isPhraseHead('Results:', LABEL)).toBe(false);
    expect(isPhraseHead('Results:', SUBHEAD)).toBe(true);
  });

  it('opens on a digit only where its reader allows it', () => {
    expect(isPhraseHead('3 things to know', SUBHEAD)).toBe(false);
    expect(isPhraseHead('3 things to know', SECTION_HEAD)).toBe(false);
    expect(isPhraseHead('2024 results', LABEL)).toBe(true);
  });
});
