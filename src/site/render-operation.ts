// The extra sections of an operation's page: the timeline picture with a text list beside it, and the sides.
import { collectTimeline, isOperation } from './timeline-data.ts';
import { dateWords, renderTimeline } from './render-timeline.ts';
import { esc, hrefFor, linkIri, type RenderContext } from './render-html.ts';
import { renderSides } from './render-sides.ts';

/** The timeline and sides sections when `iri` is a `ckg:MilitaryOperation`, else ''. */
export function renderOperationSections(iri: string, ctx: RenderContext): string {
  if (!isOperation(iri, ctx.index)) return '';
  const rows = collectTimeline(iri, ctx.index);
  const svg = renderTimeline(rows, (e) => hrefFor(e, ctx));
  const list = rows.map((r) => `<li class="${r.kind}">${linkIri(r.iri, ctx)}: ${esc(dateWords(r))}</li>`);
  const timeline = svg
    ? `<h2>Timeline</h2>\n<figure class="timeline" id="timeline">\n${svg}\n<figcaption>Phases as bands, incidents at their dates; a date the source gives only to the month is drawn as the whole month.</figcaption>\n</figure>`
    : '';
  return `${timeline}\n<details><summary>The timeline as a list</summary>\n<ul>\n${list.join('\n')}\n</ul></details>\n${renderSides(iri, ctx)}`;
}
