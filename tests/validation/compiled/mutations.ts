// One graph change per SHACL constraint component that makes a focus node violate that constraint.
import { DataFactory, type Quad } from 'n3';
import type { Term } from '@rdfjs/types';
import { NS } from '../../../src/vocab.ts';
import type { Check, CompiledShape } from '../../../src/validation/compiled/model.ts';
import type { DataIndex } from '../../../src/validation/compiled/data-index.ts';
import type { ShapesGraph } from '../../../src/validation/compiled/shapes-graph.ts';

const { quad, namedNode, literal, blankNode } = DataFactory;
const SH = NS.sh;
const xsd = (n: string) => namedNode(`${NS.xsd}${n}`);

export interface Site {
  shape: CompiledShape;
  check: Check;
}

export interface Mutation {
  remove: Quad[];
  add: Quad[];
}

interface Target {
  focus: Quad['subject'];
  data: DataIndex;
  graph: ShapesGraph;
  fresh: () => string;
}

type Mutator = (site: Site, t: Target) => Mutation;

const untyped = (t: Target) => namedNode(`urn:conflict-kg:test:${t.fresh()}`);
const add = (...quads: Quad[]): Mutation => ({ remove: [], add: quads });

/** The predicate of a property shape's path (the last step of a sequence path); the inverse flag for inverse paths. */
function predicate(site: Site): { p: Quad['predicate']; inverse: boolean } {
  const path = site.shape.path;
  if (!path) throw new Error(`cannot inject a ${site.check.component} violation on a node shape`);
  if (path.kind === 'sequence') throw new Error(`cannot inject a ${site.check.component} violation on a sequence path`);
  return { p: namedNode(path.iri), inverse: path.kind === 'inverse' };
}

/** Adds one value on the shape's path (for an inverse path, a new subject pointing at the focus). */
function addValue(site: Site, t: Target, value: Quad['object']): Quad {
  const { p, inverse } = predicate(site);
  return inverse ? quad(value as Quad['subject'], p, t.focus) : quad(t.focus, p, value);
}

function currentValues(site: Site, t: Target): Quad[] {
  const { p, inverse } = predicate(site);
  return inverse
    ? t.data.subjects(t.focus, p.value).map((s) => quad(s as Quad['subject'], p, t.focus))
    : t.data.objects(t.focus, p.value).map((o) => quad(t.focus, p, o as Quad['object']));
}

/** Values the qualified value shape accepts: its sh:in members, or a literal in its sh:languageIn language. */
function qualifying(site: Site, t: Target): { matches: (v: Term) => boolean; examples: Quad['object'][] } {
  const shape = site.check.params.qualifiedValueShape!;
  const inHead = t.graph.one(shape, `${SH}in`);
  if (inHead) {
    const members = t.graph.list(inHead);
    return { matches: (v) => members.some((m) => m.equals(v)), examples: members as Quad['object'][] };
  }
  const langHead = t.graph.one(shape, `${SH}languageIn`);
  if (langHead) {
    const langs = t.graph.list(langHead).map((l) => l.value);
    return {
      matches: (v) => v.termType === 'Literal' && langs.includes(v.language),
      examples: [literal('extra 1', langs[0]), literal('extra 2', langs[0])],
    };
  }
  throw new Error(
    'cannot inject a qualified-count violation for a qualified value shape without sh:in or sh:languageIn',
  );
}

/** Makes the focus node conform to a shape used inside sh:xone (a value on its path, or on its first sh:or member's). */
function satisfy(shape: Term, t: Target): Quad[] {
  const path = t.graph.one(shape, `${SH}path`);
  if (path) return [quad(t.focus, path as Quad['predicate'], literal('1', xsd('integer')))];
  const or = t.graph.one(shape, `${SH}or`);
  if (or) return satisfy(t.graph.list(or)[0], t);
  throw new Error('cannot make a node conform to an sh:xone member without sh:path or sh:or');
}

/** Makes the focus node fail every sh:or member: it loses the sh:hasValue values the members' property shapes ask for. */
function failEvery(members: Term[], t: Target): Quad[] {
  return members
    .flatMap((m) => t.graph.out(m, `${SH}property`))
    .flatMap((p) => {
      const path = t.graph.one(p, `${SH}path`);
      const value = t.graph.one(p, `${SH}hasValue`);
      return path && value ? [quad(t.focus, path as Quad['predicate'], value as Quad['object'])] : [];
    });
}

const MUTATORS: Record<string, Mutator> = {
  MinCountConstraintComponent: (s, t) => ({ remove: currentValues(s, t), add: [] }),
  MaxCountConstraintComponent: (s, t) =>
    add(...Array.from({ length: Number(s.check.params.maxCount!.value) + 1 }, () => addValue(s, t, untyped(t)))),
  DatatypeConstraintComponent: (s, t) =>
    add(
      addValue(
        s,
        t,
        literal(
          'not of the datatype',
          s.check.params.datatype!.value === `${NS.xsd}integer` ? xsd('string') : xsd('integer'),
        ),
      ),
    ),
  NodeKindConstraintComponent: (s, t) =>
    s.shape.path
      ? add(addValue(s, t, literal('a literal where an IRI belongs')))
      : add(
          quad(
            blankNode(t.fresh()),
            namedNode(`${NS.rdf}type`),
            t.data.objects(t.focus, `${NS.rdf}type`)[0] as Quad['object'],
          ),
        ),
  ClassConstraintComponent: (s, t) => add(addValue(s, t, untyped(t))),
  InConstraintComponent: (s, t) => add(addValue(s, t, untyped(t))),
  PatternConstraintComponent: (s, t) => add(addValue(s, t, literal('NOT A MATCH!'))),
  LanguageInConstraintComponent: (s, t) => add(addValue(s, t, literal('wrong language', 'xx'))),
  UniqueLangConstraintComponent: (s, t) =>
    add(addValue(s, t, literal('same language 1', 'en')), addValue(s, t, literal('same language 2', 'en'))),
  MinInclusiveConstraintComponent: (s, t) => add(addValue(s, t, literal('-1', xsd('integer')))),
  LessThanOrEqualsConstraintComponent: (s, t) =>
    add(
      addValue(s, t, literal('9999-12-31T23:59:59', xsd('dateTime'))),
      quad(
        t.focus,
        s.check.params.lessThanOrEquals as Quad['predicate'],
        literal('1000-01-01T00:00:00', xsd('dateTime')),
      ),
    ),
  HasValueConstraintComponent: (s, t) => ({
    remove: [addValue(s, t, s.check.params.hasValue as Quad['object'])],
    add: [],
  }),
  QualifiedMinCountConstraintComponent: (s, t) => ({
    remove: currentValues(s, t).filter((q) => qualifying(s, t).matches(predicate(s).inverse ? q.subject : q.object)),
    add: [],
  }),
  QualifiedMaxCountConstraintComponent: (s, t) => add(...qualifying(s, t).examples.map((v) => addValue(s, t, v))),
  OrConstraintComponent: (s, t) =>
    s.shape.path
      ? add(addValue(s, t, untyped(t)))
      : { remove: failEvery(t.graph.list(s.check.params.or!), t), add: [] },
  XoneConstraintComponent: (s, t) => add(...t.graph.list(s.check.params.xone!).flatMap((m) => satisfy(m, t))),
  EqualsConstraintComponent: (s, t) => add(quad(t.focus, s.check.params.equals as Quad['predicate'], untyped(t))),
};

/** The change that violates one constraint at one focus node. @throws Error for a component without a mutator. */
export function mutationFor(site: Site, target: Target): Mutation {
  const mutate = MUTATORS[site.check.component];
  if (!mutate) throw new Error(`cannot inject a ${site.check.component} violation (no mutation for it yet)`);
  return mutate(site, target);
}
