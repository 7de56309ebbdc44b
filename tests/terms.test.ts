import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { hasPrefix, hasScheme, isAbsoluteIri, localName, prefixedName, termKey } from '../src/terms.ts';
import { prefixesFor, xsd } from '../src/vocab.ts';

const BASE = 'https://w3id.org/conflict-kg/id/mini/';

describe('prefixedName', () => {
  it('uses the longest matching namespace, and gives nothing when none fits', () => {
    const p = prefixesFor(BASE);
    expect(prefixedName('https://w3id.org/conflict-kg/concept/role/commander', p)).toBe('role:commander');
    expect(prefixedName('https://w3id.org/conflict-kg/ontology#Event', p)).toBe('ckg:Event');
    expect(prefixedName('http://example.org/x', p)).toBeUndefined();
  });

  it('gives nothing for a remainder that is empty or not a valid PN_LOCAL', () => {
    const p = prefixesFor(BASE);
    expect(prefixedName(`${BASE}event/a/b`, p)).toBeUndefined();
    expect(prefixedName(`${BASE}event/`, p)).toBeUndefined();
    expect(prefixedName(`${BASE}event/a b`, p)).toBeUndefined();
  });
});

describe('localName', () => {
  it('takes what follows the last # or /, or the whole IRI when nothing does', () => {
    expect(localName('https://w3id.org/conflict-kg/ontology#Event')).toBe('Event');
    expect(localName('https://w3id.org/conflict-kg/id/q/actor/hezbollah')).toBe('hezbollah');
    expect(localName('https://w3id.org/conflict-kg/ontology/')).toBe('https://w3id.org/conflict-kg/ontology/');
    expect(localName('urn:x')).toBe('urn:x');
  });
});

describe('isAbsoluteIri and hasScheme', () => {
  it('accept an IRI with a scheme and refuse characters IRIs may not hold', () => {
    expect(isAbsoluteIri('https://example.org/a/')).toBe(true);
    expect(isAbsoluteIri('urn:uuid:1')).toBe(true);
    expect(isAbsoluteIri('http://example.org/a>b/')).toBe(false);
    expect(isAbsoluteIri('http://example.org/a b')).toBe(false);
    expect(isAbsoluteIri('example.org/a')).toBe(false);
    expect(hasScheme('ckg:Event')).toBe(true);
    expect(hasScheme('_:b0')).toBe(false);
  });
});

describe('hasPrefix', () => {
  it('answers as String#startsWith does, for IRIs under a base and any other text', () => {
    const cases: [string, string][] = [
      [`${BASE}actor/a`, BASE],
      [`${BASE}actor/a`, `${BASE}citation/`],
      [BASE, BASE],
      [BASE.slice(0, -1), BASE],
      ['https://w3id.org/conflict-kg/id/other/actor/a', BASE],
      ['', ''],
      ['abc', ''],
      ['', 'a'],
      ['xbc', 'abc'],
    ];
    for (const [text, prefix] of cases) expect(hasPrefix(text, prefix)).toBe(text.startsWith(prefix));
  });
});

describe('termKey', () => {
  it('tells apart an IRI, a blank node and literals that differ only in type or language', () => {
    const { namedNode, blankNode, literal } = DataFactory;
    const keys = [
      namedNode('urn:a'),
      blankNode('urn:a'),
      literal('urn:a'),
      literal('urn:a', 'en'),
      literal('urn:a', xsd.anyURI),
    ].map(termKey);
    expect(new Set(keys).size).toBe(5);
    expect(termKey(literal('35', xsd.integer))).toBe('"35"@^^http://www.w3.org/2001/XMLSchema#integer');
  });
});
