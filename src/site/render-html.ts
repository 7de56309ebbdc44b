// HTML building blocks shared by every page: escaping, links between pages, values, and the page shell.
import type { Term } from 'n3';
import { xsd } from '../vocab.ts';
import type { GraphIndex } from './graph-index.ts';
import { localName } from '../terms.ts';
import { compactIri } from './names.ts';
import { docPathFor, relativeHref, type SiteLayout } from './paths.ts';

/** What a renderer needs: the graph, the layout, which pages exist, and the file being written. */
export interface RenderContext {
  index: GraphIndex;
  layout: SiteLayout;
  /** Doc paths (no extension) the site writes a page for. */
  pages: Set<string>;
  /** The site-relative file being rendered (`doc/q/event/x.html`); links are made relative to it. */
  file: string;
}

/** Escapes text for HTML element content and double-quoted attributes. */
export function esc(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

/** The href from the current page to the page about an IRI, or undefined when the site has none. */
export function hrefFor(iri: string, ctx: RenderContext, ext = 'html'): string | undefined {
  const doc = docPathFor(iri, ctx.layout);
  if (!doc || !ctx.pages.has(doc)) return undefined;
  return relativeHref(ctx.file, `${doc}.${ext}`);
}

/** The relative href of a site file from the current page. */
export function hrefToFile(file: string, ctx: RenderContext): string {
  return relativeHref(ctx.file, file);
}

/** The href of a dump the site itself holds (`<root>dump/…`), so a download link works offline and before publishing. */
function dumpHref(iri: string, ctx: RenderContext): string | undefined {
  const rel = iri.startsWith(ctx.layout.root) ? iri.slice(ctx.layout.root.length) : '';
  return /^dump\/[A-Za-z0-9_-]+\.(ttl|nt|jsonld)$/.test(rel) ? relativeHref(ctx.file, rel) : undefined;
}

/** A resource named by its English and Korean labels, linked to its page (or to itself when external). */
export function linkIri(iri: string, ctx: RenderContext): string {
  const href = hrefFor(iri, ctx) ?? dumpHref(iri, ctx);
  const { en, ko } = ctx.index.labels(iri);
  if (href) {
    const main = esc(en ?? ko ?? fallbackName(iri, ctx));
    const second = en && ko ? ` <span lang="ko" class="ko">${esc(ko)}</span>` : '';
    return `<a href="${esc(href)}"${!en && ko ? ' lang="ko"' : ''}>${main}</a>${second}`;
  }
  if (/^https?:\/\//.test(iri)) return `<a class="ext" href="${esc(iri)}">${esc(en ?? compactIri(iri))}</a>`;
  return `<code>${esc(iri)}</code>`;
}

/**
 * A name for an unlabelled resource: a concept's name in words, a dataset resource's kind and id
 * (`participation hts`), else its prefixed name or the IRI as it is.
 */
function fallbackName(iri: string, ctx: RenderContext): string {
  const doc = docPathFor(iri, ctx.layout) ?? iri;
  if (doc.startsWith('doc/concept/')) return localName(iri).replace(/-/g, ' ');
  const own = ctx.layout.datasets.find((d) => doc.startsWith(d.docFolder));
  if (own) return doc.slice(own.docFolder.length).replace('/', ' ');
  return compactIri(iri);
}

const PRECISION_WORDS: Record<string, string> = {
  [xsd.date.value]: 'day',
  [xsd.gYearMonth.value]: 'month',
  [xsd.gYear.value]: 'year',
};

/** A term as a person reads it: a link, a language-tagged text, a number, a date with its precision. */
export function renderTerm(term: Term, ctx: RenderContext): string {
  if (term.termType === 'NamedNode') return linkIri(term.value, ctx);
  if (term.termType !== 'Literal') return `<code>${esc(term.value)}</code>`;
  const lit = term as Term & { language: string; datatype: { value: string } };
  if (lit.language) return `<span lang="${esc(lit.language)}">${esc(lit.value)}</span>`;
  const precision = PRECISION_WORDS[lit.datatype.value];
  if (precision)
    return `<time datetime="${esc(lit.value)}">${esc(lit.value)}</time> <small>(to the ${precision})</small>`;
  if (lit.datatype.value === xsd.boolean.value) return lit.value === 'true' ? 'yes' : 'no';
  return esc(lit.value);
}

/**
 * A file size as people read it, in decimal units.
 * @example sizeWords(616_402) //=> '616 KB'
 */
export function sizeWords(bytes: number): string {
  if (bytes < 1000) return `${bytes} bytes`;
  if (bytes < 999_500) return `${Math.round(bytes / 1000)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** Korean labels need a font that has Hangul: system fonts only, listed per platform. */
const CSS = `
body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans","Noto Sans CJK KR","Apple SD Gothic Neo","Malgun Gothic","NanumGothic","Nanum Gothic","UnDotum",sans-serif;max-width:64rem;margin:0 auto;padding:1rem;line-height:1.5;color:#1b1b1b}
:lang(ko){font-family:"Noto Sans CJK KR","Noto Sans KR","Apple SD Gothic Neo","Malgun Gothic","NanumGothic","Nanum Gothic","UnDotum",sans-serif}
.ko{color:#444}
h1 .ko{display:block;font-size:.7em;font-weight:normal}
code{font-size:.85em;word-break:break-all}
table{border-collapse:collapse;width:100%}
th,td{text-align:left;vertical-align:top;padding:.25rem .5rem;border-bottom:1px solid #ddd}
th{font-weight:normal;color:#555;width:30%}
sup a{text-decoration:none}
.sides{display:flex;flex-wrap:wrap;gap:1rem}
.side{flex:1 1 18rem;border:1px solid #ccc;border-radius:4px;padding:.5rem 1rem}
.side ul{padding-left:1.2rem}
.uncertain{color:#8a4b00}
.inferred,.doubtful{font-size:.9em;padding-left:.4rem;margin-left:.25rem}
.inferred{border-left:3px dashed #6b4c9a;font-style:italic}
.doubtful{border-left:3px dotted #8a4b00;color:#8a4b00}
.legend{font-size:.85em;color:#444;border-top:1px solid #ddd;padding-top:.5rem}
.timeline-picture{display:none;margin:0 0 1rem}
.timeline-picture svg{width:100%;height:auto;border:1px solid #ddd}
@media (min-width:60rem){.timeline-picture{display:block}}
.timeline-list .dates{white-space:nowrap;color:#555}
td,li,p{overflow-wrap:anywhere}
.place-map{margin:0 0 1rem}
.place-map svg{display:block;width:100%;height:auto;max-width:960px}
.place-map .map-narrow svg{max-width:36rem}
.place-map-small svg{max-width:360px}
.map-wide{display:none}
@media (min-width:60rem){.map-wide{display:block}.map-narrow{display:none}}
.positions code{word-break:normal}
.place-map figcaption{font-size:.9em;color:#444}
.legend-item{white-space:nowrap;margin-right:1rem}
.legend-item svg{display:inline;vertical-align:middle;width:auto}
.positions .coords{white-space:nowrap}
details.kind summary{font-weight:bold;font-size:1.1em;margin:.5rem 0;cursor:pointer}
details.kind .count{font-weight:normal;color:#555}
nav.kinds ul{display:flex;flex-wrap:wrap;gap:.25rem 1rem;padding:0;list-style:none}
nav.formats a{margin-right:.75rem}
footer{margin-top:2rem;border-top:1px solid #ddd;font-size:.85em;color:#555}
`;

export interface PageParts {
  title: string;
  /** Extra `<head>` markup (alternates, JSON-LD). */
  head: string;
  body: string;
  ctx: RenderContext;
}

/** A complete, valid HTML5 document with the shared style, a link home and the licence footer. */
export function renderShell(parts: PageParts): string {
  const home = hrefToFile('index.html', parts.ctx);
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(parts.title)}</title>
<style>${CSS}</style>
${parts.head}
</head>
<body>
<header><a href="${esc(home)}">conflict-kg home</a></header>
<main>
${parts.body}
</main>
<footer><p>Data derived from Wikipedia, licensed CC BY-SA 4.0; see the <a href="${esc(home)}">dataset page</a> for attribution.</p></footer>
</body>
</html>
`;
}
