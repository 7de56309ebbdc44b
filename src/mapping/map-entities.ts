// Maps the dataset, its sources, actors and places (the entities that facts refer to).
import { DataFactory, type NamedNode } from 'n3';
import { literal } from './literal.ts';
import type { ActorFact, DatasetFact, PlaceFact, SourceFact } from '../source/index.ts';
import { ckg, crm, dcterms, geo, prov, schema, sem } from '../vocab.ts';
import { addConcept, describe, type MapContext } from './context.ts';
import { en, ko } from './emitter.ts';

const { namedNode } = DataFactory;

/** Produces ckg:Dataset; checked by the dataset shape. */
export function mapDataset(ctx: MapContext, d: DatasetFact): void {
  const node = ctx.mint('dataset', d.id);
  const source = ctx.mint('source', d.primarySource);
  ctx.out.origin(node, d.spans['']);
  ctx.out.types(node, [ckg.Dataset]);
  ctx.out.labels(node, d.title);
  ctx.out.add(node, dcterms.title, ko(d.title.ko));
  ctx.out.add(node, dcterms.title, en(d.title.en));
  ctx.out.add(node, dcterms.description, ko(d.description.ko));
  ctx.out.add(node, dcterms.description, en(d.description.en));
  ctx.out.add(node, dcterms.license, namedNode(d.license));
  ctx.out.add(node, ckg.primarySource, source);
  ctx.out.add(node, prov.wasDerivedFrom, source);
  if (d.note) ctx.out.add(node, ckg.curatorNote, en(d.note));
}

/** Produces ckg:SourceDocument (a prov:Entity and schema:WebPage). */
export function mapSource(ctx: MapContext, s: SourceFact): void {
  const node = ctx.mint('source', s.id);
  describe(ctx, node, s);
  ctx.out.types(node, [ckg.SourceDocument, prov.Entity, schema.WebPage]);
  ctx.out.labels(node, s.title);
  ctx.out.add(node, schema.url, namedNode(s.url));
  ctx.out.add(node, schema.inLanguage, literal(s.language));
  if (s.license) ctx.out.add(node, dcterms.license, namedNode(s.license));
}

const ACTOR_CLASSES: Record<ActorFact['type'], NamedNode[]> = {
  state: [ckg.State, crm.E74_Group, schema.Organization],
  'armed-forces': [ckg.ArmedForces, crm.E74_Group, schema.Organization],
  'armed-group': [ckg.ArmedGroup, crm.E74_Group, schema.Organization],
  unit: [ckg.Unit, crm.E74_Group, schema.Organization],
  person: [ckg.Person, crm.E21_Person, schema.Person],
};

/** Produces ckg:Actor with its kind's classes (sem:Actor, crm:E39_Actor, and group or person). */
export function mapActor(ctx: MapContext, a: ActorFact): void {
  const node = ctx.mint('actor', a.id);
  describe(ctx, node, a);
  ctx.out.types(node, [ckg.Actor, sem.Actor, crm.E39_Actor, ...ACTOR_CLASSES[a.type]]);
  ctx.out.labels(node, a.label, a.altLabels);
  addConcept(ctx, node, sem.actorType, 'actor-type', a.type);
  addConcept(ctx, node, ckg.englishLabelKind, 'english-label-kind', a.englishLabel);
  if (a.memberOf) {
    ctx.out.add(node, ckg.memberOf, ctx.iri(a.memberOf));
    ctx.out.add(node, schema.memberOf, ctx.iri(a.memberOf));
  }
  for (const iri of new Set(a.sameAs)) ctx.out.add(node, schema.sameAs, namedNode(iri));
}

/** Produces ckg:Place (sem:Place, crm:E53_Place, schema:Place, geo:Feature) with what it lies within. */
export function mapPlace(ctx: MapContext, p: PlaceFact): void {
  const node = ctx.mint('place', p.id);
  describe(ctx, node, p);
  ctx.out.types(node, [ckg.Place, sem.Place, crm.E53_Place, schema.Place, geo.Feature]);
  ctx.out.labels(node, p.label, p.altLabels);
  addConcept(ctx, node, ckg.placeType, 'place-type', p.type);
  addConcept(ctx, node, sem.placeType, 'place-type', p.type);
  addConcept(ctx, node, ckg.englishLabelKind, 'english-label-kind', p.englishLabel);
  for (const id of new Set(p.within)) {
    const outer = ctx.iri(id);
    for (const prop of [ckg.within, geo.sfWithin, crm.P89_falls_within, schema.containedInPlace])
      ctx.out.add(node, prop, outer);
  }
  for (const iri of new Set(p.sameAs)) ctx.out.add(node, schema.sameAs, namedNode(iri));
}
