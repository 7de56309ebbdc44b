// Units in English words from their UN/CEFACT codes.
import { describe, expect, it } from 'vitest';
import { unitWords } from '../../src/site/unit-words.ts';

describe('unitWords', () => {
  it.each([
    ['C62', ''],
    ['KMK', 'km²'],
    ['KMT', 'km'],
    ['XYZ', 'XYZ'],
    [undefined, ''],
  ])('writes %s as "%s"', (code, words) => {
    expect(unitWords(code)).toBe(words);
  });
});
