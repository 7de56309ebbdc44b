// The one place that drives oxigraph: load RDF text, run a query, answer in a requested media type. Plain
// JavaScript, because a worker thread gets no TypeScript loader; sparql-store.ts runs it in-process or in a worker.
import oxigraph from 'oxigraph';

/**
 * @typedef {{ text: string, format: string, graph?: string }} LoadJob
 * @typedef {{ sparql: string, format: string, defaultGraphs?: string[], namedGraphs?: string[], unionDefaultGraph?: boolean }} QueryJob
 */

/** A fresh in-memory store with two operations. */
export function createEngine() {
  const store = new oxigraph.Store();
  /** Parses queries for `check`: running one on an empty store reads it and finds nothing. */
  let empty;
  return {
    /** @param {LoadJob} job */
    load(job) {
      const options = { format: job.format, no_transaction: true };
      if (job.graph) options.to_graph_name = oxigraph.namedNode(job.graph);
      store.load(job.text, options);
      return store.size;
    },
    /** @param {QueryJob} job @returns {string} the answer serialized by oxigraph in `job.format` */
    query(job) {
      const options = { results_format: job.format };
      if (job.defaultGraphs) options.default_graph = job.defaultGraphs.map((g) => oxigraph.namedNode(g));
      if (job.namedGraphs) options.named_graphs = job.namedGraphs.map((g) => oxigraph.namedNode(g));
      if (job.unionDefaultGraph) options.use_default_graph_as_union = true;
      return store.query(job.sparql, options);
    },
    /** @param {string} sparql @returns {string | null} the engine's syntax error, or null when the query reads */
    check(sparql) {
      empty ??= new oxigraph.Store();
      try {
        empty.query(sparql);
        return null;
      } catch (e) {
        return String(e?.message ? e.message : e);
      }
    },
  };
}
