// Draws an operation's timeline as an SVG picture: phases as bands (open where the source gives no begin or end),
// incidents as marks at their dates (a day as a dot, a month- or year-precision date as a hatched span), each mark
// linked to its page, labels wrapped onto as many lines as they need.
import { dayText, type DateSpan, type TimelineRow } from './timeline-data.ts';
import { esc } from './render-html.ts';
import { wrapLabel } from './wrap-label.ts';

const W = 960;
const LABEL_X = 8;
const X0 = 340;
const X1 = 944;
const AXIS_H = 44;
const ROW_MIN_H = 36;
const EN_LINE = 16;
const KO_LINE = 14;
const LEGEND_H = 52;
const PHASE_COLOURS = ['#1f77b4', '#d95f02', '#2ca02c', '#7570b3', '#e7298a'];

interface Scale {
  min: number;
  max: number;
  x(day: number): number;
}

/** A row with its place: top, height, and its English and Korean label broken into lines. */
interface PlacedRow {
  row: TimelineRow;
  y: number;
  height: number;
  en: string[];
  ko: string[];
}

/**
 * The SVG for the rows of `collectTimeline`, or '' when no row has a date. `hrefOf` gives each row's page link.
 * @example renderTimeline(rows, (iri) => pages.get(iri)) //=> '<svg viewBox="0 0 960 …" …>…</svg>'
 */
export function renderTimeline(rows: TimelineRow[], hrefOf: (iri: string) => string | undefined): string {
  const scale = scaleFor(rows);
  if (!scale) return '';
  const placed = placeRows(rows);
  const bottom = placed.reduce((y, p) => Math.max(y, p.y + p.height), AXIS_H);
  const height = bottom + LEGEND_H;
  const phases = rows.filter((r) => r.kind === 'phase');
  const colour = (phase: string | undefined) =>
    Math.max(
      0,
      phases.findIndex((p) => p.iri === phase),
    ) % PHASE_COLOURS.length;
  const bands = phases.map((p) => band(p, rows, scale, colour(p.iri), bottom));
  const body = placed.map((p) =>
    drawRow(p, scale, PHASE_COLOURS[colour(p.row.kind === 'phase' ? p.row.iri : p.row.phase)]!, hrefOf),
  );
  const title = rows[0]?.labels.en ?? rows[0]?.labels.ko ?? 'operation';
  return `<svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="timeline-title" font-family="system-ui, 'Noto Sans CJK KR', 'NanumGothic', sans-serif">
<title id="timeline-title">Timeline of ${esc(title)}</title>
${defs()}
${bands.join('\n')}
${axis(scale, bottom)}
${body.join('\n')}
${legend(bottom + 8)}
</svg>`;
}

function scaleFor(rows: TimelineRow[]): Scale | undefined {
  const spans = rows.flatMap((r) => [r.begin, r.end]).filter((s): s is DateSpan => s !== undefined);
  if (spans.length === 0) return undefined;
  const min = Math.min(...spans.map((s) => s.first));
  const max = Math.max(...spans.map((s) => s.last)) + 1; // a day of room for open ends
  return { min, max, x: (day) => X0 + ((day - min) / (max + 1 - min)) * (X1 - X0) };
}

/** Rows one under the other, each as tall as its label's lines (labels wrap; they are never cut). */
function placeRows(rows: TimelineRow[]): PlacedRow[] {
  let y = AXIS_H;
  return rows.map((row) => {
    const room = X0 - LABEL_X - indentOf(row) - 14;
    const en = wrapLabel(row.labels.en ?? row.labels.ko ?? '', room / 13);
    const ko = row.labels.en && row.labels.ko ? wrapLabel(row.labels.ko, room / 11) : [];
    const height = Math.max(ROW_MIN_H, 8 + en.length * EN_LINE + ko.length * KO_LINE);
    const placed = { row, y, height, en, ko };
    y += height;
    return placed;
  });
}

function indentOf(r: TimelineRow): number {
  return r.kind === 'incident' ? 18 : 0;
}

/** Hatching for coarse dates, the open-end arrow, and per phase colour a fade for a band whose begin or end is open. */
function defs(): string {
  const fades = PHASE_COLOURS.flatMap((c, i) => [
    `<linearGradient id="open-right-${i}"><stop offset="0" stop-color="${c}" stop-opacity="0.10"/><stop offset="1" stop-color="${c}" stop-opacity="0"/></linearGradient>`,
    `<linearGradient id="open-left-${i}"><stop offset="0" stop-color="${c}" stop-opacity="0"/><stop offset="1" stop-color="${c}" stop-opacity="0.10"/></linearGradient>`,
  ]);
  return `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="3"/></pattern>
<marker id="open-end" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="#555"/></marker>
${fades.join('\n')}</defs>`;
}

/**
 * A phase's band. Solid over what is known to lie in it: from its begin (or, not given, its first dated incident)
 * to its end (or its last dated incident). A begin or end the source does not give is drawn open: the band fades
 * out towards the edge of the picture, as the row's own mark does with a dashed arrow.
 */
function band(phase: TimelineRow, rows: TimelineRow[], s: Scale, colour: number, bottom: number): string {
  const incidents = rows.filter((r) => r.phase === phase.iri);
  const firsts = incidents.flatMap((r) => [r.begin?.first, r.end?.first]).filter((d): d is number => d !== undefined);
  const lasts = incidents.flatMap((r) => [r.begin?.last, r.end?.last]).filter((d): d is number => d !== undefined);
  const first = phase.begin?.first ?? (firsts.length ? Math.min(...firsts) : phase.end?.first);
  const last = phase.end?.last ?? (lasts.length ? Math.max(...lasts) : phase.begin?.last);
  if (first === undefined || last === undefined) return '';
  const [from, to] = [s.x(first), s.x(last + 1)];
  const rect = (cls: string, x0: number, x1: number, fill: string, opacity = '') =>
    `<rect class="${cls}" x="${n(x0)}" y="${AXIS_H}" width="${n(Math.max(0, x1 - x0))}" height="${bottom - AXIS_H}" fill="${fill}"${opacity}/>`;
  return [
    phase.begin ? '' : rect('phase-band-open', X0, from, `url(#open-left-${colour})`),
    rect('phase-band', from, to, PHASE_COLOURS[colour]!, ' fill-opacity="0.10"'),
    phase.end ? '' : rect('phase-band-open', to, X1, `url(#open-right-${colour})`),
  ].join('');
}

function axis(s: Scale, bottom: number): string {
  const out: string[] = [];
  const step = Math.max(1, Math.ceil((s.max - s.min) / 12));
  for (let day = s.min; day <= s.max; day++) {
    const text = dayText(day);
    const x = n(s.x(day));
    if (text.endsWith('-01') && s.x(day) < X1 - 50) {
      out.push(
        `<line x1="${x}" y1="4" x2="${x}" y2="${bottom}" stroke="#888"/><text x="${n(s.x(day) + 3)}" y="15" font-size="12" font-weight="bold">${text.slice(0, 7)}</text>`,
      );
    }
    if ((day - s.min) % step === 0) {
      out.push(
        `<line x1="${x}" y1="${AXIS_H - 8}" x2="${x}" y2="${bottom}" stroke="#ddd"/><text x="${x}" y="${AXIS_H - 12}" font-size="11" text-anchor="middle" fill="#555">${text.slice(5)}</text>`,
      );
    }
  }
  return out.join('\n');
}

function drawRow(p: PlacedRow, s: Scale, colour: string, hrefOf: (iri: string) => string | undefined): string {
  const { row: r, y } = p;
  const x = LABEL_X + indentOf(r);
  const weight = r.kind === 'incident' ? 'normal' : 'bold';
  const en = p.en.map(
    (line, i) =>
      `<text x="${x}" y="${y + 15 + i * EN_LINE}" font-size="13" font-weight="${weight}">${esc(line)}</text>`,
  );
  const koTop = y + 15 + (p.en.length - 1) * EN_LINE + KO_LINE;
  const ko = p.ko.map(
    (line, i) => `<text x="${x}" y="${koTop + i * KO_LINE}" font-size="11" fill="#555" lang="ko">${esc(line)}</text>`,
  );
  const name = r.labels.en ?? r.labels.ko ?? '';
  const content = `<title>${esc(name)}${r.labels.ko && r.labels.en ? ` · ${esc(r.labels.ko)}` : ''}: ${esc(dateWords(r))}</title>
${en.join('')}${ko.join('')}
${mark(r, y + 9, s, colour)}`;
  const href = hrefOf(r.iri);
  const cls = `timeline-${r.kind}`;
  return href ? `<a class="${cls}" href="${esc(href)}">${content}</a>` : `<g class="${cls}">${content}</g>`;
}

/** The mark at the row's dates: a bar for a period, a dot for a day, a hatched span for a coarser date. */
function mark(r: TimelineRow, y: number, s: Scale, colour: string): string {
  const { begin, end } = r;
  if (!begin && !end) return `<text x="${X0}" y="${y + 10}" font-size="11" fill="#888">no date given</text>`;
  if (r.kind === 'incident' && begin && end && begin.text === end.text) return point(begin, y, s, colour);
  const height = r.kind === 'operation' ? 14 : 12;
  const fill = r.kind === 'operation' ? '#444' : colour;
  const bar = (from: number, to: number) =>
    `<rect class="mark mark-period" x="${n(s.x(from))}" y="${y}" width="${n(Math.max(4, s.x(to) - s.x(from)))}" height="${height}" rx="2" fill="${fill}"/>`;
  const dashed = (from: number, to: number) =>
    `<line class="open-end" x1="${n(s.x(from))}" y1="${y + height / 2}" x2="${n(s.x(to))}" y2="${y + height / 2}" stroke="#555" stroke-dasharray="4 3" marker-end="url(#open-end)"/>`;
  if (begin && end) return bar(begin.first, end.last + 1);
  // An end the source does not give is left open: a stub at the known end and a dashed arrow to the edge.
  if (begin) return bar(begin.first, begin.last + 1) + dashed(begin.last + 1, s.max);
  return dashed(end!.first, s.min) + bar(end!.first, end!.last + 1);
}

function point(d: DateSpan, y: number, s: Scale, colour: string): string {
  const right = s.x(d.last + 1) + 8;
  const label =
    right > X1 - 70
      ? `<text x="${n(s.x(d.first) - 8)}" y="${y + 10}" font-size="11" fill="#333" text-anchor="end">${esc(d.text)}</text>`
      : `<text x="${n(right)}" y="${y + 10}" font-size="11" fill="#333">${esc(d.text)}</text>`;
  if (d.precision === 'day') {
    return `<circle class="mark mark-day" cx="${n(s.x(d.first + 0.5))}" cy="${y + 6}" r="6" fill="${colour}" stroke="#fff"/>${label}`;
  }
  const from = s.x(d.first);
  return `<rect class="mark mark-${d.precision}" x="${n(from)}" y="${y}" width="${n(s.x(d.last + 1) - from)}" height="12" fill="url(#hatch)" stroke="${colour}" stroke-width="2"/>${label}`;
}

function legend(y: number): string {
  const y2 = y + 20;
  return `<g class="legend" font-size="11" fill="#333">
<circle cx="${X0 + 6}" cy="${y + 8}" r="6" fill="#1f77b4"/><text x="${X0 + 18}" y="${y + 12}">a dated day</text>
<rect x="${X0 + 110}" y="${y + 2}" width="28" height="12" fill="url(#hatch)" stroke="#1f77b4" stroke-width="2"/><text x="${X0 + 144}" y="${y + 12}">only the month (or year) is known</text>
<rect x="${X0}" y="${y2 + 2}" width="28" height="12" fill="#1f77b4" fill-opacity="0.25"/><text x="${X0 + 34}" y="${y2 + 12}">phase</text>
<rect x="${X0 + 80}" y="${y2 + 2}" width="40" height="12" fill="url(#open-right-0)"/><text x="${X0 + 126}" y="${y2 + 12}">phase whose end (or begin) is not given</text>
<line x1="${X0 + 370}" y1="${y2 + 8}" x2="${X0 + 400}" y2="${y2 + 8}" stroke="#555" stroke-dasharray="4 3" marker-end="url(#open-end)"/><text x="${X0 + 406}" y="${y2 + 12}">begin or end not given</text>
</g>`;
}

/** The row's dates in words, for tooltips and the text list. */
export function dateWords(r: TimelineRow): string {
  if (!r.begin && !r.end) return 'no date given';
  if (r.begin && r.end && r.begin.text === r.end.text) return r.begin.text;
  return `${r.begin?.text ?? 'begin not given'} – ${r.end?.text ?? 'end not given'}`;
}

function n(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}
