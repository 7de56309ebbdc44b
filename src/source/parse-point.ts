// Reads a WKT point (`POINT(lon lat)`, WGS84 decimal degrees, longitude first as in GeoSPARQL's default CRS84).

export interface Point {
  lon: number;
  lat: number;
}

const POINT = /^POINT\s*\(\s*(-?\d+(?:\.\d+)?)\s+(-?\d+(?:\.\d+)?)\s*\)$/;

/**
 * The point a WKT literal gives, or why it is not one. Only 2D points: no Z/M, no CRS IRI, no other geometry.
 * @example parsePoint('POINT(36.41 34.18)')  //=> { lon: 36.41, lat: 34.18 }
 * @example parsePoint('POINT(34.18 95)')     //=> { problem: 'latitude 95 is outside -90…90' }
 */
export function parsePoint(wkt: string): Point | { problem: string } {
  const m = POINT.exec(wkt.trim());
  if (!m) return { problem: 'not a 2D point of two decimal numbers' };
  const lon = Number(m[1]);
  const lat = Number(m[2]);
  if (lon < -180 || lon > 180) return { problem: `longitude ${m[1]} is outside -180…180` };
  if (lat < -90 || lat > 90) return { problem: `latitude ${m[2]} is outside -90…90` };
  return { lon, lat };
}
