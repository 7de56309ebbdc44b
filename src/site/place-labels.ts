// Places the map's labels beside their points without overlaps: each label tries fixed positions in a fixed order
// (beside, diagonal, above, below, then further out with a leader line); a label that fits nowhere gives way to its
// number, set further out if need be, and a number that fits nowhere is left out (the point keeps its tooltip, and
// the list beside the map names it). The same input always gives the same placement.
import type { Box } from './project-points.ts';

/** A point to label: its centre, the radius of its symbol, its text. */
export interface LabelMark {
  x: number;
  y: number;
  r: number;
  text: string;
  /** The short text used when the label fits nowhere (its number in the list beside the map). */
  key: string;
}

export interface PlacedLabel {
  text: string;
  /** Baseline start, and how the text is anchored there. */
  x: number;
  y: number;
  anchor: 'start' | 'middle' | 'end';
  box: Box;
  /** Whether the text is the mark's key rather than its name. */
  isKey: boolean;
  /** A line from the symbol to a label set further out. */
  leader?: Box;
}

/** Direction unit vectors, in the order they are tried: east, west, the diagonals, north, south. */
const DIRECTIONS: [number, number][] = [
  [1, 0],
  [-1, 0],
  [0.7, -0.7],
  [0.7, 0.7],
  [-0.7, -0.7],
  [-0.7, 0.7],
  [0, -1],
  [0, 1],
];

/**
 * A label per mark (in the marks' order, which is also the order of priority), inside `area`, clear of every symbol,
 * of `reserved` boxes and of each other; a mark whose name fits nowhere gets its key, placed the same way but up to
 * four steps out; undefined when even that fits nowhere.
 */
export function placeLabels(
  marks: LabelMark[],
  area: Box,
  reserved: Box[],
  fontSize: number,
): (PlacedLabel | undefined)[] {
  const symbols = marks.map((m) => ({ x0: m.x - m.r, y0: m.y - m.r, x1: m.x + m.r, y1: m.y + m.r }));
  const taken: Box[] = [...reserved, ...symbols];
  const fits = (b: Box) =>
    b.x0 >= area.x0 && b.x1 <= area.x1 && b.y0 >= area.y0 && b.y1 <= area.y1 && !taken.some((t) => overlaps(b, t));
  return marks.map((m) => {
    const placed =
      candidates(m, { text: m.text, isKey: false, steps: 2 }, fontSize).find((c) => fits(c.box)) ??
      candidates(m, { text: m.key, isKey: true, steps: 4 }, fontSize).find((c) => fits(c.box));
    if (placed) taken.push(placed.box);
    return placed;
  });
}

/** Where a label may go, nearest first: touching the symbol, then further out step by step, with a leader line. */
function candidates(
  m: LabelMark,
  { text, isKey, steps }: { text: string; isKey: boolean; steps: number },
  fontSize: number,
): PlacedLabel[] {
  const width = textWidth(text, fontSize);
  const height = fontSize * 1.2;
  const out: PlacedLabel[] = [];
  for (let step = 0; step < steps; step++) {
    const distance = m.r + 3 + step * fontSize * 1.6;
    for (const [dx, dy] of DIRECTIONS) {
      const ax = m.x + dx * distance;
      const ay = m.y + dy * distance;
      const anchor = dx > 0.1 ? 'start' : dx < -0.1 ? 'end' : 'middle';
      const x0 = anchor === 'start' ? ax : anchor === 'end' ? ax - width : ax - width / 2;
      // Boxes above the point grow upwards from the anchor, below it downwards, level with it around it.
      const y0 = dy < -0.1 ? ay - height : dy > 0.1 ? ay : ay - height / 2;
      const box = { x0, y0, x1: x0 + width, y1: y0 + height };
      const label: PlacedLabel = { text, x: ax, y: y0 + fontSize * 0.92, anchor, box, isKey };
      if (distance > m.r + 3) {
        label.leader = {
          x0: m.x + dx * m.r,
          y0: m.y + dy * m.r,
          x1: m.x + dx * (distance - 2),
          y1: m.y + dy * (distance - 2),
        };
      }
      out.push(label);
    }
  }
  return out;
}

function overlaps(a: Box, b: Box): boolean {
  return a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
}

/**
 * A generous estimate of a text's width in SVG units for a sans-serif font (the page has no font metrics at build
 * time): Hangul and CJK a full em, capitals and wide letters more than the average, narrow letters less.
 */
export function textWidth(text: string, fontSize: number): number {
  let ems = 0;
  for (const ch of text) {
    if (/[\u1100-\u11ff\u3000-\u9fff\uac00-\ud7af]/.test(ch)) ems += 1;
    else if (/[MW@mw]/.test(ch)) ems += 0.9;
    else if (/[A-Z]/.test(ch)) ems += 0.7;
    else if (/[ijlI.,:;'!|() ]/.test(ch)) ems += 0.32;
    else ems += 0.58;
  }
  return ems * fontSize;
}
