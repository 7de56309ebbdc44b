// The SPARQL 1.1 Graph Store HTTP Protocol, client side: replace (PUT), add to (POST), read (GET) and drop (DELETE) a named graph.
import { send, type HttpAnswer, type HttpClient } from './http-request.ts';

export interface GraphStore {
  client: HttpClient;
  /** The store's Graph Store endpoint, e.g. http://127.0.0.1:8890/sparql-graph-crud-auth. */
  endpoint: string;
}

const NTRIPLES = 'application/n-triples; charset=utf-8';

/**
 * The URL of a named graph at the endpoint (indirect graph identification, `?graph=`).
 * @example graphUrl('http://h/gsp', 'https://ex.org/g').href //=> 'http://h/gsp?graph=https%3A%2F%2Fex.org%2Fg'
 */
export function graphUrl(endpoint: string, graph: string): URL {
  const url = new URL(endpoint);
  url.searchParams.set('graph', graph);
  return url;
}

/** Replaces the graph with the N-Triples text; PUT is idempotent, so it is retried on transient faults. */
export async function putGraph(store: GraphStore, graph: string, ntriples: string): Promise<HttpAnswer> {
  return send(store.client, {
    method: 'PUT',
    url: graphUrl(store.endpoint, graph),
    headers: { 'content-type': NTRIPLES },
    body: ntriples,
    idempotent: true,
  });
}

/**
 * Adds the N-Triples text to the graph. Adding is idempotent only without blank nodes (each POST of `_:b` makes a new
 * node), so the caller says whether a retry is safe.
 */
export async function postGraph(
  store: GraphStore,
  graph: string,
  ntriples: string,
  idempotent: boolean,
): Promise<HttpAnswer> {
  return send(store.client, {
    method: 'POST',
    url: graphUrl(store.endpoint, graph),
    headers: { 'content-type': NTRIPLES },
    body: ntriples,
    idempotent,
  });
}

/** Drops the graph; false when it did not exist (HTTP 404). */
export async function deleteGraph(store: GraphStore, graph: string): Promise<boolean> {
  try {
    await send(store.client, { method: 'DELETE', url: graphUrl(store.endpoint, graph), idempotent: true });
    return true;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return false;
    throw e;
  }
}
