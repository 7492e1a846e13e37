// Role words and the names after them (lib/segment/byline.ts): a "name" longer than a Han name, run straight on to
// its role word, is a headline's words, while the words after "文/" stand apart from it, as a writer's title does.
import { describe, expect, it } from 'vitest';
import { parseBylineLine } from '../../../lib/segment/byline';

describe('names glued to a role word', () => {
  it('reads a headline whose role word runs on into five characters as no byline', () => {
    expect(parseBylineLine('神秘记者访神秘领土')).toBeNull();
  });

  it('still reads the writer after 文/ with a title longer than a name', () => {
    expect(parseBylineLine('文/某某週刊主筆 王小明')?.authors).toContain('王小明');
  });

  it('still reads a transliterated name set apart from its role word', () => {
    expect(parseBylineLine('本报记者 怀特乌鲁斯')?.reporters).toEqual(['怀特乌鲁斯']);
  });
});
