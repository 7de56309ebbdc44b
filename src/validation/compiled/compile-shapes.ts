// Compiles a SHACL shapes graph into shapes with checks over a data index; refuses every feature it does not implement.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { NS } from '../../vocab.ts';
import { shapesError } from '../shapes-error.ts';
import { termKey } from './data-index.ts';
import { ShapesGraph } from './shapes-graph.ts';
import { compilePath } from './paths.ts';
import { isClass } from './targets.ts';
import type { Check, CompileContext, CompiledShape, Family } from './model.ts';
import { VALUE_TYPE } from './value-type.ts';
import { CARDINALITY } from './cardinality.ts';
import { VALUE_RANGE } from './value-range.ts';
import { STRING_BASED } from './string-based.ts';
import { PROPERTY_PAIR } from './property-pair.ts';
import { LOGICAL } from './logical.ts';
import { QUALIFIED, SHAPE_BASED } from './shape-based.ts';
import { OTHER } from './other.ts';

/** Parameter local name → compiler, for every constraint component implemented, grouped as the SHACL spec groups them. */
const COMPILERS: Record<string, (c: CompileContext, v: Term) => Check | Check[] | undefined> = Object.assign(
  {},
  ...([VALUE_TYPE, CARDINALITY, VALUE_RANGE, STRING_BASED, PROPERTY_PAIR, LOGICAL, SHAPE_BASED, OTHER] as Family[]),
  QUALIFIED,
);
/** Parameters read by the compilers above or by the engine, and non-validating shape properties. */
const OPTIONAL = new Set(['flags', 'ignoredProperties', 'qualifiedValueShapesDisjoint']);
const HANDLED = new Set([
  ...OPTIONAL,
  'qualifiedValueShape',
  'property',
  'path',
  'targetClass',
  'targetNode',
  'targetSubjectsOf',
  'targetObjectsOf',
  'severity',
  'message',
  'name',
  'description',
  'order',
  'group',
  'defaultValue',
  'deactivated',
]);
const SH = NS.sh;
const { namedNode } = DataFactory;

export interface CompiledShapes {
  graph: ShapesGraph;
  /** Shape node key → compiled shape (every shape that has a constraint, and the shapes they refer to once used). */
  shapes: Map<string, CompiledShape>;
  /** The shapes that have targets, in the shapes graph's order. */
  targeted: CompiledShape[];
  /** Get (compiling on first use) the shape of a node. */
  shape(node: Term): CompiledShape;
}

/** @throws DiagnosticError (E_SHAPES) naming the first SHACL feature the compiled validator does not implement. */
export function compileShapes(quads: readonly Quad[]): CompiledShapes {
  const graph = new ShapesGraph(quads);
  const shapes = new Map<string, CompiledShape>();
  const shape = (node: Term): CompiledShape => {
    const key = termKey(node);
    let compiled = shapes.get(key);
    if (!compiled) {
      compiled = {
        node,
        severity: namedNode(`${SH}Violation`),
        messages: [],
        deactivated: false,
        checks: [],
        properties: [],
        inList: [],
      };
      shapes.set(key, compiled);
      fillShape(graph, compiled);
    }
    return compiled;
  };
  const discover = [
    ...Object.keys(COMPILERS),
    'property',
    'qualifiedValueShape',
    'sparql',
    'target',
    'targetClass',
    'targetNode',
    'targetSubjectsOf',
    'targetObjectsOf',
  ];
  const required = new Set(discover.map((n) => SH + n));
  const withConstraints = graph.subjectsWith(required).map(shape);
  for (const s of [...shapes.values()]) for (const p of s.properties) shape(p);
  const targeted = withConstraints.filter((s) => hasTarget(graph, s.node));
  return { graph, shapes, targeted, shape };
}

function fillShape(graph: ShapesGraph, compiled: CompiledShape): void {
  const node = compiled.node;
  const unsupported = (what: string): never => {
    throw shapesError(
      `expected the SHACL features the compiled validator implements, found ${what} (shape ${termKey(node)})`,
    );
  };
  const path = graph.one(node, `${SH}path`);
  if (path) compiled.path = compilePath(graph, path, unsupported);
  compiled.severity = graph.one(node, `${SH}severity`) ?? compiled.severity;
  compiled.messages = graph.out(node, `${SH}message`);
  compiled.deactivated = graph.one(node, `${SH}deactivated`)?.value === 'true';
  compiled.properties = graph.out(node, `${SH}property`);
  const inHead = graph.one(node, `${SH}in`);
  compiled.inList = inHead ? graph.list(inHead) : [];
  const ctx = compileContext(graph, node, compiled.path !== undefined, unsupported);
  for (const q of graph.about(node)) {
    if (!q.predicate.value.startsWith(SH)) continue;
    const name = q.predicate.value.slice(SH.length);
    const compile = COMPILERS[name];
    if (compile) {
      const checks = compile(ctx, q.object);
      if (checks) compiled.checks.push(...(Array.isArray(checks) ? checks : [checks]));
    } else if (name === 'target') unsupported('sh:target (SPARQL-based targets)');
    else if (!HANDLED.has(name)) unsupported(`sh:${name}`);
  }
}

function compileContext(
  graph: ShapesGraph,
  node: Term,
  isProperty: boolean,
  unsupported: (what: string) => never,
): CompileContext {
  return {
    shape: node,
    isProperty,
    param: (name) => graph.one(node, SH + name),
    params: (name) => graph.out(node, SH + name),
    list: (head) => graph.list(head),
    propertyPaths: () =>
      graph
        .out(node, `${SH}property`)
        .map((p) => graph.one(p, `${SH}path`))
        .filter((p): p is Term => p?.termType === 'NamedNode'),
    siblingQualifiedShapes: (own) =>
      graph
        .in(node, `${SH}property`)
        .flatMap((parent) => graph.out(parent, `${SH}property`))
        .flatMap((sibling) => graph.out(sibling, `${SH}qualifiedValueShape`))
        .filter((s) => !s.equals(own)),
    unsupported,
  };
}

function hasTarget(graph: ShapesGraph, node: Term): boolean {
  const targets = ['targetClass', 'targetNode', 'targetSubjectsOf', 'targetObjectsOf', 'target'].some((t) =>
    graph.one(node, SH + t),
  );
  return targets || isClass(graph, node);
}
