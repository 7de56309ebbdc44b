// The site folder's public face: building the static linked-data site, writing it, and what the server reuses of it
// (the resource→document mapping, the document writers, the dataset description, HTML escaping).
export { buildSite, describeSite, type Site, type SiteDataset, type SiteInput } from './build-site.ts';
export { readGraphFile, readGraphFolder } from './read-graph-file.ts';
export { writeSite, type WriteSiteOptions } from './write-site.ts';
export { describeDataset, type DatasetDescriptionInput, type Dump } from './describe-dataset.ts';
export { catalogIri, docPathFor, iriForRequestPath, DOC_FORMATS, type DocFormat, type SiteLayout } from './paths.ts';
export { toNTriples, toTurtle } from './serialize.ts';
export { esc } from './render-html.ts';
