// Terms come back as they went in: every literal of the dump, read back through the SPARQL engine, has the same
// lexical form, datatype and language (a datatype the engine would canonicalize, such as xsd:nonNegativeInteger
// answered as xsd:integer, would fail here).
import { readFileSync } from 'node:fs';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadFiles } from '../../src/query/data-files.ts';
import { openStore } from '../../src/query/sparql-store.ts';
import { termKey } from '../../src/terms.ts';

const DUMP = 'dist/qalamoun-2017.nt';

describe('the engine and the dump', () => {
  it('agree term for term on every literal of the Qalamoun data (SELECT) and on every triple (CONSTRUCT)', async () => {
    const dumped = new Parser({ format: 'N-Triples' }).parse(readFileSync(DUMP, 'utf8'));
    const literals = new Set(dumped.filter((q) => q.object.termType === 'Literal').map((q) => termKey(q.object)));
    const store = openStore({ worker: true });
    await loadFiles(store, [DUMP]);
    const json = JSON.parse(
      await store.query({
        sparql: 'SELECT DISTINCT ?o WHERE { ?s ?p ?o FILTER(isLiteral(?o)) }',
        format: 'application/sparql-results+json',
      }),
    ) as { results: { bindings: { o: { value: string; datatype?: string; 'xml:lang'?: string } }[] } };
    const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
    const RDF_LANG = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
    const answered = new Set(
      json.results.bindings.map(
        ({ o }) => `"${o.value}"@${o['xml:lang'] ?? ''}^^${o['xml:lang'] ? RDF_LANG : (o.datatype ?? XSD_STRING)}`,
      ),
    );
    expect([...literals].filter((l) => !answered.has(l))).toEqual([]);
    expect(answered.size).toBe(literals.size);
    const constructed = new Parser({ format: 'N-Triples' }).parse(
      await store.query({ sparql: 'CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }', format: 'application/n-triples' }),
    );
    const key = (q: (typeof dumped)[number]) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
    expect(new Set(constructed.map(key))).toEqual(new Set(dumped.map(key)));
    await store.close();
  });
});
