// The resource→document mapping: which site file describes which IRI, and how pages link to each other.
import { posix } from 'node:path';
import { DiagnosticError, error } from '../diagnostics.ts';
import { CONCEPT_BASE, NS, ONTOLOGY_IRI, SHARED_BASE, SHARED_KINDS } from '../vocab.ts';

/**
 * Where a dataset's IRIs live. `root` is the part of the IRI space the site mirrors: for the default base
 * `https://w3id.org/conflict-kg/id/qalamoun-2017/` it is `https://w3id.org/conflict-kg/`.
 */
export interface SiteLayout {
  /** The dataset's resource base, `<root>id/<dataset>/` by default. */
  base: string;
  /** The IRI prefix mapped onto the site's top folder (and onto `/` by `serve`). */
  root: string;
  /** The folder (under `doc/`) holding the dataset's resource documents: `doc/<dataset>/`. */
  docFolder: string;
  /** The prefix of the project's ontology and concept IRIs (`https://w3id.org/conflict-kg/`). */
  vocabRoot: string;
  /**
   * Every dataset of the site, its resource base and document folder, the first being `base` and `docFolder`
   * above; a site of several datasets (siteLayoutOf) lists them all, each under its own folder.
   */
  datasets: readonly { base: string; docFolder: string }[];
}

/** The document formats written beside each page, by file extension. */
export const DOC_FORMATS = {
  html: 'text/html',
  ttl: 'text/turtle',
  jsonld: 'application/ld+json',
  nt: 'application/n-triples',
} as const;
export type DocFormat = keyof typeof DOC_FORMATS;

/** The formats' names, as links and titles show them. */
export const FORMAT_NAMES: Record<DocFormat, string> = {
  html: 'HTML',
  ttl: 'Turtle',
  jsonld: 'JSON-LD',
  nt: 'N-Triples',
};

const VOCAB_ROOT = CONCEPT_BASE.slice(0, -'concept/'.length);
/** The ontology's IRI (`…/ontology`): its document holds the whole ontology, concept schemes included. */
export { ONTOLOGY_IRI };
/** The SHACL shapes' IRI (`…/shapes`): its document holds every shape. */
export const SHAPES_IRI = NS.ckgsh.slice(0, -1);
/** A version of the ontology (`…/ontology/0.1.0`, its `owl:versionIRI`): numbers and dots only. */
const VERSION = /^[0-9]+(\.[0-9]+){0,3}$/;

/**
 * Derives the layout from the base IRI the dataset declares.
 * @example siteLayout('https://w3id.org/conflict-kg/id/qalamoun-2017/').docFolder //=> 'doc/qalamoun-2017/'
 * @example siteLayout('https://example.org/kg/').root //=> 'https://example.org/kg/' (docs under doc/)
 */
export function siteLayout(base: string): SiteLayout {
  const m = /^(.*\/)id\/([^/]+)\/$/.exec(base);
  const [root, docFolder] = m ? [m[1]!, `doc/${m[2]}/`] : [base, 'doc/'];
  return { base, root, docFolder, vocabRoot: VOCAB_ROOT, datasets: [{ base, docFolder }] };
}

/**
 * The layout of a site of several datasets (bases in the datasets' order): one IRI space mirrored at the site's top,
 * so the datasets must share its root, each with its own document folder.
 * @throws DiagnosticError E_PUBLISH when two datasets have different roots or would share a document folder
 * @example siteLayoutOf(['https://e.org/id/a/', 'https://e.org/id/b/']).datasets[1] //=> { base: 'https://e.org/id/b/', docFolder: 'doc/b/' }
 */
export function siteLayoutOf(bases: readonly string[]): SiteLayout {
  const layouts = bases.map(siteLayout);
  const first = layouts[0]!;
  for (const other of layouts.slice(1)) {
    if (other.root !== first.root)
      throw new DiagnosticError([
        error(
          'E_PUBLISH',
          `expected every dataset of one site under one root IRI, found ${first.root} (${first.base}) and ${other.root} (${other.base})`,
        ),
      ]);
  }
  const folders = layouts.map((l) => l.docFolder);
  const odd = layouts.find((l, i) => l.docFolder === 'doc/' || folders.indexOf(l.docFolder) !== i);
  if (layouts.length > 1 && odd)
    throw new DiagnosticError([
      error(
        'E_PUBLISH',
        `expected each dataset of a site of several under its own base <root>id/<dataset>/, found ${odd.base}`,
      ),
    ]);
  return { ...first, datasets: layouts.map((l) => ({ base: l.base, docFolder: l.docFolder })) };
}

/** The IRI of the catalogue of a site's datasets: `<root>catalog`, documented at `doc/catalog`. */
export function catalogIri(layout: SiteLayout): string {
  return `${layout.root}catalog`;
}

/**
 * A document's path below its dataset's folder (`doc/alpha/event/x` → `event/x`), or below `doc/` for the others
 * (`doc/actor/hezbollah` → `actor/hezbollah`).
 */
export function docPathInFolder(doc: string, layout: SiteLayout): string {
  const folder = layout.datasets.find((d) => doc.startsWith(d.docFolder))?.docFolder ?? 'doc/';
  return doc.slice(folder.length);
}

/**
 * The site path (no extension) of the document about an IRI, or undefined when the site does not describe it.
 * @example docPathFor('https://w3id.org/conflict-kg/id/q/event/x', layout) //=> 'doc/q/event/x'
 * @example docPathFor('https://w3id.org/conflict-kg/ontology#Side', layout) //=> 'doc/ontology/Side'
 * @example docPathFor('https://w3id.org/conflict-kg/concept/role/commander', layout) //=> 'doc/concept/role/commander'
 * @example docPathFor('https://w3id.org/conflict-kg/ontology/0.1.0', layout) //=> 'doc/ontology/0.1.0'
 * @example docPathFor('https://w3id.org/conflict-kg/shapes', layout) //=> 'doc/shapes'
 */
export function docPathFor(iri: string, layout: SiteLayout): string | undefined {
  for (const d of layout.datasets) if (iri.startsWith(d.base)) return safe(d.docFolder + iri.slice(d.base.length));
  if (iri === catalogIri(layout)) return 'doc/catalog';
  const shared = sharedPath(iri);
  if (shared) return safe(`doc/${shared}`);
  if (iri === ONTOLOGY_IRI) return 'doc/ontology';
  if (iri === SHAPES_IRI) return 'doc/shapes';
  const version = iri.startsWith(`${ONTOLOGY_IRI}/`) ? iri.slice(ONTOLOGY_IRI.length + 1) : undefined;
  if (version !== undefined) return VERSION.test(version) ? `doc/ontology/${version}` : undefined;
  if (iri.startsWith(NS.ckg)) return safe(`doc/ontology/${iri.slice(NS.ckg.length)}`);
  if (iri.startsWith(CONCEPT_BASE)) return safe(`doc/concept/${iri.slice(CONCEPT_BASE.length)}`);
  return undefined;
}

// Only plain slugs make file names: anything else (empty segments, dots, escapes) gets no page.
function safe(path: string): string | undefined {
  return /^[A-Za-z0-9_-]+(\/[A-Za-z0-9_-]+)*$/.test(path) ? path : undefined;
}

/**
 * The IRI a request path names once `serve` maps the IRI space onto the server: `/id/q/event/x` → `<root>id/q/event/x`;
 * `/ontology` (and its versions, `/ontology/0.1.0`), `/shapes` and `/concept/…` name the project vocabulary.
 * Undefined when the path names no IRI of this kind.
 */
export function iriForRequestPath(path: string, layout: SiteLayout): string | undefined {
  const rel = path.replace(/^\//, '');
  if (rel === 'ontology' || rel.startsWith('ontology/')) return layout.vocabRoot + rel;
  if (rel === 'shapes') return SHAPES_IRI;
  if (rel.startsWith('concept/')) return layout.vocabRoot + rel;
  if (rel === 'catalog') return catalogIri(layout);
  const iri = layout.root + rel;
  if (layout.datasets.some((d) => iri.startsWith(d.base))) return iri;
  // The register's entities, wherever the datasets' root lies: `/id/actor/hezbollah` → `<register>actor/hezbollah`.
  const shared = rel.startsWith('id/') ? SHARED_BASE + rel.slice('id/'.length) : undefined;
  return shared && sharedPath(shared) ? shared : undefined;
}

/**
 * The `<kind>/<id>` of an entity of the shared register (`…/id/actor/hezbollah` → `actor/hezbollah`, documented
 * at `doc/actor/hezbollah`), or undefined for any other IRI. The register mints under SHARED_BASE whatever the
 * datasets' own bases are.
 */
function sharedPath(iri: string): string | undefined {
  if (!iri.startsWith(SHARED_BASE)) return undefined;
  const rest = iri.slice(SHARED_BASE.length);
  const kind = rest.slice(0, rest.indexOf('/'));
  return (SHARED_KINDS as readonly string[]).includes(kind) ? rest : undefined;
}

/** A relative link from one site file to another, so the site works from any mount point. */
export function relativeHref(fromFile: string, toFile: string): string {
  const rel = posix.relative(posix.dirname(fromFile), toFile);
  return rel === '' ? posix.basename(toFile) : rel;
}
