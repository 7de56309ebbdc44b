// Checks the ontology against vocab.ts, the concept schemes against SCHEMES and the JSON Schema, and the shapes against both.
import { readFileSync } from 'node:fs';
import { Parser, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadShapes } from '../../src/validation/load-shapes.ts';
import { NS, SCHEMES, ckg, concept, schemeIri, type ConceptName, type SchemeName } from '../../src/vocab.ts';
import { checkedNamespace, loadPublishedTerms } from './published-vocabularies.ts';

const read = (path: string) => readFileSync(new URL(path, import.meta.url), 'utf8');
const ontology = new Parser().parse(read('../../ontology/conflict-kg.ttl'));
const shapes = loadShapes();
const schema = JSON.parse(read('../../data/schema/source-facts.schema.json')) as {
  $defs: Record<string, { enum?: string[] }>;
};

const RDF_TYPE = `${NS.rdf}type`;
const objects = (quads: Quad[], s: string, p: string) =>
  quads.filter((q) => q.subject.value === s && q.predicate.value === p).map((q) => q.object);
const languages = (s: string, p: string) =>
  objects(ontology, s, p)
    .map((o) => (o.termType === 'Literal' ? o.language : ''))
    .sort();
const declared = new Set(ontology.map((q) => q.subject.value));

/** What a term must have: its OWL kind, labels @en and @ko, an English comment. */
function termProblems(iri: string): string[] {
  const local = iri.slice(NS.ckg.length);
  const kinds = objects(ontology, iri, RDF_TYPE).map((o) => o.value);
  const kind = /^[A-Z]/.test(local) ? [`${NS.owl}Class`] : [`${NS.owl}ObjectProperty`, `${NS.owl}DatatypeProperty`];
  const problems: string[] = [];
  if (!kinds.some((k) => kind.includes(k)))
    problems.push(`${local}: not declared as ${kind.map((k) => k.slice(NS.owl.length)).join(' or ')}`);
  if (languages(iri, `${NS.rdfs}label`).join() !== 'en,ko')
    problems.push(`${local}: needs one rdfs:label @en and one @ko`);
  if (languages(iri, `${NS.rdfs}comment`).join() !== 'en') problems.push(`${local}: needs one rdfs:comment @en`);
  return problems;
}

describe('ontology/conflict-kg.ttl', () => {
  it('declares every ckg: term of vocab.ts with its kind, labels in English and Korean, and a comment', () => {
    expect(Object.values(ckg).flatMap((t) => termProblems(t.value))).toEqual([]);
  });

  it('declares no ckg: term that vocab.ts does not list', () => {
    const listed = new Set(Object.values(ckg).map((t) => t.value));
    expect([...declared].filter((s) => s.startsWith(NS.ckg) && !listed.has(s))).toEqual([]);
  });

  it('has a header with title, version, licence and creator, and no blank nodes', () => {
    const header = ontology.find((q) => q.predicate.value === RDF_TYPE && q.object.value === `${NS.owl}Ontology`)!
      .subject.value;
    for (const p of [`${NS.dcterms}title`, `${NS.owl}versionInfo`, `${NS.dcterms}license`, `${NS.dcterms}creator`]) {
      expect(objects(ontology, header, p), p).not.toEqual([]);
    }
    expect(ontology.filter((q) => q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode')).toEqual([]);
  });

  it('defines every concept scheme and concept of SCHEMES with both prefLabels, and no others', () => {
    const problems: string[] = [];
    const expected = new Set<string>();
    for (const [scheme, names] of Object.entries(SCHEMES) as [SchemeName, readonly string[]][]) {
      const s = schemeIri(scheme).value;
      if (!objects(ontology, s, RDF_TYPE).some((o) => o.value === `${NS.skos}ConceptScheme`))
        problems.push(`${scheme}: no skos:ConceptScheme`);
      for (const name of names) {
        const c = concept(scheme, name as ConceptName<typeof scheme>).value;
        expected.add(c);
        if (!objects(ontology, c, RDF_TYPE).some((o) => o.value === `${NS.skos}Concept`))
          problems.push(`${scheme}/${name}: no skos:Concept`);
        if (!objects(ontology, c, `${NS.skos}inScheme`).some((o) => o.value === s))
          problems.push(`${scheme}/${name}: not inScheme`);
        if (languages(c, `${NS.skos}prefLabel`).join() !== 'en,ko')
          problems.push(`${scheme}/${name}: needs prefLabel @en and @ko`);
        if (languages(c, `${NS.skos}definition`).join() !== 'en')
          problems.push(`${scheme}/${name}: needs a definition @en`);
      }
    }
    const concepts = ontology
      .filter((q) => q.predicate.value === RDF_TYPE && q.object.value === `${NS.skos}Concept`)
      .map((q) => q.subject.value);
    expect(problems).toEqual([]);
    expect(concepts.filter((c) => !expected.has(c))).toEqual([]);
  });
});

describe('data/schema/source-facts.schema.json', () => {
  const PAIRS: [string, SchemeName][] = [
    ['eventType', 'event-type'],
    ['actorType', 'actor-type'],
    ['placeType', 'place-type'],
    ['role', 'role'],
    ['quantityKind', 'quantity-kind'],
    ['qualifier', 'qualifier'],
    ['outcomeType', 'outcome-type'],
    ['participantOutcome', 'participant-outcome'],
    ['stance', 'stance'],
    ['timeOfDay', 'time-of-day'],
    ['englishLabelKind', 'english-label-kind'],
  ];
  for (const [definition, scheme] of PAIRS) {
    it(`allows exactly the ${scheme} concepts as ${definition}`, () => {
      expect(schema.$defs[definition]?.enum).toEqual([...SCHEMES[scheme]]);
    });
  }
});

describe('shapes/', () => {
  const published = loadPublishedTerms();
  const known = (iri: string) => declared.has(iri) || (checkedNamespace(iri) !== undefined && published.has(iri));
  const valuesOf = (p: string) =>
    shapes
      .filter((q) => q.predicate.value === `${NS.sh}${p}` && q.object.termType === 'NamedNode')
      .map((q) => q.object.value);

  it('targets and constrains only terms of the ontology or a published vocabulary', () => {
    const used = [...valuesOf('targetClass'), ...valuesOf('path'), ...valuesOf('inversePath'), ...valuesOf('class')];
    expect(used.length).toBeGreaterThan(100);
    expect([...new Set(used)].filter((iri) => !known(iri))).toEqual([]);
  });

  it('lists only concepts that the ontology defines', () => {
    const listed = shapes.filter(
      (q) => q.object.termType === 'NamedNode' && q.object.value.startsWith('https://w3id.org/conflict-kg/concept/'),
    );
    expect(listed.length).toBeGreaterThan(80);
    expect(listed.map((q) => q.object.value).filter((iri) => !declared.has(iri))).toEqual([]);
  });

  // Property shapes held by blank members of sh:or / sh:xone lists are parts of a node-level rule; its shape has the message.
  it('gives every property shape of a named shape a name and a message', () => {
    const held = shapes.filter((q) => q.predicate.value === `${NS.sh}property` && q.subject.termType === 'NamedNode');
    const propertyShapes = new Set(held.map((q) => q.object.value));
    const missing = [...propertyShapes].filter(
      (s) => objects(shapes, s, `${NS.sh}name`).length === 0 || objects(shapes, s, `${NS.sh}message`).length === 0,
    );
    expect(propertyShapes.size).toBeGreaterThan(100);
    expect(missing.map((s) => `${objects(shapes, s, `${NS.sh}path`)[0]?.value}`)).toEqual([]);
  });
});
