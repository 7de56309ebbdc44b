// The extra section of the ontology's page: every project term, each under an anchor named after it, so that a
// hash IRI (`…/ontology#Side`) lands on its entry.
import { NS, rdfs } from '../vocab.ts';
import { localName } from '../terms.ts';
import { docPathFor } from './paths.ts';
import { esc, linkIri, type RenderContext } from './render-html.ts';

/** The list of terms when `iri` is the ontology itself, else ''. */
export function renderOntologySections(iri: string, ctx: RenderContext): string {
  if (iri !== NS.ckg.slice(0, -1)) return '';
  const terms = new Set<string>();
  for (const q of ctx.index.store.getQuads(null, null, null, null)) {
    for (const t of [q.subject, q.predicate, q.object])
      if (t.termType === 'NamedNode' && t.value.startsWith(NS.ckg)) terms.add(t.value);
  }
  const items = [...terms]
    .sort()
    .filter((t) => ctx.pages.has(docPathFor(t, ctx.layout) ?? ''))
    .map((t) => {
      const comment = ctx.index.labelsOf(t, rdfs.comment).en;
      return `<li id="${esc(localName(t))}">${linkIri(t, ctx)} <code>ckg:${esc(localName(t))}</code>${comment ? ` — ${esc(comment)}` : ''}</li>`;
    });
  return `<h2>Terms</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}
