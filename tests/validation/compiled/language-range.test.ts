// matchesLanguageRange: RFC 4647 basic filtering, as sh:languageIn needs it.
import { describe, expect, it } from 'vitest';
import { matchesLanguageRange } from '../../../src/validation/compiled/language-range.ts';

describe('matchesLanguageRange', () => {
  it.each([
    ['ko', 'ko', true],
    ['ko-kr', 'ko', true],
    ['ko-Kore-KR', 'ko', true],
    ['KO', 'ko', true],
    ['ko-kr', 'KO-KR', true],
    ['kor', 'ko', false],
    ['k', 'ko', false],
    ['en', 'en-gb', false],
    ['eng', 'en', false],
    ['', 'en', false],
    ['de-ch', '*', true],
    ['', '*', false],
  ])('matches tag %j against range %j: %s', (tag, range, expected) => {
    expect(matchesLanguageRange(tag, range)).toBe(expected);
  });
});
