// Which operations mention which places, worked out once per graph (every place page asks for its neighbours).
import { ckg, rdf } from '../vocab.ts';
import type { GraphIndex } from './graph-index.ts';
import { operationPlaces } from './place-points.ts';

/** Operations → their places, and places → their operations (both sorted). */
export interface PlaceOperations {
  placesOf: Map<string, string[]>;
  operationsOf: Map<string, string[]>;
}

const cache = new WeakMap<GraphIndex, PlaceOperations>();

/** The places of every `ckg:MilitaryOperation` in the graph, both ways; computed on first use, then kept. */
export function placeOperations(index: GraphIndex): PlaceOperations {
  const known = cache.get(index);
  if (known) return known;
  const found: PlaceOperations = { placesOf: new Map(), operationsOf: new Map() };
  const operations = index.store.getSubjects(rdf.type, ckg.MilitaryOperation, null).map((t) => t.value);
  for (const op of operations.sort()) {
    const places = operationPlaces(op, index);
    found.placesOf.set(op, places);
    for (const p of places) found.operationsOf.set(p, [...(found.operationsOf.get(p) ?? []), op]);
  }
  cache.set(index, found);
  return found;
}
