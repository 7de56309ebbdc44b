// Finds which prefix's namespace an IRI starts with, cutting the IRI at `/` and `#` instead of scanning every prefix.

/** A prefix match: `iri === namespace + local`. */
export interface PrefixMatch {
  prefix: string;
  local: string;
}

/**
 * Returns a function giving the longest namespace that starts the IRI and whose remainder `accept`s,
 * or undefined. Namespaces ending in `/` or `#` (all of the project's) are found by cutting the IRI at
 * each `/` or `#` from the right and looking the head up in a Map: `String#startsWith` over every
 * prefix measured 10–20× slower on 1M triples. Other namespaces are checked one by one.
 */
export function createNamespaceIndex(
  prefixes: Readonly<Record<string, string>>,
  accept: (local: string) => boolean,
): (iri: string) => PrefixMatch | undefined {
  const byNamespace = new Map<string, string>();
  const others: [string, string][] = [];
  for (const [prefix, ns] of Object.entries(prefixes)) {
    if (/[/#]$/.test(ns)) {
      if (!byNamespace.has(ns)) byNamespace.set(ns, prefix); // the first prefix of a namespace wins
    } else others.push([prefix, ns]);
  }
  others.sort((a, b) => b[1].length - a[1].length);
  return (iri) => {
    const cut = matchAtCut(iri, byNamespace, accept);
    for (const [prefix, ns] of others) {
      if (cut && cut.local.length <= iri.length - ns.length) break;
      if (iri.startsWith(ns) && accept(iri.slice(ns.length))) return { prefix, local: iri.slice(ns.length) };
    }
    return cut;
  };
}

function matchAtCut(
  iri: string,
  byNamespace: Map<string, string>,
  accept: (local: string) => boolean,
): PrefixMatch | undefined {
  let end = iri.length;
  while (end > 0) {
    const cut = Math.max(iri.lastIndexOf('/', end - 1), iri.lastIndexOf('#', end - 1));
    if (cut < 0) return undefined;
    const prefix = byNamespace.get(iri.slice(0, cut + 1));
    if (prefix !== undefined) {
      const local = iri.slice(cut + 1);
      if (accept(local)) return { prefix, local };
    }
    end = cut;
  }
  return undefined;
}
