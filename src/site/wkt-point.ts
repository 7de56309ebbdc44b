// Reads a GeoSPARQL `geo:wktLiteral` that holds one point, strictly: anything else is a problem in words, not a guess.
import { quote } from '../diagnostics.ts';
import { CRS84 } from '../vocab.ts';

/** A position in WGS 84 decimal degrees. */
export interface LonLat {
  lon: number;
  lat: number;
}

const NUMBER = '([+-]?(?:\\d+(?:\\.\\d*)?|\\.\\d+)(?:[eE][+-]?\\d+)?)';
// GeoSPARQL 1.1 §8.5.1: an optional CRS IRI in angle brackets, whitespace, then the WKT; keywords are case-insensitive.
const POINT = new RegExp(`^\\s*(?:<([^<>\\s]*)>\\s+)?POINT\\s*\\(\\s*${NUMBER}\\s+${NUMBER}\\s*\\)\\s*$`, 'i');

/**
 * The point of a WKT literal, or the reason it is not one. Only `POINT(lon lat)` in CRS84 (the default when no CRS
 * is named) is read: another CRS would need a transformation, and `EPSG:4326` puts latitude first.
 * @example parseWktPoint('POINT(36.42083 34.17944)') //=> { lon: 36.42083, lat: 34.17944 }
 * @example parseWktPoint('POINT(34.17944)') //=> { problem: 'expected "POINT(<longitude> <latitude>)", found "POINT(34.17944)"' }
 */
export function parseWktPoint(text: string): LonLat | { problem: string } {
  const m = POINT.exec(text);
  if (!m) return { problem: `expected "POINT(<longitude> <latitude>)", found ${quote(text)}` };
  const [, crs, lonText, latText] = m;
  if (crs !== undefined && crs !== CRS84) {
    return { problem: `expected no CRS or <${CRS84}>, found <${crs}>` };
  }
  const lon = Number(lonText);
  const lat = Number(latText);
  if (!(lon >= -180 && lon <= 180)) return { problem: `expected a longitude from -180 to 180, found ${lonText}` };
  if (!(lat >= -90 && lat <= 90)) return { problem: `expected a latitude from -90 to 90, found ${latText}` };
  return { lon, lat };
}
