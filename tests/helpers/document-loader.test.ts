// offlineDocumentLoader: serves known local documents to jsonld.js and refuses every other URL, remote or not.
import { describe, expect, it } from 'vitest';
import jsonld from 'jsonld';

/** jsonld.js takes `safe`, which @types/jsonld does not list. */
type ToRdfOptions = Parameters<typeof jsonld.toRDF>[1];
import { offlineDocumentLoader } from './document-loader.ts';

const CONTEXT_URL = 'file:///srv/dist/q.context.jsonld';
const CONTEXT_FILE = {
  '@context': { '@version': 1.1, schema: 'http://schema.org/', 'schema:url': { '@type': '@id' } },
};
const refusal = (url: string) =>
  `refusing to load <${url}>: JSON-LD documents are not fetched, only local ones are served (<${CONTEXT_URL}>)`;

/** jsonld.js wraps a loader's error; the loader's own message is the cause. */
async function toRdfFailure(doc: object): Promise<{ name: string; code: string; cause: string }> {
  const documentLoader = offlineDocumentLoader(new Map([[CONTEXT_URL, CONTEXT_FILE]]));
  try {
    await jsonld.toRDF(doc, { base: 'file:///srv/dist/q.jsonld', documentLoader, safe: true } as ToRdfOptions);
  } catch (e) {
    const err = e as { name: string; details: { code: string; cause: Error } };
    return { name: err.name, code: err.details.code, cause: err.details.cause.message };
  }
  throw new Error('toRDF did not fail');
}

describe('offlineDocumentLoader', () => {
  it('serves a known URL with a copy of its document', async () => {
    const load = offlineDocumentLoader(new Map([[CONTEXT_URL, CONTEXT_FILE]]));
    const remote = await load(CONTEXT_URL);
    expect(remote).toEqual({ documentUrl: CONTEXT_URL, document: CONTEXT_FILE });
    expect(remote.document).not.toBe(CONTEXT_FILE); // jsonld.js may alter what it is given
  });

  it('refuses any other URL with a message naming it and the documents it knows', async () => {
    const load = offlineDocumentLoader(new Map([[CONTEXT_URL, CONTEXT_FILE]]));
    await expect(load('https://schema.org/')).rejects.toThrow(refusal('https://schema.org/'));
    await expect(load('file:///etc/passwd')).rejects.toThrow(refusal('file:///etc/passwd'));
    await expect(offlineDocumentLoader(new Map())('https://x.org/')).rejects.toThrow(
      'refusing to load <https://x.org/>: JSON-LD documents are not fetched, only local ones are served (none)',
    );
  });

  it('lets jsonld.js resolve a relative context reference to the local file', async () => {
    const documentLoader = offlineDocumentLoader(new Map([[CONTEXT_URL, CONTEXT_FILE]]));
    const doc = { '@context': 'q.context.jsonld', '@id': 'http://example.org/a', 'schema:url': 'http://example.org/b' };
    const nquads = await jsonld.toRDF(doc, {
      base: 'file:///srv/dist/q.jsonld',
      documentLoader,
      safe: true,
      format: 'application/n-quads',
    } as ToRdfOptions);
    expect(nquads).toBe('<http://example.org/a> <http://schema.org/url> <http://example.org/b> .\n');
  });

  it('makes a remote @context an error in jsonld.js, not a download', async () => {
    const failure = await toRdfFailure({ '@context': 'https://schema.org/', '@id': 'http://example.org/a', name: 'x' });
    expect(failure).toEqual({
      name: 'jsonld.InvalidUrl',
      code: 'loading remote context failed',
      cause: refusal('https://schema.org/'),
    });
  });

  it('makes a remote @import inside a context an error too', async () => {
    const failure = await toRdfFailure({
      '@context': { '@version': 1.1, '@import': 'https://example.org/ctx.jsonld' },
      '@id': 'http://example.org/a',
    });
    expect(failure.cause).toBe(refusal('https://example.org/ctx.jsonld'));
  });
});
