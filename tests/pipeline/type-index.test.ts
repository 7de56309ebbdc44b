// The type index of a streaming export: the classes of every resource seen so far, under the base or not.
import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { TypeIndex } from '../../src/pipeline/type-index.ts';
import { IdIndex } from '../../src/source/id-index.ts';
import { ckg, rdf, rdfs, sem } from '../../src/vocab.ts';

const { namedNode, literal, quad } = DataFactory;
const base = 'https://example.org/id/t/';

describe('TypeIndex', () => {
  it('gives the classes of resources under the base and elsewhere, and nothing for resources never typed', () => {
    const types = new TypeIndex(base);
    types.addFrom([
      quad(namedNode(`${base}actor/a`), rdf.type, ckg.Actor),
      quad(namedNode('https://other.example/thing'), rdf.type, sem.Place),
      quad(namedNode(`${base}actor/a`), rdfs.label, literal('A')),
    ]);
    expect(types.get(`${base}actor/a`)).toEqual([ckg.Actor]);
    expect(types.get('https://other.example/thing')).toEqual([sem.Place]);
    expect(types.has(`${base}actor/b`)).toBe(false);
    expect(types.has('actor/a')).toBe(false);
    expect(types.size).toBe(2);
  });

  it('adds classes learnt later to those known, once each, sharing equal class lists', () => {
    const types = new TypeIndex(base);
    types.addFrom([
      quad(namedNode(`${base}event/e`), rdf.type, sem.Event),
      quad(namedNode(`${base}event/f`), rdf.type, ckg.Incident),
    ]);
    types.addFrom([
      quad(namedNode(`${base}event/e`), rdf.type, ckg.Incident),
      quad(namedNode(`${base}event/e`), rdf.type, sem.Event),
    ]);
    types.addFrom([quad(namedNode(`${base}event/f`), rdf.type, sem.Event)]);
    expect(types.get(`${base}event/e`)).toEqual([sem.Event, ckg.Incident]);
    expect(types.get(`${base}event/f`)).toBe(types.get(`${base}event/e`));
  });

  it('keeps the classes of a resource named by an id in the id index, leaving its kind and file as they were', () => {
    const ids = new IdIndex();
    ids.add('a', 'actors', 7);
    const types = new TypeIndex(base, ids);
    types.addFrom([
      quad(namedNode(`${base}actor/a`), rdf.type, ckg.Actor),
      quad(namedNode(`${base}place/a`), rdf.type, sem.Place),
      quad(namedNode(`${base}timespan/e-begin`), rdf.type, sem.Event),
    ]);
    expect(ids.classList('a')).toBeGreaterThan(0);
    expect([ids.kind('a'), ids.file('a')]).toEqual(['actor', 7]);
    expect(types.get(`${base}actor/a`)).toEqual([ckg.Actor]);
    expect(types.get(`${base}place/a`)).toEqual([sem.Place]);
    expect(types.get(`${base}timespan/e-begin`)).toEqual([sem.Event]);
    expect(types.size).toBe(3);
  });
});
