// The SPARQL 1.1 Protocol as clients use it: the answer's format chosen by Accept for each query form, 406 naming
// what is available, the dataset given by default-graph-uri and named-graph-uri, the service description for an
// RDF client, and a results table for a browser.
import { Parser } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../src/serve/server.ts';
import { miniSite } from '../site/fixture/mini-site.ts';

let server: RunningServer;

beforeAll(async () => {
  server = await startServer({ site: await miniSite(), host: '127.0.0.1', port: 0, timeoutMs: 5000, resultLimit: 100 });
});
afterAll(() => server.close());

const ONTO = 'https://w3id.org/conflict-kg/ontology#';
const DATASET = 'https://w3id.org/conflict-kg/id/mini/dataset/mini';
const ONTOLOGY = 'https://w3id.org/conflict-kg/ontology';
const CONCEPTS = 'https://w3id.org/conflict-kg/concept';
const PHASES = `SELECT ?e WHERE { ?e a <${ONTO}Phase> } ORDER BY ?e`;
const CONSTRUCT = `CONSTRUCT { ?e a <${ONTO}Phase> } WHERE { ?e a <${ONTO}Phase> }`;
const FIRST = 'https://w3id.org/conflict-kg/id/mini/event/first-campaign';

const query = (q: string, accept?: string, extra = '') =>
  fetch(`${server.url}/sparql?query=${encodeURIComponent(q)}${extra}`, {
    headers: accept === undefined ? {} : { accept },
  });

describe('SELECT answers by Accept', () => {
  it.each([
    ['application/sparql-results+json', 'application/sparql-results+json', `"value":"${FIRST}"`],
    ['application/json', 'application/sparql-results+json', `"value":"${FIRST}"`],
    ['application/sparql-results+xml', 'application/sparql-results+xml', `<uri>${FIRST}</uri>`],
    ['text/csv', 'text/csv; charset=utf-8', `e\r\n${FIRST}\r\n`],
    ['text/tab-separated-values', 'text/tab-separated-values; charset=utf-8', `?e\n<${FIRST}>\n`],
    ['text/csv;q=0.5, application/sparql-results+xml;q=0.9', 'application/sparql-results+xml', '<sparql'],
    ['*/*', 'application/sparql-results+json', '"head"'],
    [undefined, 'application/sparql-results+json', '"head"'],
  ])('answers Accept %s with %s, varying by Accept', async (accept, type, excerpt) => {
    const res = await query(PHASES, accept);
    expect([res.status, res.headers.get('content-type'), res.headers.get('vary')]).toEqual([200, type, 'Accept']);
    expect(await res.text()).toContain(excerpt);
  });

  it('answers 406 naming the formats a SELECT can have when none is acceptable', async () => {
    const res = await query(PHASES, 'image/png');
    expect([res.status, res.headers.get('vary')]).toEqual([406, 'Accept']);
    expect(await res.text()).toBe(
      'available for SELECT: application/sparql-results+json, application/sparql-results+xml, text/csv, text/tab-separated-values, text/html\n',
    );
  });

  it('cuts CSV, TSV and XML at the result limit as well as JSON', async () => {
    const small = await startServer({
      site: await miniSite(),
      host: '127.0.0.1',
      port: 0,
      timeoutMs: 5000,
      resultLimit: 1,
    });
    const get = (accept: string) =>
      fetch(`${small.url}/sparql?query=${encodeURIComponent(PHASES)}`, { headers: { accept } });
    expect(await (await get('text/csv')).text()).toBe(`e\r\n${FIRST}\r\n`);
    expect(await (await get('text/tab-separated-values')).text()).toBe(`?e\n<${FIRST}>\n`);
    const xml = await get('application/sparql-results+xml');
    expect(xml.headers.get('x-results-truncated')).toBe('true');
    expect((await xml.text()).match(/<result>/g)).toHaveLength(1);
    await small.close();
  });
});

describe('ASK answers by Accept', () => {
  it.each([
    ['application/sparql-results+json', '{"head":{},"boolean":true}'],
    ['application/sparql-results+xml', '<boolean>true</boolean>'],
  ])('answers Accept %s', async (accept, excerpt) => {
    const res = await query('ASK { ?s ?p ?o }', accept);
    expect([res.status, res.headers.get('content-type')]).toEqual([200, accept]);
    expect(await res.text()).toContain(excerpt);
  });

  it('answers 406 for CSV, which has no boolean form', async () => {
    const res = await query('ASK {}', 'text/csv');
    expect([res.status, await res.text()]).toEqual([
      406,
      'available for ASK: application/sparql-results+json, application/sparql-results+xml, text/html\n',
    ]);
  });
});

describe('CONSTRUCT answers by Accept', () => {
  const phases = [`${FIRST}`, 'https://w3id.org/conflict-kg/id/mini/event/second-campaign'];

  it.each([
    ['text/turtle', 'text/turtle; charset=utf-8', 'Turtle'],
    ['application/n-triples', 'application/n-triples; charset=utf-8', 'N-Triples'],
    ['application/turtle, text/turtle, text/rdf+n3, application/n-triples', 'text/turtle; charset=utf-8', 'Turtle'],
  ])('answers Accept %s with %s that parses to the two phases', async (accept, type, format) => {
    const res = await query(CONSTRUCT, accept);
    expect([res.status, res.headers.get('content-type'), res.headers.get('vary')]).toEqual([200, type, 'Accept']);
    const quads = new Parser({ format }).parse(await res.text());
    expect(quads.map((q) => q.subject.value).sort()).toEqual(phases);
  });

  it('answers JSON-LD (expanded) with the two phases', async () => {
    const res = await query(CONSTRUCT, 'application/ld+json');
    expect(res.headers.get('content-type')).toBe('application/ld+json');
    const doc = (await res.json()) as { '@id': string; '@type'?: string[] }[];
    expect(doc.map((n) => n['@id']).sort()).toEqual(phases);
  });

  it('answers RDF/XML with the two phases', async () => {
    const res = await query(CONSTRUCT, 'application/rdf+xml');
    expect(res.headers.get('content-type')).toBe('application/rdf+xml');
    const text = await res.text();
    expect(text).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<rdf:RDF /);
    for (const p of phases) expect(text).toContain(`rdf:about="${p}"`);
  });

  it("answers a DESCRIBE as Turtle with the resource's triples", async () => {
    const res = await query(`DESCRIBE <${FIRST}>`, 'text/turtle');
    const quads = new Parser({ format: 'Turtle' }).parse(await res.text());
    expect(quads.length).toBeGreaterThan(5);
    expect(quads.every((q) => q.subject.value === FIRST)).toBe(true);
  });

  it('answers 406 naming the graph formats', async () => {
    const res = await query(CONSTRUCT, 'application/sparql-results+json');
    expect(await res.text()).toBe(
      'available for CONSTRUCT: text/turtle, application/n-triples, application/ld+json, application/rdf+xml, text/html\n',
    );
  });
});

describe('the dataset of a query', () => {
  const GRAPHS = 'SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g';
  const COUNT = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
  const rows = async (res: Response) =>
    ((await res.json()) as { results: { bindings: Record<string, { value: string }>[] } }).results.bindings;

  it('reads the union of the data, its description, the ontology and the concepts when no graph is named', async () => {
    const count = async (graph: string) => {
      const [row] = await rows(await query(COUNT, undefined, `&default-graph-uri=${encodeURIComponent(graph)}`));
      return Number(row!.n!.value);
    };
    const [all] = await rows(await query(COUNT));
    const graphs = [DATASET, `${server.url}/.well-known/void`, ONTOLOGY, CONCEPTS];
    const counts = await Promise.all(graphs.map(count));
    expect(Number(all!.n!.value)).toBe(counts.reduce((a, b) => a + b, 0));
    expect(counts.every((n) => n > 0)).toBe(true);
  });

  it("reads a class's rdfs:label and a concept's skos:prefLabel beside the data", async () => {
    const labels = `SELECT ?class ?concept WHERE {
      ?op a <${ONTO}MilitaryOperation> . ?e <http://semanticweb.cs.vu.nl/2009/11/sem/eventType> ?t .
      <${ONTO}MilitaryOperation> <http://www.w3.org/2000/01/rdf-schema#label> ?class .
      ?t <http://www.w3.org/2004/02/skos/core#prefLabel> ?concept
      FILTER(lang(?class) = "ko" && lang(?concept) = "ko") } LIMIT 1`;
    const [row] = await rows(await query(labels));
    expect([row?.class?.value, row?.concept?.value]).toEqual(['군사 작전', '점령']);
  });

  it('honours default-graph-uri: only that graph is the default graph', async () => {
    const ask = `ASK { ?d <http://rdfs.org/ns/void#sparqlEndpoint> ?e }`;
    const inData = await query(ask, undefined, `&default-graph-uri=${encodeURIComponent(DATASET)}`);
    expect(await inData.json()).toEqual({ head: {}, boolean: false });
    const inDescription = await query(
      ask,
      undefined,
      `&default-graph-uri=${encodeURIComponent(`${server.url}/.well-known/void`)}`,
    );
    expect(await inDescription.json()).toEqual({ head: {}, boolean: true });
  });

  it('honours named-graph-uri: only the graphs named are visible to GRAPH', async () => {
    const one = await rows(await query(GRAPHS, undefined, `&named-graph-uri=${encodeURIComponent(DATASET)}`));
    expect(one.map((b) => b.g!.value)).toEqual([DATASET]);
    const both = await rows(await query(GRAPHS));
    expect(both.map((b) => b.g!.value)).toEqual([`${server.url}/.well-known/void`, DATASET, ONTOLOGY, CONCEPTS].sort());
  });

  it('takes the graphs of a POSTed query from the URL', async () => {
    const res = await fetch(`${server.url}/sparql?named-graph-uri=${encodeURIComponent(DATASET)}`, {
      method: 'POST',
      headers: { 'content-type': 'application/sparql-query', accept: 'application/sparql-results+json' },
      body: GRAPHS,
    });
    expect((await rows(res)).map((b) => b.g!.value)).toEqual([DATASET]);
  });

  it('answers 400 for a graph that is not an absolute IRI', async () => {
    const res = await query(COUNT, undefined, '&default-graph-uri=not%20an%20iri');
    expect([res.status, await res.text()]).toEqual([400, 'expected an absolute IRI for a graph, found "not an iri"\n']);
  });
});

describe('the service description', () => {
  it.each([
    ['text/turtle', 'Turtle'],
    ['application/n-triples', 'N-Triples'],
  ])(
    'answers GET /sparql with Accept %s with an sd:Service naming the endpoint, formats and dataset',
    async (accept, format) => {
      const res = await fetch(`${server.url}/sparql`, { headers: { accept } });
      expect([res.status, res.headers.get('vary')]).toEqual([200, 'Accept']);
      const quads = new Parser({ format }).parse(await res.text());
      const has = (s: string, p: string, o: string) =>
        quads.some((q) => q.subject.value === s && q.predicate.value === p && q.object.value === o);
      const SD = 'http://www.w3.org/ns/sparql-service-description#';
      const service = `${server.url}/sparql#service`;
      expect(has(service, 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type', `${SD}Service`)).toBe(true);
      expect(has(service, `${SD}endpoint`, `${server.url}/sparql`)).toBe(true);
      expect(has(service, `${SD}supportedLanguage`, `${SD}SPARQL11Query`)).toBe(true);
      expect(has(service, `${SD}feature`, `${SD}UnionDefaultGraph`)).toBe(true);
      for (const f of [
        'SPARQL_Results_JSON',
        'SPARQL_Results_XML',
        'SPARQL_Results_CSV',
        'SPARQL_Results_TSV',
        'Turtle',
        'N-Triples',
        'JSON-LD',
        'RDF_XML',
      ]) {
        expect(has(service, `${SD}resultFormat`, `http://www.w3.org/ns/formats/${f}`)).toBe(true);
      }
      expect(quads.some((q) => q.predicate.value === `${SD}name` && q.object.value === DATASET)).toBe(true);
      expect(has(DATASET, 'http://rdfs.org/ns/void#sparqlEndpoint', `${server.url}/sparql`)).toBe(true);
    },
  );

  it('answers RDF/XML and JSON-LD too', async () => {
    const xml = await fetch(`${server.url}/sparql`, { headers: { accept: 'application/rdf+xml' } });
    expect([xml.headers.get('content-type'), (await xml.text()).includes('sparql-service-description#')]).toEqual([
      'application/rdf+xml',
      true,
    ]);
    const jsonld = await fetch(`${server.url}/sparql`, { headers: { accept: 'application/ld+json' } });
    expect(JSON.stringify(await jsonld.json())).toContain(`"${server.url}/sparql#service"`);
  });

  it('shows the form to a browser', async () => {
    const res = await fetch(`${server.url}/sparql`, {
      headers: { accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' },
    });
    expect(await res.text()).toContain('<form method="get" action="sparql">');
  });
});

describe('the results table', () => {
  const BROWSER = 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8';

  it('shows a SELECT run from the form as a table whose resources link to their pages by label', async () => {
    const res = await query(
      `SELECT ?e ?label WHERE { ?e a <${ONTO}Phase> ; <http://www.w3.org/2000/01/rdf-schema#label> ?label FILTER(lang(?label) = "ko") } ORDER BY ?e`,
      BROWSER,
    );
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8');
    const html = await res.text();
    expect(html).toContain('<thead><tr><th>?e</th><th>?label</th></tr></thead>');
    expect(html).toContain(
      `<td><a href="/doc/mini/event/first-campaign.html" title="${FIRST}">First campaign (against HTS)</a></td><td><span lang="ko">제1차 작전</span> <small>@ko</small></td>`,
    );
    expect(html).toContain('<p id="count">2 rows</p>');
    expect(html).toContain('<textarea id="query" name="query"');
  });

  it('shows an ASK as yes or no', async () => {
    expect(await (await query('ASK { ?s ?p ?o }', BROWSER)).text()).toContain(
      '<p id="answer">Answer: <strong>yes</strong></p>',
    );
  });

  it('shows a CONSTRUCT as a table of triples', async () => {
    const html = await (await query(CONSTRUCT, BROWSER)).text();
    expect(html).toContain('<thead><tr><th>?subject</th><th>?predicate</th><th>?object</th></tr></thead>');
    expect(html).toContain('<p id="count">2 rows</p>');
  });

  it('escapes what the query and its results hold', async () => {
    const html = await (await query('SELECT ?x WHERE { BIND("<b>&" AS ?x) }', BROWSER)).text();
    expect(html).toContain('<td><span>&lt;b&gt;&amp;</span></td>');
    expect(html).toContain('BIND(&quot;&lt;b&gt;&amp;&quot; AS ?x)');
  });
});
