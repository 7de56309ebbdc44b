// The map sections of the site's pages, built from the small fixture graph with and without geometries: the
// operation's map and its positions in words, the sentence for places without a position, a malformed WKT said on
// the page and as a warning, a place's own point among its neighbours, no request for anything outside the page.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/diagnostics.ts';
import { buildSite, type Site } from '../../src/site/build-site.ts';
import { checkHtml } from './fixture/html-check.ts';
import { GEOMETRY_BASE, RESEARCHED, geometryQuads, type FixturePoint } from './fixture/geometries.ts';
import { BASE, miniOntology, miniQuads } from './fixture/mini-site.ts';
import { parseTurtle } from './fixture/rdf-helpers.ts';

const fixture = (id: string, change: Partial<FixturePoint> = {}) => ({
  ...RESEARCHED.find((p) => p.id === id)!,
  ...change,
});
const siteWith = (points: FixturePoint[]): Site => {
  const graph = miniQuads();
  return buildSite({ quads: [...graph, ...geometryQuads(graph, points)], ontologyQuads: miniOntology() });
};
const OPERATION = 'doc/mini/event/qalamoun-offensive-2017.html';
const ARSAL = 'doc/mini/place/arsal.html';
const both = siteWith([fixture('arsal'), fixture('qalamoun-mountains')]);
const section = (html: string, id: string) =>
  new RegExp(`<section class="[\\w-]+" id="${id}">[\\s\\S]*?</section>`).exec(html)?.[0] ?? '';

/** An independent great-circle distance (spherical law of cosines), to check the page's figure. */
function kmBetween(a: FixturePoint, b: FixturePoint): number {
  const r = Math.PI / 180;
  const c =
    Math.sin(a.lat * r) * Math.sin(b.lat * r) +
    Math.cos(a.lat * r) * Math.cos(b.lat * r) * Math.cos((b.lon - a.lon) * r);
  return 6371.0088 * Math.acos(c);
}

describe("an operation's places", () => {
  const places = section(both.files.get(OPERATION)!, 'places');

  it('draws a map for wide screens and one for narrow screens, each titled and described', () => {
    expect(places).toContain('<div class="map-wide"><svg viewBox="0 0 960 ');
    expect(places).toContain('<div class="map-narrow"><svg viewBox="0 0 360 ');
    expect(places).toContain('<title id="map-wide-title">Places of Qalamoun offensive (July–August 2017)</title>');
    expect(places).toContain(
      '<desc id="map-narrow-desc">2 of the 2 places of Qalamoun offensive (July–August 2017) that have a position;',
    );
  });

  it("links each point to the place's page and draws it by its precision, with a legend of the symbols shown", () => {
    expect(places.match(/<a href="..\/place\/arsal.html" tabindex="-1">/g)).toHaveLength(2);
    expect(places.match(/<a href="..\/place\/qalamoun-mountains.html" tabindex="-1">/g)).toHaveLength(2);
    const drawn = (cls: string) =>
      places.match(new RegExp(`tabindex="-1"><title>[^<]*</title><\\w+ class="point ${cls}"`, 'g'));
    expect(drawn('point-town')).toHaveLength(2);
    expect(drawn('point-area-centroid')).toHaveLength(2);
    expect(places).toMatch(
      /<span class="legend-item"><svg[^>]*aria-hidden="true">[\s\S]*?<\/svg> a town's or city's own point<\/span>/,
    );
    expect(places).toContain('the centre of an area</span>');
    expect(places).not.toContain('an approximate position</span>');
  });

  it('lists each position in words, numbered as on the map: coordinates, precision, WKT and evidence', () => {
    const arsal = fixture('arsal');
    expect(places).toContain(
      `<li><a href="../place/arsal.html">Arsal</a> <span lang="ko" class="ko">아살</span>: <span class="coords">${arsal.lat}° N, ${arsal.lon}° E</span> (a town's or city's own point), <code>POINT(${arsal.lon} ${arsal.lat})</code>; evidence: <a class="ext" href="${arsal.evidence.replace(/&/g, '&amp;')}">en.wikipedia.org</a></li>`,
    );
    expect(places.indexOf('>Arsal</a>')).toBeLessThan(places.indexOf('>Qalamoun Mountains</a>'));
    expect(places).not.toContain('No position');
    expect(places).not.toContain('A name that does not fit');
  });

  it('names the places without a position in a sentence', () => {
    const html = section(siteWith([fixture('arsal')]).files.get(OPERATION)!, 'places');
    expect(html).toContain(
      '<p class="no-position">No position is given for 1 of the 2 places: <a href="../place/qalamoun-mountains.html">Qalamoun Mountains</a> <span lang="ko" class="ko">칼라문 산맥</span>.</p>',
    );
    expect(html.match(/<a href="..\/place\/arsal.html" tabindex="-1">/g)).toHaveLength(2);
  });

  it('draws no map when no place has a position, and says so', () => {
    const html = section(siteWith([]).files.get(OPERATION)!, 'places');
    expect(html).not.toContain('<svg');
    expect(html).not.toContain('<ol');
    expect(html).toContain(
      '<p class="no-position">None of the 2 places has a position in the data, so there is no map: <a href="../place/arsal.html">Arsal</a> <span lang="ko" class="ko">아살</span> and <a href="../place/qalamoun-mountains.html">Qalamoun Mountains</a> <span lang="ko" class="ko">칼라문 산맥</span>.</p>',
    );
  });

  it('skips a malformed WKT without failing, says so on the page and warns once', () => {
    const site = siteWith([fixture('arsal', { wkt: 'POINT(36.42083, 34.17944)' }), fixture('qalamoun-mountains')]);
    const html = section(site.files.get(OPERATION)!, 'places');
    expect(html).toContain(
      '<p class="position-problem">The position of <a href="../place/arsal.html">Arsal</a> <span lang="ko" class="ko">아살</span> could not be read, so it is not drawn: expected a WKT point &quot;POINT(&lt;longitude&gt; &lt;latitude&gt;)&quot;, found &quot;POINT(36.42083, 34.17944)&quot; (not a 2D point of two decimal numbers).</p>',
    );
    expect(html).not.toContain('href="../place/arsal.html" tabindex="-1"');
    expect(site.warnings.map(formatDiagnostic)).toEqual([
      `warning E_RDF_SYNTAX: expected a WKT point "POINT(<longitude> <latitude>)", found "POINT(36.42083, 34.17944)" (not a 2D point of two decimal numbers) (at <${GEOMETRY_BASE}arsal> geo:asWKT, the geometry of <${BASE}place/arsal>)`,
    ]);
    expect(both.warnings).toEqual([]);
  });
});

describe("a place's position", () => {
  const html = both.files.get(ARSAL)!;
  const position = section(html, 'position');

  it('draws its point on a small map, in bold, with the neighbouring place of the same operation', () => {
    expect(position).toContain('<svg viewBox="0 0 360 ');
    expect(position).toContain('<title id="map-place-title">Position of Arsal</title>');
    expect(position).toMatch(/fill="#b03a2e" font-weight="bold"[^>]*>Arsal<\/text>/);
    expect(position).toMatch(
      /<a href="qalamoun-mountains.html" tabindex="-1">[\s\S]*?fill="#5d6d7e"[^>]*>Qalamoun Mountains<\/text>/,
    );
  });

  it('gives its coordinates and geo:asWKT in words, and the neighbour with its distance and direction', () => {
    const [arsal, mountains] = [fixture('arsal'), fixture('qalamoun-mountains')];
    expect(position).toContain(
      `<p><span class="coords">${arsal.lat}° N, ${arsal.lon}° E</span> (a town's or city's own point); evidence: `,
    );
    expect(position).toContain(
      `<p>As data: <code>geo:asWKT "POINT(${arsal.lon} ${arsal.lat})"^^geo:wktLiteral</code></p>`,
    );
    expect(position).toContain(`; ${Math.round(kmBetween(arsal, mountains))} km south-east</li>`);
  });

  it('says when the place has no position', () => {
    const page = siteWith([fixture('arsal')]).files.get('doc/mini/place/qalamoun-mountains.html')!;
    expect(section(page, 'position')).toContain(
      '<p class="no-position">No position is given for this place in the data, so there is no map.</p>',
    );
    expect(page).not.toContain('<svg');
  });

  it("puts the geometry's triples in the place's Turtle document", () => {
    const turtle = parseTurtle(both.files.get('doc/mini/place/arsal.ttl')!);
    const wkt = turtle.find((q) => q.subject.value === `${GEOMETRY_BASE}arsal` && q.predicate.value.endsWith('#asWKT'));
    expect(wkt?.object.value).toBe(`POINT(${fixture('arsal').lon} ${fixture('arsal').lat})`);
  });

  it('shows no position section on a page that is not about a place', () => {
    expect(both.files.get('doc/mini/actor/hezbollah.html')).not.toContain('id="position"');
  });
});

describe('the pages with maps', () => {
  const pages = [OPERATION, ARSAL, 'doc/mini/place/qalamoun-mountains.html'].map((f) => both.files.get(f)!);

  it('pass the HTML check and each SVG parses as XML', () => {
    expect(pages.flatMap(checkHtml)).toEqual([]);
    for (const svg of pages.flatMap((p) => p.match(/<svg viewBox[\s\S]*?<\/svg>/g) ?? [])) {
      const xml = svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" ');
      expect(
        execFileSync(
          '/usr/bin/python3',
          ['-c', 'import sys,xml.dom.minidom as m;m.parseString(sys.stdin.buffer.read());print("ok")'],
          { input: xml, encoding: 'utf8' },
        ),
      ).toBe('ok\n');
    }
  });

  it('load nothing from anywhere: no scripts, images, frames, fonts or style sheets from outside', () => {
    for (const page of pages) {
      expect(page).not.toMatch(/<(img|image|iframe|object|embed|use)\b|\ssrc=|@import|@font-face|url\((?!#)/);
      for (const link of page.match(/<link [^>]*>/g) ?? []) expect(link).not.toMatch(/href="(https?:)?\/\//);
    }
  });

  it('are the same bytes when built again', () => {
    const again = siteWith([fixture('arsal'), fixture('qalamoun-mountains')]);
    for (const f of [OPERATION, ARSAL]) expect(again.files.get(f)).toBe(both.files.get(f));
  });
});
