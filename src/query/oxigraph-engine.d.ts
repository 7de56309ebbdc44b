// Types of oxigraph-engine.js (plain JavaScript so the worker thread can load it).
export interface LoadJob {
  text: string;
  format: string;
  graph?: string;
}

export interface QueryJob {
  sparql: string;
  format: string;
  defaultGraphs?: string[];
  namedGraphs?: string[];
  unionDefaultGraph?: boolean;
}

export interface Engine {
  /** Loads RDF text; returns the number of quads in the store. */
  load(job: LoadJob): number;
  /** Runs a query; returns the answer serialized in `job.format`. */
  query(job: QueryJob): string;
  /** Parses a query without running it on the data; returns the engine's syntax error, or null. */
  check(sparql: string): string | null;
}

export function createEngine(): Engine;
