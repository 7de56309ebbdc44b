// The dataset's description in VoID and DCAT: title, description, licence and the other facts the data states about
// the dataset, its size and partitions, root and example resources, vocabularies, dumps as distributions with media
// types and sizes, attribution, and the SPARQL endpoint when one is served. IRI nodes only, no blank nodes, nothing
// from the clock: the same graph gives the same description.
import { DataFactory, type NamedNode, type Quad, type Quad_Object, type Quad_Predicate } from 'n3';
import {
  ckg,
  dcat,
  dcterms,
  formats,
  LINK_TARGETS,
  mediaType,
  NS,
  owl,
  rdf,
  rdfs,
  schema,
  skos,
  voidVocab,
  xsd,
} from '../vocab.ts';
import { describeStatistics } from './dataset-statistics.ts';
import { FORMAT_NAMES, siteLayout, type DocFormat } from './paths.ts';

const { namedNode, literal, quad } = DataFactory;

/** One downloadable file of the whole dataset. */
export interface Dump {
  /** Short name used in the distribution's IRI: `ttl`, `nt`, `jsonld`. */
  name: string;
  url: string;
  mediaType: string;
  byteSize: number;
}

export interface DatasetDescriptionInput {
  /** The data graph (without this description). */
  quads: Quad[];
  /** The `ckg:Dataset` node the description is about. */
  datasetIri: string;
  /** The dataset's resource base (`void:uriSpace`). */
  base: string;
  dumps: Dump[];
  /** Given when a server answers SPARQL queries over the dataset. */
  sparqlEndpoint?: string;
}

/**
 * VoID + DCAT quads about the dataset. Distributions and the SPARQL service get IRIs under the dataset's IRI
 * (`<dataset>/distribution/ttl`, `<dataset>/service/sparql`).
 */
export function describeDataset(input: DatasetDescriptionInput): Quad[] {
  const ds = namedNode(input.datasetIri);
  const out: Quad[] = [];
  const add = (s: NamedNode, p: Quad_Predicate, o: Quad_Object) => out.push(quad(s, p, o));
  add(ds, rdf.type, voidVocab.Dataset);
  add(ds, rdf.type, dcat.Dataset);
  add(ds, rdf.type, schema.Dataset);
  out.push(...statedFacts(ds, input.quads));
  out.push(...describeStatistics(ds, input.quads));
  add(ds, voidVocab.uriSpace, literal(input.base));
  // The home page: the site mirrors the IRI space, so its top is the page that introduces the dataset.
  add(ds, dcat.landingPage, namedNode(siteLayout(input.base).root));
  for (const root of rootResources(input.quads)) {
    add(ds, voidVocab.rootResource, root);
    add(ds, voidVocab.exampleResource, root);
  }
  for (const ns of vocabulariesUsed(input.quads)) add(ds, voidVocab.vocabulary, namedNode(ns));
  for (const dump of input.dumps) if (FEATURES[dump.name]) add(ds, voidVocab.feature, FEATURES[dump.name]!);
  out.push(...licenceAndAttribution(ds, input.quads));
  out.push(...linksets(ds, input.quads));
  for (const dump of input.dumps) out.push(...distribution(ds, dump, input.quads));
  if (input.sparqlEndpoint) out.push(...sparqlService(ds, input.sparqlEndpoint));
  return out;
}

/** The W3C format IRIs of the dumps, by their short name (`void:feature`). */
const FEATURES: Record<string, NamedNode> = {
  ttl: formats.Turtle,
  nt: formats['N-Triples'],
  jsonld: formats['JSON-LD'],
};

/**
 * What the data itself says about the dataset (title, description, licence, creator, publisher, rights holder,
 * dates of issue and change), repeated in the description so that it reads on its own. Nothing is added that the
 * data does not state.
 */
const STATED = [
  dcterms.title,
  dcterms.description,
  dcterms.license,
  dcterms.creator,
  dcterms.publisher,
  dcterms.rightsHolder,
  dcterms.issued,
  dcterms.modified,
];

function statedFacts(ds: NamedNode, quads: Quad[]): Quad[] {
  return quads
    .filter((q) => q.subject.equals(ds) && STATED.some((p) => q.predicate.equals(p)))
    .map((q) => quad(ds, q.predicate, q.object));
}

/** The military operations the dataset is about, the entry points to the rest of its graph, in IRI order. */
function rootResources(quads: Quad[]): NamedNode[] {
  const roots = quads
    .filter((q) => q.predicate.equals(rdf.type) && q.object.equals(ckg.MilitaryOperation))
    .map((q) => q.subject.value);
  return [...new Set(roots)].sort().map((iri) => namedNode(iri));
}

/** The namespaces (from vocab.ts) whose terms the data uses as predicates or classes. */
export function vocabulariesUsed(quads: Quad[]): string[] {
  const used = new Set<string>();
  for (const q of quads) {
    const terms = q.predicate.equals(rdf.type) ? [q.predicate.value, q.object.value] : [q.predicate.value];
    for (const t of terms) {
      for (const ns of Object.values(NS)) if (t.startsWith(ns)) used.add(ns);
    }
  }
  return [...used].sort();
}

/** The dataset's licence, copied onto the distributions, and attribution to its primary source. */
function licenceAndAttribution(ds: NamedNode, quads: Quad[]): Quad[] {
  const objectOf = (s: string, p: Quad_Predicate) =>
    quads.find((q) => q.subject.value === s && q.predicate.equals(p))?.object;
  const out: Quad[] = [];
  const source = objectOf(ds.value, ckg.primarySource);
  const url = source ? objectOf(source.value, schema.url) : undefined;
  if (url) out.push(quad(ds, dcterms.source, url));
  const license = objectOf(ds.value, dcterms.license);
  if (source && url) {
    const title = quads.find(
      (q) =>
        q.subject.equals(source) &&
        q.predicate.equals(rdfs.label) &&
        (q.object as { language?: string }).language === 'ko',
    )?.object.value;
    const text = `Derived from the Wikipedia article “${title ?? source.value}” (${url.value}), by its authors (see the article's history)${license ? `, licensed ${license.value}` : ''}.`;
    out.push(quad(ds, dcterms.bibliographicCitation, literal(text, 'en')));
  }
  return out;
}

/** The predicates that link a resource to the same (owl:sameAs) or a close (skos:closeMatch) one elsewhere. */
const LINK_PREDICATES = [owl.sameAs, skos.closeMatch];

/**
 * One `void:Linkset` per dataset linked to (LINK_TARGETS: Wikidata, DBpedia, GeoNames), `<dataset>/linkset/<name>`,
 * a subset of the dataset whose `void:triples` counts the owl:sameAs and skos:closeMatch triples whose object lies in
 * the target's namespace; with the predicates used and the target described as a `void:Dataset`. None without links.
 */
export function linksets(ds: NamedNode, quads: Quad[]): Quad[] {
  const out: Quad[] = [];
  const count = (n: number) => literal(String(n), xsd.integer);
  for (const target of LINK_TARGETS) {
    const links = quads.filter(
      (q) =>
        q.object.termType === 'NamedNode' &&
        q.object.value.startsWith(target.uriSpace) &&
        LINK_PREDICATES.some((p) => q.predicate.equals(p)),
    );
    if (links.length === 0) continue;
    const set = namedNode(`${ds.value}/linkset/${target.name}`);
    const other = namedNode(target.dataset);
    out.push(quad(ds, voidVocab.subset, set), quad(set, rdf.type, voidVocab.Linkset));
    out.push(quad(set, dcterms.title, literal(`links to ${target.title}`, 'en')));
    out.push(quad(set, voidVocab.subjectsTarget, ds), quad(set, voidVocab.objectsTarget, other));
    for (const p of LINK_PREDICATES)
      if (links.some((q) => q.predicate.equals(p))) out.push(quad(set, voidVocab.linkPredicate, p));
    out.push(
      quad(
        set,
        voidVocab.triples,
        count(new Set(links.map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)).size),
      ),
    );
    out.push(quad(other, rdf.type, voidVocab.Dataset), quad(other, dcterms.title, literal(target.title, 'en')));
    out.push(quad(other, voidVocab.uriSpace, literal(target.uriSpace)));
  }
  return out;
}

/** A dump as a `dcat:Distribution` of `ds` (`<ds>/distribution/<name>`), with the licence `quads` state for `ds`. */
export function distribution(ds: NamedNode, dump: Dump, quads: Quad[]): Quad[] {
  const d = namedNode(`${ds.value}/distribution/${dump.name}`);
  const url = namedNode(dump.url);
  const license = quads.find((q) => q.subject.equals(ds) && q.predicate.equals(dcterms.license))?.object;
  const title = literal(`${FORMAT_NAMES[dump.name as DocFormat] ?? dump.name} dump`, 'en');
  const out = [
    quad(ds, voidVocab.dataDump, url),
    quad(url, rdfs.label, title),
    quad(ds, dcat.distribution, d),
    quad(d, rdf.type, dcat.Distribution),
    quad(d, dcat.downloadURL, url),
    quad(d, dcat.accessURL, url),
    quad(d, dcat.mediaType, mediaType(dump.mediaType)),
    quad(d, dcterms.title, title),
    quad(d, dcat.byteSize, literal(String(dump.byteSize), xsd.nonNegativeInteger)),
  ];
  if (license) out.push(quad(d, dcterms.license, license));
  return out;
}

/** The SPARQL endpoint serving `ds`, as a `dcat:DataService` (`<ds>/service/sparql`). */
export function sparqlService(ds: NamedNode, endpoint: string): Quad[] {
  const service = namedNode(`${ds.value}/service/sparql`);
  return [
    quad(ds, voidVocab.sparqlEndpoint, namedNode(endpoint)),
    quad(service, rdf.type, dcat.DataService),
    quad(service, dcat.endpointURL, namedNode(endpoint)),
    quad(service, dcat.servesDataset, ds),
    quad(service, dcterms.title, literal('read-only SPARQL 1.1 endpoint', 'en')),
  ];
}
