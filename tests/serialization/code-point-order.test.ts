// Code-point order: what `LC_ALL=C sort` does, which differs from JavaScript's UTF-16 order only past U+FFFF.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import {
  compareCodePoints,
  compareTerms,
  compareUtf16,
  withCodePointOrder,
} from '../../src/serialization/code-point-order.ts';

const { namedNode, literal, blankNode } = DataFactory;

describe('compareCodePoints', () => {
  it('orders U+FFFD before an astral character, unlike UTF-16 order', () => {
    expect(compareCodePoints('\uFFFD', '😀')).toBeLessThan(0);
    expect(compareUtf16('\uFFFD', '😀')).toBeGreaterThan(0);
  });

  it('agrees with UTF-16 order below U+D800, puts prefixes first and equal strings level', () => {
    const words = ['칼라문', 'b', 'a', 'ab', '', 'Z', '𝔸', '\uE000'];
    expect([...words].sort(compareCodePoints)).toEqual(['', 'Z', 'a', 'ab', 'b', '칼라문', '\uE000', '𝔸']);
    expect(compareCodePoints('같다', '같다')).toBe(0);
  });
});

describe('withCodePointOrder', () => {
  it('renders once with the native order when the output holds no astral character', () => {
    const used: unknown[] = [];
    const render = (compare: (a: string, b: string) => number) => {
      used.push(compare);
      return ['b', 'a'].sort(compare).join();
    };
    expect(withCodePointOrder(render)).toBe('a,b');
    expect(used).toEqual([compareUtf16]);
  });

  it('renders again in code-point order when the output holds an astral character', () => {
    expect(withCodePointOrder((compare) => ['😀', '\uFFFD'].sort(compare).join())).toBe('\uFFFD,😀');
  });
});

describe('compareTerms', () => {
  it('orders IRIs, then blank nodes, then literals by value, datatype and language', () => {
    const terms = [
      literal('a', 'ko'),
      literal('a', 'en'),
      literal('a'),
      blankNode('b'),
      namedNode('http://z'),
      literal('0'),
    ];
    const sorted = [...terms].sort((a, b) => compareTerms(a, b, compareCodePoints));
    expect(sorted).toEqual([
      namedNode('http://z'),
      blankNode('b'),
      literal('0'),
      literal('a', 'en'),
      literal('a', 'ko'),
      literal('a'),
    ]);
  });
});
