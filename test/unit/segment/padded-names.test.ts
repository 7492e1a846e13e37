// A two-character name padded with spaces to the width of three ("本报记者  王乐文  方  敏") is one name
// (lib/segment/padded-names.ts; the round-21 人民网 page, whose byline was not read).
import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../../lib/segment/byline';
import { joinPaddedNames } from '../../../lib/segment/padded-names';

describe('padded names in a byline', () => {
  it('reads 方  敏 as 方敏 beside a three-character name', () => {
    expect(parseBylineLine('本报记者  王乐文  方  敏')?.reporters).toEqual(['王乐文', '方敏']);
    expect(parseBylineLine('记者 李　明')?.reporters).toEqual(['李明']);
  });

  it('leaves role and credit characters and longer words alone', () => {
    expect(joinPaddedNames('文 图 王乐文')).toBe('文 图 王乐文');
    expect(joinPaddedNames('王乐文 摄')).toBe('王乐文 摄');
    expect(joinPaddedNames('本报记者 王乐文 方敏')).toBe('本报记者 王乐文 方敏');
  });
});
