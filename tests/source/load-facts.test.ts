import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { copyFixture, loadProblems, MINI } from '../helpers/fixture-dir.ts';

/** Loads a copy of the mini dataset with one edit and returns the formatted diagnostics, the folder shown as DIR. */
const problems = (file: string, edit: (text: string) => string) => loadProblems(copyFixture(MINI, { [file]: edit }));

describe('loadFacts', () => {
  it('reads every section of a valid dataset with the position of each entry', () => {
    const facts = loadFacts(MINI);
    expect(facts.dataset.id).toBe('mini');
    expect(facts.events.map((e) => e.id)).toEqual(['offensive', 'capture-hill-1', 'older-battle']);
    expect(facts.events[1].spans['']).toEqual({ file: `${MINI}/facts.yaml`, line: 22, column: 5 });
    expect(facts.events[1].spans['date.expression']).toEqual({ file: `${MINI}/facts.yaml`, line: 27, column: 42 });
    expect(facts.files).toEqual([`${MINI}/dataset.yaml`, `${MINI}/facts.yaml`]);
  });

  it('reports a YAML syntax error with its line and column', () => {
    expect(
      problems('facts.yaml', (t) =>
        t.replace('label: {ko: 붉은 군대, en: Red Army}', 'label: {ko: 붉은 군대, en: Red Army'),
      ),
    ).toEqual([
      'DIR/facts.yaml:6:3: error E_SOURCE_SYNTAX: expected valid YAML, found a syntax error: Flow map in block collection must be sufficiently indented and end with a }',
    ]);
  });

  it('reports an unknown field at the field, listing the allowed ones', () => {
    expect(
      problems('facts.yaml', (t) => t.replace('    englishLabel: translation', '    englishLabl: translation')),
    ).toEqual([
      'DIR/facts.yaml:9:5: error E_SOURCE_UNKNOWN_FIELD: expected one of the fields id, type, label, altLabels, englishLabel, memberOf, note, quote, cite, links, inferred, certain, uncertainty in actors[1], found unknown field "englishLabl"',
    ]);
  });

  it('reports a missing field at the entry', () => {
    expect(problems('facts.yaml', (t) => t.replace('    type: hill\n', ''))).toEqual([
      'DIR/facts.yaml:11:5: error E_SOURCE_MISSING_FIELD: expected field "type" in places[0], found none',
    ]);
  });

  it('reports an impossible date with what is wrong with it', () => {
    expect(problems('facts.yaml', (t) => t.replace('end: 2017-08-28', 'end: 2017-13-45'))).toEqual([
      'DIR/facts.yaml:20:10: error E_SOURCE_DATE: expected a real calendar date at events[0].end, found "2017-13-45": month 13 does not exist',
    ]);
    expect(problems('facts.yaml', (t) => t.replace('end: 2017-08-28', 'end: 2017-02-29'))).toEqual([
      'DIR/facts.yaml:20:10: error E_SOURCE_DATE: expected a real calendar date at events[0].end, found "2017-02-29": day 29 does not exist in 2017-02, which has 28 days',
    ]);
  });

  it('reports a date that is not of a date form', () => {
    expect(problems('facts.yaml', (t) => t.replace('date: 2014-08', 'date: Aug 2014'))).toEqual([
      'DIR/facts.yaml:35:11: error E_SOURCE_DATE: expected a date YYYY-MM-DD, YYYY-MM or YYYY at events[2].date, found "Aug 2014"',
    ]);
  });

  it('reports a reference to an unknown id with the closest known one', () => {
    expect(problems('facts.yaml', (t) => t.replace('actor: red-army', 'actor: red-amry'))).toEqual([
      'DIR/facts.yaml:46:12: error E_SOURCE_UNKNOWN_ID: expected the id of an actor or a collective in participations.actor, found unknown id "red-amry"\n  hint: did you mean "red-army"?',
    ]);
  });

  it('reports a reference to an entry of the wrong kind', () => {
    expect(problems('facts.yaml', (t) => t.replace('places: [hill-1]', 'places: [red-army]'))).toEqual([
      'DIR/facts.yaml:28:14: error E_SOURCE_WRONG_KIND: expected the id of a place in events.places, found "red-army", which is an actor',
    ]);
  });

  it('reports a duplicate id where it is repeated, naming the first definition', () => {
    expect(problems('facts.yaml', (t) => t.replace('id: blue-force', 'id: red-army'))).toContainEqual(
      'DIR/facts.yaml:6:9: error E_SOURCE_DUPLICATE_ID: expected a unique id, found "red-army" again (first defined at DIR/facts.yaml:3:9)',
    );
  });

  it('reports a range whose minimum exceeds its maximum', () => {
    expect(problems('facts.yaml', (t) => t.replace('min: 1500', 'min: 5000'))).toEqual([
      'DIR/facts.yaml:54:10: error E_SOURCE_RANGE: expected min ≤ max in quantity "red-strength", found min 5000 > max 4000',
    ]);
  });

  it('reports a footnote the source does not have, listing the ones it has', () => {
    expect(problems('facts.yaml', (t) => t.replace('cite: [2]', 'cite: [8]'))).toEqual([
      'DIR/facts.yaml:36:12: error E_SOURCE_UNKNOWN_FOOTNOTE: expected a footnote that source "wiki" has (1–3), found [8]',
    ]);
  });

  it('reports an event that ends before it begins', () => {
    expect(problems('facts.yaml', (t) => t.replace('begin: 2017-07-21', 'begin: 2017-09-01'))).toEqual([
      'DIR/facts.yaml:20:10: error E_SOURCE_RANGE: expected begin ≤ end in event "offensive", found begin 2017-09-01 after end 2017-08-28',
    ]);
  });

  it('collects every problem of every file instead of stopping at the first', () => {
    const found = problems('facts.yaml', (t) =>
      t.replace('min: 1500', 'min: 5000').replace('cite: [2]', 'cite: [8]').replace('actor: red-army', 'actor: nobody'),
    );
    expect(found.map((l) => l.split(' ')[2].replace(':', ''))).toEqual([
      'E_SOURCE_UNKNOWN_ID',
      'E_SOURCE_RANGE',
      'E_SOURCE_UNKNOWN_FOOTNOTE',
    ]);
  });

  it('reports a folder without YAML files', () => {
    expect(() => loadFacts('tests/fixtures/no-such-folder')).toThrow(
      'error E_SOURCE_IO: expected a dataset folder holding *.yaml files at tests/fixtures/no-such-folder, found nothing',
    );
  });
});
