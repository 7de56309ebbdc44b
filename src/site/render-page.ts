// The HTML page about one resource: its labels in Korean and English, its facts in words with their footnotes,
// what links to it, and its Turtle, JSON-LD and N-Triples beside it.
import type { Quad } from 'n3';
import { ckg, prov, rdf, rdfs } from '../vocab.ts';
import { localName } from '../terms.ts';
import { compactIri } from './names.ts';
import { DOC_FORMATS, FORMAT_NAMES, type DocFormat } from './paths.ts';
import { incomingPhrase, isAlignment, outgoingPhrase } from './plain-words.ts';
import { esc, hrefFor, linkIri, renderShell, renderTerm, type RenderContext } from './render-html.ts';
import { jsonForScript } from './serialize.ts';
import { renderOperationSections } from './render-operation.ts';
import { renderPlacePosition } from './render-places.ts';
import { renderOntologySections } from './render-ontology.ts';
import { citationsOf, footnoteMarks } from './render-footnotes.ts';
import { renderClaimSection } from './render-claim.ts';
import { linkMarks, qualifierLegend, renderOwnQualifiers } from './render-qualifiers.ts';
import { compareNatural } from './natural-order.ts';

/** Predicates the page shows elsewhere than in the facts table. */
const SHOWN_APART = new Set([rdfs.label.value, prov.wasDerivedFrom.value]);

/** Renders the page for `iri`; `jsonLd` is the resource's own JSON-LD document, embedded in the page. */
export function renderResourcePage(iri: string, jsonLd: unknown, ctx: RenderContext): string {
  const { en, ko } = ctx.index.labels(iri);
  const title = en ?? ko ?? localName(iri);
  const out = ctx.index.out(iri);
  const body = [
    `<h1>${esc(title)}${en && ko ? ` <span lang="ko" class="ko">${esc(ko)}</span>` : ''}</h1>`,
    `<p>IRI: <code>${esc(iri)}</code></p>`,
    renderOwnQualifiers(iri, ctx),
    formatLinks(iri, ctx),
    renderClaimSection(iri, ctx),
    renderOperationSections(iri, ctx),
    renderPlacePosition(iri, ctx),
    renderOntologySections(iri, ctx),
    renderFacts(
      out.filter((q) => !SHOWN_APART.has(q.predicate.value) && !isAlignment(q.predicate.value)),
      iri,
      ctx,
    ),
    renderSources(iri, ctx),
    renderAlignments(
      out.filter((q) => isAlignment(q.predicate.value)),
      ctx,
    ),
    renderIncoming(iri, ctx),
  ].join('\n');
  const legend = qualifierLegend(body);
  const head = `${alternates(iri, ctx)}\n<script type="application/ld+json">\n${jsonForScript(jsonLd)}\n</script>`;
  return renderShell({
    title: ko && en ? `${en} · ${ko}` : title,
    head,
    body: legend ? `${body}\n${legend}` : body,
    ctx,
  });
}

function docFiles(iri: string, ctx: RenderContext): [DocFormat, string][] {
  return (['ttl', 'jsonld', 'nt'] as const).flatMap((ext) => {
    const href = hrefFor(iri, ctx, ext);
    return href ? [[ext, href] as [DocFormat, string]] : [];
  });
}

function alternates(iri: string, ctx: RenderContext): string {
  return docFiles(iri, ctx)
    .map(([ext, href]) => `<link rel="alternate" type="${DOC_FORMATS[ext]}" href="${esc(href)}">`)
    .join('\n');
}

function formatLinks(iri: string, ctx: RenderContext): string {
  const links = docFiles(iri, ctx).map(
    ([ext, href]) => `<a href="${esc(href)}" type="${DOC_FORMATS[ext]}">${FORMAT_NAMES[ext]}</a>`,
  );
  return `<nav class="formats">This description as data: ${links.join(' ')}</nav>`;
}

/** Predicates shown before the others, in this order: a claim reads subject, relation, object. */
const SHOWN_FIRST = [rdf.subject.value, rdf.predicate.value, rdf.object.value];

/** Facts grouped by predicate: the SHOWN_FIRST ones in their order, then the rest by predicate IRI. */
function renderFacts(quads: Quad[], iri: string, ctx: RenderContext): string {
  if (quads.length === 0) return '';
  const rank = (p: string) => (SHOWN_FIRST.includes(p) ? SHOWN_FIRST.indexOf(p) : SHOWN_FIRST.length);
  const groups = groupByPredicate(quads).sort(([a], [b]) => rank(a) - rank(b));
  const rows = groups.map(
    ([p, qs]) =>
      `<tr><th scope="row" title="${esc(compactIri(p))}">${esc(outgoingPhrase(p))}</th><td>${qs.map((q) => `${renderTerm(q.object, ctx)}${linkMarks(iri, p, q.object.value, ctx)}`).join('<br>')}</td></tr>`,
  );
  return `<h2>Facts${footnoteMarks(iri, ctx)}</h2>\n<table>\n${rows.join('\n')}\n</table>`;
}

function renderSources(iri: string, ctx: RenderContext): string {
  const sources = citationsOf(iri, ctx);
  if (sources.length === 0) return '';
  const items = sources.map((s) => {
    const inSource = ctx.index.values(s, ckg.inSource)[0];
    return `<li>${linkIri(s, ctx)}${inSource ? ` of ${linkIri(inSource.value, ctx)}` : ''}</li>`;
  });
  return `<h2>Sources</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function renderAlignments(quads: Quad[], ctx: RenderContext): string {
  if (quads.length === 0) return '';
  const rows = groupByPredicate(quads).map(
    ([p, qs]) =>
      `<tr><th scope="row">${esc(compactIri(p))}</th><td>${qs.map((q) => renderTerm(q.object, ctx)).join('<br>')}</td></tr>`,
  );
  return `<details><summary>The same facts in other vocabularies (${quads.length})</summary>\n<table>\n${rows.join('\n')}\n</table></details>`;
}

/** What links here: each linking resource once per phrase, alignments left out, numbers in names counted. */
function renderIncoming(iri: string, ctx: RenderContext): string {
  const incoming = ctx.index
    .in(iri)
    .filter((q) => !isAlignment(q.predicate.value))
    .sort((a, b) => compareNatural(a.subject.value, b.subject.value));
  if (incoming.length === 0) return '';
  const items = groupByPredicate(incoming).map(
    ([p, qs]) =>
      `<li>${qs
        .slice(0, 200)
        .map((q) => linkIri(q.subject.value, ctx))
        .join(', ')} <em>${esc(incomingPhrase(p))}</em>${qs.length > 200 ? ` (and ${qs.length - 200} more)` : ''}</li>`,
  );
  return `<h2>What links here</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}

function groupByPredicate(quads: Quad[]): [string, Quad[]][] {
  const groups = new Map<string, Quad[]>();
  for (const q of quads) groups.set(q.predicate.value, [...(groups.get(q.predicate.value) ?? []), q]);
  return [...groups];
}
