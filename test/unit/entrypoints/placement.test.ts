// Where the panel goes while its form is open: away from the passage it was opened for, when the other edge is clear.
import { describe, expect, it } from 'vitest';
import { sideClearOf } from '../../../entrypoints/annotator/selection';

const W = 1280;
const at = (left: number, right: number) => ({ left, right });

describe('the panel keeps clear of the selected passage', () => {
  it('moves to the left edge for a passage under its right-edge place, and back for one under the left', () => {
    expect(sideClearOf(at(1000, 1100), 'right', W, 340, 12)).toBe('left');
    expect(sideClearOf(at(100, 200), 'left', W, 340, 12)).toBe('right');
  });

  it('stays where the reader put it when it covers nothing there', () => {
    expect(sideClearOf(at(400, 800), 'right', W, 340, 12)).toBe('right');
    expect(sideClearOf(at(400, 800), 'left', W, 340, 12)).toBe('left');
  });

  it('for a passage as wide as the window, takes the edge that covers less of it', () => {
    expect(sideClearOf(at(0, W), 'right', W, 340, 12)).toBe('right');
    expect(sideClearOf(at(200, W), 'right', W, 340, 12)).toBe('left');
  });
});
