// The map's projection: fitted to the points at one scale on both axes, true to scale along the middle latitude;
// round graticule steps, degree labels, a round scale bar, distances and directions.
import { describe, expect, it } from 'vitest';
import {
  compassWord,
  degreeLabel,
  distanceKm,
  fittedHeight,
  graticule,
  projectPoints,
  scaleBarKm,
} from '../../src/site/project-points.ts';
import { RESEARCHED } from './fixture/geometries.ts';

const plot = { x0: 60, y0: 10, x1: 900, y1: 500 };
const points = RESEARCHED.map(({ lon, lat }) => ({ lon, lat }));
const proj = projectPoints(points, plot, { minSpanKm: 20, inset: 20 });

describe('projectPoints', () => {
  it('keeps every point inside the plot, at least the inset from its edges, and touches the inset on one axis', () => {
    const xs = points.map((p) => proj.x(p.lon));
    const ys = points.map((p) => proj.y(p.lat));
    for (const x of xs) expect(x >= 80 - 1e-9 && x <= 880 + 1e-9).toBe(true);
    for (const y of ys) expect(y >= 30 - 1e-9 && y <= 480 + 1e-9).toBe(true);
    const fillsWidth = Math.abs(Math.min(...xs) - 80) < 1e-6 && Math.abs(Math.max(...xs) - 880) < 1e-6;
    const fillsHeight = Math.abs(Math.min(...ys) - 30) < 1e-6 && Math.abs(Math.max(...ys) - 480) < 1e-6;
    expect(fillsWidth || fillsHeight).toBe(true);
  });

  it('draws east to the right and north up', () => {
    const [arsal, abuKamal, idlib] = ['arsal', 'abu-kamal', 'idlib-governorate'].map(
      (id) => RESEARCHED.find((p) => p.id === id)!,
    );
    expect(proj.x(abuKamal!.lon)).toBeGreaterThan(proj.x(arsal!.lon));
    expect(proj.y(idlib!.lat)).toBeLessThan(proj.y(arsal!.lat));
  });

  it('measures the same km on both axes along the middle latitude as the haversine distance', () => {
    const c = { lon: 38, lat: proj.lat0 };
    const east = { lon: 38.5, lat: proj.lat0 };
    const north = { lon: 38, lat: proj.lat0 + 0.5 };
    expect((proj.x(east.lon) - proj.x(c.lon)) / proj.unitsPerKm).toBeCloseTo(distanceKm(c, east), 0);
    expect((proj.y(c.lat) - proj.y(north.lat)) / proj.unitsPerKm).toBeCloseTo(distanceKm(c, north), 6);
  });

  it('reports the degrees at the plot edges', () => {
    expect(proj.x(proj.west)).toBeCloseTo(plot.x0, 6);
    expect(proj.x(proj.east)).toBeCloseTo(plot.x1, 6);
    expect(proj.y(proj.north)).toBeCloseTo(plot.y0, 6);
    expect(proj.y(proj.south)).toBeCloseTo(plot.y1, 6);
  });

  it('shows at least the smallest span around a single point, centred', () => {
    const one = projectPoints([{ lon: 36.42083, lat: 34.17944 }], plot, { minSpanKm: 20, inset: 20 });
    expect(one.x(36.42083)).toBeCloseTo(480, 6);
    expect(one.y(34.17944)).toBeCloseTo(255, 6);
    expect(distanceKm({ lon: 36.42083, lat: one.south }, { lon: 36.42083, lat: one.north })).toBeGreaterThan(20);
  });

  it('gives the height at which both axes fill the plot at one scale', () => {
    const width = 800;
    const height = fittedHeight(points, width, { minSpanKm: 20, inset: 20 });
    const fitted = projectPoints(points, { x0: 0, y0: 0, x1: width, y1: height }, { minSpanKm: 20, inset: 20 });
    const ys = points.map((p) => fitted.y(p.lat));
    const xs = points.map((p) => fitted.x(p.lon));
    expect(Math.min(...ys)).toBeCloseTo(20, 6);
    expect(Math.max(...ys)).toBeCloseTo(height - 20, 6);
    expect(Math.max(...xs) - Math.min(...xs)).toBeCloseTo(width - 40, 6);
  });
});

describe('graticule', () => {
  it('picks the smallest round step that keeps lines the gap apart, and covers the range', () => {
    expect(graticule(35.62, 41.13, 160, 90)).toEqual([36, 37, 38, 39, 40, 41]);
    expect(graticule(34.05, 34.31, 1000, 90)).toEqual([34.1, 34.2, 34.3]);
    expect(graticule(-0.3, 0.3, 1000, 200)).toEqual([-0.2, 0, 0.2]);
    expect(graticule(-0.3, 0.3, 1000, 201)).toEqual([-0.25, 0, 0.25]);
  });
});

describe('degreeLabel', () => {
  it('writes the hemisphere and as many decimals as the step', () => {
    expect(degreeLabel(36, 'lon', [35.5, 36, 36.5])).toBe('36.0°E');
    expect(degreeLabel(-0.25, 'lon', [-0.25, 0, 0.25])).toBe('0.25°W');
    expect(degreeLabel(0, 'lat', [-1, 0, 1])).toBe('0°');
    expect(degreeLabel(-33.5, 'lat', [-34, -33.5])).toBe('33.5°S');
  });
});

describe('scaleBarKm', () => {
  it('takes the longest round distance that fits', () => {
    expect(scaleBarKm(2, 250)).toBe(100);
    expect(scaleBarKm(2, 199)).toBe(50);
    expect(scaleBarKm(100, 10)).toBe(0.5);
  });
});

describe('distanceKm and compassWord', () => {
  it('measures one degree of latitude as 2πR/360 with the mean radius, and along the equator the same', () => {
    const degree = (2 * Math.PI * 6371.0088) / 360;
    expect(distanceKm({ lon: 10, lat: 0 }, { lon: 10, lat: 1 })).toBeCloseTo(degree, 9);
    expect(distanceKm({ lon: 10, lat: 0 }, { lon: 11, lat: 0 })).toBeCloseTo(degree, 9);
  });

  it('names the eight directions', () => {
    const o = { lon: 36, lat: 34 };
    const words = [
      [36, 34.1],
      [36.1, 34.1],
      [36.1, 34],
      [36.1, 33.9],
      [36, 33.9],
      [35.9, 33.9],
      [35.9, 34],
      [35.9, 34.1],
    ].map(([lon, lat]) => compassWord(o, { lon: lon!, lat: lat! }));
    expect(words).toEqual(['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west']);
  });
});
