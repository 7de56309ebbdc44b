// The endpoint's result limit, applied to an answer as oxigraph wrote it: the first `limit` rows of a SELECT (in
// each results format) or triples of a graph, and whether any were left out.
export type ResultsSyntax = 'json' | 'xml' | 'csv' | 'tsv';

export interface Cut {
  body: string;
  truncated: boolean;
}

/** The first `limit` solutions; a boolean answer is left as it is. */
export function cutResults(body: string, syntax: ResultsSyntax, limit: number): Cut {
  if (syntax === 'json') return cutJson(body, limit);
  if (syntax === 'xml') return cutXml(body, limit);
  const ends = recordEnds(body, syntax);
  // The first record is the header.
  if (ends.length <= limit + 1) return { body, truncated: false };
  return { body: body.slice(0, ends[limit]), truncated: true };
}

/** The first `limit` triples of N-Triples (one per line). */
export function cutGraph(ntriples: string, limit: number): Cut {
  const lines = ntriples.split('\n').filter((l) => l !== '');
  if (lines.length <= limit) return { body: ntriples, truncated: false };
  return { body: `${lines.slice(0, limit).join('\n')}\n`, truncated: true };
}

function cutJson(body: string, limit: number): Cut {
  const json = JSON.parse(body) as { results?: { bindings: unknown[] } };
  if (!json.results || json.results.bindings.length <= limit) return { body, truncated: false };
  json.results.bindings = json.results.bindings.slice(0, limit);
  return { body: JSON.stringify(json), truncated: true };
}

// oxigraph writes each solution as one `<result>` element; inside values `<` is escaped, so the tag is unambiguous.
function cutXml(body: string, limit: number): Cut {
  const parts = body.split('<result>');
  if (parts.length - 1 <= limit) return { body, truncated: false };
  return { body: `${parts.slice(0, limit + 1).join('<result>')}</results></sparql>`, truncated: true };
}

/** The offset just past each record: TSV escapes line breaks; CSV may quote them, so quotes are followed. */
function recordEnds(body: string, syntax: 'csv' | 'tsv'): number[] {
  const ends: number[] = [];
  let quoted = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (syntax === 'csv' && c === '"') quoted = !quoted;
    else if (c === '\n' && !quoted) ends.push(i + 1);
  }
  return ends;
}
