// What a resource's RDF documents hold: its outgoing triples, the triples in which it is the object (as DBpedia's
// pages do) and the labels of both ends; the ontology's and the shapes' documents hold the whole file, a concept
// scheme's its concepts too.
import { DataFactory, type BlankNode, type Quad } from 'n3';
import { geo, owl, rdf, rdfs, skos } from '../vocab.ts';
import { termKey } from '../terms.ts';
import type { GraphIndex } from './graph-index.ts';
import { ONTOLOGY_IRI, SHAPES_IRI } from './paths.ts';

export interface Vocabulary {
  /** The ontology file's triples (concept schemes included), served whole at the ontology's IRI and version IRI. */
  ontology: Quad[];
  /** The SHACL shapes' triples, served whole at the shapes' IRI. */
  shapes: Quad[];
}

/**
 * The triples of the document about `iri`, deduplicated and without graph names. The ontology's IRI and its
 * `owl:versionIRI` get every triple of the ontology; the shapes' IRI every shape (blank nodes and lists included);
 * a `skos:ConceptScheme` its own description plus each of its concepts' outgoing triples; any other IRI its
 * outgoing and incoming triples plus the `rdfs:label` and `skos:prefLabel` of the resources at their other end
 * (classes excepted: `rdf:type` objects are not labelled), so that the document reads on its own; a place's document
 * also holds its geometries' own triples (`geo:asWKT`, precision, evidence), so the point travels with the place.
 */
export function describeResource(iri: string, index: GraphIndex, vocabulary: Vocabulary): Quad[] {
  if (iri === ONTOLOGY_IRI || isVersionOf(iri, vocabulary.ontology)) return unique(vocabulary.ontology);
  if (iri === SHAPES_IRI) return relabelBlankNodes(unique(vocabulary.shapes));
  const geometries = index.values(iri, geo.hasGeometry).flatMap((g) => index.out(g.value));
  const own = geometries.length ? unique([...neighbourhood(iri, index), ...geometries]) : neighbourhood(iri, index);
  if (!index.store.has(DataFactory.quad(DataFactory.namedNode(iri), rdf.type, skos.ConceptScheme))) return own;
  const members = index.store.getSubjects(skos.inScheme, iri, null).flatMap((c) => index.out(c.value));
  return unique([...own, ...members]);
}

function neighbourhood(iri: string, index: GraphIndex): Quad[] {
  const out = index.out(iri);
  const incoming = index.in(iri);
  const ends = new Set([
    ...out.filter((q) => q.object.termType === 'NamedNode' && !q.predicate.equals(rdf.type)).map((q) => q.object.value),
    ...incoming.filter((q) => q.subject.termType === 'NamedNode').map((q) => q.subject.value),
  ]);
  ends.delete(iri);
  const labels = [...ends]
    .sort()
    .flatMap((o) => [
      ...index.store.getQuads(o, rdfs.label, null, null),
      ...index.store.getQuads(o, skos.prefLabel, null, null),
    ]);
  return unique([...out, ...incoming, ...labels]);
}

function isVersionOf(iri: string, ontology: Quad[]): boolean {
  return ontology.some(
    (q) => q.subject.value === ONTOLOGY_IRI && q.predicate.equals(owl.versionIRI) && q.object.value === iri,
  );
}

/**
 * Blank nodes renamed `b0`, `b1`, … in the order they first occur, so the document's bytes depend on the file's
 * content, not on how many blank nodes the parser had labelled before (N3's labels count up per process).
 */
function relabelBlankNodes(quads: Quad[]): Quad[] {
  const names = new Map<string, BlankNode>();
  const rename = <T extends Quad['subject'] | Quad['object']>(t: T): T => {
    if (t.termType !== 'BlankNode') return t;
    if (!names.has(t.value)) names.set(t.value, DataFactory.blankNode(`b${names.size}`));
    return names.get(t.value) as T;
  };
  return quads.map((q) => DataFactory.quad(rename(q.subject), q.predicate, rename(q.object)));
}

/** Default-graph triples, each once, in the order first seen (the writers sort). */
function unique(quads: Quad[]): Quad[] {
  const seen = new Map<string, Quad>();
  for (const q of quads) {
    const key = `${termKey(q.subject)} ${q.predicate.value} ${termKey(q.object)}`;
    if (!seen.has(key)) seen.set(key, DataFactory.quad(q.subject, q.predicate, q.object));
  }
  return [...seen.values()];
}
