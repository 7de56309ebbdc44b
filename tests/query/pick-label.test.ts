import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { pickGraphLabels, pickLabels } from '../../src/query/pick-label.ts';
import type { QueryResult } from '../../src/query/run-query.ts';
import { rdfs } from '../../src/vocab.ts';

const { namedNode, literal, quad } = DataFactory;
const hezbollah = namedNode('http://x/actor/hezbollah');
const nasrallah = namedNode('http://x/actor/nasrallah');
const hts = namedNode('http://x/actor/hts');

// A query selecting ?actor ?label ?group gets one row per language of each label.
const rows: QueryResult = {
  kind: 'bindings',
  vars: ['actor', 'label', 'group'],
  rows: [
    { actor: nasrallah, label: literal('하산 나스랄라', 'ko'), group: hezbollah },
    { actor: nasrallah, label: literal('Hassan Nasrallah', 'en'), group: hezbollah },
    { actor: hts, label: literal('레반트 자유인민위원회', 'ko') },
    { actor: hezbollah, label: literal('Hezbollah', 'en') },
    { actor: hezbollah, label: literal('헤즈볼라', 'ko') },
  ],
};

const labels = (r: QueryResult) =>
  r.kind === 'bindings' ? r.rows.map((row) => `${row.actor.value.slice(15)}=${row.label?.value}`) : [];

describe('pickLabels', () => {
  it('keeps one row per answer, labelled in the language asked for', () => {
    expect(labels(pickLabels(rows, 'en'))).toEqual([
      'nasrallah=Hassan Nasrallah',
      'hts=레반트 자유인민위원회',
      'hezbollah=Hezbollah',
    ]);
    expect(labels(pickLabels(rows, 'ko'))).toEqual([
      'nasrallah=하산 나스랄라',
      'hts=레반트 자유인민위원회',
      'hezbollah=헤즈볼라',
    ]);
  });

  it('keeps rows that differ in anything but a label', () => {
    const twoGroups: QueryResult = { ...rows, rows: [rows.rows[0], { ...rows.rows[0], group: hts }] } as QueryResult;
    expect(pickLabels(twoGroups, 'en')).toEqual(twoGroups);
  });
});

describe('pickGraphLabels', () => {
  it('drops the other-language labels of a subject only where the asked language is present', () => {
    const quads = [
      quad(hezbollah, rdfs.label, literal('헤즈볼라', 'ko')),
      quad(hezbollah, rdfs.label, literal('Hezbollah', 'en')),
      quad(hts, rdfs.label, literal('레반트 자유인민위원회', 'ko')),
    ];
    expect(pickGraphLabels(quads, 'en')).toEqual([quads[1], quads[2]]);
  });
});
