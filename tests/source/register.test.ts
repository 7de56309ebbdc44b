import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadFacts } from '../../src/source/load-facts.ts';
import { DiagnosticError, formatDiagnostic } from '../../src/diagnostics.ts';
import { copyFixture } from '../helpers/fixture-dir.ts';

/** Two datasets (alpha, beta) that mention the entities of one register (entities/). */
const REGISTER = 'tests/fixtures/register';

/** The problems of dataset `alpha` (or `beta`) after one edit of one file of the fixture; the copy shows as DIR. */
const problems = (file: string, edit: (text: string) => string, dataset = 'alpha'): string[] => {
  const dir = copyFixture(REGISTER, { [file]: edit });
  try {
    loadFacts(join(dir, dataset));
  } catch (e) {
    if (!(e instanceof DiagnosticError)) throw e;
    return e.diagnostics.map((d) => formatDiagnostic(d).replaceAll(dir, 'DIR'));
  }
  throw new Error('expected the changed dataset to be rejected');
};

describe('the shared entity register', () => {
  it('gives a dataset the register entities it mentions, and what it says about them', () => {
    const facts = loadFacts(`${REGISTER}/alpha`);
    expect(facts.mentions.map((m) => [m.kind, m.id])).toEqual([
      ['actor', 'red-army'],
      ['actor', 'blue-state'],
      ['place', 'hill-1'],
      ['event', 'long-war'],
    ]);
    expect(facts.mentions[0].memberOf).toBe('blue-state');
    expect(facts.actors).toEqual([]);
    expect([...facts.register!.entries.keys()]).toEqual([
      'red-army',
      'blue-state',
      'unused-actor',
      'hill-1',
      'long-war',
    ]);
    expect(facts.register!.entries.get('hill-1')!.entry.spans['geometry.wkt']).toEqual({
      file: `${REGISTER}/entities/places.yaml`,
      line: 7,
      column: 12,
    });
  });

  it('refuses a mention of an id the register does not define, with the closest one', () => {
    expect(problems('alpha/facts.yaml', (t) => t.replace('  - id: red-army\n', '  - id: red-amry\n'))).toEqual([
      'DIR/alpha/facts.yaml:3:9: error E_SOURCE_UNKNOWN_ID: expected the id of an actor of the entity register in actors (an entry without type mentions one), found unknown id "red-amry"\n  hint: did you mean "red-army"?',
    ]);
  });

  it('refuses a mention of a register entity of another kind', () => {
    expect(problems('alpha/facts.yaml', (t) => t.replace('  - id: hill-1\n', '  - id: blue-state\n'))).toEqual([
      'DIR/alpha/facts.yaml:10:9: error E_SOURCE_DUPLICATE_ID: expected one mention of "blue-state" per dataset, found another (first at DIR/alpha/facts.yaml:7:9)',
      'DIR/alpha/facts.yaml:22:14: error E_SOURCE_MENTION: expected "hill-1" in events.places to be mentioned by the dataset (an entry `- id: hill-1` with its quote and citation in its places), found it only in the entity register',
    ]);
    expect(problems('beta/facts.yaml', (t) => t.replace('  - id: hill-1\n', '  - id: long-war\n'), 'beta')).toEqual([
      'DIR/beta/facts.yaml:8:9: error E_SOURCE_UNKNOWN_ID: expected the id of a place of the entity register in places (an entry without type mentions one), found "long-war", which the register defines as event',
    ]);
  });

  it('refuses an entity defined twice in the register, naming the first definition', () => {
    expect(
      problems(
        'entities/actors.yaml',
        (t) => `${t}  - id: blue-state\n    type: state\n    label: {ko: 파란 나라, en: Blue Land}\n`,
      ),
    ).toEqual([
      'DIR/entities/actors.yaml:18:9: error E_SOURCE_DUPLICATE_ID: expected a unique id, found "blue-state" again (first defined at DIR/entities/actors.yaml:12:9)',
    ]);
  });

  it('refuses an entity both defined by the dataset and mentioned by it', () => {
    expect(
      problems('alpha/facts.yaml', (t) =>
        t.replace('places:\n', 'places:\n  - id: hill-1\n    type: hill\n    label: {ko: 고지, en: Hill}\n'),
      ),
    ).toEqual([
      'DIR/alpha/facts.yaml:13:9: error E_SOURCE_DUPLICATE_ID: expected "hill-1" in places to be either defined here or mentioned, found both',
    ]);
  });

  it('refuses a reference to a register entity that the dataset does not mention', () => {
    expect(
      problems('beta/facts.yaml', (t) => t.replace('    actor: red-army', '    actor: unused-actor'), 'beta'),
    ).toEqual([
      'DIR/beta/facts.yaml:21:12: error E_SOURCE_MENTION: expected "unused-actor" in participations.actor to be mentioned by the dataset (an entry `- id: unused-actor` with its quote and citation in its actors), found it only in the entity register',
    ]);
  });

  it('refuses what belongs to a dataset in the register: a citation, a membership', () => {
    expect(
      problems('entities/actors.yaml', (t) =>
        t.replace(
          '    label: {ko: 푸른 나라, en: Blue State}\n',
          '    label: {ko: 푸른 나라, en: Blue State}\n    cite: [1]\n',
        ),
      ),
    ).toEqual([
      'DIR/entities/actors.yaml:15:5: error E_SOURCE_REGISTER: expected the register to say who "blue-state" is (type, labels, links, geometry), found cite, which a dataset states with its citation',
    ]);
  });

  it('refuses a mention that gives a definition field, and a definition without its type', () => {
    expect(problems('alpha/facts.yaml', (t) => t.replace('    quote: 긴 전쟁\n', '    ordinal: 2\n'))).toEqual([
      'DIR/alpha/facts.yaml:15:5: error E_SOURCE_MENTION: expected events[0] to be a mention of a register entity (id, quote, cite, note, altLabels, partOf, places, inferred, certain, uncertainty) or a definition with class, found ordinal without class',
    ]);
    expect(
      problems('alpha/facts.yaml', (t) => t.replace('    memberOf: blue-state\n', '    label: {ko: 군, en: Army}\n')),
    ).toEqual([
      'DIR/alpha/facts.yaml:3:5: error E_SOURCE_MISSING_FIELD: expected field "type" in actors[0], found none',
    ]);
  });

  it('refuses a link without evidence, a malformed Wikidata id and a second link to the same dataset', () => {
    expect(
      problems('entities/actors.yaml', (t) => t.replace('        evidence: https://example.org/stored/red-army\n', '')),
    ).toEqual([
      'DIR/entities/actors.yaml:8:9: error E_SOURCE_MISSING_FIELD: expected field "evidence" in actors[0].links[0], found none',
    ]);
    expect(problems('entities/actors.yaml', (t) => t.replace('id: Q1234', 'id: Q01234'))).toEqual([
      'DIR/entities/actors.yaml:9:13: error E_SOURCE_LINK: expected a Wikidata item id (Q followed by digits, as Q1234) in links[0].id of "red-army", found "Q01234"',
    ]);
    expect(
      problems('entities/actors.yaml', (t) =>
        t.replace(
          '        evidence: https://example.org/stored/red-army\n',
          '        evidence: https://example.org/stored/red-army\n      - target: wikidata\n        id: Q5\n        match: close\n        evidence: https://example.org/x\n',
        ),
      ),
    ).toEqual([
      'DIR/entities/actors.yaml:12:17: error E_SOURCE_LINK: expected one link to wikidata per entity, found a second one for "red-army"',
    ]);
  });

  it('refuses a geometry that is not a WGS84 point, longitude first', () => {
    expect(problems('entities/places.yaml', (t) => t.replace('POINT(36.42 34.18)', 'POINT(34.18 96.42)'))).toEqual([
      'DIR/entities/places.yaml:7:12: error E_SOURCE_GEOMETRY: expected a WKT point in WGS84, longitude first (as POINT(36.41 34.18)), in geometry.wkt of "hill-1", found "POINT(34.18 96.42)": latitude 96.42 is outside -90…90',
    ]);
    expect(problems('entities/places.yaml', (t) => t.replace('POINT(36.42 34.18)', 'POLYGON((1 2, 3 4))'))).toEqual([
      'DIR/entities/places.yaml:7:12: error E_SOURCE_GEOMETRY: expected a WKT point in WGS84, longitude first (as POINT(36.41 34.18)), in geometry.wkt of "hill-1", found "POLYGON((1 2, 3 4))": not a 2D point of two decimal numbers',
    ]);
  });

  it('refuses an operation in the register: only wider conflicts are shared', () => {
    expect(problems('entities/places.yaml', (t) => t.replace('class: conflict', 'class: operation'))).toEqual([
      'DIR/entities/places.yaml:12:12: error E_SOURCE_REGISTER: expected a wider conflict (class: conflict) among the register\'s events, found class "operation"',
    ]);
  });

  it('says which register folder cannot be read', () => {
    expect(problems('alpha/dataset.yaml', (t) => t.replace('entities: ../entities', 'entities: ../missing'))).toEqual([
      'DIR/alpha/dataset.yaml:9:13: error E_SOURCE_IO: expected the entity register folder holding *.yaml files at DIR/missing, found nothing',
    ]);
  });
});
