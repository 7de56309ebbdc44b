// Footnote marks (`[3]`) after a resource's facts, linked to the citations they come from, in footnote order.
import type { NamedNode } from 'n3';
import { ckg, prov } from '../vocab.ts';
import { compareNatural } from './natural-order.ts';
import { esc, hrefFor, type RenderContext } from './render-html.ts';

/**
 * The citations (or whole sources) a resource is derived from (or, with `predicate`, that it names so: an
 * inference's `prov:used` support), by footnote number, unnumbered ones last.
 */
export function citationsOf(iri: string, ctx: RenderContext, predicate: NamedNode = prov.wasDerivedFrom): string[] {
  const number = (c: string) => Number(ctx.index.values(c, ckg.footnoteNumber)[0]?.value ?? Number.POSITIVE_INFINITY);
  return ctx.index
    .values(iri, predicate)
    .map((t) => t.value)
    .sort((a, b) => number(a) - number(b) || compareNatural(a, b));
}

/** Footnote marks `[3]` linking to the citations (or the whole source) the resource's facts come from. */
export function footnoteMarks(iri: string, ctx: RenderContext): string {
  return footnoteLinks(citationsOf(iri, ctx), ctx);
}

/** Footnote marks `[3]` (`[source]` for a whole source) linking to the given citations' pages. */
export function footnoteLinks(citations: string[], ctx: RenderContext): string {
  return citations
    .map((c) => {
      const n = ctx.index.values(c, ckg.footnoteNumber)[0]?.value;
      const href = hrefFor(c, ctx);
      const text = n ? `[${n}]` : '[source]';
      return href ? `<sup><a href="${esc(href)}" title="${esc(ctx.index.name(c))}">${esc(text)}</a></sup>` : '';
    })
    .join('');
}
