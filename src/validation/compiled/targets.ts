// The focus nodes of a shape: its target classes (with subclasses), target nodes, subjects-of and objects-of targets.
import type { Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';
import { termKey, type DataIndex } from './data-index.ts';
import { DataFactory } from 'n3';
import type { ShapesGraph } from './shapes-graph.ts';

const { namedNode } = DataFactory;

/** Every focus node of a shape in the data, each once. */
export function focusNodes(graph: ShapesGraph, shape: Term, data: DataIndex): Term[] {
  const out = new Map<string, Term>();
  const add = (terms: Iterable<Term>) => {
    for (const t of terms) out.set(termKey(t), t);
  };
  if (isClass(graph, shape)) add(data.instancesOf(shape.value));
  for (const cls of graph.out(shape, `${NS.sh}targetClass`)) add(data.instancesOf(cls.value));
  add(graph.out(shape, `${NS.sh}targetNode`));
  for (const p of graph.out(shape, `${NS.sh}targetSubjectsOf`)) add(data.predicateUse(p.value).subjects);
  for (const p of graph.out(shape, `${NS.sh}targetObjectsOf`)) add(data.predicateUse(p.value).objects);
  return [...out.values()];
}

/** Whether a shape is also an rdfs:Class in the shapes graph (an implicit class target). */
export function isClass(graph: ShapesGraph, node: Term): boolean {
  const classes = new Set([`${NS.rdfs}Class`]);
  const todo = [`${NS.rdfs}Class`];
  while (todo.length > 0) {
    const c = todo.pop()!;
    for (const sub of graph.in(namedNode(c), `${NS.rdfs}subClassOf`)) {
      if (!classes.has(sub.value)) classes.add(sub.value), todo.push(sub.value);
    }
  }
  return graph.out(node, `${NS.rdf}type`).some((t) => classes.has(t.value));
}
