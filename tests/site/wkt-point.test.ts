// Reading a geo:wktLiteral point strictly: CRS84 longitude-latitude, an optional CRS84 IRI, nothing else.
import { describe, expect, it } from 'vitest';
import { CRS84 } from '../../src/vocab.ts';
import { parseWktPoint } from '../../src/site/wkt-point.ts';

describe('parseWktPoint', () => {
  it.each([
    ['POINT(36.42083 34.17944)', 36.42083, 34.17944],
    ['Point ( -0.5   51.25 )', -0.5, 51.25],
    ['point(1e1 -2.5E0)', 10, -2.5],
    [`<${CRS84}> POINT(36.7 35.7)`, 36.7, 35.7],
    ['  POINT(180 -90)\n', 180, -90],
  ])('reads %j as longitude %d, latitude %d', (text, lon, lat) => {
    expect(parseWktPoint(text)).toEqual({ lon, lat });
  });

  it.each([
    ['POINT(34.17944)', 'expected "POINT(<longitude> <latitude>)", found "POINT(34.17944)"'],
    ['POINT(36.4, 34.1)', 'expected "POINT(<longitude> <latitude>)", found "POINT(36.4, 34.1)"'],
    ['POINT Z(36.4 34.1 800)', 'expected "POINT(<longitude> <latitude>)", found "POINT Z(36.4 34.1 800)"'],
    ['POINT EMPTY', 'expected "POINT(<longitude> <latitude>)", found "POINT EMPTY"'],
    ['LINESTRING(0 0, 1 1)', 'expected "POINT(<longitude> <latitude>)", found "LINESTRING(0 0, 1 1)"'],
    ['POINT(36.4 34.1) junk', 'expected "POINT(<longitude> <latitude>)", found "POINT(36.4 34.1) junk"'],
    ['34°10′46″N 36°25′15″E', 'expected "POINT(<longitude> <latitude>)", found "34°10′46″N 36°25′15″E"'],
    ['POINT(36.4 94.1)', 'expected a latitude from -90 to 90, found 94.1'],
    ['POINT(-181 34)', 'expected a longitude from -180 to 180, found -181'],
    [
      '<http://www.opengis.net/def/crs/EPSG/0/4326> POINT(34.1 36.4)',
      `expected no CRS or <${CRS84}>, found <http://www.opengis.net/def/crs/EPSG/0/4326>`,
    ],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseWktPoint(text)).toEqual({ problem });
  });

  it('quotes a long literal cut short', () => {
    const long = `POINT(${'1'.repeat(100)})`;
    expect(parseWktPoint(long)).toEqual({
      problem: `expected "POINT(<longitude> <latitude>)", found "${long.slice(0, 60)}"… (107 characters)`,
    });
  });
});
