// The public face of src/query/: what other folders may import from it.
export { findQuery, formatCatalogue, readCatalogue } from './catalogue.ts';
export type { CatalogueEntry } from './catalogue.ts';
export { dataFiles, loadFiles, readsNamedGraphs, unionFile } from './data-files.ts';
export { formatJsonLd, formatNTriples, formatTurtle, graphAsBindings } from './format-graph.ts';
export { formatCsv, formatJson, formatTable, formatTsv } from './format-results.ts';
export { pickLabels } from './pick-label.ts';
export type { Lang } from './pick-label.ts';
export { checkSyntax, datasetBase, runQuery } from './run-query.ts';
export type { QueryResult, QueryText } from './run-query.ts';
export { MAX_TIMEOUT_MS, openStore } from './sparql-store.ts';
export type { SparqlStore } from './sparql-store.ts';
