// The home page of a site of several datasets: the catalogue. Each dataset with its description, licence, size,
// operations, downloads and VoID description; then the union of all of them, the catalogue's own RDF, the index of
// every resource, and schema.org `DataCatalog` markup for search engines.
import type { Quad } from 'n3';
import { ckg, dcterms, rdf, voidVocab, NS } from '../vocab.ts';
import type { SiteDump } from './render-home.ts';
import { downloadItems, licence } from './render-home.ts';
import { DOC_FORMATS, FORMAT_NAMES, type DocFormat } from './paths.ts';
import { esc, hrefFor, linkIri, renderShell, type RenderContext } from './render-html.ts';
import { renderIndex } from './render-index.ts';
import { jsonForScript } from './serialize.ts';
import { collectTimeline } from './timeline-data.ts';
import { dateWords } from './render-timeline.ts';

export interface CatalogueInput {
  catalogIri: string;
  /** Each dataset: its IRI, graph, dumps and the site file of its VoID description. */
  datasets: readonly { iri: string; quads: Quad[]; dumps: SiteDump[]; voidFile: string }[];
  /** The union's dumps. */
  dumps: SiteDump[];
  /** Site-relative file of the whole description (`.well-known/void`). */
  voidFile: string;
  ctx: RenderContext;
}

/** The catalogue page (`index.html`). */
export function renderCatalogue(input: CatalogueInput): string {
  const { ctx, catalogIri } = input;
  const title = ctx.index.labels(catalogIri).en ?? 'conflict-kg datasets';
  const description = ctx.index.labelsOf(catalogIri, dcterms.description).en;
  const sections = input.datasets.map((d) => datasetSection(d, ctx));
  const union = downloadItems(input.dumps, input.voidFile, ctx, 'Description of the catalogue and every dataset');
  const unionTriples = ctx.index.values(catalogIri, voidVocab.triples)[0]?.value;
  const body = [
    `<h1>${esc(title)}</h1>`,
    description ? `<p>${esc(description)}</p>` : '',
    `<p>Catalogue: ${linkIri(catalogIri, ctx)} <code>${esc(catalogIri)}</code> (DCAT)${formatLinks(catalogIri, ctx)}</p>`,
    `<h2>Datasets</h2>\n<p>${input.datasets.length} datasets, each under its own base IRI; an actor, place or wider conflict of the shared register is one resource, whose page shows what every dataset says about it.</p>`,
    ...sections,
    `<h2>The union of all datasets</h2>\n<p>Every dataset's triples, each once${unionTriples ? ` (${esc(unionTriples)} triples)` : ''}; the description lists the catalogue and every dataset:</p>\n<ul class="downloads">\n${union.join('\n')}\n</ul>\n<p>When the site is served with <code>conflict-kg serve</code>, a read-only SPARQL endpoint answers at <code>/sparql</code>: its default graph is the union, and each dataset is a named graph (its dataset IRI). Every IRI of every dataset resolves by content negotiation.</p>`,
    renderIndex(ctx),
  ].join('\n');
  const alternates = (['ttl', 'jsonld', 'nt'] as const)
    .map((f) => {
      const href = hrefFor(catalogIri, ctx, f);
      return href ? `<link rel="alternate" type="${DOC_FORMATS[f]}" href="${esc(href)}">` : '';
    })
    .filter((l) => l !== '');
  const head = [
    ...alternates,
    `<script type="application/ld+json">\n${jsonForScript(schemaCatalog(input))}\n</script>`,
  ].join('\n');
  return renderShell({ title, head, body, ctx });
}

function datasetSection(d: CatalogueInput['datasets'][number], ctx: RenderContext): string {
  const { index } = ctx;
  const labels = index.labels(d.iri);
  const desc = index.labelsOf(d.iri, dcterms.description);
  const triples = index.values(d.iri, voidVocab.triples)[0]?.value;
  const operations = [
    ...new Set(
      d.quads
        .filter((q) => q.predicate.value === rdf.type.value)
        .map((q) => q.subject.value)
        .filter((s) => index.types(s).includes(ckg.MilitaryOperation.value)),
    ),
  ].sort();
  return [
    `<section class="dataset">`,
    `<h3>${linkIri(d.iri, ctx)}</h3>`,
    desc.en ? `<p>${esc(desc.en)}</p>` : '',
    desc.ko ? `<p lang="ko">${esc(desc.ko)}</p>` : '',
    `<p>Dataset: <code>${esc(d.iri)}</code>${triples ? `, ${esc(triples)} triples` : ''}.</p>`,
    licence(d.iri, ctx),
    operations.length
      ? `<p>Operations:</p>\n<ul>\n${operations.map((o) => `<li>${linkIri(o, ctx)} (${esc(dateWords(collectTimeline(o, index)[0]!))})</li>`).join('\n')}\n</ul>`
      : '',
    `<p>Downloads of ${esc(labels.en ?? labels.ko ?? d.iri)}:</p>\n<ul class="downloads">\n${downloadItems(d.dumps, d.voidFile, ctx).join('\n')}\n</ul>`,
    `</section>`,
  ].join('\n');
}

/** ` — Turtle, JSON-LD, N-Triples`: the catalogue's own documents. */
function formatLinks(iri: string, ctx: RenderContext): string {
  const links = (['ttl', 'jsonld', 'nt'] as DocFormat[])
    .map((f) => {
      const href = hrefFor(iri, ctx, f);
      return href ? `<a href="${esc(href)}" type="${DOC_FORMATS[f]}">${FORMAT_NAMES[f]}</a>` : '';
    })
    .filter((l) => l !== '');
  return links.length ? ` — ${links.join(', ')}` : '';
}

/** schema.org `DataCatalog` as JSON-LD (https://schema.org/DataCatalog), each dataset with its name and licence. */
function schemaCatalog(input: CatalogueInput): Record<string, unknown> {
  const { index, layout } = input.ctx;
  return {
    '@context': { '@vocab': NS.schema },
    '@type': 'DataCatalog',
    '@id': input.catalogIri,
    name: index.labels(input.catalogIri).en,
    url: layout.root,
    dataset: input.datasets.map((d) => ({
      '@type': 'Dataset',
      '@id': d.iri,
      name: index.labels(d.iri).en ?? index.labels(d.iri).ko ?? d.iri,
      alternateName: index.labels(d.iri).ko,
      description: index.labelsOf(d.iri, dcterms.description).en,
      license: index.values(d.iri, dcterms.license)[0]?.value,
      distribution: d.dumps.map((x) => ({ '@type': 'DataDownload', contentUrl: x.url, encodingFormat: x.mediaType })),
    })),
  };
}
