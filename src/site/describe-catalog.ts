// The catalogue of a site of several datasets, in DCAT and VoID: a `dcat:Catalog` listing every dataset
// (`dcat:dataset`), which is also the `void:Dataset` of their union (each dataset a `void:subset`), with the union's
// size, vocabularies, dumps and SPARQL endpoint; followed by each dataset's own description. IRI nodes only, nothing
// from the clock: the same graphs give the same description.
import { DataFactory, type Quad } from 'n3';
import { dcat, dcterms, formats, rdf, voidVocab } from '../vocab.ts';
import { describeStatistics } from './dataset-statistics.ts';
import { distribution, sparqlService, vocabulariesUsed, type Dump } from './describe-dataset.ts';

const { namedNode, literal, quad } = DataFactory;

export interface CatalogInput {
  /** `<root>catalog` (paths.ts, catalogIri). */
  catalogIri: string;
  /** The site's root: the catalogue's landing page. */
  root: string;
  /** Each dataset, its graph and its own description (describeDataset), in the catalogue's order. */
  datasets: readonly { iri: string; quads: Quad[]; voidQuads: Quad[] }[];
  /** The set union of the datasets' graphs, and its dumps. */
  unionQuads: Quad[];
  unionDumps: Dump[];
  /** Given when a server answers SPARQL queries over the union (the default graph) and each dataset (a named graph). */
  sparqlEndpoint?: string;
}

/** The W3C format IRIs of the dumps, by their short name (`void:feature`). */
const FEATURES: Record<string, string> = {
  ttl: formats.Turtle.value,
  nt: formats['N-Triples'].value,
  jsonld: formats['JSON-LD'].value,
};

/** The catalogue's quads, then every dataset's description as given. */
export function describeCatalog(input: CatalogInput): Quad[] {
  const cat = namedNode(input.catalogIri);
  const out: Quad[] = [
    quad(cat, rdf.type, dcat.Catalog),
    quad(cat, rdf.type, voidVocab.Dataset),
    quad(cat, dcterms.title, literal('conflict-kg: the datasets and their union', 'en')),
    quad(
      cat,
      dcterms.description,
      literal(
        'Every dataset of this site, each curated from its own sources, and the union of their graphs, in which an entity of the shared register is one node.',
        'en',
      ),
    ),
    quad(cat, dcat.landingPage, namedNode(input.root)),
  ];
  for (const d of input.datasets) {
    out.push(quad(cat, dcat.dataset, namedNode(d.iri)), quad(cat, voidVocab.subset, namedNode(d.iri)));
  }
  // A licence the catalogue states only when every dataset states that one licence.
  const licences = new Set(
    input.datasets.map((d) =>
      d.quads
        .filter((q) => q.subject.value === d.iri && q.predicate.equals(dcterms.license))
        .map((q) => q.object.value)
        .join(' '),
    ),
  );
  const [licence] = licences;
  if (licences.size === 1 && licence && !licence.includes(' '))
    out.push(quad(cat, dcterms.license, namedNode(licence)));
  out.push(...describeStatistics(cat, input.unionQuads));
  for (const ns of vocabulariesUsed(input.unionQuads)) out.push(quad(cat, voidVocab.vocabulary, namedNode(ns)));
  for (const dump of input.unionDumps)
    if (FEATURES[dump.name]) out.push(quad(cat, voidVocab.feature, namedNode(FEATURES[dump.name]!)));
  const own = [...out];
  for (const dump of input.unionDumps) out.push(...distribution(cat, dump, own));
  if (input.sparqlEndpoint) out.push(...sparqlService(cat, input.sparqlEndpoint));
  for (const d of input.datasets) out.push(...d.voidQuads);
  return out;
}
