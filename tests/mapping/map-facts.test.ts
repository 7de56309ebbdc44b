import { describe, expect, it } from 'vitest';
import { loadFacts } from '../../src/source/load-facts.ts';
import { mapFacts } from '../../src/mapping/map-facts.ts';
import { prefixesFor } from '../../src/vocab.ts';
import { MINI } from '../helpers/fixture-dir.ts';
import { expectIsomorphic, parseTurtle, tripleKey, triplesOf } from '../helpers/rdf.ts';

const graph = mapFacts(loadFacts(MINI));
const BASE = 'https://example.org/id/mini/';
const prefixes = Object.entries(prefixesFor(BASE))
  .map(([p, ns]) => `@prefix ${p}: <${ns}> .`)
  .join('\n');
const turtle = (body: string) => parseTurtle(`${prefixes}\n${body}`);

describe('mapFacts', () => {
  it('keeps a month-precision date as xsd:gYearMonth with the whole month as outer bounds', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}timespan/older-battle`),
      turtle(`
      timespan:older-battle a ckg:TimeSpan, crm:E52_Time-Span, time:ProperInterval ;
        rdfs:label "옛 전투 기간"@ko, "time of Old battle"@en ;
        time:hasBeginning timespan:older-battle-date ; time:hasEnd timespan:older-battle-date ;
        crm:P82a_begin_of_the_begin "2014-08-01T00:00:00"^^xsd:dateTime ;
        crm:P82b_end_of_the_end "2014-08-31T23:59:59"^^xsd:dateTime .`),
    );
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}timespan/older-battle-date`),
      turtle(`
      timespan:older-battle-date a ckg:Instant, time:Instant ;
        rdfs:label "옛 전투 날짜: 2014-08"@ko, "date of Old battle: 2014-08"@en ;
        time:inXSDgYearMonth "2014-08"^^xsd:gYearMonth ; ckg:precision time:unitMonth .`),
    );
  });

  it('keeps the wording of a resolved relative date and what it is relative to', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}timespan/capture-hill-1-date`),
      turtle(`
      timespan:capture-hill-1-date a ckg:Instant, time:Instant ;
        rdfs:label "일번 고지 점령 날짜: 2017-07-22"@ko, "date of Capture of Hill 1: 2017-07-22"@en ;
        time:inXSDDate "2017-07-22"^^xsd:date ; ckg:precision time:unitDay ;
        ckg:dateExpression "다음 날"@ko ; ckg:resolvedRelativeTo event:offensive .`),
    );
  });

  it('maps an incident with its shortcuts, its qualified time span and its footnote', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}event/capture-hill-1`),
      turtle(`
      event:capture-hill-1 a ckg:Event, sem:Event, crm:E7_Activity, schema:Event, ckg:Incident ;
        rdfs:label "일번 고지 점령"@ko, "Capture of Hill 1"@en ;
        sem:eventType eventtype:capture ;
        sem:subEventOf event:offensive ; crm:P9i_forms_part_of event:offensive ;
        sem:hasPlace place:hill-1 ; ckg:tookPlaceIn place:hill-1 ; crm:P7_took_place_at place:hill-1 ;
        crm:P4_has_time-span timespan:capture-hill-1 ;
        sem:hasBeginTimeStamp "2017-07-22"^^xsd:date ; sem:hasEndTimeStamp "2017-07-22"^^xsd:date ;
        sem:hasTimeStamp "2017-07-22"^^xsd:date ;
        ckg:sourceText "다음 날"@ko ;
        prov:wasDerivedFrom citation:wiki-1 .`),
    );
  });

  it('keeps a range as minimum and maximum without inventing a value', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}quantity/red-strength`),
      turtle(`
      quantity:red-strength a ckg:Quantity, schema:QuantitativeValue, crm:E54_Dimension, ckg:StrengthEstimate ;
        rdfs:label "붉은 군대 병력: 1,500–4,000 — 작은 공세"@ko ;
        rdfs:label "Red Army personnel strength: 1,500–4,000 — Small offensive"@en ;
        ckg:about participation:red-in-offensive ; ckg:quantityKind quantitykind:personnel-strength ;
        schema:minValue "1500"^^xsd:integer ; crm:P90a_has_lower_value_limit "1500"^^xsd:integer ;
        schema:maxValue "4000"^^xsd:integer ; crm:P90b_has_upper_value_limit "4000"^^xsd:integer ;
        schema:unitCode "C62" ; ckg:assignmentCertain true ;
        prov:wasDerivedFrom source:wiki .`),
    );
  });

  it('records a denial as a claim with stance and authority, labels it with the positive statement and the stance, and never asserts the denied triple', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}claim/blue-denies-coordination`),
      turtle(`
      claim:blue-denies-coordination a ckg:Claim, rdf:Statement, sem:View ;
        rdf:subject actor:blue-force ; rdf:predicate ckg:coordinatedWith ; rdf:object actor:red-army ;
        ckg:stance stance:denied ; sem:accordingTo actor:blue-force ;
        ckg:statement "푸른 군은 붉은 군대와 협력했다"@ko, "Blue Force coordinated with the Red Army"@en ;
        rdfs:label "푸른 군은 붉은 군대와 협력했다 — 부인됨"@ko, "Blue Force coordinated with the Red Army — denied"@en ;
        prov:wasDerivedFrom citation:wiki-3 .`),
    );
    expect(graph.quads.filter((q) => q.predicate.value.endsWith('#coordinatedWith'))).toEqual([]);
  });

  it('describes each cited footnote once, as part of its source', () => {
    expectIsomorphic(
      triplesOf(graph.quads, `${BASE}citation/wiki-3`),
      turtle(`
      citation:wiki-3 a ckg:Citation, prov:Entity ; ckg:inSource source:wiki ; dcterms:isPartOf source:wiki ;
        ckg:footnoteNumber 3 ; rdfs:label "각주 3"@ko, "footnote 3"@en .`),
    );
  });

  it('emits no blank node and no duplicate triple', () => {
    expect(graph.quads.filter((q) => [q.subject, q.object].some((t) => t.termType === 'BlankNode'))).toEqual([]);
    const keys = graph.quads.map(tripleKey);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('mints every IRI under the base given in place of the declared one', () => {
    const other = mapFacts(loadFacts(MINI), { base: 'https://other.example/kg/' });
    const subjects = new Set(other.quads.map((q) => q.subject.value));
    expect([...subjects].every((s) => s.startsWith('https://other.example/kg/'))).toBe(true);
    expect(other.provenance.get('https://other.example/kg/event/offensive')).toEqual({
      file: `${MINI}/facts.yaml`,
      line: 15,
      column: 5,
    });
  });
});
