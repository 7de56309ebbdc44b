// How a fact is known, shown on its page: a fact the curator inferred (a ckg:CuratorInference generated it) reads
// "◇ curator's inference: <reason>" with the footnotes the inference rests on, a fact held with doubt
// (ckg:certain false) "? uncertain: <reason>". Marked by a symbol and words, not by colour alone, with a legend.
// The same marks follow a link (within, memberOf, near …) whose qualified statement or membership carries them.
import { ckg, org, prov, rdf } from '../vocab.ts';
import { esc, type RenderContext } from './render-html.ts';
import { citationsOf, footnoteLinks } from './render-footnotes.ts';

/** The marks of one node (a fact, a statement, a membership): its inference and its doubt, as inline HTML. */
export function qualifierMarks(node: string, ctx: RenderContext): string[] {
  const { index } = ctx;
  const marks: string[] = [];
  for (const activity of index.values(node, prov.wasGeneratedBy)) {
    if (!index.types(activity.value).includes(ckg.CuratorInference.value)) continue;
    const reason = index.values(activity.value, ckg.inferenceReason)[0]?.value ?? '';
    const support = footnoteLinks(citationsOf(activity.value, ctx, prov.used), ctx);
    marks.push(`<span class="inferred"><b>◇ curator's inference:</b> ${esc(reason)}${support}</span>`);
  }
  if (index.values(node, ckg.certain).some((t) => t.value === 'false')) {
    const why = index.values(node, ckg.uncertainty)[0]?.value;
    marks.push(`<span class="doubtful"><b>? uncertain${why ? ':' : ''}</b>${why ? ` ${esc(why)}` : ''}</span>`);
  }
  return marks;
}

/** The marks of the resource itself, as a paragraph under its heading ('' when it is stated and certain). */
export function renderOwnQualifiers(iri: string, ctx: RenderContext): string {
  const marks = qualifierMarks(iri, ctx);
  return marks.length > 0 ? `<p class="qualifiers">${marks.join('<br>')}</p>` : '';
}

/**
 * The marks of the link `subject predicate object`, from the nodes that stand for it: an rdf:Statement of the triple
 * (a qualified statement, a place relation) or, for ckg:memberOf, the ckg:Membership of the two.
 */
export function linkMarks(subject: string, predicate: string, object: string, ctx: RenderContext): string {
  const { index } = ctx;
  const statements = index
    .in(subject)
    .filter((q) => q.predicate.equals(rdf.subject))
    .map((q) => q.subject.value)
    .filter(
      (s) =>
        index.values(s, rdf.predicate).some((t) => t.value === predicate) &&
        index.values(s, rdf.object).some((t) => t.value === object),
    );
  const memberships =
    predicate === ckg.memberOf.value
      ? index
          .in(subject)
          .filter((q) => q.predicate.equals(org.member))
          .map((q) => q.subject.value)
          .filter((m) => index.values(m, org.organization).some((t) => t.value === object))
      : [];
  const marks = [...statements, ...memberships].flatMap((node) => qualifierMarks(node, ctx));
  return marks.map((m) => ` ${m}`).join('');
}

/** The legend of the marks, for a page that shows any. */
export function qualifierLegend(html: string): string {
  if (!html.includes('class="inferred"') && !html.includes('class="doubtful"')) return '';
  return `<p class="legend">Marks: <span class="inferred"><b>◇ curator's inference</b></span> — the source does not state this; the curator inferred it, for the reason given, from the footnotes that follow. <span class="doubtful"><b>? uncertain</b></span> — held with doubt, for the reason given.</p>`;
}
