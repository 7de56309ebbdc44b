// The SVG map: well-formed (checked by Python's XML parser), titled and described, one linked symbol per point in
// the shape of its precision, graticule and scale, the focus on top, nothing fetched, the same bytes every time.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { renderMap, type MapOptions, type MapPoint } from '../../src/site/render-map.ts';
import { RESEARCHED } from './fixture/geometries.ts';

const points: MapPoint[] = RESEARCHED.map((p, i) => ({
  lon: p.lon,
  lat: p.lat,
  label: p.id,
  key: String(i + 1),
  title: `${p.id} title`,
  href: `place/${p.id}.html`,
  ...(p.precision ? { precision: p.precision } : {}),
}));
const options: MapOptions = {
  id: 'm',
  width: 960,
  minHeight: 300,
  maxHeight: 540,
  fontSize: 14,
  minSpanKm: 20,
  title: 'Places of the test',
  desc: 'Seven places & more.',
};
const svg = renderMap(points, options);

/** The SVG parsed by Python's xml.dom.minidom: the element names in document order, or the parser's complaint. */
function parseXml(text: string): string[] {
  const script =
    'import sys,xml.dom.minidom as m\nd=m.parseString(sys.stdin.buffer.read())\nprint("\\n".join(e.tagName for e in d.getElementsByTagName("*")))';
  return execFileSync('/usr/bin/python3', ['-c', script], { input: text, encoding: 'utf8' }).trim().split('\n');
}

describe('renderMap', () => {
  it('writes well-formed XML with a title and a description that name the projection', () => {
    const names = parseXml(svg.replace('<svg ', '<svg xmlns="http://www.w3.org/2000/svg" '));
    expect(names[0]).toBe('svg');
    expect(svg).toContain('aria-labelledby="m-title m-desc"');
    expect(svg).toContain('<title id="m-title">Places of the test</title>');
    expect(svg).toMatch(
      /<desc id="m-desc">Seven places &amp; more\. Equirectangular projection, true to scale along 34\.\d+°N; north is up\.<\/desc>/,
    );
  });

  it('links each point to its page with a tooltip and draws it by its precision', () => {
    for (const p of points) expect(svg).toContain(`<a href="${p.href}" tabindex="-1"><title>${p.title}</title>`);
    expect(svg.match(/class="point point-town"/g)).toHaveLength(3);
    expect(svg.match(/class="point point-area-centroid"/g)).toHaveLength(1);
    expect(svg.match(/class="point point-approximate"[^>]*stroke-dasharray/g)).toHaveLength(3);
  });

  it('draws a point whose precision is not given as a hollow square', () => {
    const out = renderMap([{ ...points[0]!, precision: undefined }], options);
    expect(out).toMatch(/<rect class="point point-unstated"[^>]*fill="#fff"/);
  });

  it('labels the graticule in degrees and draws a scale bar in round km and the north arrow', () => {
    expect(svg).toMatch(/>36°E<\/text>/);
    expect(svg).toMatch(/>34\.\d+°N<\/text>/);
    expect(svg).toMatch(/<g class="scale"[\s\S]*?>(50|100|200) km<\/text>/);
    expect(svg).toContain('font-weight="bold">N</text>');
  });

  it('places every point inside the drawing, east to the right and north up', () => {
    const at = (id: string) => {
      const m = new RegExp(`href="place/${id}.html"[^]*?c?x="([\\d.]+)" c?y="([\\d.]+)"`).exec(svg)!;
      return { x: Number(m[1]), y: Number(m[2]) };
    };
    const [arsal, abuKamal, idlib] = [at('arsal'), at('abu-kamal'), at('idlib-governorate')];
    expect(abuKamal.x).toBeGreaterThan(arsal.x);
    expect(idlib.y).toBeLessThan(arsal.y);
    for (const p of [arsal, abuKamal, idlib]) expect(p.x > 0 && p.x < 960 && p.y > 0).toBe(true);
  });

  it('draws the focus last, in bold, and the other points in the context colour', () => {
    const out = renderMap(
      points.map((p, i) => (i === 0 ? { ...p, focus: true } : p)),
      options,
    );
    const links = [...out.matchAll(/<a href="place\/([\w-]+)\.html"/g)].map((m) => m[1]);
    expect(links.at(-1)).toBe('arsal');
    expect(out).toMatch(/fill="#b03a2e" font-weight="bold"[^>]*>arsal<\/text>/);
    expect(out).toMatch(/fill="#5d6d7e"[^>]*>abu-kamal<\/text>/);
  });

  it("labels a town's point before an approximate one listed earlier, so the town keeps the place beside it", () => {
    const near = (label: string, precision: 'town' | 'approximate', lat: number): MapPoint => ({
      lon: 36.42,
      lat,
      label,
      key: label,
      title: label,
      precision,
    });
    const out = renderMap([near('Lebanon', 'approximate', 34.181), near('Arsal', 'town', 34.18)], {
      ...options,
      minSpanKm: 200,
    });
    expect(out).toMatch(/class="label" x="[\d.]+" y="[\d.]+" text-anchor="start"[^>]*>Arsal</);
    expect(out).not.toMatch(/text-anchor="start"[^>]*>Lebanon</);
  });

  it('draws crowded points by their keys, classed so the page can say so', () => {
    const crowd = Array.from({ length: 12 }, (_, i) => ({
      ...points[0]!,
      lat: points[0]!.lat + i * 0.0004,
      label: `Long place name ${i}`,
      key: String(i + 1),
    }));
    const out = renderMap(crowd, { ...options, width: 360, minHeight: 200, maxHeight: 200, fontSize: 12 });
    expect(out).toMatch(/<text class="label key"[^>]*>\d+<\/text>/);
    expect(svg).not.toContain('class="label key"');
  });

  it('refers to nothing outside itself', () => {
    expect(svg).not.toMatch(/<image|<use|<script|<foreignObject|url\(|@import|xlink:href|src=/);
    expect([...svg.matchAll(/href="([^"]*)"/g)].every((m) => m[1]!.startsWith('place/'))).toBe(true);
  });

  it('gives the same bytes every time, and nothing for no points', () => {
    expect(
      renderMap(
        points.map((p) => ({ ...p })),
        { ...options },
      ),
    ).toBe(svg);
    expect(renderMap([], options)).toBe('');
  });

  it('fits its height to the points between the bounds it is given', () => {
    const height = (o: MapOptions) => Number(/viewBox="0 0 \d+ (\d+)"/.exec(renderMap(points, o))![1]);
    expect(height(options)).toBeGreaterThan(300);
    expect(height(options)).toBeLessThan(540);
    expect(height({ ...options, maxHeight: 320 })).toBe(320);
    expect(height({ ...options, minHeight: 600, maxHeight: 700 })).toBe(600);
  });
});
