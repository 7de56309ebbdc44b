// Reads a graph back from a Graph Store Protocol endpoint: what the tests compare with what was published.
import { send } from '../../src/publish/http-request.ts';
import { graphUrl, type GraphStore } from '../../src/publish/gsp-client.ts';

/** The graph as N-Triples, or undefined when the store has no such graph (HTTP 404). */
export async function getGraph(store: GraphStore, graph: string): Promise<string | undefined> {
  try {
    const answer = await send(store.client, {
      method: 'GET',
      url: graphUrl(store.endpoint, graph),
      headers: { accept: 'application/n-triples' },
      idempotent: true,
    });
    return answer.body;
  } catch (e) {
    if ((e as { status?: number }).status === 404) return undefined;
    throw e;
  }
}
