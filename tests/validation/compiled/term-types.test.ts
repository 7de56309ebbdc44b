// The compiled validator compares terms, not their text: a literal that spells an IRI is not that IRI, and blank-node
// subclasses are found like any other (issue 17). Each case is also rdf-validate-shacl's result.
import { describe, expect, it } from 'vitest';
import { brief, compiledResults, referenceResults } from './both-engines.ts';

const CLASS_SHAPE = 'ex:S a sh:NodeShape ; sh:targetNode ex:a ; sh:property [ sh:path ex:p ; sh:class ex:C ] .';

async function expectBoth(shapes: string, data: string, expected: string[]): Promise<void> {
  const compiled = compiledResults(shapes, data);
  expect(brief(compiled)).toEqual(expected);
  expect(compiled).toEqual(await referenceResults(shapes, data));
}

describe('compiled validator: term types', () => {
  it('reports sh:class for a value whose rdf:type is a plain literal spelling the class IRI', async () => {
    await expectBoth(CLASS_SHAPE, 'ex:a ex:p ex:b . ex:b a "http://example.org/C" .', [
      'http://example.org/a ClassConstraintComponent http://example.org/b',
    ]);
  });

  it('reports sh:class for a value whose rdf:type is an xsd:anyURI literal spelling the class IRI', async () => {
    await expectBoth(CLASS_SHAPE, 'ex:a ex:p ex:b . ex:b a "http://example.org/C"^^xsd:anyURI .', [
      'http://example.org/a ClassConstraintComponent http://example.org/b',
    ]);
  });

  it('does not take a subclass of a literal spelling the class IRI for a subclass of the class', async () => {
    await expectBoth(CLASS_SHAPE, 'ex:a ex:p ex:b . ex:b a ex:K . ex:K rdfs:subClassOf "http://example.org/C" .', [
      'http://example.org/a ClassConstraintComponent http://example.org/b',
    ]);
  });

  it('does not target a node whose rdf:type is a literal spelling the target class', async () => {
    const shapes = 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .';
    await expectBoth(shapes, 'ex:x a "http://example.org/C" . ex:y a ex:C .', [
      'http://example.org/y MinCountConstraintComponent',
    ]);
  });

  it('reports sh:in, sh:hasValue and sh:nodeKind sh:IRI for a literal spelling the allowed IRI', async () => {
    const shapes = `ex:S a sh:NodeShape ; sh:targetNode ex:a ;
      sh:property [ sh:path ex:p ; sh:in ( ex:A ) ; sh:nodeKind sh:IRI ] , [ sh:path ex:q ; sh:hasValue ex:A ] .`;
    await expectBoth(shapes, 'ex:a ex:p "http://example.org/A" ; ex:q "http://example.org/A" .', [
      'http://example.org/a InConstraintComponent "http://example.org/A"',
      'http://example.org/a NodeKindConstraintComponent "http://example.org/A"',
      'http://example.org/a HasValueConstraintComponent',
    ]);
  });

  it('does not read a shape typed by a literal spelling rdfs:Class as an implicit class target', async () => {
    const shapes = `ex:C a "http://www.w3.org/2000/01/rdf-schema#Class" , sh:NodeShape ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .
      ex:D a rdfs:Class , sh:NodeShape ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .`;
    await expectBoth(shapes, 'ex:x a ex:C . ex:y a ex:D .', ['http://example.org/y MinCountConstraintComponent']);
  });
});

describe('compiled validator: blank-node subclasses', () => {
  it('targets an instance of a blank-node subclass of the target class', async () => {
    const shapes = 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .';
    await expectBoth(shapes, '_:k rdfs:subClassOf ex:C . ex:x a _:k .', [
      'http://example.org/x MinCountConstraintComponent',
    ]);
  });

  it('targets an instance of a two-level blank-node subclass chain', async () => {
    const shapes = 'ex:S a sh:NodeShape ; sh:targetClass ex:C ; sh:property [ sh:path ex:q ; sh:minCount 1 ] .';
    await expectBoth(shapes, '_:k2 rdfs:subClassOf _:k1 . _:k1 rdfs:subClassOf ex:C . ex:x a _:k2 .', [
      'http://example.org/x MinCountConstraintComponent',
    ]);
  });

  it('accepts a value of a blank-node subclass for sh:class', async () => {
    await expectBoth(CLASS_SHAPE, 'ex:a ex:p ex:b . ex:b a _:k . _:k rdfs:subClassOf ex:C .', []);
  });

  it('accepts a value of a two-level blank-node subclass chain for sh:class', async () => {
    await expectBoth(
      CLASS_SHAPE,
      'ex:a ex:p ex:b . ex:b a _:k2 . _:k2 rdfs:subClassOf _:k1 . _:k1 rdfs:subClassOf ex:C .',
      [],
    );
  });

  it('reports sh:class for a value of a blank node that is a subclass of another class', async () => {
    await expectBoth(CLASS_SHAPE, 'ex:a ex:p ex:b . ex:b a _:k . _:k rdfs:subClassOf ex:D .', [
      'http://example.org/a ClassConstraintComponent http://example.org/b',
    ]);
  });
});
