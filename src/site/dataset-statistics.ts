// The dataset's size in VoID terms: how many triples, subjects, objects, entities, classes and properties, and one
// class partition per class and one property partition per property, each an IRI node under the dataset's IRI.
import { DataFactory, type NamedNode, type Quad } from 'n3';
import { dcterms, rdf, voidVocab, xsd, NS } from '../vocab.ts';
import { prefixedName, termKey } from '../terms.ts';

const { namedNode, literal, quad } = DataFactory;

/**
 * The counts of the whole dataset and its partitions (VoID §4.5 and §4.6). Partitions are
 * `<dataset>/partition/class/<prefix>-<name>` and `<dataset>/partition/property/<prefix>-<name>`, in IRI order,
 * so the output is the same for the same graph.
 * @example for a graph with 3 ckg:Actor nodes: `<ds>/partition/class/ckg-Actor void:class ckg:Actor; void:entities 3`
 */
export function describeStatistics(ds: NamedNode, quads: Quad[]): Quad[] {
  const count = (n: number) => literal(String(n), xsd.integer);
  const subjects = new Set(quads.map((q) => termKey(q.subject)));
  // Every resource the dataset describes, whether minted under its base or shared with other datasets.
  const entities = new Set(quads.filter((q) => q.subject.termType === 'NamedNode').map((q) => q.subject.value));
  const classes = groupCount(
    quads.filter((q) => q.predicate.equals(rdf.type)),
    (q) => q.object.value,
    (q) => termKey(q.subject),
  );
  const properties = groupCount(
    quads,
    (q) => q.predicate.value,
    (q) => `${termKey(q.subject)} ${termKey(q.object)}`,
  );
  const out = [
    quad(ds, voidVocab.triples, count(quads.length)),
    quad(ds, voidVocab.distinctSubjects, count(subjects.size)),
    quad(ds, voidVocab.distinctObjects, count(new Set(quads.map((q) => termKey(q.object))).size)),
    quad(ds, voidVocab.entities, count(entities.size)),
    quad(ds, voidVocab.classes, count(classes.size)),
    quad(ds, voidVocab.properties, count(properties.size)),
  ];
  const slugs = slugsFor([...classes.keys(), ...properties.keys()]);
  for (const [c, n] of classes) {
    const part = namedNode(`${ds.value}/partition/class/${slugs.get(c)}`);
    out.push(quad(ds, voidVocab.classPartition, part), quad(part, rdf.type, voidVocab.Dataset));
    out.push(quad(part, voidVocab.class, namedNode(c)), quad(part, voidVocab.entities, count(n)));
    out.push(quad(part, dcterms.title, literal(`instances of ${prefixedName(c, NS) ?? c}`, 'en')));
  }
  for (const [p, n] of properties) {
    const part = namedNode(`${ds.value}/partition/property/${slugs.get(p)}`);
    out.push(quad(ds, voidVocab.propertyPartition, part), quad(part, rdf.type, voidVocab.Dataset));
    out.push(quad(part, voidVocab.property, namedNode(p)), quad(part, voidVocab.triples, count(n)));
    out.push(quad(part, dcterms.title, literal(`triples of ${prefixedName(p, NS) ?? p}`, 'en')));
  }
  return out;
}

/** Distinct members per group (a class's instances, a property's triples), groups in IRI order. */
function groupCount(quads: Quad[], group: (q: Quad) => string, member: (q: Quad) => string): Map<string, number> {
  const sets = new Map<string, Set<string>>();
  for (const q of quads) {
    const key = group(q);
    if (!sets.has(key)) sets.set(key, new Set());
    sets.get(key)!.add(member(q));
  }
  return new Map([...sets].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([k, s]) => [k, s.size]));
}

/** A path segment per IRI: its prefixed name with `-` for `:` (`ckg-Actor`), else `term-<n>`; never two alike. */
function slugsFor(iris: string[]): Map<string, string> {
  const slugs = new Map<string, string>();
  const taken = new Set<string>();
  for (const [i, iri] of iris.entries()) {
    let slug = (prefixedName(iri, NS) ?? `term-${i}`).replace(':', '-').replace(/[^A-Za-z0-9_-]/g, '_');
    if (taken.has(slug)) slug = `${slug}-${i}`;
    taken.add(slug);
    slugs.set(iri, slug);
  }
  return slugs;
}
