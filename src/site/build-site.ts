// Builds the whole static site in memory: a page and its Turtle, JSON-LD and N-Triples per resource, the home page,
// the dumps and the VoID description, as site-relative file name → content.
import { DataFactory, type Quad } from 'n3';
import { ckg, rdf, rdfs, skos, prefixesFor, NS } from '../vocab.ts';
import { DiagnosticError, error } from '../diagnostics.ts';
import { describeDataset, type Dump } from './describe-dataset.ts';
import { indexGraph, type GraphIndex } from './graph-index.ts';
import { localName } from '../terms.ts';
import { docPathFor, siteLayout, type SiteLayout } from './paths.ts';
import { apacheRules } from './apache-rules.ts';
import type { RenderContext } from './render-html.ts';
import { renderHome, type SiteDump } from './render-home.ts';
import { renderResourcePage } from './render-page.ts';
import { toJsonLd, toNTriples, toTurtle } from './serialize.ts';

export interface SiteInput {
  /** The dataset's graph, as the build writes it. */
  quads: Quad[];
  /** The ontology and concept schemes (labels and comments for the vocabulary pages); optional. */
  ontologyQuads?: Quad[];
}

export interface Site {
  files: Map<string, string>;
  layout: SiteLayout;
  datasetIri: string;
  datasetId: string;
  /** The dataset's graph, as given. */
  dataQuads: Quad[];
  /** Doc path (no extension) → the IRI it describes. */
  docs: Map<string, string>;
  dumps: Dump[];
  /** The VoID/DCAT description, without a SPARQL endpoint (the server adds its own). */
  voidQuads: Quad[];
  /** The prefixes the site's Turtle and JSON-LD documents may declare (the server writes with the same). */
  prefixes: Record<string, string>;
}

/** The site files (synchronous: every writer is). Fails with E_PUBLISH when the graph has no single `ckg:Dataset`. */
export function buildSite(input: SiteInput): Site {
  const datasetIri = findDataset(input.quads);
  const datasetId = localName(datasetIri);
  const layout = siteLayout(datasetIri.slice(0, -`dataset/${datasetId}`.length));
  const prefixes = { ...prefixesFor(layout.base), void: NS.void, dcat: NS.dcat };
  const files = new Map<string, string>();
  const dumps = writeDumps(input.quads, datasetId, layout, prefixes, files);
  const voidQuads = describeDataset({ quads: input.quads, datasetIri, base: layout.base, dumps });
  files.set('.well-known/void', toTurtle(voidQuads, prefixes));
  files.set('.htaccess', apacheRules());
  const index = indexGraph([...input.quads, ...voidQuads, ...(input.ontologyQuads ?? [])]);
  const docs = documentedIris(index, layout);
  const pages = new Set(docs.keys());
  for (const [doc, iri] of docs) {
    const own = ownQuads(iri, index);
    const jsonLd = toJsonLd(own, prefixes);
    files.set(`${doc}.ttl`, toTurtle(own, prefixes));
    files.set(`${doc}.nt`, toNTriples(own));
    files.set(`${doc}.jsonld`, `${JSON.stringify(jsonLd, null, 2)}\n`);
    files.set(`${doc}.html`, renderResourcePage(iri, jsonLd, { index, layout, pages, file: `${doc}.html` }));
  }
  const ctx: RenderContext = { index, layout, pages, file: 'index.html' };
  files.set('index.html', renderHome({ datasetIri, dumps: dumps as SiteDump[], voidFile: '.well-known/void', ctx }));
  return { files, layout, datasetIri, datasetId, dataQuads: input.quads, docs, dumps, voidQuads, prefixes };
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

/** Every IRI in the graph that the site can describe, by its document path. */
function documentedIris(index: GraphIndex, layout: SiteLayout): Map<string, string> {
  const docs = new Map<string, string>();
  for (const q of index.store.getQuads(null, null, null, null)) {
    for (const t of [q.subject, q.predicate, q.object]) {
      if (t.termType !== 'NamedNode') continue;
      const doc = docPathFor(t.value, layout);
      if (doc && !docs.has(doc)) docs.set(doc, t.value);
    }
  }
  // Hash IRIs (`…/ontology#Side`) are looked up at the ontology's own IRI, so its page always exists.
  if ([...docs.keys()].some((d) => d.startsWith('doc/ontology/'))) docs.set('doc/ontology', NS.ckg.slice(0, -1));
  return new Map([...docs].sort(([a], [b]) => (a < b ? -1 : 1)));
}

/** A resource's own triples plus the labels of what it links to, so its document reads on its own. */
function ownQuads(iri: string, index: GraphIndex): Quad[] {
  const own = index.out(iri);
  const linked = new Set(
    own.filter((q) => q.object.termType === 'NamedNode' && !q.predicate.equals(rdf.type)).map((q) => q.object.value),
  );
  const labels = [...linked].flatMap((o) => [
    ...index.store.getQuads(o, rdfs.label, null, null),
    ...index.store.getQuads(o, skos.prefLabel, null, null),
  ]);
  return [...own, ...labels].map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
}
