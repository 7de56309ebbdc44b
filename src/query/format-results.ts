// Writes query results: an aligned table for terminals, SPARQL 1.1 Query Results JSON, CSV and TSV.
import type { Term } from 'n3';
import { ntriplesTerm } from '../serialization/index.ts';
import { prefixedName } from '../terms.ts';
import { xsd } from '../vocab.ts';
import type { QueryResult } from './run-query.ts';
import { padEnd, textWidth, truncate } from './text-width.ts';

type Bindings = Extract<QueryResult, { kind: 'bindings' }>;
type Tabular = Bindings | Extract<QueryResult, { kind: 'boolean' }>;

/** The widest a table cell may be, in terminal columns; longer values end in … (the other formats keep them whole). */
export const MAX_CELL_WIDTH = 60;

/** An IRI written with the longest matching prefix (`event:capture-arsal`), or in angle brackets. */
function tableIri(iri: string, prefixes: Record<string, string>): string {
  return prefixedName(iri, prefixes) ?? `<${iri}>`;
}

function cellText(t: Term | undefined, prefixes: Record<string, string>): string {
  if (!t) return '';
  if (t.termType === 'NamedNode') return tableIri(t.value, prefixes);
  if (t.termType === 'BlankNode') return `_:${t.value}`;
  return t.value.replace(/\s*[\r\n]+\s*/g, ' ');
}

/** An aligned table; wide (Korean, CJK) characters count two columns. */
export function formatTable(result: Tabular, prefixes: Record<string, string> = {}): string {
  if (result.kind === 'boolean') return `${result.value}\n`;
  const head = result.vars;
  const cells = result.rows.map((r) => head.map((v) => truncate(cellText(r[v], prefixes), MAX_CELL_WIDTH)));
  const widths = head.map((h, i) => Math.max(textWidth(h), ...cells.map((row) => textWidth(row[i]))));
  const line = (row: string[]) =>
    row
      .map((c, i) => (i === row.length - 1 ? c : padEnd(c, widths[i])))
      .join('  ')
      .trimEnd();
  const n = result.rows.length;
  return `${[
    line(head),
    line(widths.map((w) => '-'.repeat(w))),
    ...cells.map(line),
    `(${n} row${n === 1 ? '' : 's'})`,
  ].join('\n')}\n`;
}

/** SPARQL 1.1 Query Results JSON Format. */
export function formatJson(result: Tabular): string {
  if (result.kind === 'boolean') return `${JSON.stringify({ head: {}, boolean: result.value }, null, 2)}\n`;
  const bindings = result.rows.map((r) =>
    Object.fromEntries(result.vars.filter((v) => r[v]).map((v) => [v, jsonTerm(r[v])])),
  );
  return `${JSON.stringify({ head: { vars: result.vars }, results: { bindings } }, null, 2)}\n`;
}

function jsonTerm(t: Term): Record<string, string> {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  if (t.termType !== 'Literal') return { type: 'literal', value: t.value };
  if (t.language) return { type: 'literal', value: t.value, 'xml:lang': t.language };
  return t.datatype.value === xsd.string.value
    ? { type: 'literal', value: t.value }
    : { type: 'literal', value: t.value, datatype: t.datatype.value };
}

/** SPARQL 1.1 Query Results CSV: plain values, quoted when needed, CRLF line ends. */
export function formatCsv(result: Tabular): string {
  if (result.kind === 'boolean') return `_askResult\r\n${result.value}\r\n`;
  const field = (t: Term | undefined) => {
    const s = !t ? '' : t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
    return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  return [result.vars.join(','), ...result.rows.map((r) => result.vars.map((v) => field(r[v])).join(','))]
    .map((l) => `${l}\r\n`)
    .join('');
}

/** SPARQL 1.1 Query Results TSV: terms in Turtle syntax, `?var` headers. */
export function formatTsv(result: Tabular): string {
  if (result.kind === 'boolean') return `?_askResult\n${result.value}\n`;
  const rows = result.rows.map((r) => result.vars.map((v) => (r[v] ? ntriplesTerm(r[v]) : '')).join('\t'));
  return `${[result.vars.map((v) => `?${v}`).join('\t'), ...rows].join('\n')}\n`;
}
