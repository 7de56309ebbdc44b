// The public face of src/publish/: what other folders may import from it.
export type { Credentials } from './http-auth.ts';
export { PublishError } from './publish-error.ts';
export { publishGraph } from './publish-graph.ts';
export { writeBulk } from './write-bulk.ts';
export type { PublishOptions, PublishProgress, PublishReport } from './publish-graph.ts';
