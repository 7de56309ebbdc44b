// A resource's page: labels in both languages, facts in words with footnotes, what links here, alternates,
// embedded JSON-LD that is the same graph as the Turtle beside it, and escaped text.
import { beforeAll, describe, expect, it } from 'vitest';
import { isomorphic } from 'rdf-isomorphic';
import { buildSite, type Site } from '../../src/site/build-site.ts';
import { miniOntology, miniQuads, miniSite } from './fixture/mini-site.ts';
import { embeddedJson, parseJsonLd, parseTurtle } from './fixture/rdf-helpers.ts';

let site: Site;
beforeAll(async () => {
  site = await miniSite();
});
const page = (doc: string) => site.files.get(`doc/mini/${doc}.html`)!;

describe('renderResourcePage', () => {
  it('shows the English and Korean labels in the heading', () => {
    expect(page('event/capture-dhahr-al-hawa')).toContain(
      '<h1>Capture of Dhahr al-Hawa <span lang="ko" class="ko">다흐르 알하와 점령</span></h1>',
    );
  });

  it('announces its Turtle, JSON-LD and N-Triples with <link rel="alternate">', () => {
    const html = page('event/capture-dhahr-al-hawa');
    expect(html).toContain('<link rel="alternate" type="text/turtle" href="capture-dhahr-al-hawa.ttl">');
    expect(html).toContain('<link rel="alternate" type="application/ld+json" href="capture-dhahr-al-hawa.jsonld">');
    expect(html).toContain('<link rel="alternate" type="application/n-triples" href="capture-dhahr-al-hawa.nt">');
  });

  it('embeds JSON-LD with its context inline and `<` escaped, the same graph as its Turtle', async () => {
    const json = embeddedJson(page('event/capture-dhahr-al-hawa'));
    expect(json).not.toContain('<');
    expect(json).toContain('\\u003c다흐르 알하와>');
    const doc = JSON.parse(json) as { '@context': unknown };
    expect(typeof doc['@context']).toBe('object');
    const turtle = parseTurtle(site.files.get('doc/mini/event/capture-dhahr-al-hawa.ttl')!);
    expect(isomorphic(await parseJsonLd(doc), turtle)).toBe(true);
  });

  it('escapes the text it shows', () => {
    const html = page('event/capture-dhahr-al-hawa');
    expect(html).toContain('<span lang="ko">헤즈볼라는 &lt;다흐르 알하와&gt; 언덕을 점령했다</span>');
    expect(html).toContain('romanization &amp; may be garbled');
  });

  it('states facts in words, with the date and its precision', () => {
    const html = page('event/isil-preparations');
    expect(html).toContain(
      '<th scope="row" title="sem:hasTimeStamp">happened on</th><td><time datetime="2017-08">2017-08</time> <small>(to the month)</small></td>',
    );
    expect(page('event/capture-dhahr-al-hawa')).toContain(
      '<th scope="row" title="sem:hasPlace">took place at</th><td><a href="../place/arsal.html">Arsal</a> <span lang="ko" class="ko">아살</span></td>',
    );
  });

  it('marks the facts with their footnotes in numeric order, linked to the citations', () => {
    expect(page('event/ceasefire-hts')).toContain(
      '<h2>Facts<sup><a href="../citation/kowiki-3.html" title="footnote 3">[3]</a></sup><sup><a href="../citation/kowiki-11.html" title="footnote 11">[11]</a></sup></h2>',
    );
  });

  it('lists the citations linking to a source in numeric order', () => {
    const incoming = page('source/kowiki').split('<h2>What links here</h2>')[1]!;
    expect(incoming.indexOf('kowiki-3.html')).toBeGreaterThan(0);
    expect(incoming.indexOf('kowiki-3.html')).toBeLessThan(incoming.indexOf('kowiki-11.html'));
  });

  it('lists the sources in numeric footnote order', () => {
    const sources = page('event/ceasefire-hts').split('<h2>Sources</h2>')[1]!;
    expect(sources.indexOf('kowiki-3.html')).toBeLessThan(sources.indexOf('kowiki-11.html'));
  });

  it("names the dataset's dumps by format and links them to the files in the site", () => {
    expect(page('dataset/mini')).toContain(
      '<th scope="row" title="void:dataDump">data dump</th><td><a href="../../../dump/mini.jsonld">JSON-LD dump</a><br><a href="../../../dump/mini.nt">N-Triples dump</a><br><a href="../../../dump/mini.ttl">Turtle dump</a></td>',
    );
  });

  it('lists what links to it', () => {
    expect(page('event/first-campaign')).toMatch(
      /<h2>What links here<\/h2>[\s\S]*<a href="capture-dhahr-al-hawa.html">Capture of Dhahr al-Hawa<\/a>[^<]*<span[^>]*>[^<]*<\/span>, <a href="ceasefire-hts.html">[\s\S]*?<em>is part of this<\/em>/,
    );
  });

  it('keeps restated facts (CIDOC CRM, GeoSPARQL) apart, under alignments', () => {
    const html = page('place/arsal').split('<main>')[1]!;
    const [main, alignments] = html.split('<details><summary>The same facts in other vocabularies');
    expect(main).toContain('lies within');
    expect(main).not.toContain('geo:sfWithin');
    expect(alignments).toContain('geo:sfWithin');
  });

  it('draws the timeline and the sides on the operation page only', () => {
    expect(page('event/qalamoun-offensive-2017')).toContain(
      '<section class="timeline" id="timeline">\n<h2>Timeline</h2>\n<figure class="timeline-picture">',
    );
    expect(page('event/first-campaign')).not.toContain('<svg');
  });

  it('gives the timeline in words, not folded away, each phase with its incidents under it', () => {
    const html = page('event/qalamoun-offensive-2017');
    expect(html).not.toContain('<details><summary>The timeline as a list');
    const list = html.slice(html.indexOf('<ul class="timeline-list">'), html.indexOf('</section>'));
    expect(list).toMatch(
      /<li class="phase"><a href="first-campaign.html">[\s\S]*?<ul>\n<li class="incident"><a href="capture-dhahr-al-hawa.html">[\s\S]*?<span class="dates">2017-07-23<\/span><\/li>/,
    );
    expect(list).toContain('<span class="dates">2017-07-21 – 2017-08-03</span>');
  });

  it('shows the picture only on screens wide enough to read it, and the list on every screen', () => {
    const html = page('event/qalamoun-offensive-2017');
    expect(html).toContain('.timeline-picture{display:none;');
    expect(html).toContain('@media (min-width:60rem){.timeline-picture{display:block}}');
  });

  it("writes units in English in English text, never the source's Korean unit word", () => {
    const html = page('event/qalamoun-offensive-2017');
    const sides = html.slice(html.indexOf('<h2>Sides</h2>'));
    expect(sides).toContain('>killed: 35</a>');
    expect(sides).not.toMatch(/명/);
  });

  it('reads a claim as subject, relation, object: in one line on top, and in that order in the facts', () => {
    const html = site.files.get('doc/mini/claim/syria-coordination.html')!;
    expect(html).toContain(
      '<p class="claimed">The claim: <a href="../actor/hezbollah.html">Hezbollah</a> <span lang="ko" class="ko">헤즈볼라</span> · <em><a href="../../ontology/coordinatedWith.html">',
    );
    const rows = [...html.matchAll(/<th scope="row" title="([^"]+)"/g)].map((m) => m[1]);
    expect(rows.slice(0, 3)).toEqual(['rdf:subject', 'rdf:predicate', 'rdf:object']);
  });

  it('names the ontology a term is defined by as a name or an IRI, never an IRI with a slash turned into a space', () => {
    const cell = (s: Site) =>
      /title="rdfs:isDefinedBy">is defined by<\/th><td>(.*?)<\/td>/.exec(
        s.files.get('doc/ontology/MilitaryOperation.html')!,
      )?.[1];
    expect(cell(site)).toBe('<a href="../ontology.html">conflict-kg ontology</a>');
    const untitled = buildSite({
      quads: miniQuads(),
      ontologyQuads: miniOntology().filter((q) => q.subject.value !== 'https://w3id.org/conflict-kg/ontology'),
    });
    expect(cell(untitled)).toBe('<a href="../ontology.html">https://w3id.org/conflict-kg/ontology</a>');
  });

  it('puts commanders under the group they led, with strengths and casualties beside', () => {
    const html = page('event/qalamoun-offensive-2017');
    const start = html.indexOf('<section class="side">');
    const side = html.slice(start, html.indexOf('</section>', start));
    expect(side).toMatch(
      /Hezbollah<\/a>[\s\S]*killed: 35[\s\S]*personnel strength: 4,000[\s\S]*<ul class="commanders"><li><a href="..\/actor\/hassan-nasrallah.html">Hassan Nasrallah<\/a>/,
    );
    expect(html).toContain(
      'personnel strength: about 1,500–4,000</a> <span class="uncertain">(assignment uncertain)</span>',
    );
  });

  it('makes a valid HTML5 skeleton with the language and charset declared', () => {
    const html = page('event/capture-dhahr-al-hawa');
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">')).toBe(true);
    expect(html.match(/<main>/g)).toHaveLength(1);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
  });
});

describe('vocabulary pages', () => {
  it('list the concepts of a scheme', () => {
    expect(site.files.get('doc/concept/event-type.html')).toMatch(
      /<a href="event-type\/capture.html">capture<\/a> <span lang="ko" class="ko">점령<\/span> <em>is in this scheme<\/em>/,
    );
  });

  it('list what is of a class', () => {
    expect(site.files.get('doc/ontology/MilitaryOperation.html')).toMatch(
      /<a href="..\/mini\/event\/qalamoun-offensive-2017.html">Qalamoun offensive \(July–August 2017\)<\/a>[^<]*<span[^>]*>[^<]*<\/span> <em>is one of these<\/em>/,
    );
  });
});
