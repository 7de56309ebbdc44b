// Reading places' points out of the graph (the contract of issue 12 item 3) and finding an operation's places.
import { DataFactory, type Quad } from 'n3';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { indexGraph } from '../../src/site/graph-index.ts';
import { geometryWarnings, operationPlaces, readPlacePoints } from '../../src/site/place-points.ts';
import { placeOperations } from '../../src/site/place-operations.ts';
import { ckg, geo, rdf, xsd } from '../../src/vocab.ts';
import { GEOMETRY_BASE, RESEARCHED, geometryQuads, withGeometries, type FixturePoint } from './fixture/geometries.ts';
import { BASE, miniQuads } from './fixture/mini-site.ts';

const { namedNode, literal, quad } = DataFactory;
const OPERATION = `${BASE}event/qalamoun-offensive-2017`;
const ARSAL = `${BASE}place/arsal`;
const MOUNTAINS = `${BASE}place/qalamoun-mountains`;
const fixture = (id: string, change: Partial<FixturePoint> = {}) => ({
  ...RESEARCHED.find((p) => p.id === id)!,
  ...change,
});

describe('operationPlaces', () => {
  it("finds the operation's own place and its incidents' places, by name", () => {
    expect(operationPlaces(OPERATION, indexGraph(miniQuads()))).toEqual([ARSAL, MOUNTAINS]);
  });

  it("finds an outcome's place and a place a claim about the operation names (labelled names before bare ids)", () => {
    const extra: Quad[] = [
      quad(namedNode(OPERATION), ckg.hasOutcome, namedNode(`${BASE}outcome/o`)),
      quad(namedNode(`${BASE}outcome/o`), ckg.destination, namedNode(`${BASE}place/far`)),
      quad(namedNode(`${BASE}claim/syria-coordination`), rdf.object, namedNode(`${BASE}place/near`)),
      quad(namedNode(`${BASE}place/far`), rdf.type, ckg.Place),
      quad(namedNode(`${BASE}place/near`), rdf.type, ckg.Place),
    ];
    expect(operationPlaces(OPERATION, indexGraph([...miniQuads(), ...extra]))).toEqual([
      ARSAL,
      MOUNTAINS,
      `${BASE}place/far`,
      `${BASE}place/near`,
    ]);
  });

  it('maps each place to the operations that mention it, once per graph', () => {
    const index = indexGraph(miniQuads());
    expect(placeOperations(index).operationsOf.get(ARSAL)).toEqual([OPERATION]);
    expect(placeOperations(index)).toBe(placeOperations(index));
  });
});

describe('readPlacePoints', () => {
  it('reads longitude, latitude, precision, evidence and the WKT as given', () => {
    const index = indexGraph(withGeometries(miniQuads()));
    const arsal = fixture('arsal');
    expect(readPlacePoints([ARSAL], index)).toEqual({
      points: [
        {
          place: ARSAL,
          geometry: `${GEOMETRY_BASE}arsal`,
          wkt: `POINT(${arsal.lon} ${arsal.lat})`,
          lon: arsal.lon,
          lat: arsal.lat,
          precision: 'town',
          evidence: [arsal.evidence],
        },
      ],
      missing: [],
      problems: [],
    });
  });

  it('lists a place without geometry as missing, and one with an unknown precision concept without precision', () => {
    const graph = miniQuads();
    const index = indexGraph([...graph, ...geometryQuads(graph, [fixture('arsal', { precision: undefined })])]);
    const read = readPlacePoints([ARSAL, MOUNTAINS], index);
    expect(read.points.map((p) => [p.place, p.precision])).toEqual([[ARSAL, undefined]]);
    expect(read.missing).toEqual([MOUNTAINS]);
  });

  it('skips a malformed WKT and a WKT not typed geo:wktLiteral, saying why, and keeps a readable second geometry', () => {
    const graph = miniQuads();
    const second = namedNode(`${GEOMETRY_BASE}arsal-2`);
    const index = indexGraph([
      ...graph,
      ...geometryQuads(graph, [fixture('arsal', { wkt: 'POINT(34.17944)' })]),
      quad(namedNode(ARSAL), geo.hasGeometry, second),
      quad(second, geo.asWKT, literal('POINT(36.42 34.18)', geo.wktLiteral)),
      ...geometryQuads(graph, [fixture('qalamoun-mountains')]).map((q) =>
        q.predicate.equals(geo.asWKT) ? quad(q.subject, q.predicate, literal(q.object.value, xsd.string)) : q,
      ),
    ]);
    const read = readPlacePoints([ARSAL, MOUNTAINS], index);
    expect(read.points.map((p) => [p.geometry, p.lon, p.lat])).toEqual([[second.value, 36.42, 34.18]]);
    expect(read.missing).toEqual([MOUNTAINS]);
    expect(read.problems).toEqual([
      {
        place: ARSAL,
        geometry: `${GEOMETRY_BASE}arsal`,
        problem:
          'expected a WKT point "POINT(<longitude> <latitude>)", found "POINT(34.17944)" (not a 2D point of two decimal numbers)',
      },
      {
        place: MOUNTAINS,
        geometry: `${GEOMETRY_BASE}qalamoun-mountains`,
        problem:
          'expected a geo:asWKT typed geo:wktLiteral, found "POINT(36.822611 34.001583)", not typed geo:wktLiteral',
      },
    ]);
  });
});

describe('geometryWarnings', () => {
  it('gives one warning line per unreadable geometry, naming the geometry and its place', () => {
    const graph = miniQuads();
    const index = indexGraph([
      ...graph,
      ...geometryQuads(graph, [fixture('arsal', { wkt: 'POINT(36.4 94.1)' }), fixture('qalamoun-mountains')]),
    ]);
    expect(geometryWarnings(index).map(formatDiagnostic)).toEqual([
      `warning E_RDF_SYNTAX: expected a WKT point "POINT(<longitude> <latitude>)", found "POINT(36.4 94.1)" (latitude 94.1 is outside -90…90) (at <${GEOMETRY_BASE}arsal> geo:asWKT, the geometry of <${ARSAL}>)`,
    ]);
  });
});
