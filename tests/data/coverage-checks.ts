// Pure checks of a built graph against its source text: footnote coverage, citations, labels, names and quotes.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Quad } from 'n3';
import { parse } from 'yaml';
import { ckg, prov, rdf, rdfs, SHARED_BASE, schema, skos } from '../../src/vocab.ts';

/** The classes whose nodes are facts: each must cite its source (prov:wasDerivedFrom) or be the curator's inference. */
export const FACT_CLASSES = [
  ckg.Event,
  ckg.Side,
  ckg.Participation,
  ckg.Quantity,
  ckg.Outcome,
  ckg.Claim,
  ckg.CollectiveActor,
  ckg.PlaceRelation,
  ckg.EventRelation,
];

/** The classes whose nodes are entities: each must carry an rdfs:label in Korean and in English. */
export const ENTITY_CLASSES = [ckg.Actor, ckg.Place, ckg.Event, ckg.Side, ckg.Outcome, ckg.SourceDocument];

/** Every footnote number that occurs as `[N]` in the text, sorted. */
export function footnotesInText(text: string): number[] {
  const numbers = new Set([...text.matchAll(/\[(\d+)\]/g)].map((m) => Number(m[1])));
  return [...numbers].sort((a, b) => a - b);
}

/** The footnote numbers of `source` that some node cites through prov:wasDerivedFrom `citation:<source>-N`, sorted. */
export function citedFootnotes(quads: readonly Quad[], source: string): number[] {
  const pattern = new RegExp(`/citation/${source}-(\\d+)$`);
  const numbers = new Set<number>();
  for (const q of quads) {
    const match = q.predicate.equals(prov.wasDerivedFrom) ? pattern.exec(q.object.value) : null;
    if (match) numbers.add(Number(match[1]));
  }
  return [...numbers].sort((a, b) => a - b);
}

/** Footnotes of the text that no fact cites. */
export function uncitedFootnotes(text: string, quads: readonly Quad[], source: string): number[] {
  const cited = new Set(citedFootnotes(quads, source));
  return footnotesInText(text).filter((n) => !cited.has(n));
}

/** Footnotes that some fact cites although the text has no such footnote. */
export function unknownFootnotes(text: string, quads: readonly Quad[], source: string): number[] {
  const inText = new Set(footnotesInText(text));
  return citedFootnotes(quads, source).filter((n) => !inText.has(n));
}

/** The IRIs of every node typed with one of `classes`, sorted. */
export function nodesOfClasses(quads: readonly Quad[], classes: readonly Quad['object'][]): string[] {
  const nodes = new Set<string>();
  for (const q of quads) {
    if (q.predicate.equals(rdf.type) && classes.some((c) => c.equals(q.object))) nodes.add(q.subject.value);
  }
  return [...nodes].sort();
}

/** Fact nodes neither cited (prov:wasDerivedFrom) nor marked as the curator's inference (prov:wasGeneratedBy). */
export function factsWithoutCitation(quads: readonly Quad[]): string[] {
  const cited = new Set(
    quads
      .filter((q) => q.predicate.equals(prov.wasDerivedFrom) || q.predicate.equals(prov.wasGeneratedBy))
      .map((q) => q.subject.value),
  );
  return nodesOfClasses(quads, FACT_CLASSES).filter((iri) => !cited.has(iri));
}

/** Entity nodes lacking an rdfs:label in one of the languages, as `<iri> @<lang>`. */
export function entitiesMissingLabels(quads: readonly Quad[], languages: readonly string[] = ['ko', 'en']): string[] {
  const labelled = new Set<string>();
  for (const q of quads) {
    if (q.predicate.equals(rdfs.label) && q.object.termType === 'Literal') {
      labelled.add(`${q.subject.value} @${q.object.language}`);
    }
  }
  const missing: string[] = [];
  for (const iri of nodesOfClasses(quads, ENTITY_CLASSES)) {
    for (const lang of languages) if (!labelled.has(`${iri} @${lang}`)) missing.push(`${iri} @${lang}`);
  }
  return missing;
}

/** Names that occur neither as an rdfs:label nor as a skos:altLabel tagged @ko. */
export function missingKoreanNames(names: readonly string[], quads: readonly Quad[]): string[] {
  const labels = new Set<string>();
  for (const q of quads) {
    const isLabel = q.predicate.equals(rdfs.label) || q.predicate.equals(skos.altLabel);
    if (isLabel && q.object.termType === 'Literal' && q.object.language === 'ko') labels.add(q.object.value);
  }
  return names.filter((name) => !labels.has(name));
}

/** ckg:sourceText literals that are not verbatim substrings of the text, as `<iri>: <literal>`. */
export function quotesNotInText(text: string, quads: readonly Quad[]): string[] {
  return quads
    .filter((q) => q.predicate.equals(ckg.sourceText) && !text.includes(q.object.value))
    .map((q) => `${q.subject.value}: ${q.object.value}`);
}

/**
 * Every ckg:sourceText checked against the stored copy it quotes: a ckg:Quotation's against the copy of its
 * prov:wasQuotedFrom source (which the quoting fact must also cite), any other against the primary source's copy.
 * `copies` maps a source IRI to the text of its copy. Returns `<iri>: <problem>` lines.
 */
export function quotesNotInCopies(quads: readonly Quad[], copies: ReadonlyMap<string, string>): string[] {
  const one = (s: string, p: Quad['predicate']) => quads.find((q) => q.subject.value === s && q.predicate.equals(p));
  const primary = quads.find((q) => q.predicate.equals(ckg.primarySource))?.object.value ?? '';
  const out: string[] = [];
  for (const q of quads.filter((t) => t.predicate.equals(ckg.sourceText))) {
    const source = one(q.subject.value, prov.wasQuotedFrom)?.object.value ?? primary;
    const copy = copies.get(source);
    if (copy === undefined) out.push(`${q.subject.value}: no stored copy of ${source}`);
    else if (!copy.includes(q.object.value)) out.push(`${q.subject.value}: ${q.object.value}`);
    const fact = quads.find((t) => t.predicate.equals(ckg.quotation) && t.object.equals(q.subject))?.subject.value;
    if (fact && !sourcesCitedBy(quads, fact).includes(source)) out.push(`${fact}: quotes ${source} without citing it`);
  }
  return out;
}

/** The source documents a node cites (prov:wasDerivedFrom a source, or a footnote ckg:inSource it), sorted. */
export function sourcesCitedBy(quads: readonly Quad[], node: string): string[] {
  const cited = quads.filter((q) => q.subject.value === node && q.predicate.equals(prov.wasDerivedFrom));
  const sources = cited.map(
    (c) =>
      quads.find((q) => q.subject.equals(c.object) && q.predicate.equals(ckg.inSource))?.object.value ?? c.object.value,
  );
  return [...new Set(sources)].sort();
}

/** The text of every stored copy a dataset folder declares (`sources[].file`), by source IRI (`<base>source/<id>`). */
export function storedCopies(dataDir: string, base: string): Map<string, string> {
  const copies = new Map<string, string>();
  for (const name of readdirSync(dataDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const sources = (parse(readFileSync(join(dataDir, name), 'utf8'))?.sources ?? []) as {
      id: string;
      file?: string;
    }[];
    for (const s of sources)
      if (s.file) copies.set(`${base}source/${s.id}`, readFileSync(join(dataDir, s.file), 'utf8'));
  }
  return copies;
}

/** A built graph indexed by subject and by object, for walking from an entity to the facts about it. */
export interface GraphIndex {
  base: string;
  bySubject: Map<string, Quad[]>;
  byObject: Map<string, Quad[]>;
  /** The dataset's primary source: its quotes are the facts' own `ckg:sourceText`, not quotation nodes. */
  primarySource?: string;
}

export function indexGraph(quads: readonly Quad[], base: string, primarySource?: string): GraphIndex {
  const bySubject = new Map<string, Quad[]>();
  const byObject = new Map<string, Quad[]>();
  for (const q of quads) {
    bySubject.set(q.subject.value, [...(bySubject.get(q.subject.value) ?? []), q]);
    byObject.set(q.object.value, [...(byObject.get(q.object.value) ?? []), q]);
  }
  return { base, bySubject, byObject, primarySource };
}

/** The objects of `s` through `p`, as strings. */
export function objectsOf(graph: GraphIndex, s: string, p: Quad['predicate']): string[] {
  return (graph.bySubject.get(s) ?? []).filter((q) => q.predicate.equals(p)).map((q) => q.object.value);
}

/** The node itself, the nodes pointing at it, and the nodes pointing at those (an outcome → a participation → an actor). */
function nodesAbout(graph: GraphIndex, iri: string): Set<string> {
  let near = new Set([iri]);
  for (let hop = 0; hop < 2; hop++)
    near = new Set([...near, ...[...near].flatMap((n) => (graph.byObject.get(n) ?? []).map((q) => q.subject.value))]);
  return near;
}

/**
 * Whether the graph holds the name for the entity (`actor/<id>`, `place/<id>`) as read in the source: a label, or a
 * quotation of that source near it (the fact's own quote, for the primary source).
 */
export function holdsName(graph: GraphIndex, name: string, entity: string, source: string): boolean {
  // A register entity's IRI is dataset-independent (…/id/actor/<id>), a dataset's own under the dataset base.
  const iri = [`${SHARED_BASE}${entity}`, `${graph.base}${entity}`].find((i) => graph.bySubject.has(i)) ?? '';
  const labels = [...objectsOf(graph, iri, rdfs.label), ...objectsOf(graph, iri, skos.altLabel)];
  if (labels.includes(name)) return true;
  const has = (node: string) => objectsOf(graph, node, ckg.sourceText).some((text) => text.includes(name));
  for (const node of nodesAbout(graph, iri)) {
    if (source === graph.primarySource && has(node)) return true;
    for (const quotation of objectsOf(graph, node, ckg.quotation))
      if (objectsOf(graph, quotation, prov.wasQuotedFrom).includes(`${graph.base}source/${source}`) && has(quotation))
        return true;
  }
  return false;
}

/** A name typed by hand from the stored copies: the entity it names (`actor/<id>`, `place/<id>`) and the copies. */
export interface HandTypedName {
  name: string;
  entity: string;
  sources: readonly string[];
}

/** What the graph or the copies lack of each hand-typed name, one line a problem. */
export function nameProblems(
  graph: GraphIndex,
  names: readonly HandTypedName[],
  text: Readonly<Record<string, string>>,
): string[] {
  return names.flatMap(({ name, entity, sources }) => [
    ...sources.filter((s) => !text[s]?.includes(name)).map((s) => `${name} is not in ${s}`),
    ...sources.filter((s) => !holdsName(graph, name, entity, s)).map((s) => `${name} (${entity}) in ${s}: not held`),
  ]);
}

/** A figure typed by hand from the stored copies: as written there, its value, the quantity and the copies it is in. */
export interface HandTypedFigure {
  written: string;
  value: number;
  quantity: string;
  sources: readonly string[];
}

/**
 * What the graph lacks of each hand-typed figure, one line a problem: the figure not written so in a copy it lists,
 * its quantity without that value, or not citing a copy it was read in (directly or through one of its footnotes).
 */
export function figureProblems(
  graph: GraphIndex,
  quads: readonly Quad[],
  figures: readonly HandTypedFigure[],
  text: Readonly<Record<string, string>>,
): string[] {
  return figures.flatMap(({ written, value, quantity, sources }) => {
    const iri = `${graph.base}quantity/${quantity}`;
    const values = objectsOf(graph, iri, schema.value);
    const cited = sourcesCitedBy(quads, iri);
    return [
      ...sources.filter((s) => !text[s]?.includes(written)).map((s) => `${written} is not in ${s}`),
      ...(values.length === 1 && values[0] === String(value)
        ? []
        : [`${quantity}: value ${values} (expected ${value})`]),
      ...sources
        .filter((s) => !cited.includes(`${graph.base}source/${s}`))
        .map((s) => `${quantity} does not cite ${s}`),
    ];
  });
}
