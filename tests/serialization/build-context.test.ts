// buildContext: a fixed, versioned JSON-LD 1.1 context of prefixes and coercions, derived from the vocabulary.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { CONTEXT_VERSION, buildContext, writeContext } from '../../src/serialization/build-context.ts';
import { writeJsonLd } from '../../src/serialization/write-jsonld.ts';
import { expectIsomorphic } from '../helpers/rdf.ts';
import { parseJsonLd } from './fixtures/parsers.ts';
import { BASE, PREFIXES } from './fixtures/rich-graph.ts';

const { namedNode, quad } = DataFactory;
const fixture = (name: string) => readFileSync(new URL(`fixtures/${name}`, import.meta.url), 'utf8');

describe('buildContext', () => {
  it('gives the pinned context of version 5 (a changed term table needs a new CONTEXT_VERSION and fixture)', () => {
    expect(CONTEXT_VERSION).toBe(5);
    expect(writeContext(buildContext(PREFIXES))).toBe(fixture(`context-v${CONTEXT_VERSION}.jsonld`));
  });

  it('starts with @version 1.1 and the prefixes in their order', () => {
    const keys = Object.keys(buildContext(PREFIXES));
    expect(keys.slice(0, 1 + Object.keys(PREFIXES).length)).toEqual(['@version', ...Object.keys(PREFIXES)]);
    expect(buildContext(PREFIXES).actor).toBe(`${BASE}actor/`);
  });

  it('coerces object properties to @id and fixed-datatype properties to their datatype, keyed by compact IRI', () => {
    const context = buildContext(PREFIXES);
    expect(context['sem:hasPlace']).toEqual({ '@type': '@id' });
    expect(context['crm:P4_has_time-span']).toEqual({ '@type': '@id' });
    expect(context['crm:P82a_begin_of_the_begin']).toEqual({ '@type': 'xsd:dateTime' });
    expect(context['time:inXSDgYearMonth']).toEqual({ '@type': 'xsd:gYearMonth' });
    expect(context['sem:hasBeginTimeStamp']).toBeUndefined(); // its datatype varies with precision
    expect(context['rdfs:label']).toBeUndefined();
  });

  it('keys a term by its full IRI when no prefix covers it', () => {
    const { sem: _sem, ...withoutSem } = PREFIXES;
    expect(buildContext(withoutSem)['http://semanticweb.cs.vu.nl/2009/11/sem/hasPlace']).toEqual({ '@type': '@id' });
  });

  it('marks a namespace that does not end in / or # as a prefix, so JSON-LD 1.1 readers expand it', async () => {
    const prefixes = { ...PREFIXES, ex: 'https://example.org/thing-' };
    const context = buildContext(prefixes);
    expect(context.ex).toEqual({ '@id': 'https://example.org/thing-', '@prefix': true });
    const quads = [
      quad(
        namedNode('https://example.org/thing-1'),
        namedNode('https://example.org/thing-p'),
        namedNode('https://example.org/thing-2'),
      ),
    ];
    const doc = writeJsonLd(quads, context, 'c.jsonld');
    expect(doc).toContain('"@id": "ex:1"');
    expectIsomorphic(await parseJsonLd(doc, writeContext(context), 'https://example.org/d.jsonld', 'c.jsonld'), quads);
  });

  it('refuses a prefix name JSON-LD cannot use as a term', () => {
    expect(() => buildContext({ '': 'https://example.org/' })).toThrow('"" cannot be a JSON-LD prefix name');
    expect(() => buildContext({ 'a/b': 'https://example.org/' })).toThrow('"a/b" cannot be a JSON-LD prefix name');
  });
});
