// Breaks a valid graph on purpose: for every constraint of every targeted shape, one focus node gets a change that violates it.
import { DataFactory, type Quad, type Term } from 'n3';
import type { CompiledShapes } from '../../../src/validation/compiled/compile-shapes.ts';
import type { Check, CompiledShape } from '../../../src/validation/compiled/model.ts';
import { DataIndex, termKey } from '../../../src/validation/compiled/data-index.ts';
import { focusNodes, readTargets } from '../../../src/validation/compiled/targets.ts';
import { mutationFor, type Mutation, type Site } from './mutations.ts';

const { quad } = DataFactory;

export interface Injection {
  component: string;
  shape: string;
  focus: string;
}

/**
 * The quads with one violation per constraint (each on its own focus node where the shape has enough of them).
 * @throws Error for a constraint component it does not know how to violate.
 */
export function injectViolations(
  quads: readonly Quad[],
  compiled: CompiledShapes,
): { quads: Quad[]; injected: Injection[] } {
  const data = new DataIndex(quads, inverseOf(compiled));
  const removed = new Set<string>();
  const added: Quad[] = [];
  const injected: Injection[] = [];
  let blank = 0;
  for (const shape of compiled.targeted) {
    const foci = focusNodes(readTargets(compiled.graph, shape.node), data).filter((f) => f.termType === 'NamedNode');
    if (foci.length === 0) continue;
    sites(compiled, shape).forEach((site, i) => {
      const focus = foci[(i * 7) % foci.length] as Quad['subject'];
      const change: Mutation = mutationFor(site, {
        focus,
        data,
        graph: compiled.graph,
        fresh: () => `violation-${++blank}`,
      });
      for (const q of change.remove) removed.add(quadKey(q));
      added.push(...change.add);
      injected.push({ component: site.check.component, shape: termKey(site.shape.node), focus: focus.value });
    });
  }
  const kept = quads.filter((q) => !removed.has(quadKey(q)));
  return { quads: [...kept, ...added.map((q) => quad(q.subject, q.predicate, q.object))], injected };
}

/** Every (shape, check) pair a node shape holds: its own checks and those of its property shapes. */
function sites(compiled: CompiledShapes, shape: CompiledShape): Site[] {
  const own = shape.checks.map((check: Check) => ({ shape, check }));
  const nested = shape.properties.flatMap((p) => {
    const property = compiled.shape(p);
    return property.checks.map((check) => ({ shape: property, check }));
  });
  return [...own, ...nested];
}

function inverseOf(compiled: CompiledShapes): string[] {
  return [...compiled.shapes.values()].flatMap((s) => (s.path?.kind === 'inverse' ? [s.path.iri] : []));
}

function quadKey(q: Quad): string {
  return `${termKey(q.subject)} ${q.predicate.value} ${termKey(q.object as Term)}`;
}
