// SHACL property paths for the compiled checks: predicate, inverse and sequence paths (alternatives and repetitions are refused).
import type { Term } from '@rdfjs/types';
import { NS } from '../../vocab.ts';
import { termKey, type DataIndex } from './data-index.ts';
import type { ShapesGraph } from './shapes-graph.ts';

export type Path =
  | { kind: 'predicate'; iri: string; term: Term; text: string }
  | { kind: 'inverse'; iri: string; term: Term; text: string }
  | { kind: 'sequence'; steps: Path[]; term: Term; text: string };

const UNSUPPORTED = ['alternativePath', 'zeroOrMorePath', 'oneOrMorePath', 'zeroOrOnePath'];

/**
 * Compiles the value of sh:path; a node that is both a list and an inverse path is the sequence, as the W3C suite reads it
 * (core/path/path-strange-001). Alternative and repetition paths go to `unsupported`, which throws.
 */
export function compilePath(shapes: ShapesGraph, term: Term, unsupported: (what: string) => never): Path {
  if (term.termType === 'NamedNode') return { kind: 'predicate', iri: term.value, term, text: term.value };
  if (shapes.one(term, `${NS.rdf}first`)) {
    const steps = shapes.list(term).map((t) => compilePath(shapes, t, unsupported));
    return { kind: 'sequence', steps, term, text: steps.map((s) => s.text).join('/') };
  }
  const inverse = shapes.one(term, `${NS.sh}inversePath`);
  if (inverse?.termType === 'NamedNode')
    return { kind: 'inverse', iri: inverse.value, term, text: `^${inverse.value}` };
  const kind = UNSUPPORTED.find((k) => shapes.one(term, `${NS.sh}${k}`));
  return unsupported(kind ? `sh:${kind} paths` : 'a path that is neither an IRI, a list nor the inverse of an IRI');
}

const EMPTY: readonly Term[] = Object.freeze([]);

/** The value nodes of a path from a focus node, each once; `edges` are the focus node's own, when known. */
export function pathValues(
  data: DataIndex,
  focus: Term,
  path: Path,
  edges?: ReadonlyMap<string, readonly Term[]>,
): readonly Term[] {
  if (path.kind === 'predicate') return edges ? (edges.get(path.iri) ?? EMPTY) : data.objects(focus, path.iri);
  if (path.kind === 'inverse') return data.subjects(focus, path.iri);
  let current: readonly Term[] = [focus];
  for (const step of path.steps) {
    const next = new Map<string, Term>();
    for (const node of current) for (const v of pathValues(data, node, step)) next.set(termKey(v), v);
    current = [...next.values()];
  }
  return current;
}

/** The predicates whose subjects the index must find from their objects. */
export function inversePredicates(paths: Iterable<Path | undefined>): Set<string> {
  const out = new Set<string>();
  const walk = (p: Path | undefined) => {
    if (p?.kind === 'inverse') out.add(p.iri);
    if (p?.kind === 'sequence') p.steps.forEach(walk);
  };
  for (const p of paths) walk(p);
  return out;
}
