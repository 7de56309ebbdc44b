// How a page shows what the curator inferred and what is held with doubt: a word and a symbol (not colour alone),
// the reason, the inference's supporting footnotes, on the fact's own page and after the link it qualifies, and a
// legend on every page that shows a mark.
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildSite, type Site } from '../../src/site/build-site.ts';
import { miniOntology, miniQuads } from './fixture/mini-site.ts';

const MINI = 'https://w3id.org/conflict-kg/id/mini/';
// The mini graph plus an inferred link (Arsal within the Qalamoun Mountains) and a doubtful membership.
const EXTRA = `
@prefix rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix ckg: <https://w3id.org/conflict-kg/ontology#> .
@prefix m: <${MINI}> .
m:statement\\/arsal-within-qalamoun-mountains a ckg:QualifiedStatement, rdf:Statement ;
  rdfs:label "Arsal within Qalamoun Mountains"@en, "아살 — 안에 — 칼라문 산맥"@ko ;
  rdf:subject m:place\\/arsal ; rdf:predicate ckg:within ; rdf:object m:place\\/qalamoun-mountains ;
  prov:wasGeneratedBy m:inference\\/statement-arsal-within-qalamoun-mountains .
m:inference\\/statement-arsal-within-qalamoun-mountains a ckg:CuratorInference, prov:Activity ;
  rdfs:label "curator's inference: Arsal within Qalamoun Mountains"@en, "큐레이터 추론: 아살 — 안에 — 칼라문 산맥"@ko ;
  ckg:inferenceReason "The article never says where Arsal lies."@en ;
  prov:used m:citation\\/kowiki-11, m:citation\\/kowiki-3 .
m:membership\\/hassan-nasrallah a ckg:Membership, org:Membership ;
  rdfs:label "Hassan Nasrallah, member of Hezbollah"@en, "하산 나스랄라 — 헤즈볼라 소속"@ko ;
  org:member m:actor\\/hassan-nasrallah ; org:organization m:actor\\/hezbollah ;
  ckg:certain false ; ckg:uncertainty "No flag name before his name."@en .
`;

let site: Site;
beforeAll(() => {
  site = buildSite({ quads: [...miniQuads(), ...new Parser().parse(EXTRA)], ontologyQuads: miniOntology() });
});
const page = (doc: string) => site.files.get(`doc/mini/${doc}.html`)!;

const INFERRED =
  '<span class="inferred"><b>◇ curator\'s inference:</b> The article never says where Arsal lies.' +
  '<sup><a href="../citation/kowiki-3.html" title="footnote 3">[3]</a></sup>' +
  '<sup><a href="../citation/kowiki-11.html" title="footnote 11">[11]</a></sup></span>';
const DOUBTFUL = '<span class="doubtful"><b>? uncertain:</b> No flag name before his name.</span>';

describe('inferred and doubtful facts on the site', () => {
  it("marks an inferred link after its value, with the reason and the inference's footnotes in order", () => {
    expect(page('place/arsal')).toContain(
      `<td><a href="qalamoun-mountains.html">Qalamoun Mountains</a> <span lang="ko" class="ko">칼라문 산맥</span> ${INFERRED}</td>`,
    );
  });

  it('marks a doubtful membership after the group on the member’s page', () => {
    expect(page('actor/hassan-nasrallah')).toContain(
      `<a href="hezbollah.html">Hezbollah</a> <span lang="ko" class="ko">헤즈볼라</span> ${DOUBTFUL}</td>`,
    );
  });

  it('marks the inferred statement and the doubtful membership on their own pages, under the heading', () => {
    expect(page('statement/arsal-within-qalamoun-mountains')).toContain(`<p class="qualifiers">${INFERRED}</p>`);
    expect(page('membership/hassan-nasrallah')).toContain(`<p class="qualifiers">${DOUBTFUL}</p>`);
  });

  it('explains the marks in a legend on a page that shows one, and only there', () => {
    const legend = '<p class="legend">Marks: <span class="inferred"><b>◇ curator\'s inference</b></span>';
    expect(page('place/arsal')).toContain(legend);
    expect(page('actor/hassan-nasrallah')).toContain(legend);
    expect(page('event/capture-dhahr-al-hawa')).not.toContain(legend);
  });
});
