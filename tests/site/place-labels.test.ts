// Label placement: no label overlaps another label or any symbol, labels stay inside the area, a crowded point
// falls back to its number, and the same marks always give the same placement.
import { describe, expect, it } from 'vitest';
import { placeLabels, textWidth, type LabelMark, type PlacedLabel } from '../../src/site/place-labels.ts';
import type { Box } from '../../src/site/project-points.ts';

const area: Box = { x0: 0, y0: 0, x1: 400, y1: 300 };
const overlap = (a: Box, b: Box) => a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
const symbolBox = (m: LabelMark): Box => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r });

/** A cluster of marks around (200, 150), deterministic (a fixed spiral), `count` of them. */
function cluster(count: number, spread: number): LabelMark[] {
  return Array.from({ length: count }, (_, i) => ({
    x: 200 + Math.cos(i * 2.4) * spread * Math.sqrt(i),
    y: 150 + Math.sin(i * 2.4) * spread * Math.sqrt(i),
    r: 5,
    text: `Place number ${i + 1}`,
    key: String(i + 1),
  }));
}

function problems(marks: LabelMark[], all: (PlacedLabel | undefined)[]): string[] {
  const out: string[] = [];
  const labels = all.map((l) => l ?? { box: { x0: -1, y0: -1, x1: -1, y1: -1 }, isKey: true });
  labels.forEach((l, i) => {
    const inside = l.box.x0 >= area.x0 && l.box.x1 <= area.x1 && l.box.y0 >= area.y0 && l.box.y1 <= area.y1;
    if (!inside && !l.isKey) out.push(`label ${i} outside`);
    labels.forEach((o, j) => {
      if (j > i && overlap(l.box, o.box)) out.push(`labels ${i} and ${j} overlap`);
    });
    marks.forEach((m, j) => {
      if (overlap(l.box, symbolBox(m))) out.push(`label ${i} covers symbol ${j}`);
    });
  });
  return out;
}

describe('placeLabels', () => {
  it('puts a lone label east of its point, level with it', () => {
    const [label] = placeLabels([{ x: 100, y: 100, r: 5, text: 'Arsal', key: '1' }], area, [], 12);
    expect(label).toMatchObject({ text: 'Arsal', anchor: 'start', x: 108, isKey: false });
    expect((label!.box.y0 + label!.box.y1) / 2).toBeCloseTo(100, 6);
  });

  it('moves a label west when east would leave the area', () => {
    const [label] = placeLabels([{ x: 390, y: 100, r: 5, text: 'Abu Kamal', key: '1' }], area, [], 12);
    expect(label).toMatchObject({ anchor: 'end', x: 382 });
  });

  it('keeps clear of reserved boxes', () => {
    const reserved = { x0: 105, y0: 80, x1: 200, y1: 120 };
    const [label] = placeLabels([{ x: 100, y: 100, r: 5, text: 'Arsal', key: '1' }], area, [reserved], 12);
    expect(overlap(label!.box, reserved)).toBe(false);
  });

  it('places 12 close points with no overlap, every one by name', () => {
    const marks = cluster(12, 24);
    const labels = placeLabels(marks, area, [], 12);
    expect(problems(marks, labels)).toEqual([]);
    expect(labels.filter((l) => l?.isKey !== false)).toEqual([]);
  });

  it('falls back to numbers in a crowd, still with no overlap', () => {
    const marks = cluster(30, 9);
    const labels = placeLabels(marks, area, [], 12);
    expect(problems(marks, labels)).toEqual([]);
    expect(labels.some((l) => l?.isKey)).toBe(true);
    for (const [i, l] of labels.entries()) if (l) expect(l.text).toBe(l.isKey ? marks[i]!.key : marks[i]!.text);
    expect(labels.filter((l) => l === undefined).length).toBeLessThan(5);
  });

  it('gives the place east of the point to the mark that comes first', () => {
    const a = { x: 100, y: 100, r: 5, text: 'Arsal', key: '1' };
    const b = { x: 100, y: 104, r: 5, text: 'Ras Baalbek', key: '2' };
    expect(placeLabels([a, b], area, [], 12).map((l) => [l?.text, l?.anchor])).toEqual([
      ['Arsal', 'start'],
      ['Ras Baalbek', 'end'],
    ]);
    expect(placeLabels([b, a], area, [], 12).map((l) => [l?.text, l?.anchor])).toEqual([
      ['Ras Baalbek', 'start'],
      ['Arsal', 'end'],
    ]);
  });

  it('draws a leader line to a label set further out', () => {
    const marks = cluster(30, 9);
    const far = placeLabels(marks, area, [], 12).filter((l) => l?.leader);
    expect(far.length).toBeGreaterThan(0);
  });

  it('gives the same placement for the same marks', () => {
    const marks = cluster(30, 9);
    expect(JSON.stringify(placeLabels(marks, area, [], 12))).toBe(
      JSON.stringify(placeLabels(cluster(30, 9), area, [], 12)),
    );
  });
});

describe('textWidth', () => {
  it('counts Hangul a full em and Latin letters less', () => {
    expect(textWidth('아살', 10)).toBe(20);
    expect(textWidth('Arsal', 10)).toBeLessThan(textWidth('아살아살아', 10));
    expect(textWidth('WWW', 10)).toBeGreaterThan(textWidth('iii', 10));
  });
});
