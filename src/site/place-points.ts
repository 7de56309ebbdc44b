// Reads the points of places out of the graph (`geo:hasGeometry` → `geo:asWKT`, `ckg:coordinatePrecision`,
// `ckg:evidence`), and finds the places an operation mentions.
import { SCHEMES, ckg, concept, geo, sem } from '../vocab.ts';
import { parsePoint, type Point } from '../source/index.ts';
import { quote, type Diagnostic } from '../diagnostics.ts';
import type { GraphIndex } from './graph-index.ts';
import { compareNatural } from './natural-order.ts';

/** How exact a point is: a concept of the coordinate-precision scheme. */
export type CoordinatePrecision = (typeof SCHEMES)['coordinate-precision'][number];

/** A place with a position the map can draw. */
export interface PlacePoint extends Point {
  place: string;
  geometry: string;
  /** The WKT literal as the graph has it. */
  wkt: string;
  /** Undefined when the graph gives none, or a concept this site does not know. */
  precision?: CoordinatePrecision;
  /** The pages that show the coordinates (`ckg:evidence`), sorted. */
  evidence: string[];
}

/** A geometry whose `geo:asWKT` could not be read, and why. */
export interface PointProblem {
  place: string;
  geometry: string;
  problem: string;
}

/** What the graph says about where some places are: points, places with none, and geometries that were unreadable. */
export interface PlacePoints {
  points: PlacePoint[];
  /** Places with no readable point, in the order given. */
  missing: string[];
  problems: PointProblem[];
}

/** The points of `places` (each place's first readable geometry, by geometry IRI). */
export function readPlacePoints(places: string[], index: GraphIndex): PlacePoints {
  const out: PlacePoints = { points: [], missing: [], problems: [] };
  for (const place of places) {
    let found: PlacePoint | undefined;
    for (const g of index.values(place, geo.hasGeometry)) {
      const read = readGeometry(place, g.value, index);
      if ('problem' in read) out.problems.push(read);
      else found ??= read;
    }
    if (found) out.points.push(found);
    else out.missing.push(place);
  }
  return out;
}

function readGeometry(place: string, geometry: string, index: GraphIndex): PlacePoint | PointProblem {
  const wkts = index.values(geometry, geo.asWKT);
  const wkt = wkts.find(
    (t) => t.termType === 'Literal' && (t as { datatype?: { value: string } }).datatype?.value === geo.wktLiteral.value,
  );
  if (!wkt) {
    const found = wkts[0] ? `"${wkts[0].value}", not typed geo:wktLiteral` : 'none';
    return { place, geometry, problem: `expected a geo:asWKT typed geo:wktLiteral, found ${found}` };
  }
  const parsed = parsePoint(wkt.value);
  if ('problem' in parsed) {
    const problem = `expected a WKT point "POINT(<longitude> <latitude>)", found ${quote(wkt.value)} (${parsed.problem})`;
    return { place, geometry, problem };
  }
  const known = index.values(geometry, ckg.coordinatePrecision)[0]?.value;
  const precision = SCHEMES['coordinate-precision'].find((p) => concept('coordinate-precision', p).value === known);
  const evidence = index.values(geometry, ckg.evidence).map((t) => t.value);
  return { place, geometry, wkt: wkt.value, ...parsed, ...(precision ? { precision } : {}), evidence };
}

/**
 * The places an operation mentions, by name: where it and its phases and incidents (at any depth) took place, the
 * places of their outcomes, and the places claims about them name.
 */
export function operationPlaces(operation: string, index: GraphIndex): string[] {
  const seen = new Set<string>([operation]);
  const queue = [operation];
  const places = new Set<string>();
  while (queue.length > 0) {
    const node = queue.shift()!;
    const next = [
      ...index.values(node, sem.hasSubEvent),
      ...index.values(node, ckg.hasOutcome),
      ...index.store.getSubjects(sem.subEventOf, node, null),
      ...index.store.getSubjects(ckg.claimAbout, node, null),
    ].map((t) => t.value);
    for (const n of next) {
      if (seen.has(n)) continue;
      seen.add(n);
      queue.push(n);
    }
    for (const q of index.out(node)) {
      if (q.object.termType === 'NamedNode' && isPlace(q.object.value, index)) places.add(q.object.value);
    }
  }
  return [...places].sort((a, b) => compareNatural(index.name(a), index.name(b)) || compareNatural(a, b));
}

/** Whether the IRI is a `ckg:Place`. */
export function isPlace(iri: string, index: GraphIndex): boolean {
  return index.types(iri).includes(ckg.Place.value);
}

/** The site's warnings about geometries: one per `geo:asWKT` that is not a WKT point (the page says so too). */
export function geometryWarnings(index: GraphIndex): Diagnostic[] {
  const places = index.store.getSubjects(geo.hasGeometry, null, null).map((t) => t.value);
  return readPlacePoints([...new Set(places)].sort(), index).problems.map((p) => ({
    code: 'E_RDF_SYNTAX',
    severity: 'warning',
    message: `${p.problem} (at <${p.geometry}> geo:asWKT, the geometry of <${p.place}>)`,
  }));
}
