// Builds the whole static site in memory: a page and its Turtle, JSON-LD and N-Triples per resource, the home page,
// the dumps and the VoID description, as site-relative file name → content.
import type { Quad } from 'n3';
import { ckg, rdf, prefixesFor, NS } from '../vocab.ts';
import { DiagnosticError, error, type Diagnostic } from '../diagnostics.ts';
import { describeDataset, type Dump } from './describe-dataset.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { localName } from '../terms.ts';
import { docPathFor, ONTOLOGY_IRI, SHAPES_IRI, siteLayout, type SiteLayout } from './paths.ts';
import { describeResource } from './describe-resource.ts';
import { apacheRules } from './apache-rules.ts';
import type { RenderContext } from './render-html.ts';
import { renderHome, type SiteDump } from './render-home.ts';
import { renderResourcePage } from './render-page.ts';
import { toJsonLd, toNTriples, toTurtle } from './serialize.ts';
import { geometryWarnings } from './place-points.ts';

export interface SiteInput {
  /** The dataset's graph, as the build writes it. */
  quads: Quad[];
  /** The ontology and concept schemes (labels and comments for the vocabulary pages, the whole of the ontology's
   * documents); optional. */
  ontologyQuads?: Quad[];
  /** The SHACL shapes, served whole at the shapes' IRI (`…/shapes`); optional: without them there is no such page. */
  shapesQuads?: Quad[];
}

export interface Site {
  files: Map<string, string>;
  layout: SiteLayout;
  datasetIri: string;
  datasetId: string;
  /** The dataset's graph, as given. */
  dataQuads: Quad[];
  /** The ontology and concept schemes, as given (the server loads them into their own graphs). */
  ontologyQuads: Quad[];
  /** Doc path (no extension) → the IRI it describes. */
  docs: Map<string, string>;
  dumps: Dump[];
  /** The VoID/DCAT description, without a SPARQL endpoint (the server adds its own). */
  voidQuads: Quad[];
  /** The prefixes the site's Turtle and JSON-LD documents may declare (the server writes with the same). */
  prefixes: Record<string, string>;
  /** What the site could not show and left out (a geometry that is not a WKT point); the pages say so too. */
  warnings: Diagnostic[];
}

/** The site files (synchronous: every writer is). Fails with E_PUBLISH when the graph has no single `ckg:Dataset`. */
export function buildSite(input: SiteInput): Site {
  const datasetIri = findDataset(input.quads);
  const datasetId = localName(datasetIri);
  const layout = siteLayout(datasetIri.slice(0, -`dataset/${datasetId}`.length));
  const prefixes = {
    ...prefixesFor(layout.base, `${layout.root}id/`),
    void: NS.void,
    dcat: NS.dcat,
    sh: NS.sh,
    ckgsh: NS.ckgsh,
  };
  const files = new Map<string, string>();
  const dumps = writeDumps(input.quads, datasetId, layout, prefixes, files);
  const voidQuads = describeDataset({ quads: input.quads, datasetIri, base: layout.base, dumps });
  files.set('.well-known/void', toTurtle(voidQuads, prefixes));
  files.set('.htaccess', apacheRules());
  const vocabulary = { ontology: input.ontologyQuads ?? [], shapes: input.shapesQuads ?? [] };
  // The shapes' own node (label, comment) joins the index; the shapes themselves (blank nodes, lists) stay apart.
  const shapesNode = vocabulary.shapes.filter((q) => q.subject.value === SHAPES_IRI);
  const index = indexGraph([...input.quads, ...voidQuads, ...vocabulary.ontology, ...shapesNode]);
  const docs = documentedIris(index, layout, vocabulary.shapes.length > 0);
  const pages = new Set(docs.keys());
  // The shapes' page reads their own labels (they are not part of the data's index: blank nodes, lists).
  const shapesIndex = indexGraph([...vocabulary.shapes, ...vocabulary.ontology]);
  for (const [doc, iri] of docs) {
    const own = describeResource(iri, index, vocabulary);
    const jsonLd = toJsonLd(own, prefixes, { keepBlankNodes: iri === SHAPES_IRI });
    files.set(`${doc}.ttl`, toTurtle(own, prefixes));
    files.set(`${doc}.nt`, toNTriples(own));
    files.set(`${doc}.jsonld`, `${JSON.stringify(jsonLd, null, 2)}\n`);
    const pageIndex = iri === SHAPES_IRI ? shapesIndex : index;
    files.set(`${doc}.html`, renderResourcePage(iri, jsonLd, { index: pageIndex, layout, pages, file: `${doc}.html` }));
  }
  const ctx: RenderContext = { index, layout, pages, file: 'index.html' };
  files.set('index.html', renderHome({ datasetIri, dumps: dumps as SiteDump[], voidFile: '.well-known/void', ctx }));
  const warnings = geometryWarnings(index);
  return {
    files,
    layout,
    datasetIri,
    datasetId,
    dataQuads: input.quads,
    ontologyQuads: vocabulary.ontology,
    docs,
    dumps,
    voidQuads,
    prefixes,
    warnings,
  };
}

function findDataset(quads: Quad[]): string {
  const found = [
    ...new Set(
      quads.filter((q) => q.predicate.equals(rdf.type) && q.object.equals(ckg.Dataset)).map((q) => q.subject.value),
    ),
  ];
  if (found.length !== 1) {
    throw new DiagnosticError([
      error('E_PUBLISH', `expected exactly one ckg:Dataset in the graph, found ${found.length}`),
    ]);
  }
  return found[0]!;
}

function writeDumps(
  quads: Quad[],
  id: string,
  layout: SiteLayout,
  prefixes: Record<string, string>,
  files: Map<string, string>,
): SiteDump[] {
  const formats: [string, string, () => string][] = [
    ['ttl', 'text/turtle', () => toTurtle(quads, prefixes)],
    ['nt', 'application/n-triples', () => toNTriples(quads)],
    ['jsonld', 'application/ld+json', () => `${JSON.stringify(toJsonLd(quads, prefixes), null, 2)}\n`],
  ];
  const dumps: SiteDump[] = [];
  for (const [name, mediaType, render] of formats) {
    const file = `dump/${id}.${name}`;
    const text = render();
    files.set(file, text);
    dumps.push({ name, mediaType, file, url: layout.root + file, byteSize: Buffer.byteLength(text) });
  }
  return dumps;
}

/** Every IRI in the graph that the site can describe, by its document path (the shapes' only when given). */
function documentedIris(index: GraphIndex, layout: SiteLayout, hasShapes: boolean): Map<string, string> {
  const docs = new Map<string, string>();
  for (const q of index.store.getQuads(null, null, null, null)) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType !== 'NamedNode') continue;
      const doc = docPathFor(t.value, layout);
      if (doc && !docs.has(doc)) docs.set(doc, t.value);
    }
  }
  // Hash IRIs (`…/ontology#Side`) are looked up at the ontology's own IRI, so its page always exists.
  if ([...docs.keys()].some((d) => d.startsWith('doc/ontology/'))) docs.set('doc/ontology', ONTOLOGY_IRI);
  if (hasShapes) docs.set('doc/shapes', SHAPES_IRI);
  else docs.delete('doc/shapes');
  return new Map([...docs].sort(([a], [b]) => (a < b ? -1 : 1)));
}
