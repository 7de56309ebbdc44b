// Checks that every term of a standard vocabulary used in vocab.ts, the ontology or the shapes exists in that vocabulary.
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/validation/load-shapes.ts';
import * as vocab from '../../src/vocab.ts';
import { checkedNamespace, irisOf, irisOfModule, loadPublishedTerms, unknownTerms } from './published-vocabularies.ts';

const published = loadPublishedTerms();
const ontology = new Parser().parse(readFileSync(new URL('../../ontology/conflict-kg.ttl', import.meta.url), 'utf8'));

describe('unknownTerms', () => {
  it('flags a misspelled CIDOC-CRM term and accepts the published spelling', () => {
    const crm = vocab.NS.crm;
    expect(unknownTerms([`${crm}P4_has_time_span`, `${crm}P4_has_time-span`], published)).toEqual([
      `${crm}P4_has_time_span`,
    ]);
  });

  it('flags a term a vocabulary does not define and ignores namespaces it does not check', () => {
    expect(
      unknownTerms([`${vocab.NS.sem}hasCommander`, `${vocab.NS.ckg}Event`, `${vocab.NS.xsd}date`], published),
    ).toEqual([`${vocab.NS.sem}hasCommander`]);
  });

  it('counts the namespace itself as no term', () => {
    expect(checkedNamespace(vocab.NS.schema)).toBeUndefined();
    expect(checkedNamespace(`${vocab.NS.schema}Event`)).toBe(vocab.NS.schema);
  });
});

describe('standard terms', () => {
  it('src/vocab.ts uses only terms the published vocabularies define', () => {
    const used = irisOfModule(vocab as unknown as Record<string, unknown>);
    expect(used.filter((iri) => checkedNamespace(iri)).length).toBeGreaterThan(80);
    expect(unknownTerms(used, published)).toEqual([]);
  });

  it('ontology/conflict-kg.ttl uses only terms the published vocabularies define', () => {
    expect(unknownTerms(irisOf(ontology), published)).toEqual([]);
  });

  it('shapes/ use only terms the published vocabularies define', () => {
    expect(unknownTerms(irisOf(loadShapes()), published)).toEqual([]);
  });
});
