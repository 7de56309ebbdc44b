// Keeps the labels (language-tagged literals) of the language asked for, falling back to the other language.
import type { Quad, Term } from 'n3';
import { termKey } from '../terms.ts';
import type { QueryResult, Row } from './run-query.ts';

export type Lang = 'ko' | 'en';

/** The languages to look for, best first: the one asked for, then the other. */
function preference(lang: Lang): string[] {
  return lang === 'ko' ? ['ko', 'en'] : ['en', 'ko'];
}

const tagOf = (t: Term) => (t.termType === 'Literal' ? t.language.toLowerCase() : '');
const matches = (tag: string, want: string) => tag === want || tag.startsWith(`${want}-`);

/** From several values of one slot, the ones to show: those in the best language present (untagged values always stay). */
export function pickValues(values: Term[], lang: Lang): Term[] {
  const untagged = values.filter((v) => tagOf(v) === '');
  const tagged = values.filter((v) => tagOf(v) !== '');
  for (const want of preference(lang)) {
    const found = tagged.filter((v) => matches(tagOf(v), want));
    if (found.length) return [...untagged, ...found];
  }
  return values;
}

/**
 * Collapses rows that differ only in language-tagged values: a query that selects `?event ?label` gets a row per
 * language; this keeps one, in the language asked for. Rows keep the order of their first appearance. (Rows that are
 * wholly identical collapse too, when the result has a language-tagged column.)
 */
export function pickLabels(result: QueryResult, lang: Lang): QueryResult {
  if (result.kind === 'boolean') return result;
  if (result.kind === 'graph') return { kind: 'graph', quads: pickGraphLabels(result.quads, lang) };
  const langVars = result.vars.filter((v) => result.rows.some((r) => r[v] && tagOf(r[v]) !== ''));
  if (langVars.length === 0) return result;
  const otherVars = result.vars.filter((v) => !langVars.includes(v));
  const groups = new Map<string, Row[]>();
  for (const row of result.rows) {
    const key = JSON.stringify(otherVars.map((v) => (row[v] ? termKey(row[v]) : '')));
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  const rows = [...groups.values()].flatMap((group) => collapse(group, langVars, otherVars, lang));
  return { kind: 'bindings', vars: result.vars, rows };
}

function collapse(group: Row[], langVars: string[], otherVars: string[], lang: Lang): Row[] {
  let rows: Row[] = [Object.fromEntries(otherVars.filter((v) => group[0][v]).map((v) => [v, group[0][v]]))];
  for (const v of langVars) {
    const values = distinct(group.map((r) => r[v]).filter((t): t is Term => t !== undefined));
    const chosen = pickValues(values, lang);
    if (chosen.length === 0) continue;
    rows = rows.flatMap((r) => chosen.map((t) => ({ ...r, [v]: t })));
  }
  return rows;
}

function distinct(terms: Term[]): Term[] {
  const seen = new Map<string, Term>();
  for (const t of terms) if (!seen.has(termKey(t))) seen.set(termKey(t), t);
  return [...seen.values()];
}

/** The same choice in a graph: per subject and predicate, keeps the literals in the best language present. */
export function pickGraphLabels(quads: Quad[], lang: Lang): Quad[] {
  const bySlot = new Map<string, Term[]>();
  for (const q of quads) {
    if (tagOf(q.object) === '') continue;
    const slot = `${q.subject.value} ${q.predicate.value}`;
    const objects = bySlot.get(slot);
    if (objects) objects.push(q.object);
    else bySlot.set(slot, [q.object]);
  }
  const keep = new Map([...bySlot].map(([slot, objects]) => [slot, new Set(pickValues(objects, lang).map(termKey))]));
  return quads.filter(
    (q) => tagOf(q.object) === '' || keep.get(`${q.subject.value} ${q.predicate.value}`)!.has(termKey(q.object)),
  );
}
