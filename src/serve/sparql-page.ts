// The endpoint's HTML: the query form, and the same form above a results table when a browser runs it. A value
// that names a resource with a page on this site is shown by its label and linked to that page.
import { esc } from '../site/index.ts';
import { NS } from '../vocab.ts';

/** A cell as SPARQL JSON results write it. */
export interface ResultTerm {
  type: 'uri' | 'literal' | 'typed-literal' | 'bnode' | 'triple';
  value: string;
  'xml:lang'?: string;
  datatype?: string;
}

export interface ResultTable {
  vars: string[];
  rows: Record<string, ResultTerm | undefined>[];
  truncated: boolean;
}

/** Where a resource's page is and what it is called, if the site has one. */
export type PageOf = (iri: string) => { href: string; label: string } | undefined;

const EXAMPLE = `PREFIX ckg: <${NS.ckg}>
PREFIX rdfs: <${NS.rdfs}>
SELECT ?event ?label WHERE {
  ?event a ckg:Incident ; rdfs:label ?label .
} LIMIT 50`;

/** The form alone, or above the answer to the query it holds. */
export function renderSparqlPage(
  query: string | undefined,
  answer?: { table?: ResultTable; boolean?: boolean; pageOf: PageOf },
): string {
  const title = answer ? 'SPARQL results' : 'SPARQL endpoint';
  return `<!DOCTYPE html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font-family:sans-serif;margin:1rem;max-width:70rem}textarea{width:100%;font-family:monospace}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:.2rem .4rem;text-align:left;vertical-align:top;overflow-wrap:anywhere}</style></head>
<body>
<h1>SPARQL endpoint (read-only)</h1>
<form method="get" action="sparql">
<p><label for="query">Query</label><br>
<textarea id="query" name="query" rows="12" cols="80">${esc(query ?? EXAMPLE)}</textarea></p>
<p><button type="submit">Run</button></p>
</form>
${answer ? renderAnswer(answer) : ''}<p><a href="./">Home</a></p>
</body>
</html>
`;
}

function renderAnswer(answer: { table?: ResultTable; boolean?: boolean; pageOf: PageOf }): string {
  if (answer.boolean !== undefined)
    return `<p id="answer">Answer: <strong>${answer.boolean ? 'yes' : 'no'}</strong></p>\n`;
  const table = answer.table!;
  const head = table.vars.map((v) => `<th>?${esc(v)}</th>`).join('');
  const body = table.rows
    .map((row) => `<tr>${table.vars.map((v) => `<td>${cell(row[v], answer.pageOf)}</td>`).join('')}</tr>`)
    .join('\n');
  const count = `${table.rows.length} row${table.rows.length === 1 ? '' : 's'}${table.truncated ? ' (cut at the result limit)' : ''}`;
  return `<p id="count">${count}</p>\n<table id="results">\n<thead><tr>${head}</tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>\n`;
}

function cell(term: ResultTerm | undefined, pageOf: PageOf): string {
  if (!term) return '';
  if (term.type === 'uri') {
    const page = pageOf(term.value);
    if (page) return `<a href="${esc(page.href)}" title="${esc(term.value)}">${esc(page.label)}</a>`;
    return `&lt;${esc(term.value)}&gt;`;
  }
  if (term.type === 'bnode') return `_:${esc(term.value)}`;
  const lang = term['xml:lang'] ? ` <small>@${esc(term['xml:lang'])}</small>` : '';
  const lang2 = term['xml:lang'] ? ` lang="${esc(term['xml:lang'])}"` : '';
  return `<span${lang2}>${esc(term.value)}</span>${lang}`;
}
