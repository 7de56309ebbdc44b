// Cuts a graph down to the neighbourhood of some nodes, so that both engines can check many mutations in little time.
import type { Quad, Term } from 'n3';
import { NS } from '../../../src/vocab.ts';
import { termKey } from '../../../src/validation/compiled/data-index.ts';

const SUBCLASS_OF = `${NS.rdfs}subClassOf`;
const CLASS_LINKS = new Set([`${NS.rdf}type`, SUBCLASS_OF]);

export interface NeighbourhoodOptions {
  /** How many links (either direction, rdf:type and rdfs:subClassOf aside) a node may be from a seed. Default 2. */
  radius?: number;
  /**
   * Nodes with more links than this (concepts, sources, the main events; seeds too) are kept but not walked through.
   * Default 8.
   */
  hub?: number;
}

/**
 * The triples about the nodes within `radius` links of the seeds, and every rdfs:subClassOf triple. The nodes at the
 * edge are values without their own triples: not focus nodes of a class target, and not instances for sh:class. (Keeping
 * their classes made them focus nodes without properties: about twice the results, and rdf-validate-shacl's time grows
 * with the results.)
 * @example neighbourhood(quads, [ex.a]) //=> the triples about ex:a, its neighbours and theirs
 */
export function neighbourhood(
  quads: readonly Quad[],
  seeds: readonly Term[],
  options: NeighbourhoodOptions = {},
): Quad[] {
  const near = nodesNear(quads, seeds, options.radius ?? 2, options.hub ?? 8);
  return quads.filter((q) => near.has(termKey(q.subject)) || q.predicate.value === SUBCLASS_OF);
}

function nodesNear(quads: readonly Quad[], seeds: readonly Term[], radius: number, hub: number): Set<string> {
  const links = new Map<string, string[]>();
  const link = (a: string, b: string) => (links.get(a) ?? links.set(a, []).get(a)!).push(b);
  for (const q of quads) {
    if (CLASS_LINKS.has(q.predicate.value) || q.object.termType === 'Literal') continue;
    link(termKey(q.subject), termKey(q.object));
    link(termKey(q.object), termKey(q.subject));
  }
  const near = new Set(seeds.map(termKey));
  let frontier = [...near];
  for (let step = 0; step < radius; step++) {
    const next: string[] = [];
    for (const node of frontier) {
      const out = links.get(node) ?? [];
      if (out.length > hub) continue;
      for (const n of out) {
        if (near.has(n)) continue;
        near.add(n);
        next.push(n);
      }
    }
    frontier = next;
  }
  return near;
}
