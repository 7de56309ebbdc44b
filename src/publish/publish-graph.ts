// Publishes an N-Triples file as one named graph: PUT the first chunk, POST the rest, then check the store's COUNT.
import { isAbsoluteIri } from '../terms.ts';
import type { Credentials } from './http-auth.ts';
import { createHttpClient, type HttpOptions } from './http-request.ts';
import { deleteGraph, postGraph, putGraph, type GraphStore } from './gsp-client.ts';
import { countTriples, type SparqlEndpoint } from './sparql-client.ts';
import { chunkNTriples, scanNTriples } from './read-ntriples.ts';
import { PublishError } from './publish-error.ts';

export interface PublishOptions {
  /** The N-Triples file to publish (e.g. dist/qalamoun-2017.nt). */
  file: string;
  /** The named graph to replace. */
  graph: string;
  /** The store's Graph Store Protocol endpoint. */
  gsp: string;
  /** The store's SPARQL query endpoint, for the COUNT check. */
  sparql: string;
  credentials?: Credentials;
  /** Triples per request. @default 50000 (Virtuoso stalls on very large single requests) */
  chunkTriples?: number;
  /** Per request, in milliseconds. @default 120000 */
  timeoutMs?: number;
  /** Retries of a safe request after a transient fault. @default 2 */
  retries?: number;
  /** First retry delay in milliseconds, doubling after. @default 1000 */
  backoffMs?: number;
  /** Called after each acknowledged request, with what was sent so far (the CLI shows progress on a terminal). */
  onProgress?: (progress: PublishProgress) => void;
}

/** After an acknowledged request: its method and triples, and the triples and requests sent of all. */
export interface PublishProgress {
  method: 'PUT' | 'POST';
  chunkTriples: number;
  triples: number;
  totalTriples: number;
  requests: number;
  totalRequests: number;
}

export interface PublishReport {
  graph: string;
  /** Triples in the file, and (checked) in the graph. */
  triples: number;
  requests: number;
  /** Whether the graph was new (PUT answered 201) rather than replaced. */
  created: boolean;
}

/**
 * Replaces `graph` at the store with the file's triples and checks the store then holds exactly that many.
 * Throws a PublishError whose message says which state the graph was left in.
 * @example await publishGraph({ file: 'dist/qalamoun-2017.nt', graph, gsp, sparql }) //=> { graph, triples: 3120, requests: 1, created: false }
 */
export async function publishGraph(options: PublishOptions): Promise<PublishReport> {
  checkGraphIri(options.graph);
  const size = options.chunkTriples ?? 50_000;
  const scan = await scanNTriples(options.file);
  if (scan.hasBlankNodes && scan.triples > size) {
    throw new PublishError(
      'E_PUBLISH_DATA',
      `${options.file} has blank nodes and more than ${size} triples: sending it in several requests would split blank nodes into copies; skolemize them or raise the chunk size`,
    );
  }
  const http: HttpOptions = {
    timeoutMs: options.timeoutMs ?? 120_000,
    retries: options.retries ?? 2,
    backoffMs: options.backoffMs ?? 1000,
  };
  if (options.credentials) http.credentials = options.credentials;
  const store: GraphStore = { client: createHttpClient(http), endpoint: options.gsp };
  const query: SparqlEndpoint = { client: createHttpClient(http), endpoint: options.sparql };
  const sent = { triples: 0, requests: 0, created: false };
  try {
    await upload(options, store, scan.triples, size, !scan.hasBlankNodes, sent);
  } catch (e) {
    if (!(e instanceof PublishError)) throw e;
    throw e.withState(await describeState(options, query, sent.triples, scan.triples, e));
  }
  const stored = await countTriples(query, options.graph);
  if (stored !== scan.triples) {
    throw new PublishError(
      'E_PUBLISH_COUNT',
      `graph <${options.graph}> holds ${stored} triples after publishing, but ${options.file} has ${scan.triples}`,
    );
  }
  return { graph: options.graph, triples: stored, requests: sent.requests, created: sent.created };
}

async function upload(
  options: PublishOptions,
  store: GraphStore,
  total: number,
  size: number,
  idempotentPost: boolean,
  sent: { triples: number; requests: number; created: boolean },
): Promise<void> {
  if (total === 0) {
    await deleteGraph(store, options.graph);
    return;
  }
  const chunks = Math.ceil(total / size);
  for await (const chunk of chunkNTriples(options.file, size)) {
    const first = sent.requests === 0;
    const answer = first
      ? await putGraph(store, options.graph, chunk.text)
      : await postGraph(store, options.graph, chunk.text, idempotentPost);
    if (first) sent.created = answer.status === 201;
    sent.triples += chunk.triples;
    sent.requests += 1;
    options.onProgress?.({
      method: first ? 'PUT' : 'POST',
      chunkTriples: chunk.triples,
      triples: sent.triples,
      totalTriples: total,
      requests: sent.requests,
      totalRequests: chunks,
    });
  }
}

/** A sentence on the graph's state after a failed upload, counting its triples when the store still answers. */
async function describeState(
  options: PublishOptions,
  query: SparqlEndpoint,
  sent: number,
  total: number,
  fault: PublishError,
): Promise<string> {
  const g = `graph <${options.graph}>`;
  if (sent === 0 && fault.code === 'E_PUBLISH_AUTH') return `${g} was not changed`;
  const probe: SparqlEndpoint = {
    client: createHttpClient({
      ...query.client.options,
      retries: 0,
      timeoutMs: Math.min(query.client.options.timeoutMs, 10_000),
    }),
    endpoint: query.endpoint,
  };
  const acknowledged =
    sent === 0
      ? 'the store did not acknowledge the replacing PUT'
      : `the store acknowledged ${sent} of ${total} triples`;
  try {
    const held = await countTriples(probe, options.graph);
    return `${g} now holds ${held} of the ${total} triples (${acknowledged}); publish again to replace it completely`;
  } catch (e) {
    const state = sent === 0 ? 'may be unchanged or partly replaced' : 'was cleared and is incomplete';
    return `${g} ${state} (${acknowledged}; counting failed: ${e instanceof PublishError ? e.detail : (e as Error).message}); publish again to replace it completely`;
  }
}

/** The graph IRI goes into a SPARQL query, so it must be an absolute IRI without characters IRIREF forbids. */
export function checkGraphIri(graph: string): void {
  if (!isAbsoluteIri(graph)) {
    throw new PublishError('E_PUBLISH_DATA', `the graph "${graph}" is not an absolute IRI`);
  }
}
