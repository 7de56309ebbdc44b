// `serve` over several datasets (the register fixture: alpha and beta, which share red-army and hill-1): both
// datasets' IRIs, the shared entities' and the catalogue's resolve by content negotiation; /sparql reads the RDF
// merge of everything as its default graph, each dataset in the named graph of its IRI.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { ALPHA, BETA, builtRegister, CATALOG, ntLines, RED_ARMY, registerSite } from '../site/fixture/register-site.ts';

let server: RunningServer;
let cwd: string;

beforeAll(async () => {
  cwd = await builtRegister();
  const site = await registerSite(cwd);
  server = await startServer({ site, host: '127.0.0.1', port: 0, timeoutMs: 20_000, resultLimit: 1000 });
});
afterAll(() => server?.close());

const get = (path: string, accept?: string) =>
  fetch(server.url + path, { redirect: 'manual', headers: accept === undefined ? {} : { accept } });

/** The rows of a SELECT answered as CSV, without the header. */
async function select(query: string, params = ''): Promise<string[]> {
  const res = await fetch(`${server.url}/sparql?query=${encodeURIComponent(query)}${params}`, {
    headers: { accept: 'text/csv' },
  });
  expect(res.status, await res.clone().text()).toBe(200);
  return (await res.text()).trim().split('\r\n').slice(1);
}

describe('serve over several datasets', () => {
  it.each([
    ['/id/alpha/event/first-offensive', '/doc/alpha/event/first-offensive'],
    ['/id/beta/event/second-offensive', '/doc/beta/event/second-offensive'],
    ['/id/alpha/dataset/alpha', '/doc/alpha/dataset/alpha'],
    ['/id/beta/dataset/beta', '/doc/beta/dataset/beta'],
    ['/id/actor/red-army', '/doc/actor/red-army'],
    ['/id/place/hill-1', '/doc/place/hill-1'],
    ['/catalog', '/doc/catalog'],
  ])('answers %s by content negotiation (303 to %s in the format asked for)', async (path, doc) => {
    for (const [accept, ext] of [
      ['text/turtle', 'ttl'],
      ['application/ld+json', 'jsonld'],
      ['application/n-triples', 'nt'],
      ['text/html', 'html'],
    ]) {
      const res = await get(path, accept);
      expect(res.status, `${path} ${accept}`).toBe(303);
      expect(res.headers.get('location')).toBe(`${doc}.${ext}`);
      const followed = await get(`${doc}.${ext}`);
      expect(followed.status, `${doc}.${ext}`).toBe(200);
    }
  });

  it('serves a shared entity’s document with what both datasets say about it', async () => {
    const text = await (await get('/doc/actor/red-army.nt')).text();
    expect(text).toContain('<https://example.org/id/alpha/citation/wiki-1>');
    expect(text).toContain('<https://example.org/id/beta/citation/wiki-2>');
  });

  it('serves the catalogue as the home page and its RDF, and each dataset’s VoID naming this endpoint', async () => {
    expect(await (await get('/')).text()).toContain('<a href="doc/beta/dataset/beta.html">Second offensive</a>');
    const catalog = await (await get('/doc/catalog.ttl')).text();
    expect(catalog).toContain('dcat:Catalog');
    for (const id of ['alpha', 'beta']) {
      const res = await get(`/void/${id}.ttl`);
      expect(res.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
      expect(await res.text()).toContain(`void:sparqlEndpoint <${server.url}/sparql>`);
    }
    expect(await (await get('/.well-known/void')).text()).toContain(`<${server.url}/sparql>`);
  });

  it('holds each dataset in the named graph of its IRI, with exactly its triples', async () => {
    const rows = await select('SELECT ?g (COUNT(*) AS ?n) { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g');
    const counts = new Map(rows.map((r) => r.split(',') as [string, string]));
    expect(Number(counts.get(ALPHA))).toBe(ntLines(cwd, 'alpha.nt').length);
    expect(Number(counts.get(BETA))).toBe(ntLines(cwd, 'beta.nt').length);
    // default-graph-uri names one dataset: the other's operation is not there.
    const operations = 'SELECT ?e { ?e a <https://w3id.org/conflict-kg/ontology#MilitaryOperation> } ORDER BY ?e';
    expect(await select(operations, `&default-graph-uri=${encodeURIComponent(BETA)}`)).toEqual([
      'https://example.org/id/beta/event/second-offensive',
    ]);
    expect(await select(operations)).toEqual([
      'https://example.org/id/alpha/event/first-offensive',
      'https://example.org/id/beta/event/second-offensive',
    ]);
  });

  it('reads the RDF merge as the default graph: a triple both datasets hold comes once', async () => {
    const types = await select(`SELECT ?c { <${RED_ARMY}> a ?c } ORDER BY ?c`);
    const inUnion = ntLines(cwd, 'conflict-kg.nt').filter((l) =>
      l.startsWith(`<${RED_ARMY}> <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> `),
    );
    expect(types.length).toBe(inUnion.length);
    expect(new Set(types).size).toBe(types.length);
    // The catalogue is there too, with both datasets.
    expect(await select(`SELECT ?d { <${CATALOG}> <http://www.w3.org/ns/dcat#dataset> ?d } ORDER BY ?d`)).toEqual([
      ALPHA,
      BETA,
    ]);
  });
});
