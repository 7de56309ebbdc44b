// The home page's index of every resource with a page: grouped by kind with counts, each group a collapsible
// list, a row of links to the groups, and a filter by name (a small script; without it, the browser's find works).
import { docPathFor, docPathInFolder } from './paths.ts';
import { compareNatural } from './natural-order.ts';
import { esc, linkIri, type RenderContext } from './render-html.ts';

/** The kinds in reading order, with their titles; the first ones are open at first, the long tail closed. */
const KINDS: readonly (readonly [kind: string, title: string, open: boolean])[] = [
  ['event', 'Events', true],
  ['actor', 'Actors', true],
  ['side', 'Sides', true],
  ['place', 'Places', true],
  ['claim', 'Claims', true],
  ['outcome', 'Outcomes', true],
  ['participation', 'Participations', false],
  ['quantity', 'Quantities', false],
  ['citation', 'Citations (footnotes)', false],
  ['source', 'Sources', false],
  ['timespan', 'Time-spans', false],
  ['dataset', 'The dataset and its downloads', false],
  ['ontology', 'Ontology terms', false],
  ['concept', 'Concepts', false],
  ['shapes', 'SHACL shapes', false],
];

/** The index section: every page's resource, by kind. */
export function renderIndex(ctx: RenderContext): string {
  const groups = groupByKind(ctx);
  const known = KINDS.map(([k]) => k);
  const order = [
    ...KINDS,
    ...[...groups.keys()]
      .filter((k) => !known.includes(k))
      .sort()
      .map((k) => [k, k, false] as const),
  ];
  const present = order.filter(([k]) => groups.has(k));
  const total = present.reduce((n, [k]) => n + groups.get(k)!.length, 0);
  const nav = present.map(
    ([k, title]) => `<li><a href="#kind-${esc(k)}">${esc(title)}</a> (${groups.get(k)!.length})</li>`,
  );
  const sections = present.map(([k, title, open]) => {
    const items = groups.get(k)!.map((iri) => `<li>${linkIri(iri, ctx)}</li>`);
    return `<details class="kind" id="kind-${esc(k)}"${open ? ' open' : ''}><summary>${esc(title)} <span class="count">(${items.length})</span></summary>\n<ul>\n${items.join('\n')}\n</ul></details>`;
  });
  return `<h2 id="index">Everything in the dataset</h2>
<p>${total} resources with a page, by kind:</p>
<nav class="kinds"><ul>${nav.join('')}</ul></nav>
<form class="filter" role="search" hidden><label for="filter">Find by name:</label> <input id="filter" type="search" autocomplete="off"> <output for="filter"></output></form>
${sections.join('\n')}
<script>${FILTER_SCRIPT}</script>`;
}

/** Page IRIs by kind (the folder of their document), each kind sorted by the name shown. */
function groupByKind(ctx: RenderContext): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const iri of pageIris(ctx)) {
    const doc = docPathFor(iri, ctx.layout)!;
    const kind = docPathInFolder(doc, ctx.layout).split('/')[0]!;
    groups.set(kind, [...(groups.get(kind) ?? []), iri]);
  }
  const name = (iri: string) => ctx.index.name(iri).toLowerCase();
  for (const iris of groups.values()) iris.sort((a, b) => compareNatural(name(a), name(b)) || compareNatural(a, b));
  return groups;
}

function pageIris(ctx: RenderContext): string[] {
  const iris = new Set<string>();
  for (const q of ctx.index.store.getQuads(null, null, null, null)) {
    for (const t of [q.subject, q.predicate, q.object]) if (t.termType === 'NamedNode') iris.add(t.value);
  }
  return [...iris].filter((i) => ctx.pages.has(docPathFor(i, ctx.layout) ?? ''));
}

/**
 * Shows the filter (hidden without scripts), then on each keystroke hides the entries whose text does not contain
 * the words typed, opens the groups with a match, hides the others, and says how many match; empty, all is as before.
 */
const FILTER_SCRIPT = `
(function () {
  var form = document.querySelector('form.filter'), input = form.querySelector('input'), out = form.querySelector('output');
  var groups = Array.prototype.slice.call(document.querySelectorAll('details.kind'));
  groups.forEach(function (d) { d.dataset.open = d.open ? '1' : ''; });
  form.hidden = false;
  form.addEventListener('submit', function (e) { e.preventDefault(); });
  input.addEventListener('input', function () {
    var q = input.value.trim().toLowerCase(), total = 0;
    groups.forEach(function (d) {
      var n = 0;
      d.querySelectorAll('li').forEach(function (li) {
        var hit = q === '' || li.textContent.toLowerCase().indexOf(q) >= 0;
        li.hidden = !hit;
        if (hit) n++;
      });
      total += n;
      d.hidden = q !== '' && n === 0;
      d.open = q === '' ? d.dataset.open === '1' : n > 0;
    });
    out.textContent = q === '' ? '' : total + (total === 1 ? ' match' : ' matches');
  });
})();
`;
