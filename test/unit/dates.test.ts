// A dateline's date resolved to an ISO date against the page's publication date or the save time (issue #20).
import { describe, expect, it } from 'vitest';
import { resolveDate } from '../../lib/dates';

describe('dateline dates', () => {
  it('gives "2月9日" the year of the page that printed it', () => {
    expect(resolveDate('2月9日', '2023-02-10T06:00:00+08:00')).toBe('2023-02-09');
    expect(resolveDate('２月９日', '2023-02-10')).toBe('2023-02-09');
    expect(resolveDate('二月九日', new Date(Date.UTC(2023, 1, 10)))).toBe('2023-02-09');
  });

  it('puts a late-December dateline printed in January in the year before', () => {
    expect(resolveDate('12月30日', '2024-01-02')).toBe('2023-12-30');
    expect(resolveDate('Dec. 30', '2024-01-02')).toBe('2023-12-30');
    // A day or two ahead of the reference is the same year (time zones, a story for the next day's paper).
    expect(resolveDate('2月11日', '2023-02-10')).toBe('2023-02-11');
  });

  it('reads a day alone in the month of the reference, or the month before', () => {
    expect(resolveDate('9日', '2023-02-10')).toBe('2023-02-09');
    expect(resolveDate('二十八日', '2023-03-02')).toBe('2023-02-28');
    expect(resolveDate('31日', '2023-01-02')).toBe('2022-12-31');
  });

  it('keeps the year the text writes, in any script or era', () => {
    expect(resolveDate('二〇二三年二月九日', null)).toBe('2023-02-09');
    expect(resolveDate('2023年2月9日')).toBe('2023-02-09');
    expect(resolveDate('民國112年2月9日', '2024-05-01')).toBe('2023-02-09');
    expect(resolveDate('August 30, 1996', '2023-02-10')).toBe('1996-08-30');
    expect(resolveDate('2023-02-09')).toBe('2023-02-09');
  });

  it('gives no date when the year cannot be known or the text is no date', () => {
    expect(resolveDate('2月9日', null)).toBeNull();
    expect(resolveDate('9日')).toBeNull();
    expect(resolveDate('记者', '2023-02-10')).toBeNull();
    expect(resolveDate('2月30日', '2023-03-01')).toBeNull();
    expect(resolveDate('', '2023-02-10')).toBeNull();
    expect(resolveDate('2月9日', 'not a date')).toBeNull();
  });
  it('reads month-day datelines in arabic or Chinese numerals alike, with or without a written year', () => {
    expect(resolveDate('十二月三十日', '2023-01-02')).toBe('2022-12-30');
    expect(resolveDate('12月30日', '2023-01-02')).toBe('2022-12-30');
    expect(resolveDate('2023年2月9日', null)).toBe('2023-02-09');
    expect(resolveDate('2月9号', '2023-02-10')).toBe('2023-02-09');
    expect(resolveDate('13月9日', '2023-02-10')).toBeNull();
  });
});
