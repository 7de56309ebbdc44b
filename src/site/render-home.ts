// The home page: what the dataset is, its licence and attribution, its downloads by format and size, an index of
// its resources by kind, and schema.org `Dataset` markup for search engines (with the creator, publisher and dates
// the data states).
import type { Term } from 'n3';
import { ckg, dcterms, rdf, schema, sem, NS } from '../vocab.ts';
import type { GraphIndex } from './graph-index.ts';
import type { Dump } from './describe-dataset.ts';
import { FORMAT_NAMES, type DocFormat } from './paths.ts';
import { esc, hrefToFile, linkIri, renderShell, sizeWords, type RenderContext } from './render-html.ts';
import { renderIndex } from './render-index.ts';
import { jsonForScript } from './serialize.ts';
import { collectTimeline } from './timeline-data.ts';
import { dateWords } from './render-timeline.ts';

/** A downloadable file as the home page lists it: the dump plus its site-relative file. */
export interface SiteDump extends Dump {
  file: string;
}

export interface HomeInput {
  datasetIri: string;
  dumps: SiteDump[];
  /** Site-relative file of the VoID description (`.well-known/void`). */
  voidFile: string;
  ctx: RenderContext;
}

/** The home page (`index.html`). */
export function renderHome(input: HomeInput): string {
  const { ctx, datasetIri } = input;
  const { index } = ctx;
  const labels = index.labels(datasetIri);
  const desc = index.labelsOf(datasetIri, dcterms.description);
  const operations = index.store
    .getSubjects(rdf.type, ckg.MilitaryOperation, null)
    .map((t) => t.value)
    .sort();
  const body = [
    `<h1>${esc(labels.en ?? datasetIri)}${labels.ko ? ` <span lang="ko" class="ko">${esc(labels.ko)}</span>` : ''}</h1>`,
    desc.en ? `<p>${esc(desc.en)}</p>` : '',
    desc.ko ? `<p lang="ko">${esc(desc.ko)}</p>` : '',
    `<p>Dataset: ${linkIri(datasetIri, ctx)} <code>${esc(datasetIri)}</code></p>`,
    licence(datasetIri, ctx),
    `<h2>Operations</h2>\n<ul>\n${operations.map((o) => `<li>${linkIri(o, ctx)} (${esc(dateWords(collectTimeline(o, index)[0]!))})</li>`).join('\n')}\n</ul>`,
    downloads(input),
    renderIndex(ctx),
  ].join('\n');
  const head = `<script type="application/ld+json">\n${jsonForScript(schemaDataset(input, operations))}\n</script>`;
  return renderShell({ title: labels.en ?? 'conflict-kg dataset', head, body, ctx });
}

/** The dataset's licence and the source it is derived from, as a paragraph. */
export function licence(datasetIri: string, ctx: RenderContext): string {
  const license = ctx.index.values(datasetIri, dcterms.license)[0]?.value;
  const source = ctx.index.values(datasetIri, ckg.primarySource)[0]?.value;
  const url = source ? ctx.index.values(source, schema.url)[0]?.value : undefined;
  const parts = [
    license ? `Licence: <a rel="license" href="${esc(license)}">${esc(license)}</a>.` : '',
    source
      ? `Derived from ${linkIri(source, ctx)}${url ? ` (<a href="${esc(url)}">the article</a>; see its history for the authors)` : ''}.`
      : '',
  ];
  return `<p>${parts.join(' ')}</p>`;
}

/** The dumps by format name and size (the file name beside), then the VoID description, as list items. */
export function downloadItems(
  dumps: SiteDump[],
  voidFile: string,
  ctx: RenderContext,
  voidLabel = 'Description of the dataset',
): string[] {
  const items = dumps.map((d) => {
    const format = FORMAT_NAMES[d.name as DocFormat] ?? d.name;
    const href = esc(hrefToFile(d.file, ctx));
    return `<li><a href="${href}" type="${esc(d.mediaType)}" download>${esc(format)}</a> — ${esc(sizeWords(d.byteSize))} <small>(<code>${esc(d.file.split('/').pop()!)}</code>, ${esc(d.mediaType)})</small></li>`;
  });
  items.push(
    `<li><a href="${esc(hrefToFile(voidFile, ctx))}" type="text/turtle">${esc(voidLabel)}</a> (VoID and DCAT, in Turtle)</li>`,
  );
  return items;
}

function downloads(input: HomeInput): string {
  const items = downloadItems(input.dumps, input.voidFile, input.ctx);
  return `<h2>Downloads</h2>\n<p>The whole dataset, in each format:</p>\n<ul class="downloads">\n${items.join('\n')}\n</ul>\n<p>When the site is served with <code>conflict-kg serve</code>, a read-only SPARQL endpoint answers at <code>/sparql</code>, and every IRI of the dataset resolves by content negotiation.</p>`;
}

/**
 * The creators or publishers the data states (`dcterms:creator`, `dcterms:publisher`): an IRI as a node with its
 * name, a literal as its text; undefined (left out of the markup) when the data states none.
 */
function agents(ds: string, predicate: Term, index: GraphIndex): unknown[] | undefined {
  const values = index.values(ds, predicate);
  if (values.length === 0) return undefined;
  return values.map((v) => (v.termType === 'NamedNode' ? { '@id': v.value, name: index.name(v.value) } : v.value));
}

/** schema.org `Dataset` as JSON-LD (https://schema.org/Dataset; what dataset search engines read). */
function schemaDataset(input: HomeInput, operations: string[]): Record<string, unknown> {
  const { index, layout } = input.ctx;
  const ds = input.datasetIri;
  const source = index.values(ds, ckg.primarySource)[0]?.value;
  const dates = operations.map((o) => collectTimeline(o, index)[0]!).filter((r) => r.begin && r.end);
  const places = operations.flatMap((o) => index.values(o, sem.hasPlace).map((t) => index.name(t.value)));
  return {
    '@context': { '@vocab': NS.schema },
    '@type': 'Dataset',
    '@id': ds,
    name: index.labels(ds).en ?? ds,
    alternateName: index.labels(ds).ko,
    description: index.labelsOf(ds, dcterms.description).en,
    url: layout.root,
    identifier: ds,
    license: index.values(ds, dcterms.license)[0]?.value,
    creator: agents(ds, dcterms.creator, index),
    publisher: agents(ds, dcterms.publisher, index),
    datePublished: index.values(ds, dcterms.issued)[0]?.value,
    dateModified: index.values(ds, dcterms.modified)[0]?.value,
    inLanguage: ['ko', 'en'],
    isBasedOn: source ? index.values(source, schema.url)[0]?.value : undefined,
    temporalCoverage: dates.length ? `${dates[0]!.begin!.text}/${dates[0]!.end!.text}` : undefined,
    spatialCoverage: places.length ? places.map((name) => ({ '@type': 'Place', name })) : undefined,
    keywords: ['armed conflict', 'military operation', 'linked data', 'knowledge graph'],
    distribution: input.dumps.map((d) => ({ '@type': 'DataDownload', contentUrl: d.url, encodingFormat: d.mediaType })),
  };
}
