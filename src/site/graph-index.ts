// An index over the published graph: a resource's own triples, the triples pointing at it, and its labels.
import { Store, type Quad, type Term } from 'n3';
import { ckg, dcterms, rdf, rdfs, skos } from '../vocab.ts';
import { localName } from '../terms.ts';
import type { Labels } from './names.ts';

export interface GraphIndex {
  store: Store;
  /** Triples whose subject is the IRI. */
  out(iri: string): Quad[];
  /** Triples whose object is the IRI. */
  in(iri: string): Quad[];
  /** Object values of one predicate, in a stable order. */
  values(iri: string, predicate: Term): Term[];
  labels(iri: string): Labels;
  /** The Korean and English values of a language-tagged property (`ckg:positionHeld`). */
  labelsOf(iri: string, predicate: Term): Labels;
  /** A display name: English label, else Korean label, else the IRI's local name. */
  name(iri: string): string;
  types(iri: string): string[];
}

/** Builds the index; labels come from `rdfs:label`, `skos:prefLabel`, a claim's `ckg:statement`, then `dcterms:title`
 * (the ontology, the dataset's distributions). */
export function indexGraph(quads: Iterable<Quad>): GraphIndex {
  const store = new Store([...quads]);
  const sorted = (qs: Quad[]) => qs.sort(compareQuads);
  // Every resource of the data carries its labels (the mapping stage makes those of participations, quantities and
  // time spans); the site names nothing itself.
  const labels = (iri: string): Labels =>
    iri ? labelsOf(store, iri, [rdfs.label, skos.prefLabel, ckg.statement, dcterms.title]) : {};
  return {
    store,
    out: (iri) => sorted(store.getQuads(iri, null, null, null)),
    in: (iri) => sorted(store.getQuads(null, null, iri, null)),
    values: (iri, p) => store.getObjects(iri, p, null).sort((a, b) => compareStr(a.value, b.value)),
    labels,
    labelsOf: (iri, predicate) => labelsOf(store, iri, [predicate]),
    name: (iri) => {
      const l = labels(iri);
      return l.en ?? l.ko ?? localName(iri);
    },
    types: (iri) =>
      store
        .getObjects(iri, rdf.type, null)
        .map((t) => t.value)
        .sort(),
  };
}

function labelsOf(store: Store, iri: string, predicates: Term[]): Labels {
  const out: Labels = {};
  for (const p of predicates) {
    for (const o of store.getObjects(iri, p, null).sort((a, b) => compareStr(a.value, b.value))) {
      if (o.termType !== 'Literal') continue;
      const lang = o.language.toLowerCase();
      if ((lang === 'ko' || lang === 'en') && out[lang] === undefined) out[lang] = o.value;
    }
  }
  return out;
}

function compareStr(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Orders quads by subject, predicate, object so every output is deterministic. */
function compareQuads(a: Quad, b: Quad): number {
  return (
    compareStr(a.subject.value, b.subject.value) ||
    compareStr(a.predicate.value, b.predicate.value) ||
    compareStr(a.object.termType + a.object.value, b.object.termType + b.object.value)
  );
}
