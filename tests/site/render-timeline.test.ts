// The timeline picture: phases as bands (open where the source gives no begin or end), incidents as marks at their
// dates, precision visible, marks linked, labels wrapped rather than cut.
import { describe, expect, it } from 'vitest';
import { dateWords, renderTimeline } from '../../src/site/render-timeline.ts';
import { collectTimeline, type TimelineRow } from '../../src/site/timeline-data.ts';
import { indexGraph } from '../../src/site/graph-index.ts';
import { BASE, miniQuads } from './fixture/mini-site.ts';

const rows = collectTimeline(`${BASE}event/qalamoun-offensive-2017`, indexGraph(miniQuads()));
const href = (iri: string) => `${iri.slice(BASE.length)}.html`;
const svg = renderTimeline(rows, href);

/** The numeric attributes of the first element matching `pattern`. */
function attrs(pattern: RegExp): Record<string, number> {
  const tag = pattern.exec(svg)?.[0] ?? '';
  return Object.fromEntries([...tag.matchAll(/\s([\w-]+)="(-?[\d.]+)"/g)].map((m) => [m[1]!, Number(m[2])]));
}

describe('renderTimeline', () => {
  it('draws one band per phase', () => {
    expect(svg.match(/class="phase-band"/g)).toHaveLength(2);
  });

  it('draws a day-precision incident as a dot and a month-precision one as a hatched span', () => {
    expect(svg.match(/class="mark mark-day"/g)).toHaveLength(2);
    expect(svg).toMatch(/class="mark mark-month"[^>]*fill="url\(#hatch\)"/);
  });

  it('makes the month span 31 days wide, measured against the 4 days between two dated incidents', () => {
    const days = [...svg.matchAll(/class="mark mark-day" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    const dayWidth = (days[1]! - days[0]!) / 4; // 2017-07-23 → 2017-07-27
    expect(attrs(/<rect class="mark mark-month"[^>]*>/).width! / dayWidth).toBeCloseTo(31, 0);
  });

  it('places marks in date order from left to right', () => {
    const capture = attrs(
      /<a class="timeline-incident" href="event\/capture-dhahr-al-hawa.html">[\s\S]*?<circle[^>]*>/,
    );
    const ceasefire = attrs(/<a class="timeline-incident" href="event\/ceasefire-hts.html">[\s\S]*?<circle[^>]*>/);
    expect(capture.cx).toBeLessThan(ceasefire.cx!);
  });

  it('links every row to its page', () => {
    for (const r of rows) expect(svg).toContain(`href="${href(r.iri)}"`);
  });

  it('labels rows in English and Korean, escaped', () => {
    expect(svg).toContain('>Capture of Dhahr al-Hawa</text>');
    expect(svg).toContain('lang="ko">다흐르 알하와 점령</text>');
  });

  it("draws a phase band over the phase's own begin and end when the source gives both, closed at both sides", () => {
    expect(svg).not.toContain('phase-band-open');
    const first = attrs(/<rect class="phase-band"[^>]*>/);
    const days = [...svg.matchAll(/class="mark mark-day" cx="([\d.]+)"/g)].map((m) => Number(m[1]));
    const dayWidth = (days[1]! - days[0]!) / 4;
    expect(first.width! / dayWidth).toBeCloseTo(14, 0); // 2017-07-21 to 2017-08-03, both days included
  });

  it('draws a phase whose end is not given as solid up to its last dated incident, then fading out to the edge', () => {
    const phase = rows.findIndex((r) => r.kind === 'phase');
    const open = rows.map((r, i) => (i === phase ? { ...r, end: undefined } : r));
    const out = renderTimeline(open, href);
    const solid = /<rect class="phase-band" x="([\d.]+)" y="\d+" width="([\d.]+)"/.exec(out)!;
    const fade =
      /<rect class="phase-band-open" x="([\d.]+)" y="\d+" width="([\d.]+)"[^>]*fill="url\(#open-right-0\)"/.exec(out)!;
    const ceasefire = attrs(/<a class="timeline-incident" href="event\/ceasefire-hts.html">[\s\S]*?<circle[^>]*>/);
    expect(Number(solid[1]) + Number(solid[2])).toBeGreaterThan(ceasefire.cx!); // covers the last dated incident, 07-27
    expect(Number(fade[1])).toBeCloseTo(Number(solid[1]) + Number(solid[2]), 0);
    expect(Number(fade[1]) + Number(fade[2])).toBeCloseTo(944, 0); // the right edge of the time axis
    expect(out).toContain('<stop offset="1" stop-color="#1f77b4" stop-opacity="0"/>');
  });

  it('draws a phase whose begin is not given fading in from the left edge', () => {
    const phase = rows.findIndex((r) => r.kind === 'phase');
    const out = renderTimeline(
      rows.map((r, i) => (i === phase ? { ...r, begin: undefined } : r)),
      href,
    );
    expect(out).toMatch(/<rect class="phase-band-open" x="340" [^>]*fill="url\(#open-left-0\)"/);
  });

  it('wraps a long label onto more lines instead of cutting it, and makes its row taller', () => {
    const long = 'Hezbollah captures key positions near the border with Lebanon in the Jurud Arsal hills';
    const out = renderTimeline(
      [
        {
          ...rows[0]!,
          labels: { en: long, ko: '헤즈볼라의 국경 인근 주요 거점 점령과 아르살 고지대의 여러 진지 확보' },
        },
      ],
      href,
    );
    const lines = [...out.matchAll(/<text x="8" y="(\d+)" font-size="13"[^>]*>([^<]*)<\/text>/g)];
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.map((m) => m[2]).join(' ')).toBe(long);
    expect(out).not.toContain('…');
    const ko = [...out.matchAll(/font-size="11" fill="#555" lang="ko">([^<]*)<\/text>/g)].map((m) => m[1]);
    expect(ko.join(' ')).toBe('헤즈볼라의 국경 인근 주요 거점 점령과 아르살 고지대의 여러 진지 확보');
    expect(Number(/viewBox="0 0 960 (\d+)"/.exec(out)![1])).toBeGreaterThan(44 + 36 + 52);
  });

  it('draws an end the source does not give as a dashed open end', () => {
    const open: TimelineRow[] = [{ ...rows[1]!, end: undefined }] as TimelineRow[];
    delete open[0]!.end;
    expect(renderTimeline(open, href)).toMatch(/class="open-end"[^>]*stroke-dasharray/);
  });

  it('draws nothing when no row has a date', () => {
    expect(renderTimeline([{ iri: `${BASE}event/x`, kind: 'operation', labels: { en: 'x' } }], href)).toBe('');
  });

  it('escapes labels', () => {
    const out = renderTimeline([{ ...rows[0]!, labels: { en: 'A <b> & "c"' } }], href);
    expect(out).toContain('A &lt;b&gt; &amp; &quot;c&quot;');
  });
});

describe('dateWords', () => {
  it('says a single date once, a period from begin to end, and what the source does not give', () => {
    const [op, , day] = rows;
    expect(dateWords(day!)).toBe('2017-07-23');
    expect(dateWords(op!)).toBe('2017-07-21 – 2017-08-28');
    expect(dateWords({ ...op!, end: undefined })).toBe('2017-07-21 – end not given');
    expect(dateWords({ iri: 'x', kind: 'incident', labels: {} })).toBe('no date given');
  });
});
