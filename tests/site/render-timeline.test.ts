// The timeline picture: phases as bands, incidents as marks at their dates, precision visible, marks linked.
import { describe, expect, it } from 'vitest';
import { renderTimeline } from '../../src/site/render-timeline.ts';
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
    const capture = attrs(/<a class="timeline-incident" href="event\/capture-dhahr-al-hawa.html">[\s\S]*?<circle[^>]*>/);
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
