// The base graph of the differential fuzz and the places a mutation can change: triples grouped by what their object is.
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, type Quad, type Term } from 'n3';
import { NS } from '../../../src/vocab.ts';
import type { CompiledShapes } from '../../../src/validation/compiled/compile-shapes.ts';
import type { Path } from '../../../src/validation/compiled/paths.ts';

const RDF_TYPE = `${NS.rdf}type`;

/** The exported Qalamoun graph (N-Triples), as `npm run build` writes it. */
export const BASE_GRAPH = new URL('../../../dist/qalamoun-2017.nt', import.meta.url);

export interface GraphSites {
  quads: readonly Quad[];
  /** Triples other than rdf:type. */
  values: Quad[];
  /** Whether a triple's predicate is a step of a shape's path (most mutations aim there, where constraints look). */
  isOnPath(q: Quad): boolean;
  literals: Quad[];
  /** Literals with a language tag. */
  tagged: Quad[];
  /** xsd:dateTime literals. */
  dateTimes: Quad[];
  /** Triples (not rdf:type) whose object is an IRI. */
  iriObjects: Quad[];
  types: Quad[];
  /** Every IRI subject. */
  subjects: Term[];
  /** The classes the shapes name (targets and sh:class), and those of the data. */
  classes: Term[];
  /** Subjects that have both values of a sh:lessThanOrEquals pair, with the pair. */
  ranges: { subject: Term; low: string; high: string }[];
}

/** Reads the N-Triples of the base graph. */
export function readBaseGraph(url: URL = BASE_GRAPH): Quad[] {
  return new Parser({ format: 'N-Triples' }).parse(readFileSync(url, 'utf8'));
}

/** Groups the triples of the graph by the mutations that can change them. */
export function graphSites(quads: readonly Quad[], compiled: CompiledShapes): GraphSites {
  const steps = new Set([...compiled.shapes.values()].flatMap((s) => pathSteps(s.path)));
  const values = quads.filter((q) => q.predicate.value !== RDF_TYPE);
  const literals = values.filter((q) => q.object.termType === 'Literal');
  const types = quads.filter((q) => q.predicate.value === RDF_TYPE);
  const classes = new Map<string, Term>();
  for (const t of [...types.map((q) => q.object), ...shapeClasses(compiled)]) classes.set(t.value, t);
  return {
    quads,
    values,
    literals,
    types,
    isOnPath: (q) => steps.has(q.predicate.value),
    tagged: literals.filter((q) => q.object.termType === 'Literal' && q.object.language !== ''),
    dateTimes: literals.filter(
      (q) => q.object.termType === 'Literal' && q.object.datatype.value === `${NS.xsd}dateTime`,
    ),
    iriObjects: values.filter((q) => q.object.termType === 'NamedNode'),
    subjects: [...new Map(quads.map((q) => [q.subject.value, q.subject] as const)).values()],
    classes: [...classes.values()],
    ranges: rangePairs(quads, compiled),
  };
}

function pathSteps(path: Path | undefined): string[] {
  if (!path) return [];
  return path.kind === 'sequence' ? path.steps.flatMap(pathSteps) : [path.iri];
}

function shapeClasses(compiled: CompiledShapes): Term[] {
  const named = (p: string) => compiled.graph.quads.filter((q) => q.predicate.value === NS.sh + p).map((q) => q.object);
  return [...named('targetClass'), ...named('class')]
    .filter((t) => t.termType === 'NamedNode')
    .map((t) => DataFactory.namedNode(t.value));
}

function rangePairs(quads: readonly Quad[], compiled: CompiledShapes): GraphSites['ranges'] {
  const pairs = [...compiled.shapes.values()].flatMap((s) => {
    const check = s.checks.find((c) => c.component === 'LessThanOrEqualsConstraintComponent');
    return check && s.path?.kind === 'predicate'
      ? [{ low: s.path.iri, high: check.params.lessThanOrEquals!.value }]
      : [];
  });
  const has = new Set(quads.map((q) => `${q.subject.value} ${q.predicate.value}`));
  return pairs.flatMap(({ low, high }) =>
    [...new Map(quads.filter((q) => q.predicate.value === low).map((q) => [q.subject.value, q.subject])).values()]
      .filter((s) => has.has(`${s.value} ${high}`))
      .map((subject) => ({ subject, low, high })),
  );
}
