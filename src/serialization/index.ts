// The public face of src/serialization/: what other folders may import from it.
export { buildContext } from './build-context.ts';
export type { JsonLdContext } from './build-context.ts';
export { expandIri } from './jsonld-names.ts';
export { serializeGraph, serializeUnion, serializeVocabulary, VOCABULARY_CONTEXT } from './serialize-graph.ts';
export { openPartitionFiles } from './partition-files.ts';
export type { Format } from './partition-files.ts';
export { writeJsonLd } from './write-jsonld.ts';
export { writeNTriples } from './write-ntriples.ts';
export { writeTurtle } from './write-turtle.ts';
export { selfContainedJsonLd, usedPrefixes, writeTurtleDocument } from './write-document.ts';
export type { JsonLdOptions } from './write-jsonld.ts';
export { ntriplesTerm } from './write-ntriples.ts';
