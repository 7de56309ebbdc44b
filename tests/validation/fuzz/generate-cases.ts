// Seeded fuzz cases: the base graph with one to four mutations, the same for the same seed and case number on any machine.
import type { Quad, Term } from 'n3';
import { createRandom } from '../../../src/synth/prng.ts';
import type { CompiledShapes } from '../../../src/validation/compiled/compile-shapes.ts';
import { DataIndex, termKey } from '../../../src/validation/compiled/data-index.ts';
import { focusNodes, readTargets } from '../../../src/validation/compiled/targets.ts';
import { mutationFor, type Site } from '../compiled/mutations.ts';
import { graphSites } from './graph-sites.ts';
import { MUTATION_KINDS, type Mutation, type MutationInput } from './mutation-kinds.ts';

/** The kind that breaks one constraint of one shape at one focus node, as the injected-violations test does. */
export const CONSTRAINT_VIOLATION = 'constraint violation';
/** Every kind of mutation, in the order the summary lists them. */
export const KINDS = [...Object.keys(MUTATION_KINDS), CONSTRAINT_VIOLATION];

export interface FuzzCase {
  seed: number;
  index: number;
  mutations: Mutation[];
  /** The mutated graph. */
  quads: Quad[];
  /** The nodes the mutations touched (subjects and objects of removed and added triples, literals aside). */
  touched: Term[];
}

/** Reads the base graph once and returns the case of any seed and number. */
export function createCaseGenerator(
  base: readonly Quad[],
  compiled: CompiledShapes,
): (seed: number, index: number) => FuzzCase {
  const sites = graphSites(base, compiled);
  const violations = violationSites(base, compiled);
  return (seed, index) => {
    const random = createRandom(mix(seed, index));
    let counter = 0;
    const input: MutationInput = { sites, random, fresh: () => `f${index}-${++counter}` };
    const count = random.chance(0.6) ? 1 : random.int(2, 4);
    const mutations = Array.from({ length: count }, () => mutate(input, violations, compiled));
    return { seed, index, mutations, quads: apply(base, mutations), touched: touchedNodes(mutations) };
  };
}

function mutate(input: MutationInput, violations: ViolationSites, compiled: CompiledShapes): Mutation {
  const kind = input.random.pick(KINDS);
  if (kind !== CONSTRAINT_VIOLATION) return { kind, ...MUTATION_KINDS[kind](input) };
  const { site, foci } = input.random.pick(violations.sites);
  const focus = input.random.pick(foci) as Quad['subject'];
  return { kind, ...mutationFor(site, { focus, data: violations.data, graph: compiled.graph, fresh: input.fresh }) };
}

interface ViolationSites {
  data: DataIndex;
  sites: { site: Site; foci: Term[] }[];
}

/** Every (shape, check) of a targeted shape, with its IRI focus nodes in the base graph. */
function violationSites(base: readonly Quad[], compiled: CompiledShapes): ViolationSites {
  const inverse = [...compiled.shapes.values()].flatMap((s) => (s.path?.kind === 'inverse' ? [s.path.iri] : []));
  const data = new DataIndex(base, inverse);
  const sites = compiled.targeted.flatMap((shape) => {
    const foci = focusNodes(readTargets(compiled.graph, shape.node), data).filter(
      (f) => f.termType === 'NamedNode',
    ) as Term[];
    if (foci.length === 0) return [];
    const own = shape.checks.map((check) => ({ site: { shape, check }, foci }));
    const nested = shape.properties
      .map(compiled.shape)
      .flatMap((p) => p.checks.map((check) => ({ site: { shape: p, check }, foci })));
    return [...own, ...nested];
  });
  return { data, sites };
}

/** The graph with the removals of every mutation done and their additions made, in order. */
function apply(base: readonly Quad[], mutations: Mutation[]): Quad[] {
  let quads = [...base];
  for (const { remove, add } of mutations) {
    const gone = new Set(remove.map(quadKey));
    quads = [...quads.filter((q) => !gone.has(quadKey(q))), ...add];
  }
  return quads;
}

function touchedNodes(mutations: Mutation[]): Term[] {
  const nodes = new Map<string, Term>();
  for (const q of mutations.flatMap((m) => [...m.remove, ...m.add])) {
    for (const t of [q.subject, q.object]) if (t.termType !== 'Literal') nodes.set(termKey(t), t);
  }
  return [...nodes.values()];
}

export function quadKey(q: Quad): string {
  return `${termKey(q.subject)} ${q.predicate.value} ${termKey(q.object)}`;
}

/** One 32-bit seed per (seed, case number), so a single case can be run again alone. */
function mix(seed: number, index: number): number {
  let h = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35);
  h ^= h >>> 16;
  return Math.imul(h, 0x27d4eb2f) >>> 0;
}
