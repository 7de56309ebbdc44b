// The read-only SPARQL endpoint: GET and POST queries, result formats, the result limit, the timeout, refused updates.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ site: await miniSite(), host: '127.0.0.1', port: 0, timeoutMs: 3000, resultLimit: 3 });
});
afterAll(() => server.close());

const LABELS = `SELECT ?label WHERE { <https://w3id.org/conflict-kg/id/mini/event/first-campaign> <http://www.w3.org/2000/01/rdf-schema#label> ?label } ORDER BY ?label`;
const COUNT_EVENTS = 'SELECT (COUNT(*) AS ?n) WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Event> }';

const viaGet = (query: string, accept = 'application/sparql-results+json') =>
  fetch(`${server.url}/sparql?query=${encodeURIComponent(query)}`, { headers: { accept } });

describe('queries', () => {
  it('answers a SELECT by GET as SPARQL JSON, Korean intact', async () => {
    const res = await viaGet(LABELS);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'application/sparql-results+json']);
    const json = (await res.json()) as { results: { bindings: { label: { value: string; 'xml:lang': string } }[] } };
    expect(json.results.bindings.map((b) => [b.label.value, b.label['xml:lang']])).toEqual([
      ['First campaign (against HTS)', 'en'],
      ['제1차 작전', 'ko'],
    ]);
  });

  it('answers a POST with application/sparql-query', async () => {
    const res = await fetch(`${server.url}/sparql`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query' },
      body: COUNT_EVENTS,
    });
    const json = (await res.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(json.results.bindings[0]!.n.value).toBe('6');
  });

  it('answers a form-encoded POST', async () => {
    const res = await fetch(`${server.url}/sparql`, {
      method: 'POST',
      body: new URLSearchParams({ query: 'ASK { ?s ?p ?o }' }),
    });
    expect(await res.json()).toEqual({ head: {}, boolean: true });
  });

  it('answers a CONSTRUCT as Turtle or N-Triples, as the client accepts', async () => {
    const q =
      'CONSTRUCT { ?e a <https://w3id.org/conflict-kg/ontology#Phase> } WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Phase> }';
    const ttl = await viaGet(q, 'text/turtle');
    expect(ttl.headers.get('content-type')).toBe('text/turtle; charset=utf-8');
    const nt = await viaGet(q, 'application/n-triples');
    expect(nt.headers.get('content-type')).toBe('application/n-triples; charset=utf-8');
    expect((await nt.text()).trim().split('\n')).toHaveLength(2);
  });

  it('answers the VoID description too (the endpoint serves the dataset and its description)', async () => {
    const res = await viaGet('ASK { ?d <http://rdfs.org/ns/void#sparqlEndpoint> ?e }');
    expect(await res.json()).toEqual({ head: {}, boolean: true });
  });

  it('cuts results at the limit and says so in headers', async () => {
    const res = await viaGet('SELECT ?e WHERE { ?e a <https://w3id.org/conflict-kg/ontology#Event> }');
    expect(res.headers.get('x-result-limit')).toBe('3');
    expect(res.headers.get('x-results-truncated')).toBe('true');
    const json = (await res.json()) as { results: { bindings: unknown[] } };
    expect(json.results.bindings).toHaveLength(3);
  });

  it('does not flag results within the limit', async () => {
    expect((await viaGet(LABELS)).headers.get('x-results-truncated')).toBeNull();
  });

  it('answers 400 with the parser message for a syntax error', async () => {
    const res = await viaGet('SELECT * WHERE { ?s ?p }');
    expect(res.status).toBe(400);
    expect(await res.text()).toBe('query syntax error: error at 1:25: expected one of LATERAL, SERVICE, [_]\n');
  });

  it('answers 400 naming what the engine cannot run, not calling it a syntax error', async () => {
    const res = await viaGet('SELECT * WHERE { SERVICE <http://127.0.0.1:1/sparql> { ?s ?p ?o } }');
    expect([res.status, await res.text()]).toEqual([
      400,
      'the engine cannot run this query: The service <http://127.0.0.1:1/sparql> is not supported\n',
    ]);
  });

  it('stops a query that runs past the timeout with 503, and keeps answering', async () => {
    const vars = Array.from({ length: 12 }, (_, i) => `?s${i} ?p${i} ?o${i} .`).join(' ');
    const res = await viaGet(`SELECT (COUNT(*) AS ?n) WHERE { ${vars} }`);
    expect(res.status).toBe(503);
    expect(await res.text()).toBe('the query was stopped after 3 s\n');
    // The stopped lane restarts its worker and loads the graphs again; on a busy machine that can take longer than
    // the 3 s a query may wait, so a query arriving meanwhile may get 503 too. What is pinned: it answers again.
    const statuses: number[] = [];
    while (statuses.at(-1) !== 200 && statuses.length < 20) statuses.push((await viaGet('ASK { ?s ?p ?o }')).status);
    expect(statuses.at(-1)).toBe(200);
    expect(statuses.every((s) => s === 200 || s === 503)).toBe(true);
  });

  it('shows a query form to a GET without a query', async () => {
    const res = await fetch(`${server.url}/sparql`);
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await res.text()).toContain('<form method="get" action="sparql">');
  });
});

describe('updates', () => {
  const INSERT = 'INSERT DATA { <https://example.org/x> <https://example.org/y> "z" }';

  it.each([
    [
      'an update= form field',
      { 'content-type': 'application/x-www-form-urlencoded' },
      new URLSearchParams({ update: INSERT }).toString(),
    ],
    ['an application/sparql-update body', { 'content-type': 'application/sparql-update' }, INSERT],
  ])('refuses %s with 403', async (_name, headers, body) => {
    const res = await fetch(`${server.url}/sparql`, { method: 'POST', headers, body });
    expect(res.status).toBe(403);
    expect(await res.text()).toBe('SPARQL Update is refused: this endpoint is read-only\n');
  });

  it('refuses an update= parameter on GET', async () => {
    expect((await fetch(`${server.url}/sparql?update=${encodeURIComponent(INSERT)}`)).status).toBe(403);
  });

  it('refuses an update sent as a query as an update, and does not run it', async () => {
    const res = await viaGet(INSERT);
    expect([res.status, await res.text()]).toEqual([403, 'SPARQL Update is refused: this endpoint is read-only\n']);
    const after = await viaGet('ASK { <https://example.org/x> ?p ?o }');
    expect(await after.json()).toEqual({ head: {}, boolean: false });
  });
});
