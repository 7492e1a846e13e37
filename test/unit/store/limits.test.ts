// Limits that keep one hostile clipping or file from costing the reader's disk or memory.
// Checked by removing each bound locally (the MAX_SEARCH_TOKENS checks in search-tokens.ts; the size check in
// readBackupFile): each test then fails.
import { describe, expect, it } from 'vitest';
import { MAX_BACKUP_BYTES, readBackupFile, TOO_LARGE } from '../../../lib/export/backup';
import { MAX_SEARCH_TOKENS, searchTokens } from '../../../lib/store/search-tokens';

describe('search indexing and import limits', () => {
  it('indexes a 1,000,000-character CJK clipping with a bounded number of entries, the first ones kept', () => {
    // Pseudo-random characters of the CJK block: nearly every bigram distinct, so unbounded this is ~1M entries.
    let seed = 2_463_534_242;
    const next = () => {
      seed ^= seed << 13;
      seed ^= seed >>> 17;
      seed ^= seed << 5;
      return seed >>> 0;
    };
    const text = Array.from({ length: 1_000_000 }, () => String.fromCodePoint(0x4e00 + (next() % 20_000))).join('');
    const tokens = searchTokens(text);
    expect(tokens.length).toBe(MAX_SEARCH_TOKENS);
    expect(tokens).toContain(text.slice(0, 2));
  });

  it('refuses an oversized import by its size, before reading a byte of it', async () => {
    let read = false;
    const file = { size: MAX_BACKUP_BYTES + 1, text: async () => { read = true; return ''; } };
    await expect(readBackupFile(file)).rejects.toThrow(TOO_LARGE);
    expect(read).toBe(false);
  });
});
