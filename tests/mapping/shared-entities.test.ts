import { describe, expect, it } from 'vitest';
import type { Quad } from 'n3';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { exportPartitioned } from '../../src/pipeline/export-partitioned.ts';
import { prefixesFor } from '../../src/vocab.ts';
import { expectIsomorphic, parseTurtle, tripleKey, triplesOf } from '../helpers/rdf.ts';

const REGISTER = 'tests/fixtures/register';
const SHARED = 'https://w3id.org/conflict-kg/id/';
const alpha = mapFacts(loadFacts(`${REGISTER}/alpha`));
const beta = mapFacts(loadFacts(`${REGISTER}/beta`));
/** The union of both datasets' graphs, as a triple store would hold it (duplicates merge). */
const union: Quad[] = [...new Map([...alpha.quads, ...beta.quads].map((q) => [tripleKey(q), q])).values()];
const turtle = (body: string) =>
  parseTurtle(
    `${Object.entries(prefixesFor('https://example.org/id/alpha/', SHARED))
      .map(([p, ns]) => `@prefix ${p}: <${ns}> .`)
      .join('\n')}\n@prefix b: <https://example.org/id/beta/> .\n${body}`,
  );

describe('shared entities', () => {
  it('gives an entity that two datasets mention one node, with the register description and both datasets facts', () => {
    expectIsomorphic(
      triplesOf(union, `${SHARED}actor/red-army`),
      turtle(`
      actor:red-army a ckg:Actor, sem:Actor, crm:E39_Actor, ckg:ArmedGroup, crm:E74_Group, schema:Organization ;
        rdfs:label "붉은 군대"@ko, "Red Army"@en ;
        sem:actorType actortype:armed-group ;
        ckg:englishLabelKind englishlabelkind:translation ;
        owl:sameAs <http://www.wikidata.org/entity/Q1234> ;
        ckg:memberOf actor:blue-state ; schema:memberOf actor:blue-state ;
        prov:wasDerivedFrom citation:wiki-1, <https://example.org/id/beta/citation/wiki-2> ;
        ckg:sourceText "붉은 군대"@ko, "붉은 군"@ko ;
        skos:altLabel "붉은 군"@ko .`),
    );
  });

  it('keeps a membership a cited fact of the dataset that states it, under that dataset', () => {
    expectIsomorphic(
      triplesOf(union, 'https://example.org/id/alpha/membership/red-army'),
      turtle(`
      membership:red-army a ckg:Membership, org:Membership ;
        org:member actor:red-army ; org:organization actor:blue-state ;
        prov:wasDerivedFrom citation:wiki-1 ; ckg:sourceText "붉은 군대"@ko ;
        rdfs:label "붉은 군대 — 푸른 나라 소속"@ko, "Red Army, member of Blue State"@en .`),
    );
    expect(beta.quads.some((q) => q.subject.value.includes('/membership/'))).toBe(false);
  });

  it('records each link with its evidence, and a place geometry with its precision and evidence', () => {
    expectIsomorphic(
      triplesOf(alpha.quads, `${SHARED}link/red-army-wikidata`),
      turtle(`
      link:red-army-wikidata a ckg:LinkEvidence, prov:Entity ;
        ckg:linkSubject actor:red-army ; ckg:linkTarget <http://www.wikidata.org/entity/Q1234> ;
        ckg:linkTargetDataset linktarget:wikidata ; ckg:matchKind matchkind:same ;
        ckg:evidence <https://example.org/stored/red-army> ;
        rdfs:label "wikidata 링크: red-army"@ko, "wikidata link of red-army"@en .`),
    );
    expectIsomorphic(
      triplesOf(beta.quads, `${SHARED}geometry/hill-1`),
      turtle(`
      geometry:hill-1 a geo:Geometry, sf:Point ;
        geo:asWKT "POINT(36.42 34.18)"^^geo:wktLiteral ;
        ckg:coordinatePrecision coordinateprecision:town ;
        ckg:evidence <https://example.org/stored/hill-1> ;
        rdfs:label "일번 고지의 위치"@ko, "location of Hill 1"@en .`),
    );
    expect(triplesOf(union, `${SHARED}event/long-war`).map((q) => q.predicate.value)).toContain(
      'http://www.w3.org/2004/02/skos/core#closeMatch',
    );
  });

  it('describes no register entity that the dataset does not mention', () => {
    expect(union.some((q) => q.subject.value.endsWith('/unused-actor'))).toBe(false);
  });

  it('exports the same graph in small partitions as in one piece, and it conforms', async () => {
    for (const [name, whole] of [
      ['alpha', alpha],
      ['beta', beta],
    ] as const) {
      const parts: Quad[] = [];
      const result = await exportPartitioned({
        dataDir: `${REGISTER}/${name}`,
        maxEntries: 2,
        afterPartition: (q) => parts.push(...q),
      });
      expect(result.partitions).toBeGreaterThan(2);
      expect(result.results).toEqual([]);
      expectIsomorphic(parts, whole.quads);
    }
  });
});
