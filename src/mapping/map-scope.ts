// What every mapping function shares: the emitter, the base IRI and an id → IRI lookup over the whole dataset.
import { DataFactory, type NamedNode } from 'n3';
import {
  type CiteRef,
  type Facts,
  type Label,
  type Located,
  type PlaceRole,
  type QualifiedRef,
  type Qualifiers,
  refPath,
  type ParticipationFact,
  type Register,
  resolveCite,
  SECTION_KIND,
  SECTION_NAMES,
} from '../source/index.ts';
import { ckg, dcterms, prov, rdf, rdfs, concept, type ConceptName, type ResourceKind } from '../vocab.ts';
import { Emitter, bool, en, ko, integer } from './emitter.ts';
import { literal } from './literal.ts';
import { mintIri } from './mint-iri.ts';
import { inferenceLabel, relationLabel } from './relation-labels.ts';
import { participationLabel } from './resource-labels.ts';

const { namedNode } = DataFactory;

export interface MapScope {
  out: Emitter;
  base: string;
  facts: Facts;
  /** The IRI of any entry of the dataset or of the register entities it mentions, by id (ids are unique). */
  iri(id: string): NamedNode;
  /** The IRI of a resource of the dataset (`<base><kind>/<id>`), or of the register when `id` is a register entity's. */
  mint(kind: ResourceKind, id: string): NamedNode;
  /** The IRI of a resource that belongs to an entity (its link evidence, its geometry): where the entity is minted. */
  mintFor(entityId: string, kind: ResourceKind, id: string): NamedNode;
  /**
   * The Korean and English label of an id: the register's, a labelled entry's of the batch (a participation's is
   * made, see resource-labels.ts), else `outside`'s (entities of batches mapped before), else the id itself.
   */
  labelOf(id: string): Label;
  /** A participation of the batch, by id. */
  participation(id: string): ParticipationFact | undefined;
}

/** What the mapping of a batch needs to know about ids described in other batches. */
export interface Outside {
  /** The kind of any id of the dataset (default: from the batch's facts). */
  kindOf?: (id: string) => ResourceKind | undefined;
  /** The labels of entities (actors, places) described in batches mapped before. */
  labelOf?: (id: string) => Label | undefined;
}

/**
 * The context of a mapping run. By default `kindOf` and `labelOf` are built from the facts themselves (the partitioned
 * export passes the index of the whole dataset, of which it maps a batch at a time, and the entities' labels).
 */
export function createScope(facts: Facts, base: string, outside: Outside = {}): MapScope {
  const kindOf = outside.kindOf ?? kindsOf(facts);
  const mint = createMinter(base, facts.register);
  const local = lazy(() => labelsOf(facts));
  const participations = lazy(() => new Map(facts.participations.map((p) => [p.id, p])));
  const scope: MapScope = {
    out: new Emitter(),
    base,
    facts,
    mint,
    mintFor(entityId, kind, id) {
      return mintIri(facts.register?.entries.has(entityId) ? facts.register.base : base, kind, id);
    },
    iri(id) {
      const kind = kindOf(id);
      if (!kind) throw new Error(`mapping: unknown id "${id}" (the source check should have caught it)`);
      return mint(kind, id);
    },
    labelOf(id) {
      const found = facts.register?.entries.get(id)?.entry.label ?? local().get(id) ?? outside.labelOf?.(id);
      if (found) return found;
      const p = participations().get(id);
      return p ? participationLabel(p, scope.labelOf) : { ko: id, en: id };
    },
    participation: (id) => participations().get(id),
  };
  return scope;
}

/** The labels the YAML gives, by id. */
function labelsOf(facts: Facts): Map<string, Label> {
  const labels = new Map<string, Label>();
  for (const list of [facts.actors, facts.collectives, facts.places, facts.events, facts.sides, facts.outcomes])
    for (const e of list) labels.set(e.id, e.label);
  for (const s of facts.sources) labels.set(s.id, s.title);
  for (const c of facts.claims) labels.set(c.id, c.statement);
  return labels;
}

function lazy<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => {
    value ??= make();
    return value;
  };
}

/**
 * Mints IRIs: a dataset's resources under its base, the register's entities (actors, places, wider conflicts) under
 * the register's base, whichever dataset mentions them. Each IRI is made once per minter (a batch's scope): an id is
 * named about four times, and one term, whose string V8 flattens and hashes once, serves every later lookup of it.
 */
export function createMinter(base: string, register?: Register): (kind: ResourceKind, id: string) => NamedNode {
  const minted = new Map<ResourceKind, Map<string, NamedNode>>();
  return (kind, id) => {
    let byId = minted.get(kind);
    if (!byId) {
      byId = new Map();
      minted.set(kind, byId);
    }
    let node = byId.get(id);
    if (!node) {
      node = mintIri(register?.entries.get(id)?.kind === kind ? register.base : base, kind, id);
      byId.set(id, node);
    }
    return node;
  };
}

function kindsOf(facts: Facts): (id: string) => ResourceKind | undefined {
  const kinds = new Map<string, ResourceKind>();
  for (const section of SECTION_NAMES) {
    const kind = SECTION_KIND[section];
    if (kind !== 'mention') for (const e of facts[section]) kinds.set(e.id, kind);
  }
  for (const [id, { kind }] of facts.register?.entries ?? []) kinds.set(id, kind);
  return (id) => kinds.get(id);
}

interface Described extends Located, Qualifiers {
  id: string;
  note?: string;
  quote?: string;
  quotes?: Record<string, string>;
  cite?: CiteRef[];
  versionOf?: string;
  notListedBy?: string[];
  qualified?: QualifiedRef[];
}

/**
 * What every fact and entity carries: how it is known (the curator's inference, a doubt) and the qualified statements
 * of the links written as objects; its origin, its citations, the curator's note, the quoted source text (the
 * primary source's on the node, every other source's on a ckg:Quotation of its own), the fact it is another
 * source's version of (prov:alternateOf) and the sources whose complete list leaves it out (ckg:notListedBy).
 */
export function describe(scope: MapScope, node: NamedNode, entry: Described, label?: Label): void {
  const { out } = scope;
  out.origin(node, entry.spans['']);
  const cited = new Set((entry.cite ?? []).map((ref) => citation(scope, ref).value));
  for (const iri of cited) out.add(node, prov.wasDerivedFrom, namedNode(iri));
  if (entry.note) out.add(node, ckg.curatorNote, en(entry.note));
  if (entry.quote) out.add(node, ckg.sourceText, ko(entry.quote));
  for (const [source, text] of Object.entries(entry.quotes ?? {})) {
    // `--` never occurs in an id (slugs have single hyphens), so <fact>--<source> names one pair only.
    const q = scope.mint('quotation', `${entry.id}--${source}`);
    out.add(node, ckg.quotation, q);
    // An entry described twice (an actor and its membership fact) names its quotation twice, described once.
    if (!out.firstTime(q)) continue;
    out.origin(q, entry.spans[`quotes.${source}`] ?? entry.spans['']);
    out.add(q, rdf.type, ckg.Quotation);
    out.add(q, rdf.type, prov.Entity);
    out.add(q, ckg.sourceText, literal(text, scope.facts.sourceLanguages?.[source]));
    out.add(q, prov.wasQuotedFrom, scope.mint('source', source));
    // Labelled by the source's id, which every batch knows (a source's title is only in the batch that declares it).
    out.add(q, rdfs.label, ko(`${source} 인용문`));
    out.add(q, rdfs.label, en(`quotation from ${source}`));
  }
  if (entry.versionOf) out.add(node, prov.alternateOf, scope.iri(entry.versionOf));
  for (const source of entry.notListedBy ?? []) out.add(node, ckg.notListedBy, scope.mint('source', source));
  qualify(scope, node, entry, () => label ?? scope.labelOf(entry.id));
  // A qualified memberOf is carried by its ckg:Membership node (map-entities.ts), not by a statement.
  for (const ref of entry.qualified ?? []) if (ref.field !== 'memberOf') qualifiedStatement(scope, node, entry, ref);
}

/**
 * The curator's inference (`prov:wasGeneratedBy inference:<id>`, a ckg:CuratorInference that `prov:used` its
 * support) and the doubt (`ckg:certain false`, `ckg:uncertainty`) of a fact or a statement.
 */
function qualify(scope: MapScope, node: NamedNode, q: Qualifiers, labelOfNode: () => Label): void {
  const { out } = scope;
  if (q.inferred) {
    // Named after the node it generated (`inference:participation-<id>`): one entry may describe several nodes
    // (an actor and its membership), and register entities and dataset facts may share an id.
    const activity = scope.mint('inference', node.value.split('/').slice(-2).join('-'));
    out.types(activity, [ckg.CuratorInference, prov.Activity]);
    out.labels(activity, inferenceLabel(labelOfNode()));
    out.add(activity, ckg.inferenceReason, en(q.inferred.reason));
    for (const iri of new Set((q.inferred.support ?? []).map((ref) => citation(scope, ref).value)))
      out.add(activity, prov.used, namedNode(iri));
    out.add(node, prov.wasGeneratedBy, activity);
  }
  if (q.certain === false) {
    out.add(node, ckg.certain, bool(false));
    if (q.uncertainty) out.add(node, ckg.uncertainty, en(q.uncertainty));
  }
}

/** A link written as an object with an inference or a doubt: `statement:<entry>-<field>-<target>`, an rdf:Statement. */
function qualifiedStatement(scope: MapScope, subject: NamedNode, entry: Described, ref: QualifiedRef): void {
  if (!ref.inferred && ref.certain === undefined) return;
  const id = `${entry.id}-${ref.field === 'places' ? (ref.role ?? 'area') : ref.field.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}-${ref.id}`;
  const node = scope.mint('statement', id);
  const { out } = scope;
  out.origin(node, entry.spans[refPath(ref)] ?? entry.spans['']);
  out.types(node, [ckg.QualifiedStatement, rdf.Statement]);
  out.add(node, rdf.subject, subject);
  out.add(node, rdf.predicate, linkPredicate(ref));
  out.add(node, rdf.object, scope.iri(ref.id));
  const words = ref.field === 'places' ? (ref.role ?? 'area') : ref.field;
  const label = relationLabel(scope.labelOf(entry.id), words, scope.labelOf(ref.id));
  out.labels(node, label);
  qualify(scope, node, ref, () => label);
}

/** The predicate a qualified link stands for: ckg:memberOf, ckg:within, or the property of a place's role. */
export function linkPredicate(ref: Pick<QualifiedRef, 'field' | 'role'>): NamedNode {
  if (ref.field === 'memberOf') return ckg.memberOf;
  if (ref.field === 'within') return ckg.within;
  return PLACE_ROLE[ref.role ?? 'area'];
}

/** The property of each role a place plays in an event (all of them also `sem:hasPlace`). */
export const PLACE_ROLE: Record<PlaceRole, NamedNode> = {
  area: ckg.tookPlaceIn,
  origin: ckg.origin,
  destination: ckg.destination,
  target: ckg.targetPlace,
  position: ckg.positionedIn,
};

/** The node a cite entry stands for: a footnote (`citation:kowiki-20`, described here) or the source itself. */
export function citation(scope: MapScope, ref: CiteRef): NamedNode {
  const { source, footnote } = resolveCite(ref, scope.facts.dataset.primarySource);
  const doc = scope.mint('source', source);
  if (footnote === undefined) return doc;
  const node = scope.mint('citation', `${source}-${footnote}`);
  const { out } = scope;
  if (!out.firstTime(node)) return node;
  out.add(node, rdf.type, ckg.Citation);
  out.add(node, rdf.type, prov.Entity);
  out.add(node, ckg.inSource, doc);
  out.add(node, dcterms.isPartOf, doc);
  out.add(node, ckg.footnoteNumber, integer(footnote));
  out.add(node, rdfs.label, ko(`각주 ${footnote}`));
  out.add(node, rdfs.label, en(`footnote ${footnote}`));
  return node;
}

/** Adds `p <concept>` when the YAML gives a value. */
export function addConcept<S extends Parameters<typeof concept>[0]>(
  scope: MapScope,
  s: NamedNode,
  p: NamedNode,
  scheme: S,
  name: string | undefined,
): void {
  // The JSON Schema has checked the name against the scheme's concepts before mapping.
  if (name !== undefined) scope.out.add(s, p, concept(scheme, name as ConceptName<S>));
}
