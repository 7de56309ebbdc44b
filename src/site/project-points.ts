// An equirectangular projection fitted to a set of points, with the graticule, scale and distances a map needs.
import type { Point as LonLat } from '../source/index.ts';

/** The mean Earth radius (IUGG), in km: the length of one degree of latitude is 2πR/360 ≈ 111.195 km. */
const EARTH_RADIUS_KM = 6371.0088;
const KM_PER_DEGREE = (2 * Math.PI * EARTH_RADIUS_KM) / 360;

/** A rectangle in SVG units. */
export interface Box {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

export interface Projection {
  x(lon: number): number;
  y(lat: number): number;
  /** The plot area, and the degrees it spans. */
  plot: Box;
  west: number;
  east: number;
  south: number;
  north: number;
  /** The standard parallel, where the scale is true (the middle of the points' latitudes). */
  lat0: number;
  /** SVG units per km along the standard parallel (and along every meridian). */
  unitsPerKm: number;
}

export interface FitOptions {
  /** The smallest span the map shows, in km (so one point, or two close ones, still show their surroundings). */
  minSpanKm: number;
  /** Space kept between the points and the plot's edge, in SVG units. */
  inset: number;
}

/**
 * Fits an equirectangular projection (x ∝ longitude·cos φ0, y ∝ latitude, φ0 the middle latitude) to the points so
 * that they fill `plot` less `inset`, centred, at the same scale on both axes.
 */
export function projectPoints(points: LonLat[], plot: Box, options: FitOptions): Projection {
  const { west, east, lat0, k, spanX, spanY } = extent(points, options.minSpanKm);
  const width = plot.x1 - plot.x0 - 2 * options.inset;
  const height = plot.y1 - plot.y0 - 2 * options.inset;
  const scale = Math.min(width / spanX, height / spanY); // SVG units per degree of latitude
  const [cx, cy] = [(west + east) / 2, lat0];
  const [mx, my] = [(plot.x0 + plot.x1) / 2, (plot.y0 + plot.y1) / 2];
  const x = (lon: number) => mx + (lon - cx) * k * scale;
  const y = (lat: number) => my - (lat - cy) * scale;
  return {
    x,
    y,
    plot,
    west: cx - (mx - plot.x0) / (k * scale),
    east: cx + (plot.x1 - mx) / (k * scale),
    south: cy - (plot.y1 - my) / scale,
    north: cy + (my - plot.y0) / scale,
    lat0,
    unitsPerKm: scale / KM_PER_DEGREE,
  };
}

/**
 * The height a plot `width` wide needs to show the points at one scale on both axes, with `inset` kept on every
 * side.
 */
export function fittedHeight(points: LonLat[], width: number, options: FitOptions): number {
  const { spanX, spanY } = extent(points, options.minSpanKm);
  return ((width - 2 * options.inset) * spanY) / spanX + 2 * options.inset;
}

/** The points' bounds, the middle latitude and its cosine, and the spans in degrees of latitude (at least minSpanKm). */
function extent(points: LonLat[], minSpanKm: number) {
  const lons = points.map((p) => p.lon);
  const lats = points.map((p) => p.lat);
  const [west, east, south, north] = [Math.min(...lons), Math.max(...lons), Math.min(...lats), Math.max(...lats)];
  const lat0 = (south + north) / 2;
  const k = Math.cos((lat0 * Math.PI) / 180);
  const minSpan = minSpanKm / KM_PER_DEGREE;
  return { west, east, lat0, k, spanX: Math.max((east - west) * k, minSpan), spanY: Math.max(north - south, minSpan) };
}

const STEPS = [0.01, 0.02, 0.05, 0.1, 0.2, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 45];

/** The graticule's lines: the smallest round step that keeps lines at least `minGap` SVG units apart. */
export function graticule(from: number, to: number, unitsPerDegree: number, minGap: number): number[] {
  const step = STEPS.find((s) => s * unitsPerDegree >= minGap) ?? 90;
  const out: number[] = [];
  for (let i = Math.ceil(from / step - 1e-9); i * step <= to + 1e-9; i++) out.push(roundTo(i * step, 6));
  return out;
}

/**
 * A degree value for a graticule label, with as many decimals as the step needs and its hemisphere.
 * @example degreeLabel(36.5, 'lon', [36, 36.5, 37]) //=> '36.5°E'
 */
export function degreeLabel(value: number, axis: 'lon' | 'lat', all: number[]): string {
  const decimals = Math.max(0, ...all.map((v) => (String(v).split('.')[1] ?? '').length));
  const hemisphere = axis === 'lon' ? (value < 0 ? 'W' : 'E') : value < 0 ? 'S' : 'N';
  return `${Math.abs(value).toFixed(decimals)}°${value === 0 ? '' : hemisphere}`;
}

const BAR_KM = [0.5, 1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000];

/** The longest round distance in km whose bar is at most `maxUnits` long (at least the shortest one). */
export function scaleBarKm(unitsPerKm: number, maxUnits: number): number {
  return [...BAR_KM].reverse().find((km) => km * unitsPerKm <= maxUnits) ?? BAR_KM[0]!;
}

/** The great-circle distance between two points in km (haversine, mean Earth radius). */
export function distanceKm(a: LonLat, b: LonLat): number {
  const rad = Math.PI / 180;
  const dLat = (b.lat - a.lat) * rad;
  const dLon = (b.lon - a.lon) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

const COMPASS = ['north', 'north-east', 'east', 'south-east', 'south', 'south-west', 'west', 'north-west'];

/** The direction from `a` to `b` as one of eight compass words (initial great-circle bearing). */
export function compassWord(a: LonLat, b: LonLat): string {
  const rad = Math.PI / 180;
  const y = Math.sin((b.lon - a.lon) * rad) * Math.cos(b.lat * rad);
  const x =
    Math.cos(a.lat * rad) * Math.sin(b.lat * rad) -
    Math.sin(a.lat * rad) * Math.cos(b.lat * rad) * Math.cos((b.lon - a.lon) * rad);
  const bearing = (Math.atan2(y, x) / rad + 360) % 360;
  return COMPASS[Math.round(bearing / 45) % 8]!;
}

function roundTo(n: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(n * f) / f + 0; // + 0 turns -0 into 0
}
