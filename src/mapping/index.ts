// The public face of src/mapping/: what other folders may import from it.
export { createMapper, mapFacts, resourceBase } from './map-facts.ts';
export { createMinter } from './map-scope.ts';
export { linkIri } from './map-links.ts';
export type { EntryMapper, MappedGraph, MappedQuads } from './map-facts.ts';
export { literal } from './literal.ts';
export { mintedId, mintIri } from './mint-iri.ts';
export { createSummary, formatSummary, summarizeGraph } from './summarize-graph.ts';
export type { GraphSummary } from './summarize-graph.ts';
