// Binds query parameters safely: each value becomes one RDF term, injected as a VALUES clause, never spliced as text.
import { DataFactory, type Literal, type NamedNode } from 'n3';
import { isAbsoluteIri } from '../terms.ts';
import { DiagnosticError, error, type Diagnostic, MAX_QUOTE, quote } from '../diagnostics.ts';
import { CONCEPT_BASE, RESOURCE_KINDS, SCHEMES, SHARED_BASE, SHARED_KINDS, xsd, type SchemeName } from '../vocab.ts';
import type { ParamDeclaration } from './query-header.ts';
import { codeTokens, type Token } from '../sparql-tokens.ts';

const { namedNode, literal } = DataFactory;

type Term = NamedNode | Literal;
type MakeTerm = (value: string, base: string | undefined) => Term | Term[] | string;

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** The built-in parameter types; a term, or a message saying what was expected. */
const BASE_TYPES: Record<string, MakeTerm> = {
  iri: (v) => (isAbsoluteIri(v) ? namedNode(v) : 'expected an absolute IRI'),
  string: (v) => literal(v),
  integer: (v) => (/^[+-]?\d+$/.test(v) ? literal(String(BigInt(v)), xsd.integer) : 'expected an integer'),
  date: (v) => (realDate(v)?.length === 3 ? literal(v, xsd.date) : 'expected a date YYYY-MM-DD'),
  'date-start': (v) => dateBound(v, 'start'),
  'date-end': (v) => dateBound(v, 'end'),
};

/** Resolves a parameter type: a built-in, `<kind>-id` (a resource of the dataset) or a concept scheme name. */
export function paramType(type: string): MakeTerm | undefined {
  if (BASE_TYPES[type]) return BASE_TYPES[type];
  const kind = type.endsWith('-id') ? type.slice(0, -3) : '';
  if ((RESOURCE_KINDS as readonly string[]).includes(kind)) return (v, base) => resourceTerm(kind, v, base);
  if (type in SCHEMES) return (v) => conceptTerm(type as SchemeName, v);
  return undefined;
}

/**
 * The IRI of an id: `<base><kind>/<id>`; for the kinds the shared entity register mints (actors, places, wider
 * conflicts) also `<shared base><kind>/<id>`. Ids are unique across a dataset and its register, so at most one of the
 * two names a resource of the data, and binding both gives the same answers.
 */
function resourceTerm(kind: string, v: string, base: string | undefined): Term | Term[] | string {
  if (isAbsoluteIri(v) && v.includes('/')) return namedNode(v);
  if (!SLUG.test(v)) return `expected a ${kind} id (a lowercase slug such as "arsal") or an absolute IRI`;
  const shared = (SHARED_KINDS as readonly string[]).includes(kind)
    ? namedNode(`${SHARED_BASE}${kind}/${v}`)
    : undefined;
  if (!base) return shared ?? 'the data declares no dataset, so ids cannot be resolved: pass an absolute IRI';
  const own = namedNode(`${base}${kind}/${v}`);
  return shared && !shared.equals(own) ? [shared, own] : own;
}

function conceptTerm(scheme: SchemeName, v: string): Term | string {
  const names: readonly string[] = SCHEMES[scheme];
  return names.includes(v) ? namedNode(`${CONCEPT_BASE}${scheme}/${v}`) : `expected one of ${names.join(', ')}`;
}

function realDate(v: string): number[] | undefined {
  const m = DATE.exec(v);
  if (!m) return undefined;
  const parts = m
    .slice(1)
    .filter((x) => x !== undefined)
    .map(Number);
  const [y, mo = 1, d = 1] = parts;
  const t = new Date(Date.UTC(y, mo - 1, d));
  const ok = t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
  return ok ? parts : undefined;
}

/** A date at its precision as the xsd:dateTime of its first (start) or last (end) moment: 2017-08 → 2017-08-31T23:59:59. */
function dateBound(v: string, which: 'start' | 'end'): Term | string {
  const parts = realDate(v);
  if (!parts) return 'expected a date YYYY, YYYY-MM or YYYY-MM-DD';
  const [y, mo, d] = parts;
  const first = new Date(Date.UTC(y, (mo ?? 1) - 1, d ?? 1));
  const last = d ? first : mo ? new Date(Date.UTC(y, mo, 0)) : new Date(Date.UTC(y, 11, 31));
  const day = (which === 'start' ? first : last).toISOString().slice(0, 10);
  return literal(`${day}T${which === 'start' ? '00:00:00' : '23:59:59'}`, xsd.dateTime);
}

/** Writes a term in SPARQL syntax; literals are escaped, so no value can end the string early. */
export function termToSparql(term: Term): string {
  if (term.termType === 'NamedNode') return `<${term.value}>`;
  const escaped = term.value.replace(/[\\"\n\r\t\b\f]/g, (c) => ESCAPES[c]);
  return `"${escaped}"^^<${term.datatype.value}>`;
}
const ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

export interface BindContext {
  /** The dataset's resource base (`https://…/id/qalamoun-2017/`), used to turn ids into IRIs. */
  base?: string;
  /** The query's file, for the positions of errors. */
  file?: string;
}

/** Returns the query with every parameter bound by a VALUES clause at the start of its top-level WHERE group. */
export function bindParams(
  query: string,
  declared: ParamDeclaration[],
  values: Record<string, string>,
  ctx: BindContext = {},
): string {
  const problems: Diagnostic[] = [];
  const clauses: string[] = [];
  for (const name of Object.keys(values)) {
    if (!declared.some((p) => p.name === name)) problems.push(undeclared(name, declared));
  }
  for (const p of declared) {
    const value = values[p.name];
    if (value === undefined) {
      if (!p.optional)
        problems.push(
          paramError(
            `missing parameter "${p.name}" (${p.type}${p.description ? `: ${p.description}` : ''}): pass --param ${p.name}=VALUE`,
            ctx,
            p,
          ),
        );
      continue;
    }
    const make = paramType(p.type);
    const term = make ? make(value, ctx.base) : `unknown parameter type "${p.type}"`;
    if (typeof term === 'string') problems.push(paramError(`parameter "${p.name}" = ${quote(value)}: ${term}`, ctx, p));
    else clauses.push(`VALUES ?${p.name} { ${[term].flat().map(termToSparql).join(' ')} }`);
  }
  if (problems.length) throw new DiagnosticError(problems);
  if (clauses.length === 0) return query;
  const at = whereGroupStart(codeTokens(query));
  if (at === undefined)
    throw new DiagnosticError([paramError('the query has no WHERE group to bind parameters in', ctx)]);
  return `${query.slice(0, at)} ${clauses.join(' ')} ${query.slice(at)}`;
}

function undeclared(name: string, declared: ParamDeclaration[]): Diagnostic {
  const known = declared.map((p) => p.name).join(', ') || 'none';
  return error(
    'E_QUERY_PARAM',
    `the query declares no parameter ${quote(name)} (declared: ${known}); declare it with "# @param ${name.length <= MAX_QUOTE ? name : 'NAME'}: TYPE"`,
  );
}

function paramError(message: string, ctx: BindContext, p?: ParamDeclaration): Diagnostic {
  return error('E_QUERY_PARAM', message, ctx.file && p ? { file: ctx.file, line: p.line, column: 1 } : undefined);
}

/** The offset just after the `{` that opens the top-level WHERE group (or the first group of a query without WHERE). */
function whereGroupStart(tokens: Token[]): number | undefined {
  let depth = 0;
  let sawWhere = false;
  let firstOpen: number | undefined;
  let form = '';
  for (const t of tokens) {
    const w = t.kind === 'word' ? t.text.toUpperCase() : '';
    if (!form && ['SELECT', 'ASK', 'CONSTRUCT', 'DESCRIBE'].includes(w)) form = w;
    if (depth === 0 && w === 'WHERE') sawWhere = true;
    if (t.text === '{') {
      if (depth === 0 && sawWhere) return t.offset + 1;
      if (depth === 0 && firstOpen === undefined) firstOpen = t.offset + 1;
      depth++;
    }
    if (t.text === '}') depth--;
  }
  return form === 'SELECT' || form === 'ASK' ? firstOpen : undefined;
}
