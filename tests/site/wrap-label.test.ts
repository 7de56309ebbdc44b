// Breaking timeline labels into lines: at spaces, within the width, nothing lost.
import { describe, expect, it } from 'vitest';
import { textEm, wrapLabel } from '../../src/site/wrap-label.ts';

describe('wrapLabel', () => {
  it('breaks at spaces into lines no wider than asked, keeping every word', () => {
    const text = 'Hezbollah captures key positions near the border with Lebanon';
    const lines = wrapLabel(text, 14);
    expect(lines).toEqual(['Hezbollah captures key', 'positions near the border', 'with Lebanon']);
    for (const l of lines) expect(textEm(l)).toBeLessThanOrEqual(14);
  });

  it('counts Hangul as wider than Latin letters', () => {
    expect(textEm('헤즈볼라')).toBeGreaterThan(textEm('Hezb'));
    expect(wrapLabel('헤즈볼라의 국경 인근 주요 거점 점령', 8)).toEqual(['헤즈볼라의 국경', '인근 주요 거점', '점령']);
  });

  it('breaks a word longer than a line inside it', () => {
    expect(wrapLabel('abcdefghijkl', 3).join('')).toBe('abcdefghijkl');
    expect(wrapLabel('abcdefghijkl', 3).length).toBeGreaterThan(1);
  });

  it('gives one line for a short label and none for an empty one', () => {
    expect(wrapLabel('Launch of the operation', 40)).toEqual(['Launch of the operation']);
    expect(wrapLabel('', 40)).toEqual([]);
  });
});
