// Test helper: puts query results from two engines into one comparable form (sorted rows of canonical term strings).
import type { Quad, Term } from 'n3';
import type { QueryResult } from '../../src/publish/sparql-client.ts';

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const NUMERIC = new Set(
  ['integer', 'decimal', 'double', 'float', 'long', 'int', 'nonNegativeInteger'].map((t) => XSD + t),
);

/**
 * A term as a string both engines agree on: language tags lower-cased (Virtuoso lower-cases them; RDF 1.1 says
 * they are case-insensitive), numbers and booleans by value (engines differ in lexical form and in the type of aggregates),
 * blank nodes by kind only (their labels are local to each engine).
 */
export function canonicalTerm(t: Term | undefined): string {
  if (!t) return '-';
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return '_:';
  if (t.termType !== 'Literal') return t.value;
  const lit = t as Term & { language: string; datatype: { value: string } };
  if (lit.language) return `${JSON.stringify(lit.value)}@${lit.language.toLowerCase()}`;
  if (NUMERIC.has(lit.datatype.value)) return `number:${Number(lit.value)}`;
  // Virtuoso gives xsd:boolean values back as "1"/"0": the same values, in another lexical form.
  if (lit.datatype.value === `${XSD}boolean`) return `boolean:${lit.value === 'true' || lit.value === '1'}`;
  // Virtuoso 7.2.5 stores an xsd:duration as its number of seconds ("P1D" comes back as "86400.0"): the same value
  // for a duration of days, hours, minutes and seconds, which is all the data holds (years and months have no fixed
  // length in seconds, so those would stay compared as written and fail).
  const seconds = lit.datatype.value === `${XSD}duration` ? durationSeconds(lit.value) : undefined;
  if (seconds !== undefined) return `duration:${seconds}`;
  if (GEOMETRY.has(lit.datatype.value)) return geometryKey(lit.value);
  return `${JSON.stringify(lit.value)}^^<${lit.datatype.value}>`;
}

const GEOMETRY = new Set([
  'http://www.opengis.net/ont/geosparql#wktLiteral',
  'http://www.openlinksw.com/schemas/virtrdf#Geometry',
]);

/**
 * Virtuoso 7.2.5 turns every geo:wktLiteral into its own virtrdf:Geometry and keeps the coordinates as
 * single-precision floats ("POINT(36.42083 34.17944)" comes back as "POINT(36.420829772949 34.179439544678)"): the
 * same point to within a metre. Points are compared by value at 1e-5 degrees (about a metre); the datatype is lost.
 */
export function geometryKey(wkt: string): string {
  const m = /^POINT\s*\(\s*(\S+)\s+(\S+)\s*\)$/.exec(wkt);
  return m ? `point:${Number(m[1]).toFixed(5)} ${Number(m[2]).toFixed(5)}` : `wkt:${wkt}`;
}

/**
 * The variables a query fills with GROUP_CONCAT, and their separators: the order of the parts is not defined by SPARQL
 * (engines differ), so they are compared as sorted parts.
 */
export function concatVariables(query: string): Map<string, string> {
  const found = new Map<string, string>();
  const re = /GROUP_CONCAT\s*\(((?:[^()]|\((?:[^()]|\([^()]*\))*\))*)\)\s*AS\s*\?(\w+)/gi;
  for (const m of query.matchAll(re)) {
    const separator = /;\s*separator\s*=\s*("([^"]*)"|'([^']*)')/i.exec(m[1]!);
    found.set(m[2]!, separator ? (separator[2] ?? separator[3] ?? ' ') : ' ');
  }
  return found;
}

/** Rows as sorted lines, or the boolean, or the quads as sorted lines; for toEqual. */
export function canonicalResult(result: QueryResult, concat: Map<string, string> = new Map()): string[] | boolean {
  if (result.kind === 'boolean') return result.value;
  if (result.kind === 'quads') return canonicalQuads(result.quads);
  const cell = (row: Map<string, Term>, v: string) => {
    const t = row.get(v);
    const separator = concat.get(v);
    if (separator === undefined || t?.termType !== 'Literal') return canonicalTerm(t);
    return `concat:${JSON.stringify(t.value.split(separator).sort())}`;
  };
  return result.rows.map((row) => result.variables.map((v) => cell(row, v)).join(' ')).sort();
}

/** Triples as sorted N-Triples-like lines with canonical terms. */
export function canonicalQuads(quads: Quad[]): string[] {
  return quads.map((q) => [q.subject, q.predicate, q.object].map(canonicalTerm).join(' ')).sort();
}

/** The seconds of an xsd:duration of days, hours, minutes and seconds (`P2D`, `PT12H`), or of Virtuoso's number. */
export function durationSeconds(lexical: string): number | undefined {
  if (/^-?\d+(\.\d+)?$/.test(lexical)) return Number(lexical);
  const m = /^(-)?P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/.exec(lexical);
  if (!m || lexical === 'P' || lexical.endsWith('T')) return undefined;
  const [, sign, d, h, min, s] = m;
  const total = Number(d ?? 0) * 86400 + Number(h ?? 0) * 3600 + Number(min ?? 0) * 60 + Number(s ?? 0);
  return sign ? -total : total;
}
