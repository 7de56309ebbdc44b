// Shared HTML building blocks: file sizes in words.
import { describe, expect, it } from 'vitest';
import { sizeWords } from '../../src/site/render-html.ts';

describe('sizeWords', () => {
  it.each([
    [0, '0 bytes'],
    [999, '999 bytes'],
    [1000, '1 KB'],
    [616_402, '616 KB'],
    [999_499, '999 KB'],
    [999_500, '1.0 MB'],
    [2_345_678, '2.3 MB'],
  ])('writes %d bytes as %s', (bytes, words) => {
    expect(sizeWords(bytes)).toBe(words);
  });
});
