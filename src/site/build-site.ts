// Builds the whole static site in memory: a page and its Turtle, JSON-LD and N-Triples per resource, the home page,
// the dumps and the VoID description, as site-relative file name → content; of one dataset or of several (then the
// home page is their catalogue, with the union's dumps and one VoID description per dataset).
import type { Quad } from 'n3';
import { ckg, rdf, prefixesFor, NS, SHARED_BASE, UNION_FILE } from '../vocab.ts';
import { DiagnosticError, error, type Diagnostic } from '../diagnostics.ts';
import { describeDataset, type Dump } from './describe-dataset.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { localName, termKey } from '../terms.ts';
import { describeCatalog } from './describe-catalog.ts';
import {
  catalogIri as catalogIriOf,
  docPathFor,
  ONTOLOGY_IRI,
  SHAPES_IRI,
  siteLayoutOf,
  type SiteLayout,
} from './paths.ts';
import { renderCatalogue } from './render-catalogue.ts';
import { describeResource } from './describe-resource.ts';
import { apacheRules } from './apache-rules.ts';
import type { RenderContext } from './render-html.ts';
import { renderHome, type SiteDump } from './render-home.ts';
import { renderResourcePage } from './render-page.ts';
import { toJsonLd, toNTriples, toTurtle } from './serialize.ts';
import { geometryWarnings } from './place-points.ts';

export interface SiteInput {
  /** One dataset's graph, as the build writes it (or `datasets`). */
  quads?: Quad[];
  /** Several datasets' graphs, one each, as the build writes them: a site of all of them, with their catalogue. */
  datasets?: Quad[][];
  /** The ontology and concept schemes (labels and comments for the vocabulary pages, the whole of the ontology's
   * documents); optional. */
  ontologyQuads?: Quad[];
  /** The SHACL shapes, served whole at the shapes' IRI (`…/shapes`); optional: without them there is no such page. */
  shapesQuads?: Quad[];
}

/** One dataset of a site: its graph, its dumps and its VoID/DCAT description. */
export interface SiteDataset {
  iri: string;
  id: string;
  base: string;
  quads: Quad[];
  dumps: SiteDump[];
  /** Its VoID/DCAT description, without a SPARQL endpoint (the server adds its own). */
  voidQuads: Quad[];
  /** Site-relative file of that description: `.well-known/void` for a site of one, `void/<id>.ttl` of several. */
  voidFile: string;
}

export interface Site {
  files: Map<string, string>;
  layout: SiteLayout;
  /** Every dataset of the site, in the order given. */
  datasets: SiteDataset[];
  /** A site of several datasets: the catalogue (`<root>catalog`, a `dcat:Catalog`) listing them. */
  catalogIri?: string;
  /** The dataset's IRI; of several, the catalogue's. */
  datasetIri: string;
  /** The dataset's id; of several, the union's name (`conflict-kg`). */
  datasetId: string;
  /** The whole graph: the dataset's, or the set union of the datasets' graphs. */
  dataQuads: Quad[];
  /** The ontology and concept schemes, as given (the server loads them into their own graphs). */
  ontologyQuads: Quad[];
  /** Doc path (no extension) → the IRI it describes. */
  docs: Map<string, string>;
  /** The dumps of the whole graph: the dataset's, or the union's. */
  dumps: Dump[];
  /** The whole VoID/DCAT description (the catalogue's and every dataset's), without a SPARQL endpoint. */
  voidQuads: Quad[];
  /** The prefixes the site's Turtle and JSON-LD documents may declare (the server writes with the same). */
  prefixes: Record<string, string>;
  /** What the site could not show and left out (a geometry that is not a WKT point); the pages say so too. */
  warnings: Diagnostic[];
}

/** The site's own description file, at the well-known place (RFC 8615, VoID §7). */
const WELL_KNOWN_VOID = '.well-known/void';

/**
 * The site files (synchronous: every writer is). Of several datasets, the home page is their catalogue, a shared
 * entity has one page with what every dataset says of it, and each dataset's resources are under its own folder.
 * Fails with E_PUBLISH when a graph has no single `ckg:Dataset`, or the datasets lie under different roots.
 */
export function buildSite(input: SiteInput): Site {
  const graphs = input.datasets ?? (input.quads ? [input.quads] : []);
  if (graphs.length === 0)
    throw new DiagnosticError([error('E_PUBLISH', 'expected a dataset graph to build a site from, found none')]);
  const several = graphs.length > 1;
  const found = graphs.map((quads) => {
    const iri = findDataset(quads);
    const id = localName(iri);
    return { iri, id, base: iri.slice(0, -`dataset/${id}`.length), quads };
  });
  const layout = siteLayoutOf(found.map((d) => d.base));
  const prefixes = {
    ...(several ? prefixesFor(SHARED_BASE) : prefixesFor(layout.base, SHARED_BASE)),
    void: NS.void,
    dcat: NS.dcat,
    sh: NS.sh,
    ckgsh: NS.ckgsh,
  };
  const files = new Map<string, string>();
  const datasets: SiteDataset[] = found.map((d) => {
    const dumps = writeDumps(d.quads, d.id, layout, prefixes, files);
    const voidQuads = describeDataset({ quads: d.quads, datasetIri: d.iri, base: d.base, dumps });
    return { ...d, dumps, voidQuads, voidFile: several ? `void/${d.id}.ttl` : WELL_KNOWN_VOID };
  });
  const dataQuads = several ? unionOf(graphs) : graphs[0]!;
  const catalogIri = several ? catalogIriOf(layout) : undefined;
  const dumps = catalogIri ? writeDumps(dataQuads, UNION_FILE, layout, prefixes, files) : datasets[0]!.dumps;
  const voidQuads = catalogIri
    ? describeCatalog({ catalogIri, datasets, unionQuads: dataQuads, unionDumps: dumps, root: layout.root })
    : datasets[0]!.voidQuads;
  for (const d of datasets) files.set(d.voidFile, toTurtle(d.voidQuads, prefixes));
  files.set(WELL_KNOWN_VOID, toTurtle(voidQuads, prefixes));
  files.set('.htaccess', apacheRules());
  const vocabulary = { ontology: input.ontologyQuads ?? [], shapes: input.shapesQuads ?? [] };
  // The shapes' own node (label, comment) joins the index; the shapes themselves (blank nodes, lists) stay apart.
  const shapesNode = vocabulary.shapes.filter((q) => q.subject.value === SHAPES_IRI);
  const index = indexGraph([...dataQuads, ...voidQuads, ...vocabulary.ontology, ...shapesNode]);
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
  files.set(
    'index.html',
    catalogIri
      ? renderCatalogue({ catalogIri, datasets, dumps, voidFile: WELL_KNOWN_VOID, ctx })
      : renderHome({ datasetIri: datasets[0]!.iri, dumps: dumps as SiteDump[], voidFile: WELL_KNOWN_VOID, ctx }),
  );
  const warnings = geometryWarnings(index);
  return {
    files,
    layout,
    datasets,
    catalogIri,
    datasetIri: catalogIri ?? datasets[0]!.iri,
    datasetId: catalogIri ? UNION_FILE : datasets[0]!.id,
    dataQuads,
    ontologyQuads: vocabulary.ontology,
    docs,
    dumps,
    voidQuads,
    prefixes,
    warnings,
  };
}

/**
 * The site's whole VoID/DCAT description naming a SPARQL endpoint (what `serve` serves): the dataset's, or the
 * catalogue's and every dataset's, each with `void:sparqlEndpoint`. Its `datasets` are each one's alone, by IRI.
 */
export function describeSite(site: Site, sparqlEndpoint: string): { quads: Quad[]; datasets: Map<string, Quad[]> } {
  const datasets = new Map(
    site.datasets.map((d) => [
      d.iri,
      describeDataset({ quads: d.quads, datasetIri: d.iri, base: d.base, dumps: d.dumps, sparqlEndpoint }),
    ]),
  );
  if (!site.catalogIri) return { quads: datasets.get(site.datasetIri)!, datasets };
  const quads = describeCatalog({
    catalogIri: site.catalogIri,
    root: site.layout.root,
    datasets: site.datasets.map((d) => ({ ...d, voidQuads: datasets.get(d.iri)! })),
    unionQuads: site.dataQuads,
    unionDumps: site.dumps,
    sparqlEndpoint,
  });
  return { quads, datasets };
}

/** The set union of the datasets' graphs: a triple several datasets hold (a shared entity's) once, in first-seen order. */
function unionOf(graphs: Quad[][]): Quad[] {
  const seen = new Set<string>();
  const out: Quad[] = [];
  for (const q of graphs.flat()) {
    const key = `${termKey(q.subject)} ${termKey(q.predicate)} ${termKey(q.object)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(q);
  }
  return out;
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
