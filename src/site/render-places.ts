// The map sections: an operation's places on a map with their positions listed in words beside it, and a place's
// own point among its neighbours; places without a position are named in a sentence, never guessed.
import type { GraphIndex } from './graph-index.ts';
import { esc, hrefFor, linkIri, type RenderContext } from './render-html.ts';
import { legendSymbol, renderMap, type MapPoint } from './render-map.ts';
import { isPlace, operationPlaces, readPlacePoints, type PlacePoint, type PlacePoints } from './place-points.ts';
import { compassWord, distanceKm } from './project-points.ts';
import type { CoordinatePrecision } from './place-points.ts';
import { placeOperations } from './place-operations.ts';

const PRECISION_WORDS: Record<CoordinatePrecision | 'unstated', string> = {
  town: "a town's or city's own point",
  'area-centroid': 'the centre of an area',
  approximate: 'an approximate position',
  unstated: 'precision not given',
};

/** Neighbours drawn on a place's map: those of its operations within this distance, or a little past the nearest. */
const NEIGHBOUR_KM = 50;
const MAX_NEIGHBOURS = 8;

/** The places section of an operation's page: the map (one drawing for wide screens, one for narrow), the legend,
 * the positions as a numbered list (the map's text alternative), the places without a position. '' for no place. */
export function renderOperationPlaces(operation: string, ctx: RenderContext): string {
  const places = operationPlaces(operation, ctx.index);
  if (places.length === 0) return '';
  const read = readPlacePoints(places, ctx.index);
  const list = read.points.length
    ? `${operationFigure(operation, read, places.length, ctx)}<h3>Positions</h3>\n<ol class="positions">\n${read.points.map((p) => `<li>${positionWords(p, ctx)}</li>`).join('\n')}\n</ol>\n`
    : '';
  return `<section class="places" id="places">\n<h2>Places</h2>\n${list}${missingWords(read, places.length, ctx)}</section>\n`;
}

/** The operation's map, drawn twice (960 units wide for wide screens, 360 for narrow ones; CSS shows one), and the
 * legend; the caption mentions numbers only when a map draws one. */
function operationFigure(operation: string, read: PlacePoints, total: number, ctx: RenderContext): string {
  const name = ctx.index.name(operation);
  const points = read.points.map((p, i) => mapPoint(p, String(i + 1), ctx));
  const draw = (id: string, width: number, minHeight: number, maxHeight: number, fontSize: number) =>
    renderMap(points, {
      ...{ id, width, minHeight, maxHeight, fontSize, minSpanKm: 20 },
      title: `Places of ${name}`,
      desc: `${points.length} of the ${total} places of ${name} that have a position; the list after the map gives each one's coordinates.`,
    });
  const maps = [draw('map-wide', 960, 432, 540, 14), draw('map-narrow', 360, 252, 440, 12)];
  const keys = maps.some((m) => m.includes('class="label key"'))
    ? ' A name that does not fit is drawn as its number in the list below.'
    : '';
  return `<figure class="place-map">
<div class="map-wide">${maps[0]}</div>
<div class="map-narrow">${maps[1]}</div>
<figcaption>${legend(read.points)}${keys}</figcaption>
</figure>
`;
}

/** The position section of a place's page: its point on a small map with its neighbours, and in words. '' for a
 * resource that is not a place. */
export function renderPlacePosition(place: string, ctx: RenderContext): string {
  if (!isPlace(place, ctx.index)) return '';
  const read = readPlacePoints([place], ctx.index);
  const own = read.points[0];
  if (!own) {
    return `<section class="position" id="position">\n<h2>Position</h2>\n<p class="no-position">No position is given for this place in the data, so there is no map.</p>\n${problemWords(read, ctx)}</section>\n`;
  }
  const near = neighbours(own, ctx.index);
  const name = ctx.index.name(place);
  const svg = renderMap(
    [{ ...mapPoint(own, name, ctx), focus: true }, ...near.map(({ point }, i) => mapPoint(point, String(i + 1), ctx))],
    {
      id: 'map-place',
      width: 360,
      minHeight: 240,
      maxHeight: 360,
      fontSize: 12,
      minSpanKm: 20,
      title: `Position of ${name}`,
      desc: `${name}${near.length ? ` with ${near.length} nearby places of the same operation` : ''}.`,
    },
  );
  const around = near.length
    ? `<p>Also on the map, in grey: the places of the same operation nearest to it.</p>\n<ol class="positions">\n${near.map(({ point, km }) => `<li>${positionWords(point, ctx)}; ${distanceWords(km)} ${compassWord(own, point)}</li>`).join('\n')}\n</ol>\n`
    : '';
  return `<section class="position" id="position">
<h2>Position</h2>
<figure class="place-map place-map-small">
${svg}
<figcaption>${legend([own, ...near.map((x) => x.point)])}</figcaption>
</figure>
<p>${positionWords(own, ctx, false)}</p>
<p>As data: <code>geo:asWKT "${esc(own.wkt)}"^^geo:wktLiteral</code></p>
${problemWords(read, ctx)}${around}</section>
`;
}

function mapPoint(p: PlacePoint, key: string, ctx: RenderContext): MapPoint {
  const label = ctx.index.name(p.place);
  const href = hrefFor(p.place, ctx);
  const title = `${label}: ${coordinateWords(p)} (${PRECISION_WORDS[p.precision ?? 'unstated']})`;
  return {
    lon: p.lon,
    lat: p.lat,
    label,
    key,
    title,
    ...(href ? { href } : {}),
    ...(p.precision ? { precision: p.precision } : {}),
  };
}

/** A place's position in words: name (linked), latitude and longitude, precision, the WKT, the evidence. */
function positionWords(p: PlacePoint, ctx: RenderContext, withName = true): string {
  const evidence = p.evidence.map((url) => `<a class="ext" href="${esc(url)}">${esc(hostOf(url))}</a>`);
  return [
    `${withName ? `${linkIri(p.place, ctx)}: ` : ''}<span class="coords">${coordinateWords(p)}</span>`,
    ` (${PRECISION_WORDS[p.precision ?? 'unstated']})`,
    withName ? `, <code>${esc(p.wkt)}</code>` : '',
    evidence.length ? `; evidence: ${evidence.join(', ')}` : '; no evidence given',
  ].join('');
}

/** `34.17944° N, 36.42083° E`: latitude first, as people read it; the digits as the data gives them. */
export function coordinateWords(p: { lon: number; lat: number }): string {
  const lat = `${Math.abs(p.lat)}° ${p.lat < 0 ? 'S' : 'N'}`;
  const lon = `${Math.abs(p.lon)}° ${p.lon < 0 ? 'W' : 'E'}`;
  return `${lat}, ${lon}`;
}

function legend(points: PlacePoint[]): string {
  const kinds = (['town', 'area-centroid', 'approximate', undefined] as const).filter((k) =>
    points.some((p) => p.precision === k),
  );
  const items = kinds.map(
    (k) => `<span class="legend-item">${legendSymbol(k)} ${PRECISION_WORDS[k ?? 'unstated']}</span>`,
  );
  return `<span class="map-legend">${items.join(' ')}</span>`;
}

function missingWords(read: PlacePoints, total: number, ctx: RenderContext): string {
  if (read.missing.length === 0) return problemWords(read, ctx);
  const names = listWords(read.missing.map((p) => linkIri(p, ctx)));
  const sentence =
    read.points.length === 0
      ? `None of the ${total} places has a position in the data, so there is no map: ${names}.`
      : `No position is given for ${read.missing.length} of the ${total} places: ${names}.`;
  return `<p class="no-position">${sentence}</p>\n${problemWords(read, ctx)}`;
}

function problemWords(read: PlacePoints, ctx: RenderContext): string {
  return read.problems
    .map(
      (p) =>
        `<p class="position-problem">The position of ${linkIri(p.place, ctx)} could not be read, so it is not drawn: ${esc(p.problem)}.</p>\n`,
    )
    .join('');
}

/** The other places of the place's operations that lie near it, nearest first. */
function neighbours(own: PlacePoint, index: GraphIndex): { point: PlacePoint; km: number }[] {
  const { placesOf, operationsOf } = placeOperations(index);
  const others = new Set<string>();
  for (const op of operationsOf.get(own.place) ?? []) {
    for (const p of placesOf.get(op) ?? []) if (p !== own.place) others.add(p);
  }
  const all = readPlacePoints([...others].sort(), index)
    .points.map((point) => ({ point, km: distanceKm(own, point) }))
    .sort((a, b) => a.km - b.km || (a.point.place < b.point.place ? -1 : 1));
  const reach = Math.max(NEIGHBOUR_KM, (all[0]?.km ?? 0) * 1.25);
  return all.filter((n) => n.km <= reach).slice(0, MAX_NEIGHBOURS);
}

function distanceWords(km: number): string {
  return km < 10 ? `${km.toFixed(1)} km` : `${Math.round(km)} km`;
}

function listWords(items: string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}
