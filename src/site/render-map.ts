// Draws places as an SVG map that needs no network: an equirectangular frame fitted to the points, a graticule with
// degree labels, a scale bar in km, north, and each point as a symbol for its precision, labelled and linked.
import type { CoordinatePrecision } from './place-points.ts';
import { esc } from './render-html.ts';
import { placeLabels, type LabelMark, type PlacedLabel } from './place-labels.ts';
import {
  degreeLabel,
  fittedHeight,
  graticule,
  projectPoints,
  scaleBarKm,
  type Box,
  type Projection,
} from './project-points.ts';
import type { Point as LonLat } from '../source/index.ts';

export interface MapPoint extends LonLat {
  /** The name drawn beside the point. */
  label: string;
  /** The point's number in the list beside the map, drawn instead of the name where the name does not fit. */
  key: string;
  /** The tooltip: name, coordinates, precision. */
  title: string;
  href?: string;
  precision?: CoordinatePrecision;
  /** The place the page is about: drawn over the others, in the strong colour. */
  focus?: boolean;
}

export interface MapOptions {
  /** Prefix of the SVG's element ids (unique in the page). */
  id: string;
  width: number;
  /** The height is what the points need at the width, kept between these two. */
  minHeight: number;
  maxHeight: number;
  fontSize: number;
  /** The smallest span shown, in km. */
  minSpanKm: number;
  title: string;
  desc: string;
}

const STRONG = '#b03a2e';
const CONTEXT = '#5d6d7e';
const FONT = "system-ui, 'Noto Sans CJK KR', 'NanumGothic', sans-serif";

/** The radius of each precision's symbol: the less exact the point, the larger the ring. */
export const SYMBOL_RADIUS: Record<CoordinatePrecision | 'unstated', number> = {
  town: 5,
  'area-centroid': 7,
  approximate: 11,
  unstated: 6,
};

const LABEL_RANK: Record<CoordinatePrecision | 'unstated', number> = {
  town: 0,
  'area-centroid': 1,
  unstated: 2,
  approximate: 3,
};

/** The SVG of the map, or '' when there is no point. A label drawn as its key has the class `label key`. */
export function renderMap(points: MapPoint[], o: MapOptions): string {
  if (points.length === 0) return '';
  const fs = o.fontSize;
  const [left, top, right, bottom] = [Math.round(fs * 4.8), 6, 6, Math.round(fs * 3.6)];
  const fit = { minSpanKm: o.minSpanKm, inset: Math.max(18, fs * 1.6) };
  const needed = Math.ceil(fittedHeight(points, o.width - left - right, fit) + top + bottom);
  const height = Math.min(o.maxHeight, Math.max(o.minHeight, needed));
  const plot: Box = { x0: left, y0: top, x1: o.width - right, y1: height - bottom };
  const proj = projectPoints(points, plot, fit);
  // Labels are placed focus first, then the most exact points (a town's name matters more than a country's
  // approximate point), then in the list's order; the first placed win collisions. They are drawn in reverse, so
  // the focus ends on top.
  const rank = (p: MapPoint) => (p.focus ? 0 : 1 + LABEL_RANK[p.precision ?? 'unstated']);
  const order = [...points.keys()].sort((a, b) => rank(points[a]!) - rank(points[b]!) || a - b);
  const marks: LabelMark[] = order.map((i) => {
    const p = points[i]!;
    return { x: proj.x(p.lon), y: proj.y(p.lat), r: symbolRadius(p), text: p.label, key: p.key };
  });
  const labels = placeLabels(marks, plot, [], fs);
  const hasFocus = points.some((p) => p.focus);
  const drawn = order
    .map((i, n) => drawPoint(points[i]!, marks[n]!, labels[n], hasFocus))
    .reverse()
    .join('\n');
  return `<svg viewBox="0 0 ${o.width} ${height}" width="${o.width}" height="${height}" role="img" aria-labelledby="${o.id}-title ${o.id}-desc" font-family="${FONT}" font-size="${fs}">
<title id="${o.id}-title">${esc(o.title)}</title>
<desc id="${o.id}-desc">${esc(o.desc)} Equirectangular projection, true to scale along ${degreeLabel(round(proj.lat0, 2), 'lat', [round(proj.lat0, 2)])}; north is up.</desc>
<rect x="${plot.x0}" y="${plot.y0}" width="${plot.x1 - plot.x0}" height="${plot.y1 - plot.y0}" fill="#f4f7f9" stroke="#9aa5b1"/>
${drawGraticule(proj, fs)}
${drawScale(proj, fs, height)}
${drawNorth(o.width - 6, height - fs * 0.9, fs)}
${drawn}
</svg>`;
}

function symbolRadius(p: MapPoint): number {
  return SYMBOL_RADIUS[p.precision ?? 'unstated'] + (p.focus ? 1 : 0);
}

function drawGraticule(proj: Projection, fs: number): string {
  const { plot } = proj;
  const lons = graticule(proj.west, proj.east, proj.x(1) - proj.x(0), fs * 6.5);
  const lats = graticule(proj.south, proj.north, proj.y(0) - proj.y(1), fs * 3.2);
  const out: string[] = ['<g class="graticule" stroke="#c3ccd5" stroke-width="0.8">'];
  for (const lon of lons)
    out.push(`<line x1="${n(proj.x(lon))}" y1="${plot.y0}" x2="${n(proj.x(lon))}" y2="${plot.y1}"/>`);
  for (const lat of lats)
    out.push(`<line x1="${plot.x0}" y1="${n(proj.y(lat))}" x2="${plot.x1}" y2="${n(proj.y(lat))}"/>`);
  out.push('</g>', `<g class="degrees" fill="#46505a" font-size="${n(fs * 0.85)}">`);
  for (const lat of lats) {
    out.push(
      `<text x="${plot.x0 - 4}" y="${n(proj.y(lat) + fs * 0.3)}" text-anchor="end">${degreeLabel(lat, 'lat', lats)}</text>`,
    );
  }
  for (const lon of lons) {
    out.push(
      `<text x="${n(proj.x(lon))}" y="${n(plot.y1 + fs * 1.15)}" text-anchor="middle">${degreeLabel(lon, 'lon', lons)}</text>`,
    );
  }
  out.push('</g>');
  return out.join('\n');
}

/** A bar of a round number of km at the bottom left, measured along the standard parallel. */
function drawScale(proj: Projection, fs: number, height: number): string {
  const km = scaleBarKm(proj.unitsPerKm, (proj.plot.x1 - proj.plot.x0) * 0.35);
  const [x0, x1, y] = [proj.plot.x0, proj.plot.x0 + km * proj.unitsPerKm, height - fs * 0.9];
  return `<g class="scale" stroke="#1b1b1b" stroke-width="1.5" fill="#1b1b1b">
<path fill="none" d="M${x0} ${n(y - 5)}V${n(y)}H${n(x1)}V${n(y - 5)}"/>
<text x="${n(x1 + 6)}" y="${n(y)}" stroke="none">${km} km</text>
</g>`;
}

/** An arrow pointing up with N beside it, right-aligned at `right`. */
function drawNorth(right: number, y: number, fs: number): string {
  const x = right - fs * 1.9;
  return `<g class="north" fill="#1b1b1b"><path d="M${n(x)} ${n(y - fs)}l${n(fs * 0.35)} ${n(fs)}h${n(-fs * 0.7)}z"/><text x="${n(x + fs * 0.55)}" y="${n(y)}" font-weight="bold">N</text></g>`;
}

function drawPoint(p: MapPoint, mark: LabelMark, label: PlacedLabel | undefined, hasFocus: boolean): string {
  const colour = hasFocus && !p.focus ? CONTEXT : STRONG;
  const link = p.href ? `<a href="${esc(p.href)}" tabindex="-1">` : '<g>';
  if (!label) return `${link}<title>${esc(p.title)}</title>${symbol(p, mark, colour)}${p.href ? '</a>' : '</g>'}`;
  const leader = label.leader
    ? `<line class="leader" x1="${n(label.leader.x0)}" y1="${n(label.leader.y0)}" x2="${n(label.leader.x1)}" y2="${n(label.leader.y1)}" stroke="${colour}" stroke-width="0.8"/>`
    : '';
  const weight = label.isKey || p.focus ? ' font-weight="bold"' : '';
  const text = `<text class="${label.isKey ? 'label key' : 'label'}" x="${n(label.x)}" y="${n(label.y)}" text-anchor="${label.anchor}" fill="${colour}"${weight} paint-order="stroke" stroke="#fff" stroke-width="3" stroke-linejoin="round">${esc(label.text)}</text>`;
  return `${link}<title>${esc(p.title)}</title>${symbol(p, mark, colour)}${leader}${text}${p.href ? '</a>' : '</g>'}`;
}

/** A filled dot for a town's own point, a ring round a dot for an area's centre, a dashed halo for an approximate
 * position, a hollow square when the precision is not given. */
function symbol(p: MapPoint, m: LabelMark, colour: string): string {
  const [x, y, r] = [n(m.x), n(m.y), m.r];
  const cls = `class="point point-${p.precision ?? 'unstated'}"`;
  switch (p.precision) {
    case 'town':
      return `<circle ${cls} cx="${x}" cy="${y}" r="${r}" fill="${colour}" stroke="#fff" stroke-width="1.5"/>`;
    case 'area-centroid':
      return `<g ${cls}><circle cx="${x}" cy="${y}" r="${r}" fill="#fff" fill-opacity="0.6" stroke="${colour}" stroke-width="2"/><circle cx="${x}" cy="${y}" r="2" fill="${colour}"/></g>`;
    case 'approximate':
      return `<circle ${cls} cx="${x}" cy="${y}" r="${r}" fill="${colour}" fill-opacity="0.15" stroke="${colour}" stroke-width="1.5" stroke-dasharray="3 2"/>`;
    default:
      return `<rect ${cls} x="${n(m.x - r + 1)}" y="${n(m.y - r + 1)}" width="${2 * r - 2}" height="${2 * r - 2}" fill="#fff" stroke="${colour}" stroke-width="2"/>`;
  }
}

/** A number for an SVG attribute: one decimal, no `-0`. */
function n(v: number): string {
  return String(round(v, 1));
}

function round(v: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(v * f) / f + 0;
}

/** A symbol alone, as a small inline SVG for the legend beside the map. */
export function legendSymbol(precision: CoordinatePrecision | undefined): string {
  const r = SYMBOL_RADIUS[precision ?? 'unstated'];
  const size = 2 * r + 4;
  const mark: LabelMark = { x: size / 2, y: size / 2, r, text: '', key: '' };
  const p = { lon: 0, lat: 0, label: '', key: '', title: '', ...(precision ? { precision } : {}) };
  return `<svg width="${size}" height="${size}" viewBox="0 0 ${size} ${size}" aria-hidden="true">${symbol(p, mark, STRONG)}</svg>`;
}
