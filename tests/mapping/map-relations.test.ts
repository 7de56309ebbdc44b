import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { prefixesFor } from '../../src/vocab.ts';
import { copyFixture, MINI } from '../helpers/fixture-dir.ts';
import { expectIsomorphic, parseTurtle, triplesOf } from '../helpers/rdf.ts';

// The mini dataset with the constructs of issue 15: bounds, a duration, place roles, a doubtful link, an inferred
// fact, relations between events and places, a collective actor, an inferred and a doubtful membership.
const dir = copyFixture(MINI, {
  'facts.yaml': (t) =>
    `${t
      .replace(
        '    englishLabel: translation\nplaces:\n',
        `    englishLabel: translation
  - id: red-unit
    type: unit
    label: {ko: 붉은 부대, en: Red unit}
    memberOf: {id: red-army, inferred: {reason: Named after it., support: [2]}}
    cite: [1]
  - id: blue-unit
    type: unit
    label: {ko: 푸른 부대, en: Blue unit}
    memberOf: {id: blue-force, certain: false, uncertainty: The flag may not be its.}
    cite: [1]
places:
`,
      )
      .replace(
        '    places: [hill-1]\n',
        '    places: [{id: hill-1, role: target, certain: false, uncertainty: Unclear.}]\n',
      )
      .replace(
        '    date: 2014-08\n    cite: [2]\n',
        '    bounds: {notBefore: 2014-08, before: offensive}\n    duration: P3D\n    inferred: {reason: A test., support: [2]}\n',
      )}eventRelations:
  - id: capture-follows-offensive
    subject: capture-hill-1
    relation: follows
    object: offensive
    gap: P1D
    cite: [1]
  - id: capture-purpose
    subject: capture-hill-1
    relation: purpose
    object: offensive
    cite: [1]
placeRelations:
  - id: hill-near-hill
    subject: hill-1
    relation: part-of
    object: hill-1
    cite: [2]
collectives:
  - id: red-remnants
    label: {ko: 붉은 잔존세력, en: Red remnants}
    memberOf: red-army
    cite: [1]
`,
});
const graph = mapFacts(loadFacts(dir));
const BASE = 'https://example.org/id/mini/';
const prefixes = Object.entries(prefixesFor(BASE))
  .map(([p, ns]) => `@prefix ${p}: <${ns}> .`)
  .join('\n');
const turtle = (body: string) => parseTurtle(`${prefixes}\n${body}`);

describe('mapping the constructs of issue 15', () => {
  it('bounds an undated event by a date and another event: OWL-Time relation, outer bounds, no date, a duration', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}timespan/older-battle`),
      turtle(`
      timespan:older-battle a ckg:TimeSpan, ckg:BoundedTimeSpan, crm:E52_Time-Span, time:ProperInterval ;
        rdfs:label "time of Old battle"@en, "옛 전투 기간"@ko ;
        time:intervalBefore timespan:offensive ; time:hasXSDDuration "P3D"^^xsd:duration ;
        crm:P82a_begin_of_the_begin "2014-08-01T00:00:00"^^xsd:dateTime ;
        crm:P82b_end_of_the_end "2017-08-28T23:59:59"^^xsd:dateTime .`),
    );
  });

  it('marks an inferred fact with its inference (PROV-O), not with a citation', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}inference/event-older-battle`),
      turtle(`
      inference:event-older-battle a ckg:CuratorInference, prov:Activity ;
        rdfs:label "curator's inference: Old battle"@en, "큐레이터 추론: 옛 전투"@ko ;
        ckg:inferenceReason "A test."@en ; prov:used citation:wiki-2 .`),
    );
  });

  it('gives a place its role and a doubtful link its qualified statement', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}statement/capture-hill-1-target-hill-1`),
      turtle(`
      statement:capture-hill-1-target-hill-1 a ckg:QualifiedStatement, rdf:Statement ;
        rdfs:label "Capture of Hill 1 targeting Hill 1"@en, "일번 고지 점령 — 목표 — 일번 고지"@ko ;
        rdf:subject event:capture-hill-1 ; rdf:predicate ckg:targetPlace ; rdf:object place:hill-1 ;
        ckg:certain false ; ckg:uncertainty "Unclear."@en .`),
    );
  });

  it('asserts an event relation and describes it with its gap and citation; purpose is also crm:P20', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}eventrelation/capture-follows-offensive`),
      turtle(`
      eventrelation:capture-follows-offensive a ckg:EventRelation, rdf:Statement ;
        rdfs:label "Capture of Hill 1 follows Small offensive"@en, "일번 고지 점령 — 뒤따름 — 작은 공세"@ko ;
        rdf:subject event:capture-hill-1 ; rdf:predicate ckg:follows ; rdf:object event:offensive ;
        ckg:gap "P1D"^^xsd:duration ; prov:wasDerivedFrom citation:wiki-1 .`),
    );
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}event/capture-hill-1`).filter((q) =>
        ['follows', 'hadPurpose', 'P20_had_specific_purpose', 'targetPlace', 'P7_took_place_at'].some((p) =>
          q.predicate.value.endsWith(p),
        ),
      ),
      turtle(`
      event:capture-hill-1 ckg:follows event:offensive ; ckg:hadPurpose event:offensive ;
        crm:P20_had_specific_purpose event:offensive ; ckg:targetPlace place:hill-1 ; crm:P7_took_place_at place:hill-1 .`),
    );
  });

  it('maps a collective actor under the dataset base and a part-of place relation with crm:P89', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}collective/red-remnants`),
      turtle(`
      collective:red-remnants a ckg:Actor, ckg:CollectiveActor, sem:Actor, crm:E39_Actor, crm:E74_Group ;
        rdfs:label "붉은 잔존세력"@ko, "Red remnants"@en ; sem:actorType actortype:collective ;
        ckg:memberOf actor:red-army ; crm:P107i_is_current_or_former_member_of actor:red-army ;
        prov:wasDerivedFrom citation:wiki-1 .`),
    );
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}place/hill-1`).filter((q) => /partOfPlace|P89/.test(q.predicate.value)),
      turtle('place:hill-1 ckg:partOfPlace place:hill-1 ; crm:P89_falls_within place:hill-1 .'),
    );
  });

  it("puts a qualified membership's inference or doubt on its ckg:Membership node, and mints no statement for it", () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}membership/red-unit`),
      turtle(`
      membership:red-unit a ckg:Membership, org:Membership ;
        rdfs:label "Red unit, member of Red Army"@en, "붉은 부대 — 붉은 군대 소속"@ko ;
        org:member actor:red-unit ; org:organization actor:red-army ;
        prov:wasDerivedFrom citation:wiki-1 ; prov:wasGeneratedBy inference:membership-red-unit .`),
    );
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}inference/membership-red-unit`),
      turtle(`
      inference:membership-red-unit a ckg:CuratorInference, prov:Activity ;
        rdfs:label "curator's inference: Red unit, member of Red Army"@en,
          "큐레이터 추론: 붉은 부대 — 붉은 군대 소속"@ko ;
        ckg:inferenceReason "Named after it."@en ; prov:used citation:wiki-2 .`),
    );
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}membership/blue-unit`),
      turtle(`
      membership:blue-unit a ckg:Membership, org:Membership ;
        rdfs:label "Blue unit, member of Blue Force"@en, "푸른 부대 — 푸른 군 소속"@ko ;
        org:member actor:blue-unit ; org:organization actor:blue-force ;
        prov:wasDerivedFrom citation:wiki-1 ; ckg:certain false ; ckg:uncertainty "The flag may not be its."@en .`),
    );
    // The actor itself stays stated and certain; the membership is the one place of its qualifiers.
    const actor = triplesOf(graph.quads, `${BASE}actor/blue-unit`);
    expect(actor.filter((q) => /certain|wasGeneratedBy/.test(q.predicate.value))).toEqual([]);
    expect(
      graph.quads.filter((q) => q.subject.value.includes('/statement/') && q.subject.value.includes('unit')),
    ).toEqual([]);
  });

  it('gives a collective its ckg:Membership, as it does any actor', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}membership/red-remnants`),
      turtle(`
      membership:red-remnants a ckg:Membership, org:Membership ;
        rdfs:label "Red remnants, member of Red Army"@en, "붉은 잔존세력 — 붉은 군대 소속"@ko ;
        org:member collective:red-remnants ; org:organization actor:red-army ; prov:wasDerivedFrom citation:wiki-1 .`),
    );
  });
});
