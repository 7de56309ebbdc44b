import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportDataset } from '../../src/pipeline/run-pipeline.ts';
import { prefixesFor, SHARED_BASE } from '../../src/vocab.ts';
import { closeNames, findQuery, readCatalogue } from '../../src/query/catalogue.ts';
import type { SparqlStore } from '../../src/query/sparql-store.ts';
import { pickLabels } from '../../src/query/pick-label.ts';
import { prepareQuery, runQuery, type QueryResult } from '../../src/query/run-query.ts';
import { codeTokens } from '../../src/sparql-tokens.ts';
import { asSet, baseOf, compactIri, compactRows, fixtureStore, storeOf } from './helpers.ts';

const CATALOGUE = readCatalogue();

/** The parameters each catalogue query is pinned with on the Qalamoun data. */
const PARAMS: Record<string, Record<string, string>> = {
  'actor-activity': { actor: 'hezbollah' },
  'event-graph': { event: 'isil-surrender-to-hezbollah' },
  'event-participants': { event: 'isil-surrender-to-hezbollah' },
  'events-at-place': { place: 'arsal' },
  'events-between': { from: '2017-08-19', to: '2017-08-19' },
  'facts-citing-footnote': { footnote: '15' },
};

describe('the catalogue', () => {
  it('has at least 20 queries, each with a title, what it answers and valid SPARQL 1.1', async () => {
    expect(CATALOGUE.length).toBeGreaterThanOrEqual(20);
    const store = await fixtureStore();
    for (const e of CATALOGUE) {
      expect([e.name, Boolean(e.title), Boolean(e.answers)]).toEqual([e.name, true, true]);
      const prepared = prepareQuery(store, { text: e.text, file: e.file }, {}, undefined);
      const outcome = await prepared.then(
        () => 'prepared',
        (x: Error) => x.message,
      );
      expect(outcome).not.toMatch(/E_QUERY_SYNTAX/);
    }
  });

  it('uses every declared parameter as a variable of the query', () => {
    for (const e of CATALOGUE) {
      const vars = new Set(
        codeTokens(e.text)
          .filter((t) => t.kind === 'var')
          .map((t) => t.text.slice(1)),
      );
      for (const p of e.params) expect(`${e.name}: ?${p.name} ${vars.has(p.name)}`).toBe(`${e.name}: ?${p.name} true`);
    }
  });

  it('runs every query on the fixture graph in the same model', async () => {
    const store = await fixtureStore();
    const fixtureParams: Record<string, Record<string, string>> = {
      ...PARAMS,
      'event-graph': { event: 'offensive' },
      'event-participants': { event: 'offensive' },
      'facts-citing-footnote': { footnote: '18' },
    };
    for (const e of CATALOGUE) {
      const result = await runQuery(store, { text: e.text, file: e.file }, { params: fixtureParams[e.name] ?? {} });
      expect(`${e.name}: ${count(result) > 0}`).toBe(`${e.name}: true`);
    }
  });

  it('suggests the close names for a misspelt one', () => {
    expect(
      closeNames(
        'casualty',
        CATALOGUE.map((e) => e.name),
      ),
    ).toEqual(['casualties']);
    expect(
      closeNames(
        'events',
        CATALOGUE.map((e) => e.name),
      ),
    ).toEqual(['bounded-events', 'events-at-place', 'events-between']);
    expect(() => findQuery('timelines', CATALOGUE)).toThrow(
      'no query named "timelines" in the catalogue\n  hint: did you mean timeline?',
    );
  });
});

function count(r: QueryResult): number {
  return r.kind === 'bindings' ? r.rows.length : r.kind === 'graph' ? r.quads.length : 1;
}

describe('the catalogue on the Qalamoun data', () => {
  let store: SparqlStore;
  let base: string;
  let outDir: string;

  beforeAll(async () => {
    outDir = mkdtempSync(join(tmpdir(), 'ckg-query-'));
    await exportDataset({ dataDir: 'data/qalamoun-2017', outDir });
    store = await storeOf([join(outDir, 'qalamoun-2017.nt')]);
    base = await baseOf(store);
  });
  afterAll(() => rmSync(outDir, { recursive: true, force: true }));

  /** A query's answer in English, as compact rows; `cites` lists sorted, since GROUP_CONCAT has no order. */
  async function answer(
    name: string,
    params: Record<string, string> = PARAMS[name] ?? {},
  ): Promise<Record<string, string>[]> {
    const e = findQuery(name, CATALOGUE);
    const result = pickLabels(await runQuery(store, { text: e.text, file: e.file }, { params }), 'en');
    if (result.kind === 'graph') {
      const p = prefixesFor(base, SHARED_BASE);
      return result.quads.map((q) => ({
        triple: [q.subject, q.predicate, q.object]
          .map((t) => (t.termType === 'NamedNode' ? compactIri(t.value, p) : t.value))
          .join(' '),
      }));
    }
    return compactRows(result, base).map((row) =>
      row.cites ? { ...row, cites: row.cites.split(' ').sort().join(' ') } : row,
    );
  }

  for (const e of CATALOGUE) {
    it(`answers ${e.name} as pinned in expected/${e.name}.json`, async () => {
      await expect(`${JSON.stringify(asSet(await answer(e.name)), null, 1)}\n`).toMatchFileSnapshot(
        `expected/${e.name}.json`,
      );
    });
  }

  it("gives the strengths of the infobox: Hezbollah 4,000, Lebanon 3,000, ISIL 600, and 1,500–4,000 of uncertain assignment, with the news reports' versions", async () => {
    const rows = (await answer('strengths')).map((r) => `${r.actor} ${r.value ?? `${r.min}-${r.max}`} ${r.certain}`);
    expect(rows.sort()).toEqual([
      'actor:hezbollah 3000 true',
      'actor:hezbollah 4000 true',
      'actor:isil 500 true',
      'actor:isil 600 true',
      'actor:isil 700 true',
      'actor:lebanon 3000 true',
      'actor:saraya-ahl-al-sham 200 true',
      'actor:tahrir-al-sham 1500 false',
      'actor:tahrir-al-sham 1500-4000 false',
    ]);
  });

  it('lists the disagreements side by side: HTS strength 1500-4000 [kowiki], 1500 [enwiki-kiwix, enwiki-wikiclassic]', async () => {
    const rows = await answer('disagreements');
    const strength = rows
      .filter((r) => r.fact === 'quantity:tahrir-al-sham-strength')
      .map((r) => `${r.source} ${r.value}`)
      .sort();
    expect(strength).toEqual(['source:enwiki-kiwix 1500', 'source:enwiki-wikiclassic 1500', 'source:kowiki 1500-4000']);
    const iran = rows.filter((r) => r.fact === 'participation:iran-belligerent').map((r) => `${r.source} ${r.value}`);
    expect(iran.sort()).toEqual(['source:enwiki-wikiclassic listed', 'source:kowiki not listed']);
    const facts = new Set(rows.map((r) => r.fact));
    // 20 from the two articles; the news reports add 5 (Hezbollah's and ISIL's strength, the 7,000 moved to Idlib,
    // the 40 held on 24–25 August, the Lebanese Army at the 21 July launch).
    expect(facts.size).toBe(25);
  });

  it('gives the casualties with their footnotes: Hezbollah 35 killed [11][12], Lebanon 3 killed [13]', async () => {
    const rows = (await answer('casualties')).map((r) => `${r.actor} ${r.kind} ${r.value} ${r.cites}`);
    expect(rows).toContain('actor:hezbollah quantitykind:killed 35 kowiki-11 kowiki-12');
    expect(rows).toContain('actor:lebanon quantitykind:killed 3 kowiki-13');
  });

  it('treats a month-precision date as overlapping every day of its month', async () => {
    const events = (await answer('events-between', { from: '2014-08-20', to: '2014-08-20' })).map((r) => r.event);
    expect(events).toContain('event:battle-of-arsal-2014');
    expect(
      (await answer('events-between', { from: '2014-09-01', to: '2014-09-01' })).map((r) => r.event),
    ).not.toContain('event:battle-of-arsal-2014');
  });

  it('lists the dated events of the timeline in date order, bounded ones by their bounds, undated ones last', async () => {
    const rows = await answer('timeline');
    const keys = rows.map((r) => r.date ?? r.begin ?? r.end ?? r.notBefore ?? '~');
    expect(rows.filter((r) => r.notBefore).map((r) => `${r.event} ${r.notBefore}`)).toContain(
      'event:lebanese-army-captures-shabeb-canyon-area 2017-08-06',
    );
    expect(keys).toEqual([...keys].sort());
  });

  it("finds the Lebanese Army's denials of coordination under footnote 15, held by the army itself", async () => {
    expect((await answer('facts-citing-footnote')).map((r) => r.fact)).toContain(
      'claim:lebanese-army-denies-coordination-with-hezbollah',
    );
    expect(new Set((await answer('disputed-claims')).map((r) => `${r.holder} ${r.stance}`))).toEqual(
      new Set(['actor:lebanese-armed-forces stance:denied']),
    );
  });

  it('gives the destinations of the withdrawals: the ISIL remnants to Abu Kamal, Syrian refugees and HTS fighters to Idlib, Saraya Ahl al-Sham to Eastern Qalamoun', async () => {
    const moves = (await answer('surrenders-and-withdrawals'))
      .filter((r) => r.destination)
      .map((r) => `${r.actor} ${r.destination}`);
    expect(moves.sort()).toEqual([
      'actor:saraya-ahl-al-sham place:eastern-qalamoun-mountains',
      'collective:hts-fighters-moved-to-idlib place:idlib-governorate',
      'collective:isil-remnants place:abu-kamal',
      'collective:syrian-refugees-moved-to-idlib place:idlib-governorate',
    ]);
  });

  it('names every inferred fact in the dataset README\'s "What the curator inferred", and nothing else', async () => {
    const readme = readFileSync('data/qalamoun-2017/README.md', 'utf8');
    const section = readme.split('## What the curator inferred')[1]!.split('\n## ')[0]!;
    const listed = [...section.matchAll(/^\| `([a-z]+:[a-z0-9-]+)` \|/gm)].map((m) => m[1]);
    const inferred = [...new Set((await answer('inferences')).map((r) => r.fact))];
    expect(listed.length).toBe(new Set(listed).size);
    expect(listed.sort()).toEqual(inferred.sort());
  });
});
