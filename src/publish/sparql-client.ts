// SPARQL queries over HTTP (GET, or a form POST for long queries), with results as RDF/JS terms; counts a graph's triples.
import { queryForm } from '../sparql-tokens.ts';
import { DataFactory, Parser, type Quad, type Term } from 'n3';
import { send, type HttpClient } from './http-request.ts';
import { PublishError } from './publish-error.ts';

const { namedNode, literal, blankNode } = DataFactory;

export interface SparqlEndpoint {
  client: HttpClient;
  /** The store's query endpoint, e.g. http://127.0.0.1:8890/sparql. */
  endpoint: string;
}

export type QueryResult =
  | { kind: 'bindings'; variables: string[]; rows: Map<string, Term>[]; truncated: boolean }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'quads'; quads: Quad[] };

export interface JsonTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

/** Longer queries go as a form POST: some servers cut long URLs. (`application/sparql-query` POST hangs Virtuoso 7.2.5.) */
const MAX_GET_QUERY = 1500;

/**
 * Runs a query. `defaultGraph` sets the `default-graph-uri` protocol parameter. SELECT results say whether the store
 * cut them short (Virtuoso's X-SPARQL-MaxRows header).
 */
export async function runSparql(endpoint: SparqlEndpoint, query: string, defaultGraph?: string): Promise<QueryResult> {
  const form = queryForm(query) ?? 'SELECT';
  const params = new URLSearchParams({ query });
  if (defaultGraph) params.set('default-graph-uri', defaultGraph);
  const accept =
    form === 'CONSTRUCT' || form === 'DESCRIBE' ? 'application/n-triples' : 'application/sparql-results+json';
  const url = new URL(endpoint.endpoint);
  const long = params.toString().length > MAX_GET_QUERY;
  if (!long) url.search = params.toString();
  const answer = await send(endpoint.client, {
    method: long ? 'POST' : 'GET',
    url,
    idempotent: true,
    headers: long ? { accept, 'content-type': 'application/x-www-form-urlencoded' } : { accept },
    ...(long ? { body: params.toString() } : {}),
  });
  if (accept === 'application/n-triples')
    return { kind: 'quads', quads: new Parser({ format: 'N-Triples' }).parse(answer.body) };
  const json = parseJson(answer.body, url);
  if (typeof json.boolean === 'boolean') return { kind: 'boolean', value: json.boolean };
  if (form === 'ASK') return { kind: 'boolean', value: askAnswer(json) };
  const rows = (json.results?.bindings ?? []).map(toRow);
  return {
    kind: 'bindings',
    variables: json.head?.vars ?? [],
    rows,
    truncated: answer.headers.has('x-sparql-maxrows'),
  };
}

interface JsonResults {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings?: Record<string, JsonTerm>[] };
}

function parseJson(body: string, url: URL): JsonResults {
  try {
    return JSON.parse(body) as JsonResults;
  } catch {
    throw new PublishError(
      'E_PUBLISH_HTTP',
      `GET ${url.origin}${url.pathname}: the store's answer is not SPARQL JSON results: ${body.slice(0, 200)}`,
    );
  }
}

/** Virtuoso 7.2.5 answers ASK in JSON as a SELECT of `__ASK_RETVAL` (1, or no row for false). */
function askAnswer(json: JsonResults): boolean {
  const row = json.results?.bindings?.[0];
  const value = row ? Object.values(row)[0]?.value : undefined;
  return value !== undefined && value !== '0' && value !== 'false';
}

function toRow(binding: Record<string, JsonTerm>): Map<string, Term> {
  return new Map(Object.entries(binding).map(([name, term]) => [name, toTerm(term)]));
}

/** One SPARQL JSON term; accepts the pre-1.1 `typed-literal` that Virtuoso before 7.2.16 sends. */
export function toTerm(term: JsonTerm): Term {
  if (term.type === 'uri') return namedNode(term.value);
  if (term.type === 'bnode') return blankNode(term.value);
  if (term['xml:lang']) return literal(term.value, term['xml:lang']);
  return term.datatype ? literal(term.value, namedNode(term.datatype)) : literal(term.value);
}

/** How many triples the named graph holds, by SPARQL COUNT. */
export async function countTriples(endpoint: SparqlEndpoint, graph: string): Promise<number> {
  const result = await runSparql(endpoint, `SELECT (COUNT(*) AS ?n) WHERE { GRAPH <${graph}> { ?s ?p ?o } }`);
  const n = result.kind === 'bindings' ? result.rows[0]?.get('n')?.value : undefined;
  if (n === undefined || !/^\d+$/.test(n)) {
    throw new PublishError('E_PUBLISH_HTTP', `${endpoint.endpoint}: the COUNT query gave no number`);
  }
  return Number(n);
}
