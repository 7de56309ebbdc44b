// Terms come back as they went in: every literal of each dump (the data, the ontology, the concept schemes), read
// back through the SPARQL engine of `query` and of `/sparql`, has the same lexical form, datatype and language (a
// datatype the engine would canonicalize, such as xsd:nonNegativeInteger answered as xsd:integer, would fail here),
// and CONSTRUCT gives back every triple of the dump from the dump's named graph.
import { readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphOfFile, loadFiles } from '../../src/query/data-files.ts';
import { openStore, type SparqlStore } from '../../src/query/sparql-store.ts';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { buildSite } from '../../src/site/build-site.ts';
import { termKey } from '../../src/terms.ts';

const DUMPS = ['dist/qalamoun-2017.nt', 'dist/conflict-kg-ontology.nt', 'dist/conflict-kg-concepts.nt'];
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

type Run = (sparql: string, format: string) => Promise<string>;
type JsonLiteral = { value: string; datatype?: string; 'xml:lang'?: string };

const parseNt = (text: string) => new Parser({ format: 'N-Triples' }).parse(text);
const key = (q: Quad) => `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;

/** Checks one dump against what the engine answers from the dump's named graph. */
async function expectSameTerms(run: Run, dump: string): Promise<void> {
  const graph = await graphOfFile(dump);
  expect(graph, dump).toBeDefined();
  const dumped = parseNt(readFileSync(dump, 'utf8'));
  const literals = new Set(dumped.filter((q) => q.object.termType === 'Literal').map((q) => termKey(q.object)));
  const select = `SELECT DISTINCT ?o WHERE { GRAPH <${graph}> { ?s ?p ?o FILTER(isLiteral(?o)) } }`;
  const json = JSON.parse(await run(select, 'application/sparql-results+json')) as {
    results: { bindings: { o: JsonLiteral }[] };
  };
  const answered = new Set(
    json.results.bindings.map(
      ({ o }) => `"${o.value}"@${o['xml:lang'] ?? ''}^^${o['xml:lang'] ? RDF_LANG : (o.datatype ?? XSD_STRING)}`,
    ),
  );
  expect(literals.size, dump).toBeGreaterThan(50);
  expect(
    [...literals].filter((l) => !answered.has(l)),
    dump,
  ).toEqual([]);
  expect(answered.size, dump).toBe(literals.size);
  const construct = `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH <${graph}> { ?s ?p ?o } }`;
  const constructed = parseNt(await run(construct, 'application/n-triples'));
  expect(new Set(constructed.map(key)), dump).toEqual(new Set(dumped.map(key)));
}

describe('the engine of `query` and the dumps', () => {
  let store: SparqlStore;
  beforeAll(async () => {
    store = openStore({ worker: true });
    await loadFiles(store, DUMPS);
  });
  afterAll(() => store.close());

  it.each(DUMPS)('agree term for term on every literal and every triple of %s', async (dump) => {
    await expectSameTerms((sparql, format) => store.query({ sparql, format }), dump);
  });
});

describe('the engine of `/sparql` and the dumps', () => {
  let server: RunningServer;
  beforeAll(async () => {
    const quads = parseNt(readFileSync(DUMPS[0]!, 'utf8'));
    const ontologyQuads = new Parser().parse(readFileSync('ontology/conflict-kg.ttl', 'utf8'));
    server = await startServer({
      site: buildSite({ quads, ontologyQuads }),
      host: '127.0.0.1',
      port: 0,
      timeoutMs: 20_000,
      resultLimit: 100_000,
    });
  });
  afterAll(() => server.close());

  const run: Run = async (sparql, format) => {
    const res = await fetch(`${server.url}/sparql?query=${encodeURIComponent(sparql)}`, {
      headers: { accept: format },
    });
    expect(res.status).toBe(200);
    return res.text();
  };

  it.each(DUMPS)('agree term for term on every literal and every triple of %s', async (dump) => {
    await expectSameTerms(run, dump);
  });
});
