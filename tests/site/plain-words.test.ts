// Predicates in plain words: the phrase table, and local names split into words for the rest.
import { describe, expect, it } from 'vitest';
import { incomingPhrase, outgoingPhrase, words } from '../../src/site/plain-words.ts';

describe('words', () => {
  it.each([
    ['hasBeginTimeStamp', 'has begin time stamp'],
    ['downloadURL', 'download URL'],
    ['accessURL', 'access URL'],
    ['versionIRI', 'version IRI'],
    ['inXSDDate', 'in XSD Date'],
    ['P7_took_place_at', 'P7 took place at'],
    ['byteSize', 'byte size'],
  ])('writes %s as "%s"', (name, expected) => {
    expect(words(name)).toBe(expected);
  });
});

describe('phrases', () => {
  it('reads a known predicate from the table and an unknown one from its local name', () => {
    expect(outgoingPhrase('http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace')).toBe('took place at');
    expect(outgoingPhrase('http://www.opengis.net/ont/geosparql#hasGeometry')).toBe('has the geometry');
    expect(outgoingPhrase('http://www.w3.org/ns/dcat#downloadURL')).toBe('download URL');
    expect(incomingPhrase('http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace')).toBe('took place here');
    expect(incomingPhrase('http://www.w3.org/ns/dcat#downloadURL')).toBe('download URL this');
  });
});
