// renderDisagreements: each source's version of a fact side by side on the operation's page, and who one source's
// complete list leaves out.
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { buildSite } from '../../src/site/build-site.ts';
import { BASE, miniOntology, miniQuads } from './fixture/mini-site.ts';

/** An English source, its version of the HTS strength, and a participant the English list has and the Korean lacks. */
const ENGLISH = `
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix sem: <http://semanticweb.cs.vu.nl/2009/11/sem/> .
@prefix schema: <http://schema.org/> .
@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
@prefix b: <${BASE}> .
b:source\\/enwiki a ckg:SourceDocument, prov:Entity, schema:WebPage ;
  rdfs:label "칼라문 공세 (영어)"@ko, "Qalamoun offensive (2017), English Wikipedia"@en ;
  schema:url <https://en.wikipedia.org/wiki/Qalamoun_offensive_(2017)> ; schema:inLanguage "en" .
b:quantity\\/hts-strength-enwiki a ckg:Quantity, schema:QuantitativeValue, ckg:StrengthEstimate ;
  ckg:about b:participation\\/hts ;
  ckg:quantityKind <https://w3id.org/conflict-kg/concept/quantity-kind/personnel-strength> ;
  schema:value "1500"^^xsd:integer ; schema:unitCode "C62" ;
  prov:alternateOf b:quantity\\/hts-strength ; prov:wasDerivedFrom b:source\\/enwiki .
b:participation\\/iran a ckg:Participation, sem:Role ; ckg:participationIn b:event\\/qalamoun-offensive-2017 ;
  ckg:actor b:actor\\/hts ; sem:roleType <https://w3id.org/conflict-kg/concept/role/belligerent> ;
  ckg:notListedBy b:source\\/kowiki ; prov:wasDerivedFrom b:source\\/enwiki .
`;

const page = (extra: string) =>
  buildSite({ quads: [...miniQuads(), ...new Parser().parse(extra)], ontologyQuads: miniOntology() }).files.get(
    'doc/mini/event/qalamoun-offensive-2017.html',
  )!;
const text = (html: string) => html.replace(/<[^>]+>/g, '').replace(/&#39;/g, "'");

describe('renderDisagreements', () => {
  it('shows the versions of the HTS strength side by side with the languages of their sources', () => {
    const html = page(ENGLISH);
    const section = html.slice(html.indexOf('<section class="disagreements"'));
    expect(text(section)).toContain(
      "personnel strength of Hay'at Tahrir al-Sham HTS: about 1,500–4,000 [ko], 1,500 [en]",
    );
    expect(section).toContain('<a href="../quantity/hts-strength-enwiki.html" lang="en">1,500</a>');
    expect(section).toContain('title="Qalamoun offensive (2017), English Wikipedia">[en]</span>');
  });

  it("lists a participant one source's complete list leaves out", () => {
    expect(text(page(ENGLISH))).toContain('belligerent: listed [en], not listed [ko]');
  });

  it('leaves the section out when every source agrees', () => {
    expect(page('')).not.toContain('Where the sources disagree');
  });
});
