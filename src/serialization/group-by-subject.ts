// Groups triples into sorted subject blocks (the shape of both Turtle and JSON-LD output), dropping duplicates.
import type { Quad, Quad_Predicate, Quad_Subject, Term } from '@rdfjs/types';
import { NS } from '../vocab.ts';
import { type Compare, compareTerms } from './code-point-order.ts';

const RDF_TYPE = `${NS.rdf}type`;

/** A predicate of a subject with its objects, sorted and without duplicates. */
export interface PredicateValues {
  predicate: Quad_Predicate;
  objects: Term[];
}

/** A subject with its predicates: `rdf:type` first, then by IRI. */
export interface SubjectBlock {
  subject: Quad_Subject;
  predicates: PredicateValues[];
}

/** Refuses a quad in a named graph: the writers serialize one graph, and dropping the name would lose data. */
export function checkDefaultGraph(q: Quad): void {
  if (q.graph.termType !== 'DefaultGraph') {
    throw new Error(`cannot serialize a quad in the named graph <${q.graph.value}>: only the default graph is written`);
  }
}

/**
 * Groups triples by subject. Subjects are sorted (IRIs by code point, then blank nodes), predicates with
 * `rdf:type` first and then by IRI, objects by {@link compareTerms}; duplicate triples appear once.
 */
export function groupBySubject(quads: readonly Quad[], compare: Compare): SubjectBlock[] {
  const bySubject = new Map<string, { subject: Quad_Subject; byPredicate: Map<string, PredicateValues> }>();
  for (const q of quads) {
    checkDefaultGraph(q);
    checkTermTypes(q);
    const key = q.subject.termType === 'BlankNode' ? `_:${q.subject.value}` : q.subject.value;
    let entry = bySubject.get(key);
    if (!entry) {
      entry = { subject: q.subject, byPredicate: new Map() };
      bySubject.set(key, entry);
    }
    const values = entry.byPredicate.get(q.predicate.value);
    if (values) values.objects.push(q.object);
    else entry.byPredicate.set(q.predicate.value, { predicate: q.predicate, objects: [q.object] });
  }
  const blocks: SubjectBlock[] = [];
  for (const { subject, byPredicate } of bySubject.values()) {
    const predicates = [...byPredicate.values()].sort((a, b) =>
      comparePredicates(a.predicate.value, b.predicate.value, compare),
    );
    for (const p of predicates) p.objects = sortUnique(p.objects, compare);
    blocks.push({ subject, predicates });
  }
  return blocks.sort((a, b) => compareTerms(a.subject, b.subject, compare));
}

function comparePredicates(a: string, b: string, compare: Compare): number {
  if (a === RDF_TYPE || b === RDF_TYPE) return a === b ? 0 : a === RDF_TYPE ? -1 : 1;
  return compare(a, b);
}

function sortUnique(objects: Term[], compare: Compare): Term[] {
  if (objects.length === 1) return objects;
  objects.sort((a, b) => compareTerms(a, b, compare));
  return objects.filter((o, i) => i === 0 || compareTerms(objects[i - 1], o, compare) !== 0);
}

function checkTermTypes(q: Quad): void {
  const s = q.subject.termType;
  if (s !== 'NamedNode' && s !== 'BlankNode') throw new Error(`cannot serialize a ${s} subject ("${q.subject.value}")`);
  if (q.predicate.termType !== 'NamedNode') throw new Error(`cannot serialize a ${q.predicate.termType} predicate`);
  const o = q.object.termType;
  if (o !== 'NamedNode' && o !== 'BlankNode' && o !== 'Literal') throw new Error(`cannot serialize a ${o} object`);
}
