// The focus nodes of a shape: its target classes (with subclasses), target nodes, subjects-of and objects-of targets.
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { NS } from '../../vocab.ts';
import { termKey, type DataIndex } from './data-index.ts';
import type { ShapesGraph } from './shapes-graph.ts';

const { namedNode } = DataFactory;

/** A shape's targets, read once from the shapes graph. */
export interface Targets {
  classes: string[];
  nodes: Term[];
  subjectsOf: string[];
  objectsOf: string[];
}

export function readTargets(graph: ShapesGraph, shape: Term): Targets {
  const iris = (p: string) => graph.out(shape, `${NS.sh}${p}`).map((t) => t.value);
  const classes = iris('targetClass');
  if (isClass(graph, shape)) classes.unshift(shape.value);
  return { classes, nodes: graph.out(shape, `${NS.sh}targetNode`), subjectsOf: iris('targetSubjectsOf'), objectsOf: iris('targetObjectsOf') };
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
