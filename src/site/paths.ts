// The resource→document mapping: which site file describes which IRI, and how pages link to each other.
import { posix } from 'node:path';
import { CONCEPT_BASE, NS, ONTOLOGY_IRI, SHARED_KINDS } from '../vocab.ts';

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
  if (m) return { base, root: m[1]!, docFolder: `doc/${m[2]}/`, vocabRoot: VOCAB_ROOT };
  return { base, root: base, docFolder: 'doc/', vocabRoot: VOCAB_ROOT };
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
  if (iri.startsWith(layout.base)) return safe(layout.docFolder + iri.slice(layout.base.length));
  const shared = sharedPath(iri, layout);
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
  const iri = layout.root + rel;
  return iri.startsWith(layout.base) || sharedPath(iri, layout) ? iri : undefined;
}

/**
 * The `<kind>/<id>` of an entity of the shared register (`<root>id/actor/hezbollah` → `actor/hezbollah`, documented
 * at `doc/actor/hezbollah`), or undefined for any other IRI.
 */
function sharedPath(iri: string, layout: SiteLayout): string | undefined {
  const shared = `${layout.root}id/`;
  if (!iri.startsWith(shared)) return undefined;
  const rest = iri.slice(shared.length);
  const kind = rest.slice(0, rest.indexOf('/'));
  return (SHARED_KINDS as readonly string[]).includes(kind) ? rest : undefined;
}

/** A relative link from one site file to another, so the site works from any mount point. */
export function relativeHref(fromFile: string, toFile: string): string {
  const rel = posix.relative(posix.dirname(fromFile), toFile);
  return rel === '' ? posix.basename(toFile) : rel;
}
