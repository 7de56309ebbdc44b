// Reads a SHACL shapes graph: the objects of a shape's parameters and the members of RDF lists.
import type { Quad, Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';
import { termKey } from './data-index.ts';
import { shapesError } from '../shapes-error.ts';

const RDF_FIRST = `${NS.rdf}first`;
const RDF_REST = `${NS.rdf}rest`;
const RDF_NIL = `${NS.rdf}nil`;

/** The shapes graph, indexed by subject. */
export class ShapesGraph {
  private readonly bySubject = new Map<string, Quad[]>();
  private readonly byObject = new Map<string, Quad[]>();

  constructor(readonly quads: readonly Quad[]) {
    for (const q of quads) {
      const s = termKey(q.subject);
      (this.bySubject.get(s) ?? this.bySubject.set(s, []).get(s)!).push(q);
      const o = termKey(q.object);
      (this.byObject.get(o) ?? this.byObject.set(o, []).get(o)!).push(q);
    }
  }

  /** The statements about a node. */
  about(node: Term): readonly Quad[] {
    return this.bySubject.get(termKey(node)) ?? [];
  }

  /** The objects of `node p ?o`, in the order of the shapes file. */
  out(node: Term, p: string): Term[] {
    return this.about(node)
      .filter((q) => q.predicate.value === p)
      .map((q) => q.object);
  }

  one(node: Term, p: string): Term | undefined {
    return this.out(node, p)[0];
  }

  /** The subjects of `?s p node`. */
  in(node: Term, p: string): Term[] {
    return (this.byObject.get(termKey(node)) ?? []).filter((q) => q.predicate.value === p).map((q) => q.subject);
  }

  /** The members of an RDF list. @throws DiagnosticError (E_SHAPES) at a list node without rdf:first. */
  list(head: Term): Term[] {
    const out: Term[] = [];
    let node: Term | undefined = head;
    while (node && node.value !== RDF_NIL) {
      const first = this.one(node, RDF_FIRST);
      if (!first)
        throw shapesError(`expected an RDF list in the shapes graph, found ${termKey(node)} without rdf:first`);
      out.push(first);
      node = this.one(node, RDF_REST);
    }
    return out;
  }

  /** The subjects that have any of the given predicates. */
  subjectsWith(predicates: ReadonlySet<string>): Term[] {
    const seen = new Map<string, Term>();
    for (const q of this.quads) if (predicates.has(q.predicate.value)) seen.set(termKey(q.subject), q.subject);
    return [...seen.values()];
  }
}
