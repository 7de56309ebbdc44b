// One lane of the endpoint: a worker store (query/sparql-store.ts) holding the served graphs, and the queries in
// flight on it in arrival order (the store runs them one at a time in that order, so the first is the one running).
import { openStore, type SparqlStore } from '../query/index.ts';

export interface InFlight {
  controller: AbortController;
  /** Set when the memory watchdog stopped it. */
  overLimit: boolean;
}

export interface Lane {
  store: SparqlStore;
  inFlight: InFlight[];
  /** Settles once the graphs are loaded. */
  ready: Promise<unknown>;
}

/** Opens a lane and loads each graph (N-Triples by graph name) into its store, and `merged` into its default graph. */
export function openLane(graphs: Map<string, string>, merged?: string): Lane {
  const store = openStore({ worker: true });
  const loads = [...graphs].map(([graph, text]) => store.load({ text, format: 'application/n-triples', graph }));
  if (merged !== undefined) loads.push(store.load({ text: merged, format: 'application/n-triples' }));
  return { store, inFlight: [], ready: Promise.all(loads) };
}

export interface LaneQuery {
  sparql: string;
  format: string;
  defaultGraphs?: string[];
  namedGraphs?: string[];
  unionDefaultGraph?: boolean;
  timeoutMs: number;
  signal?: AbortSignal;
}

/** What became of a query that failed: the error, whether it was the one running, and whether the watchdog stopped it. */
export interface LaneFailure {
  error: unknown;
  wasRunning: boolean;
  overLimit: boolean;
}

/** Runs a query in the lane; a failure is returned as data so the caller can learn from it. */
export async function runInLane(lane: Lane, query: LaneQuery): Promise<{ body: string } | { failure: LaneFailure }> {
  const job: InFlight = { controller: new AbortController(), overLimit: false };
  const onAbort = () => job.controller.abort();
  query.signal?.addEventListener('abort', onAbort, { once: true });
  if (query.signal?.aborted) job.controller.abort();
  lane.inFlight.push(job);
  try {
    return { body: await lane.store.query({ ...query, signal: job.controller.signal }) };
  } catch (error) {
    return { failure: { error, wasRunning: lane.inFlight[0] === job, overLimit: job.overLimit } };
  } finally {
    lane.inFlight.splice(lane.inFlight.indexOf(job), 1);
    query.signal?.removeEventListener('abort', onAbort);
  }
}
