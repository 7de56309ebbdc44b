// Validates a data graph with compiled shapes: every focus node of every targeted shape, with rdf-validate-shacl's results.
import type { Quad, Term } from '@rdfjs/types';
import { DataIndex } from './data-index.ts';
import { compileShapes, type CompiledShapes } from './compile-shapes.ts';
import { inversePredicates, pathValues } from './paths.ts';
import { focusNodes, readTargets, type Targets } from './targets.ts';
import { resultMessages } from './messages.ts';
import type { CompiledShape, RunContext } from './model.ts';

/** One validation result, with terms (see toShapeResults for validateGraph's string form). */
export interface CompiledResult {
  focusNode: Term;
  /** The result path: a predicate (sh:closed) or the shape's path. */
  path?: Term;
  value?: Term;
  /** The local name of the constraint component. */
  component: string;
  severity: Term;
  messages: string[];
  shape: CompiledShape;
}

/**
 * The intended differences from rdf-validate-shacl, each on by default; with both off, the results are rdf-validate-shacl's.
 */
export interface CompiledValidateOptions {
  /**
   * Reject impossible calendar dates in xsd:date / xsd:dateTime / xsd:gYearMonth ("1942-02-30") and impossible times of
   * day in xsd:dateTime / xsd:time ("25:00:00"; "24:00:00" only as exactly that) (default true; rdf-validate-shacl does not).
   */
  strictDates?: boolean;
  /**
   * Match sh:languageIn ranges by RFC 4647 basic filtering, as SHACL says: `ko` matches `ko` and `ko-KR`, not `kor`
   * (default true; rdf-validate-shacl matches by string prefix).
   */
  strictLanguages?: boolean;
}

const NO_EDGES: ReadonlyMap<string, readonly Term[]> = new Map();

/** Compiles once; validate as many data graphs (or partitions) as needed. */
export function createCompiledValidator(shapeQuads: readonly Quad[]) {
  const compiled = compileShapes(shapeQuads);
  const inverse = inversePredicates([...compiled.shapes.values()].map((s) => s.path));
  return {
    compiled,
    /** The predicates a data index must support inverse lookups for. */
    inverse,
    index: (quads: Iterable<Quad>, externalTypes?: (iri: string) => readonly Term[] | undefined) =>
      new DataIndex(quads, inverse, externalTypes),
    validate: (data: DataIndex, options: CompiledValidateOptions = {}) => validateIndex(compiled, data, options),
  };
}

/** Validates an indexed data graph: the results of every targeted shape on every focus node. */
export function validateIndex(
  compiled: CompiledShapes,
  data: DataIndex,
  options: CompiledValidateOptions = {},
): CompiledResult[] {
  const results: CompiledResult[] = [];
  const ctx: RunContext = {
    data,
    strictDates: options.strictDates ?? true,
    strictLanguages: options.strictLanguages ?? true,
    conforms: conformsCache(compiled, () => ctx),
  };
  for (const shape of compiled.targeted) {
    const targets = targetsOf(compiled, shape);
    for (const focus of focusNodes(targets, data)) validateNode(ctx, compiled, focus, shape, results);
  }
  return results;
}

const TARGETS = new WeakMap<CompiledShape, Targets>();

function targetsOf(compiled: CompiledShapes, shape: CompiledShape): Targets {
  let targets = TARGETS.get(shape);
  if (!targets) {
    targets = readTargets(compiled.graph, shape.node);
    TARGETS.set(shape, targets);
  }
  return targets;
}

/** Whether a node conforms to a shape, remembered per IRI (values that are IRIs recur: classes, concepts, citations). */
function conformsCache(compiled: CompiledShapes, ctx: () => RunContext): RunContext['conforms'] {
  const memo = new Map<CompiledShape, Map<string, boolean>>();
  // The shape nodes come from the checks' parameters: the same term objects on every call.
  const shapes = new Map<Term, CompiledShape>();
  return (node, shapeNode) => {
    let shape = shapes.get(shapeNode);
    if (!shape) {
      shape = compiled.shape(shapeNode);
      shapes.set(shapeNode, shape);
    }
    if (node.termType !== 'NamedNode') return !validateNode(ctx(), compiled, node, shape, undefined);
    let known = memo.get(shape);
    if (!known) {
      known = new Map();
      memo.set(shape, known);
    }
    let ok = known.get(node.value);
    if (ok === undefined) {
      ok = !validateNode(ctx(), compiled, node, shape, undefined);
      known.set(node.value, ok);
    }
    return ok;
  };
}

/**
 * Checks one focus node against one shape (nested property shapes included) and returns whether anything failed.
 * With a sink, every result goes into it; without one, it stops at the first failure.
 */
function validateNode(
  ctx: RunContext,
  compiled: CompiledShapes,
  focus: Term,
  shape: CompiledShape,
  sink: CompiledResult[] | undefined,
  edges?: ReadonlyMap<string, readonly Term[]>,
): boolean {
  if (shape.deactivated) return false;
  const values = shape.path ? pathValues(ctx.data, focus, shape.path, edges) : [focus];
  let failed = false;
  for (const check of shape.checks) {
    const violations = check.run(ctx, focus, values);
    if (violations.length === 0) continue;
    if (!sink) return true;
    failed = true;
    for (const v of violations) {
      sink.push({
        focusNode: focus,
        path: v.path ?? shape.path?.term,
        value: v.value,
        component: check.component,
        severity: shape.severity,
        messages: resultMessages(shape, check, v),
        shape,
      });
    }
  }
  shape.propertyShapes ??= shape.properties.map(compiled.shape);
  const nestedShapes = shape.propertyShapes;
  const valueEdges = !shape.path && nestedShapes.length > 0 ? (ctx.data.edgesOf(focus) ?? NO_EDGES) : undefined;
  for (const nested of nestedShapes) {
    for (const value of values) {
      if (validateNode(ctx, compiled, value, nested, sink, valueEdges)) {
        if (!sink) return true;
        failed = true;
      }
    }
  }
  return failed;
}
