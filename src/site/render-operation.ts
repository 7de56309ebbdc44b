// The extra sections of an operation's page: the timeline, as a picture on wide screens and always in words, the
// sides, where the sources disagree, and the places on a map.
import { collectTimeline, isOperation, type TimelineRow } from './timeline-data.ts';
import { dateWords, renderTimeline } from './render-timeline.ts';
import { esc, hrefFor, linkIri, type RenderContext } from './render-html.ts';
import { renderSides } from './render-sides.ts';
import { renderOperationPlaces } from './render-places.ts';
import { renderDisagreements } from './render-disagreements.ts';

/** The timeline, sides, disagreements and places sections when `iri` is a `ckg:MilitaryOperation`, else ''. */
export function renderOperationSections(iri: string, ctx: RenderContext): string {
  if (!isOperation(iri, ctx.index)) return '';
  const rows = collectTimeline(iri, ctx.index);
  const svg = renderTimeline(rows, (e) => hrefFor(e, ctx));
  // The picture is too small to read on a narrow screen; the stylesheet shows it from 60rem up, the list always.
  const picture = svg
    ? `<figure class="timeline-picture">\n${svg}\n<figcaption>Phases as bands, incidents at their dates; a date the source gives only to the month is drawn as the whole month; a band that fades out has no end (or begin) in the source.</figcaption>\n</figure>\n`
    : '';
  return `<section class="timeline" id="timeline">\n<h2>Timeline</h2>\n${picture}<h3>In words</h3>\n${timelineList(rows, ctx)}\n</section>\n${renderSides(iri, ctx)}${renderDisagreements(iri, ctx)}${renderOperationPlaces(iri, ctx)}`;
}

/** The rows as a list: the operation, each phase with its incidents nested under it, then incidents of no phase. */
function timelineList(rows: TimelineRow[], ctx: RenderContext): string {
  const item = (r: TimelineRow) => `${linkIri(r.iri, ctx)}: <span class="dates">${esc(dateWords(r))}</span>`;
  const out: string[] = [];
  let open = false;
  for (const r of rows) {
    const nested = r.kind === 'incident' && r.phase !== undefined;
    if (open && !nested) {
      out.push('</ul></li>');
      open = false;
    }
    if (r.kind === 'phase') {
      out.push(`<li class="phase">${item(r)}<ul>`);
      open = true;
    } else {
      out.push(`<li class="${r.kind}">${item(r)}</li>`);
    }
  }
  if (open) out.push('</ul></li>');
  return `<ul class="timeline-list">\n${out.join('\n')}\n</ul>`;
}
