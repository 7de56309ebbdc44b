// An offline jsonld.js documentLoader: serves known local documents (contexts) and refuses every other URL.

/** What jsonld.js expects a document loader to resolve to. */
export interface RemoteDocument {
  contextUrl?: string;
  documentUrl: string;
  document: unknown;
}

/** A jsonld.js `documentLoader` option. */
export type DocumentLoader = (url: string) => Promise<RemoteDocument>;

/**
 * A document loader that never touches the network: a URL in `documents` resolves to a fresh copy of its
 * document (jsonld.js may keep or alter what it gets); any other URL, remote or local, is refused, so a
 * remote `@context` (or `@import`) is an error, not a download. Use it with `safe: true`.
 * @param documents absolute URL (as the reader resolves the reference) → parsed document, e.g. the
 *   context file `{"@context": {…}}`
 * @example
 * const documentLoader = offlineDocumentLoader(new Map([['file:///srv/dist/q.context.jsonld', contextFile]]));
 * await jsonld.toRDF(doc, { base: 'file:///srv/dist/q.jsonld', documentLoader, safe: true });
 */
export function offlineDocumentLoader(documents: ReadonlyMap<string, unknown>): DocumentLoader {
  return async (url) => {
    if (!documents.has(url)) {
      const known = [...documents.keys()].map((k) => `<${k}>`).join(', ') || 'none';
      throw new Error(
        `refusing to load <${url}>: JSON-LD documents are not fetched, only local ones are served (${known})`,
      );
    }
    return { documentUrl: url, document: structuredClone(documents.get(url)) };
  };
}
