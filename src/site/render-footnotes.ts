// Footnote marks (`[3]`) after a resource's facts, linked to the citations they come from, in footnote order.
import { ckg, prov } from '../vocab.ts';
import { compareNatural } from './natural-order.ts';
import { esc, hrefFor, type RenderContext } from './render-html.ts';

/** The citations (or whole sources) a resource is derived from, by footnote number, unnumbered ones last. */
export function citationsOf(iri: string, ctx: RenderContext): string[] {
  const number = (c: string) => Number(ctx.index.values(c, ckg.footnoteNumber)[0]?.value ?? Number.POSITIVE_INFINITY);
  return ctx.index
    .values(iri, prov.wasDerivedFrom)
    .map((t) => t.value)
    .sort((a, b) => number(a) - number(b) || compareNatural(a, b));
}

/** Footnote marks `[3]` linking to the citations (or the whole source) the resource's facts come from. */
export function footnoteMarks(iri: string, ctx: RenderContext): string {
  return citationsOf(iri, ctx)
    .map((c) => {
      const n = ctx.index.values(c, ckg.footnoteNumber)[0]?.value;
      const href = hrefFor(c, ctx);
      const text = n ? `[${n}]` : '[source]';
      return href ? `<sup><a href="${esc(href)}" title="${esc(ctx.index.name(c))}">${esc(text)}</a></sup>` : '';
    })
    .join('');
}
