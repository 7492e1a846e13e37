// Search folds compatibility forms (NFKC) and Traditional characters: a clipping saved from a Hong Kong or Taiwan
// page is found with a query typed in Simplified, and full-width or circled forms meet their plain ones.
import { describe, expect, it } from 'vitest';
import { queryClippings, saveClipping } from '../../../lib/store';
import { foldText, searchTokens } from '../../../lib/store/search-tokens';
import { FREIGHT } from './clipping-fixtures';
import { freshLibraries } from './fresh-library';

const { library } = freshLibraries('search-fold');

describe('search folding', () => {
  it('folds compatibility forms and Traditional characters, keeping plain text as it is', () => {
    expect(foldText('ＧＤＰ①㎡')).toBe('gdp1m2');
    expect(foldText('廣東省內蒙古自治區')).toBe('广东省内蒙古自治区');
    expect(searchTokens('臺灣經濟')).toEqual(expect.arrayContaining(['台湾', '经济']));
  });

  it('finds a Traditional passage with a Simplified query, and a Simplified one with a Traditional query', async () => {
    const db = library();
    await saveClipping(db, { ...FREIGHT, note: '廣東省出口貨運量創新高，第①季' });
    await saveClipping(db, { ...FREIGHT, text: FREIGHT.text, note: 'ＡＢＣ公司' });
    expect(await queryClippings(db, { text: '广东' })).toHaveLength(1);
    expect(await queryClippings(db, { text: '货运量 创新高' })).toHaveLength(1);
    expect(await queryClippings(db, { text: '第1季' })).toHaveLength(1);
    expect(await queryClippings(db, { text: 'abc' })).toHaveLength(1);
    expect(await queryClippings(db, { text: '貨運量' })).toHaveLength(2); // FREIGHT's own text is Simplified
  });
});
