import { describe, expect, it } from 'vitest';
import { padEnd, textWidth, truncate } from '../../src/query/text-width.ts';

describe('textWidth', () => {
  it('counts Hangul syllables, CJK ideographs and fullwidth forms as two columns', () => {
    expect(textWidth('헤즈볼라')).toBe(8);
    expect(textWidth('漢字')).toBe(4);
    expect(textWidth('ＡＢ')).toBe(4);
    expect(textWidth('Arsal 아살')).toBe(10);
  });

  it('counts combining marks and decomposed Hangul vowels and finals as zero columns', () => {
    expect(textWidth('e\u0301')).toBe(1);
    expect(textWidth('\u1100\u1161\u11a8')).toBe(2);
  });

  it('counts Latin, punctuation and the en dash as one column each', () => {
    expect(textWidth('Hezbollah–Syria')).toBe(15);
  });
});

describe('padEnd and truncate', () => {
  it('pads to a display width, not a string length', () => {
    expect(padEnd('아살', 6)).toBe('아살  ');
  });

  it('cuts a wide string without splitting a character across the limit', () => {
    expect(truncate('레바논군은 협력을 부인', 8)).toBe('레바논…');
    expect(textWidth(truncate('레바논군은 협력을 부인', 8))).toBe(7);
  });
});
