// The focus nodes of a shape: its target classes (with subclasses), target nodes, subjects-of and objects-of targets.
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { NS } from '../../vocab.ts';
import { termKey, type DataIndex } from './data-index.ts';
import type { ShapesGraph } from './shapes-graph.ts';

const { namedNode } = DataFactory;

/** A shape's targets, read once from the shapes graph. */
export interface Targets {
  /** Class terms (an IRI, or a blank node of the data when shapes and data share a graph). */
  classes: Term[];
  nodes: Term[];
  subjectsOf: string[];
  objectsOf: string[];
}

export function readTargets(graph: ShapesGraph, shape: Term): Targets {
  // Predicates are IRIs: a literal spelling one targets nothing (as the reference engine's triple pattern finds nothing).
  const iris = (p: string) =>
    graph
      .out(shape, `${NS.sh}${p}`)
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value);
  const classes = graph.out(shape, `${NS.sh}targetClass`);
  if (isClass(graph, shape)) classes.unshift(shape);
  return {
    classes,
    nodes: graph.out(shape, `${NS.sh}targetNode`),
    subjectsOf: iris('targetSubjectsOf'),
    objectsOf: iris('targetObjectsOf'),
  };
}

/** Every focus node of a shape in the data, each once. */
export function focusNodes(targets: Targets, data: DataIndex): Term[] {
  const out = new Map<string, Term>();
  const add = (terms: Iterable<Term>) => {
    for (const t of terms) out.set(termKey(t), t);
  };
  for (const cls of targets.classes) add(data.instancesOf(cls));
  add(targets.nodes);
  for (const p of targets.subjectsOf) add(data.predicateUse(p).subjects);
  for (const p of targets.objectsOf) add(data.predicateUse(p).objects);
  return [...out.values()];
}

/** Whether a shape is also an rdfs:Class in the shapes graph (an implicit class target): its rdf:type terms, not their text. */
export function isClass(graph: ShapesGraph, node: Term): boolean {
  const rdfsClass = namedNode(`${NS.rdfs}Class`);
  const classes = new Map<string, Term>([[termKey(rdfsClass), rdfsClass]]);
  const todo: Term[] = [rdfsClass];
  while (todo.length > 0) {
    for (const sub of graph.in(todo.pop()!, `${NS.rdfs}subClassOf`)) {
      if (classes.has(termKey(sub))) continue;
      classes.set(termKey(sub), sub);
      todo.push(sub);
    }
  }
  return graph.out(node, `${NS.rdf}type`).some((t) => classes.has(termKey(t)));
}
