// The extra section of the ontology's page: every project term, each under an anchor named after it, so that a
// hash IRI (`…/ontology#Side`) lands on its entry.
import { NS, owl, rdfs } from '../vocab.ts';
import { localName } from '../terms.ts';
import { docPathFor, ONTOLOGY_IRI } from './paths.ts';
import { esc, linkIri, type RenderContext } from './render-html.ts';

/** The list of terms when `iri` is the ontology itself or its `owl:versionIRI` (with a line saying so), else ''. */
export function renderOntologySections(iri: string, ctx: RenderContext): string {
  const isVersion = ctx.index.values(ONTOLOGY_IRI, owl.versionIRI).some((v) => v.value === iri);
  if (iri !== ONTOLOGY_IRI && !isVersion) return '';
  const version = ctx.index.values(ONTOLOGY_IRI, owl.versionInfo)[0]?.value;
  const intro = isVersion
    ? `<p>Version ${esc(version ?? localName(iri))} of ${linkIri(ONTOLOGY_IRI, ctx)}: its data documents hold the whole ontology, concept schemes included.</p>\n`
    : '';
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
  return `${intro}<h2>Terms</h2>\n<ul>\n${items.join('\n')}\n</ul>`;
}
