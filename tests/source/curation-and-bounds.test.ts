import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { copyFixture, loadProblems, MINI } from '../helpers/fixture-dir.ts';

/** Loads a copy of the mini dataset with one edit and returns the formatted diagnostics, the folder shown as DIR. */
const problems = (file: string, edit: (text: string) => string) => loadProblems(copyFixture(MINI, { [file]: edit }));

/** The mini dataset with sections appended to facts.yaml. */
const withExtra = (extra: string) => (t: string) => `${t}${extra}`;

const RELATIONS = `eventRelations:
  - id: capture-follows-offensive
    subject: capture-hill-1
    relation: follows
    object: offensive
    gap: P1D
    cite: [1]
placeRelations:
  - id: hill-near-hill
    subject: hill-1
    relation: near
    object: hill-1
    inferred: {reason: A test., support: [2]}
collectives:
  - id: red-remnants
    label: {ko: 붉은 잔존세력, en: Red remnants}
    memberOf: red-army
    cite: [1]
`;

describe('curator inference, uncertainty, bounds and relations in the source', () => {
  it('reads relations, collectives, bounds, durations and qualified links', () => {
    const dir = copyFixture(MINI, {
      'facts.yaml': (t) =>
        withExtra(RELATIONS)(
          t
            .replace(
              '    places: [hill-1]\n',
              '    places: [{id: hill-1, role: target, certain: false, uncertainty: Unclear.}]\n    duration: PT6H\n',
            )
            .replace('    date: 2014-08\n', '    bounds: {notBefore: 2014-08, notAfter: 2014-09}\n'),
        ),
    });
    const facts = loadFacts(dir);
    expect(facts.eventRelations.map((r) => `${r.subject} ${r.relation} ${r.object} ${r.gap}`)).toEqual([
      'capture-hill-1 follows offensive P1D',
    ]);
    expect(facts.collectives.map((c) => c.memberOf)).toEqual(['red-army']);
    const capture = facts.events.find((e) => e.id === 'capture-hill-1')!;
    expect(capture.places).toEqual(['hill-1']);
    expect(capture.qualified).toEqual([
      { field: 'places', index: 0, id: 'hill-1', role: 'target', certain: false, uncertainty: 'Unclear.' },
    ]);
  });

  it('reports a duration that is not an xsd:duration at file:line:col', () => {
    expect(
      problems('facts.yaml', (t) =>
        t.replace('    places: [hill-1]\n', '    places: [hill-1]\n    duration: three days\n'),
      ),
    ).toEqual([
      'DIR/facts.yaml:29:15: error E_SOURCE_VALUE: expected an xsd:duration (ISO 8601, e.g. P3D for three days) at events[1].duration, found "three days"',
    ]);
  });

  it("reports a bound after its own event's end", () => {
    expect(
      problems('facts.yaml', (t) =>
        t.replace('    date: 2014-08\n', '    date: 2014-08\n    bounds: {after: capture-hill-1}\n'),
      ),
    ).toEqual([
      'DIR/facts.yaml:36:13: error E_SOURCE_RANGE: expected the bounds of event "older-battle" to leave room for it, found its lower bound 2017-07-22T00:00:00 after its own end 2014-08-31T23:59:59',
    ]);
  });

  it('reports a bound by an event that is neither dated nor bounded', () => {
    const undated = (t: string) =>
      t
        .replace('    date: 2014-08\n', '')
        .replace(
          '    date: {date: 2017-07-22, expression: 다음 날, relativeTo: offensive}\n',
          '    bounds: {after: older-battle}\n',
        );
    expect(problems('facts.yaml', undated)).toEqual([
      'DIR/facts.yaml:27:21: error E_SOURCE_VALUE: expected the event of events[1].bounds.after to be dated or bounded, found "older-battle" with neither (a bound by it says nothing)',
    ]);
  });

  it('reports an inference without a reason', () => {
    expect(problems('facts.yaml', (t) => t.replace('    cite: [2]\n', '    inferred: {support: [2]}\n'))).toEqual([
      'DIR/facts.yaml:36:5: error E_SOURCE_MISSING_FIELD: expected field "reason" in events[2].inferred, found none',
    ]);
  });

  it('reports a fact with neither cite nor inferred', () => {
    expect(
      problems('facts.yaml', (t) => t.replace('    date: 2014-08\n    cite: [2]\n', '    date: 2014-08\n')),
    ).toEqual([
      'DIR/facts.yaml:31:5: error E_SOURCE_MISSING_FIELD: expected field "cite" (the source\'s footnotes) or "inferred" (the curator\'s reason) in events[2], found neither',
    ]);
  });

  it('reports a doubt without its reason, on a fact and on a link', () => {
    const edit = (t: string) =>
      t
        .replace('    date: 2014-08\n', '    date: 2014-08\n    certain: false\n')
        .replace('    places: [hill-1]\n', '    places: [{id: hill-1, certain: false}]\n');
    expect(problems('facts.yaml', edit)).toEqual([
      'DIR/facts.yaml:28:14: error E_SOURCE_MISSING_FIELD: expected field "uncertainty" saying why events[1].places.0 ("capture-hill-1") is uncertain, found none',
      'DIR/facts.yaml:36:14: error E_SOURCE_MISSING_FIELD: expected field "uncertainty" saying why events[2] ("older-battle") is uncertain, found none',
    ]);
  });

  it('reports a gap on a relation that is no sequence, and a relation to a place that is an event', () => {
    const edit = withExtra(
      RELATIONS.replace('relation: follows', 'relation: causes').replace('object: hill-1', 'object: offensive'),
    );
    expect(problems('facts.yaml', edit)).toEqual([
      'DIR/facts.yaml:85:13: error E_SOURCE_WRONG_KIND: expected the id of a place in placeRelations.object, found "offensive", which is an event',
      'DIR/facts.yaml:79:10: error E_SOURCE_VALUE: expected a gap only on a follows or precedes relation in "capture-follows-offensive", found one on "causes"',
    ]);
  });
});
