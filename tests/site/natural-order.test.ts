// Ordering names as people count: numbers inside names compare by value.
import { describe, expect, it } from 'vitest';
import { compareNatural } from '../../src/site/natural-order.ts';

describe('compareNatural', () => {
  it('puts footnote 2 before footnote 11', () => {
    expect(['kowiki-11', 'kowiki-2', 'kowiki-1', 'kowiki-20'].sort(compareNatural)).toEqual([
      'kowiki-1',
      'kowiki-2',
      'kowiki-11',
      'kowiki-20',
    ]);
  });

  it('compares text by code point and a shorter name first', () => {
    expect(['b', 'a10', 'a', 'a2'].sort(compareNatural)).toEqual(['a', 'a2', 'a10', 'b']);
  });

  it('reads leading zeros as the same number and then orders by the digits written', () => {
    expect(['x010', 'x9', 'x10'].sort(compareNatural)).toEqual(['x9', 'x010', 'x10']);
  });
});
