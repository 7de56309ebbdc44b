// Draws an operation's timeline as an SVG picture: phases as bands, incidents as marks at their dates
// (a day as a dot, a month- or year-precision date as a hatched span), each mark linked to its page.
import { dayText, type DateSpan, type TimelineRow } from './timeline-data.ts';
import { esc } from './render-html.ts';

const W = 960;
const LABEL_X = 8;
const X0 = 340;
const X1 = 944;
const AXIS_H = 44;
const ROW_H = 36;
const LEGEND_H = 34;
const PHASE_COLOURS = ['#1f77b4', '#d95f02', '#2ca02c', '#7570b3', '#e7298a'];

interface Scale {
  min: number;
  max: number;
  x(day: number): number;
}

/**
 * The SVG for the rows of `collectTimeline`, or '' when no row has a date. `hrefOf` gives each row's page link.
 * @example renderTimeline(rows, (iri) => pages.get(iri)) //=> '<svg viewBox="0 0 960 …" …>…</svg>'
 */
export function renderTimeline(rows: TimelineRow[], hrefOf: (iri: string) => string | undefined): string {
  const scale = scaleFor(rows);
  if (!scale) return '';
  const height = AXIS_H + rows.length * ROW_H + LEGEND_H;
  const phases = rows.filter((r) => r.kind === 'phase');
  const colour = (phase: string | undefined) => PHASE_COLOURS[Math.max(0, phases.findIndex((p) => p.iri === phase)) % PHASE_COLOURS.length]!;
  const bands = phases.map((p) => band(p, rows, scale, colour(p.iri), height - LEGEND_H));
  const body = rows.map((r, i) => drawRow(r, AXIS_H + i * ROW_H, scale, colour(r.kind === 'phase' ? r.iri : r.phase), hrefOf));
  const title = rows[0]?.labels.en ?? rows[0]?.labels.ko ?? 'operation';
  return `<svg viewBox="0 0 ${W} ${height}" width="${W}" height="${height}" role="img" aria-labelledby="timeline-title" font-family="system-ui, 'Noto Sans CJK KR', 'NanumGothic', sans-serif">
<title id="timeline-title">Timeline of ${esc(title)}</title>
${defs()}
${bands.join('\n')}
${axis(scale, height - LEGEND_H)}
${body.join('\n')}
${legend(height - LEGEND_H + 8)}
</svg>`;
}

function scaleFor(rows: TimelineRow[]): Scale | undefined {
  const spans = rows.flatMap((r) => [r.begin, r.end]).filter((s): s is DateSpan => s !== undefined);
  if (spans.length === 0) return undefined;
  const min = Math.min(...spans.map((s) => s.first));
  const max = Math.max(...spans.map((s) => s.last)) + 1; // a day of room for open ends
  return { min, max, x: (day) => X0 + ((day - min) / (max + 1 - min)) * (X1 - X0) };
}

function defs(): string {
  return `<defs><pattern id="hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)"><rect width="6" height="6" fill="#fff"/><line x1="0" y1="0" x2="0" y2="6" stroke="#555" stroke-width="3"/></pattern>
<marker id="open-end" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0 0L10 5L0 10z" fill="#555"/></marker></defs>`;
}

/** A phase's band: from its begin (or its first dated incident) to its end (or its last dated incident). */
function band(phase: TimelineRow, rows: TimelineRow[], s: Scale, colour: string, bottom: number): string {
  const incidents = rows.filter((r) => r.phase === phase.iri);
  const firsts = incidents.flatMap((r) => (r.begin ? [r.begin.first] : []));
  const lasts = incidents.flatMap((r) => (r.end ? [r.end.last] : []));
  const first = phase.begin?.first ?? (firsts.length ? Math.min(...firsts) : undefined);
  const last = phase.end?.last ?? (lasts.length ? Math.max(...lasts) : undefined);
  if (first === undefined || last === undefined) return '';
  const from = s.x(first);
  const to = s.x(last + 1);
  return `<rect class="phase-band" x="${n(from)}" y="${AXIS_H}" width="${n(to - from)}" height="${bottom - AXIS_H}" fill="${colour}" fill-opacity="0.10"/>`;
}

function axis(s: Scale, bottom: number): string {
  const out: string[] = [];
  const step = Math.max(1, Math.ceil((s.max - s.min) / 12));
  for (let day = s.min; day <= s.max; day++) {
    const text = dayText(day);
    const x = n(s.x(day));
    if (text.endsWith('-01') && s.x(day) < X1 - 50) {
      out.push(`<line x1="${x}" y1="4" x2="${x}" y2="${bottom}" stroke="#888"/><text x="${n(s.x(day) + 3)}" y="15" font-size="12" font-weight="bold">${text.slice(0, 7)}</text>`);
    }
    if ((day - s.min) % step === 0) {
      out.push(`<line x1="${x}" y1="${AXIS_H - 8}" x2="${x}" y2="${bottom}" stroke="#ddd"/><text x="${x}" y="${AXIS_H - 12}" font-size="11" text-anchor="middle" fill="#555">${text.slice(5)}</text>`);
    }
  }
  return out.join('\n');
}

function drawRow(r: TimelineRow, y: number, s: Scale, colour: string, hrefOf: (iri: string) => string | undefined): string {
  const indent = r.kind === 'incident' ? 18 : 0;
  const weight = r.kind === 'incident' ? 'normal' : 'bold';
  const en = r.labels.en ?? r.labels.ko ?? '';
  const ko = r.labels.en && r.labels.ko ? `<text x="${LABEL_X + indent}" y="${y + 30}" font-size="11" fill="#555" lang="ko">${esc(clip(r.labels.ko, 40))}</text>` : '';
  const content = `<title>${esc(en)}${r.labels.ko && r.labels.en ? ` · ${esc(r.labels.ko)}` : ''}: ${esc(dateWords(r))}</title>
<text x="${LABEL_X + indent}" y="${y + 15}" font-size="13" font-weight="${weight}">${esc(clip(en, 44))}</text>${ko}
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
  const label = right > X1 - 70
    ? `<text x="${n(s.x(d.first) - 8)}" y="${y + 10}" font-size="11" fill="#333" text-anchor="end">${esc(d.text)}</text>`
    : `<text x="${n(right)}" y="${y + 10}" font-size="11" fill="#333">${esc(d.text)}</text>`;
  if (d.precision === 'day') {
    return `<circle class="mark mark-day" cx="${n(s.x(d.first + 0.5))}" cy="${y + 6}" r="6" fill="${colour}" stroke="#fff"/>${label}`;
  }
  const from = s.x(d.first);
  return `<rect class="mark mark-${d.precision}" x="${n(from)}" y="${y}" width="${n(s.x(d.last + 1) - from)}" height="12" fill="url(#hatch)" stroke="${colour}" stroke-width="2"/>${label}`;
}

function legend(y: number): string {
  return `<g class="legend" font-size="11" fill="#333">
<circle cx="${X0 + 6}" cy="${y + 8}" r="6" fill="#1f77b4"/><text x="${X0 + 18}" y="${y + 12}">a dated day</text>
<rect x="${X0 + 110}" y="${y + 2}" width="28" height="12" fill="url(#hatch)" stroke="#1f77b4" stroke-width="2"/><text x="${X0 + 144}" y="${y + 12}">only the month (or year) is known</text>
<rect x="${X0 + 350}" y="${y + 2}" width="28" height="12" fill="#1f77b4" fill-opacity="0.25"/><text x="${X0 + 384}" y="${y + 12}">phase</text>
<line x1="${X0 + 440}" y1="${y + 8}" x2="${X0 + 470}" y2="${y + 8}" stroke="#555" stroke-dasharray="4 3" marker-end="url(#open-end)"/><text x="${X0 + 476}" y="${y + 12}">begin or end not given</text>
</g>`;
}

/** The row's dates in words, for tooltips and the text list. */
export function dateWords(r: TimelineRow): string {
  if (r.begin && r.end && r.begin.text === r.end.text) return r.begin.text;
  return `${r.begin?.text ?? 'begin not given'} – ${r.end?.text ?? 'end not given'}`;
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function n(x: number): string {
  return (Math.round(x * 10) / 10).toString();
}
