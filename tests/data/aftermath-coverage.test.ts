// Checks that the aftermath dataset covers its stored copies: every quote verbatim in the copy it cites, the primary
// source's Aftermath footnotes cited, every hand-copied name and figure in the graph, agreeing sources cited together,
// disagreeing ones kept side by side, and the convoy linked to the Qalamoun dataset's 27 August agreement.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Quad } from 'n3';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/pipeline/run-pipeline.ts';
import { loadFacts } from '../../src/source/index.ts';
import { ckg, concept, prov, rdf, rdfs, schema, sem } from '../../src/vocab.ts';
import { AFTERMATH_NAMES, AFTERMATH_NUMBERS } from './aftermath-names.ts';
import {
  figureProblems,
  footnotesInText,
  type GraphIndex,
  nameProblems,
  indexGraph,
  objectsOf,
  quotesNotInCopies,
  sourcesCitedBy,
  storedCopies,
  uncitedFootnotes,
  unknownFootnotes,
} from './coverage-checks.ts';

const DATA_DIR = 'data/aftermath-2017';
const QALAMOUN = 'https://w3id.org/conflict-kg/id/qalamoun-2017/';
const SOURCES = parse(readFileSync(`${DATA_DIR}/dataset.yaml`, 'utf8')).sources as {
  id: string;
  file: string;
  footnotes?: number[];
}[];
const TEXT = Object.fromEntries(SOURCES.map((s) => [s.id, readFileSync(`${DATA_DIR}/${s.file}`, 'utf8')]));

let quads: Quad[];
let base: string;
let graph: GraphIndex;

beforeAll(async () => {
  const built = await buildGraph({ dataDir: DATA_DIR });
  quads = built.quads;
  base = built.base;
  graph = indexGraph(quads, base, 'enwiki-gravy');
});

const objects = (s: string, p: Quad['predicate']) => objectsOf(graph, s, p);

describe('the aftermath dataset (the convoy to Abu Kamal)', () => {
  it('quotes every source verbatim from the stored copy it cites', () => {
    expect(quotesNotInCopies(quads, storedCopies(DATA_DIR, base))).toEqual([]);
  });

  it('declares the footnotes of the primary copy and cites every one of its Aftermath section', () => {
    const gravy = SOURCES.find((s) => s.id === 'enwiki-gravy')!;
    expect([...(gravy.footnotes ?? [])].sort((a, b) => a - b)).toEqual(footnotesInText(TEXT['enwiki-gravy']));
    // [21]–[23] close the lead (the Qalamoun dataset's), the rest the Aftermath section.
    expect(uncitedFootnotes(TEXT['enwiki-gravy'], quads, 'enwiki-gravy')).toEqual([21, 22, 23]);
    expect(unknownFootnotes(TEXT['enwiki-gravy'], quads, 'enwiki-gravy')).toEqual([]);
  });

  it('cites every source it declares', () => {
    const cited = new Set(quads.flatMap((q) => (q.predicate.equals(prov.wasDerivedFrom) ? [q.object.value] : [])));
    const citedSources = new Set([...cited].map((c) => c.replace(/\/citation\/(.+)-\d+$/, '/source/$1')));
    for (const s of SOURCES) expect(citedSources.has(`${base}source/${s.id}`), s.id).toBe(true);
  });

  it('takes every hand-copied name from the copies it lists, and holds it for its entity', () => {
    expect(nameProblems(graph, AFTERMATH_NAMES, TEXT)).toEqual([]);
  });

  it('holds every figure as the value of a quantity citing the copy it was read in', () => {
    expect(figureProblems(graph, quads, AFTERMATH_NUMBERS, TEXT)).toEqual([]);
  });

  it('holds the bus counts as vehicle quantities (unit vehicle), each source’s version beside the one it differs from', () => {
    const q = (id: string) => `${base}quantity/${id}`;
    expect(objects(q('buses-in-convoy'), rdf.type)).toContain(ckg.VehicleCount.value);
    expect(objects(q('buses-in-convoy'), ckg.quantityKind)).toEqual([concept('quantity-kind', 'vehicles').value]);
    expect(objects(q('buses-in-convoy'), schema.unitCode)).toEqual(['C62']);
    // "Nearly two dozen" [TRT]: approximately 24, a version of the 17 five sources agree on
    expect(objects(q('buses-trt'), ckg.qualifier)).toEqual([concept('qualifier', 'approximately').value]);
    expect(objects(q('buses-trt'), prov.alternateOf)).toEqual([q('buses-in-convoy')]);
    expect(sourcesCitedBy(quads, q('buses-in-convoy'))).toHaveLength(5);
    // the split: 11 remaining [the coalition] against 10 [Iraq Morning]; Hezbollah's six stayed, the coalition's turned back
    expect(objects(q('buses-remaining-iraqmorning'), prov.alternateOf)).toEqual([q('buses-remaining')]);
    expect(objects(q('buses-in-government-territory-hezbollah'), prov.alternateOf)).toEqual([q('buses-returned')]);
    // "upward of 200" fighters [Military Times]: a lower bound
    expect(objects(q('fighters-military-times'), schema.minValue)).toEqual(['200']);
  });

  it('types the stranding a blockade, and the coalition’s denial a party-to claim about the agreement it names', () => {
    expect(objects(`${base}event/convoy-stranded`, sem.eventType)).toEqual([concept('event-type', 'blockade').value]);
    const claim = `${base}claim/coalition-denies-party-to-agreement`;
    expect(objects(claim, rdf.predicate)).toEqual([ckg.partyTo.value]);
    expect(objects(claim, rdf.object)).toEqual([`${base}event/evacuation-deal`]);
    expect(objects(claim, ckg.stance)).toEqual([concept('stance', 'denied').value]);
    expect(sourcesCitedBy(quads, claim)).toContain(`${base}source/latimes-2017-08-30`);
  });

  it('cites both sources on a figure they agree on: 85 killed (Air & Space Forces, Iraq Morning)', () => {
    expect(sourcesCitedBy(quads, `${base}quantity/killed-in-strikes`)).toEqual([
      `${base}source/airandspace-2017-09`,
      `${base}source/iraqmorning-2017-09-05`,
    ]);
  });

  it('keeps each source’s size of the convoy, side by side: about 400 [Wikipedia], about 670 [DoD]', () => {
    const gravy = `${base}quantity/evacuees-gravy`;
    const dod = `${base}quantity/evacuees-dod`;
    expect(objects(gravy, schema.value)).toEqual(['400']);
    expect(objects(dod, schema.value)).toEqual(['670']);
    expect(objects(dod, prov.alternateOf)).toEqual([gravy]);
    expect(sourcesCitedBy(quads, gravy)).toEqual([`${base}source/enwiki-gravy`]);
    expect(sourcesCitedBy(quads, dod)).toEqual([`${base}source/dod-2017-08-30`]);
    // and the strikes' target: the convoy [Wikipedia] against vehicles and fighters, not the convoy [the coalition]
    expect(objects(`${base}participation/convoy-target-coalition`, prov.alternateOf)).toEqual([
      `${base}participation/convoy-target`,
    ]);
  });

  it('links the convoy to the Qalamoun dataset’s 27 August agreement, one node across both datasets', () => {
    const agreement = `${QALAMOUN}event/isil-ceasefire-27-august`;
    expect(objects(`${base}event/convoy-departure`, ckg.follows)).toEqual([agreement]);
    expect(objects(agreement, rdfs.isDefinedBy)).toEqual([`${QALAMOUN}dataset/qalamoun-2017`]);
    const label = objects(`${base}eventrelation/departure-follows-isil-ceasefire`, rdfs.label);
    expect(label.join(' ')).toContain('Ceasefire agreement of 27 August');
  });
});

describe('a cross-dataset event reference (eventRelations.objectDataset)', () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'ckg-foreign-'));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  const dataset = (object: string, folder: string) => `dataset:
  id: tiny
  title: {ko: 작은, en: tiny}
  description: {ko: 작은, en: tiny}
  license: https://creativecommons.org/licenses/by-sa/4.0/
  primarySource: s
sources:
  - {id: s, title: {ko: s, en: s}, url: https://example.org/s, language: en}
events:
  - {id: e, class: incident, type: statement, label: {ko: e, en: e}, date: 2017-08-29, cite: [s]}
eventRelations:
  - id: r
    subject: e
    relation: follows
    object: ${object}
    objectDataset: ${folder}
    cite: [s]
`;

  it('is refused in one located line when the other dataset has no such event, with the closest id', () => {
    writeFileSync(join(dir, 'dataset.yaml'), dataset('isil-ceasefire-27-agust', resolve('data/qalamoun-2017')));
    expect(() => loadFacts(dir)).toThrowError(
      /dataset\.yaml:15:13: error E_SOURCE_UNKNOWN_ID: expected the id of an event of dataset "qalamoun-2017" \(.*\) in eventRelations\.object, found unknown id "isil-ceasefire-27-agust"\n {2}hint: did you mean "isil-ceasefire-27-august"\?$/,
    );
  });

  it('is refused when the id names something else there, or the folder holds no dataset', () => {
    writeFileSync(join(dir, 'dataset.yaml'), dataset('side-hezbollah-syria', resolve('data/qalamoun-2017')));
    expect(() => loadFacts(dir)).toThrowError(
      /E_SOURCE_(WRONG_KIND|UNKNOWN_ID): expected the id of an event of dataset "qalamoun-2017"/,
    );
    writeFileSync(join(dir, 'dataset.yaml'), dataset('x', resolve('data/no-such-dataset')));
    expect(() => loadFacts(dir)).toThrowError(
      /dataset\.yaml:16:20: error E_SOURCE_UNKNOWN_ID: expected a dataset folder that loads in eventRelations\.objectDataset/,
    );
  });

  it('mints the other dataset’s event under that dataset’s base', async () => {
    writeFileSync(join(dir, 'dataset.yaml'), dataset('isil-ceasefire-27-august', resolve('data/qalamoun-2017')));
    const graph = await buildGraph({ dataDir: dir });
    const follows = graph.quads.filter((q) => q.predicate.equals(ckg.follows)).map((q) => q.object.value);
    expect(follows).toEqual([`${QALAMOUN}event/isil-ceasefire-27-august`]);
  });
});
