// One HTTP exchange with a store: authentication, a timeout, retries with backoff when safe, and faults as PublishErrors.
import { authorizationFor, isSupportedDigest, parseChallenge, type AuthState, type Credentials } from './http-auth.ts';
import { PublishError, TRANSIENT, type PublishFault } from './publish-error.ts';

export interface HttpOptions {
  credentials?: Credentials;
  /** Per request, in milliseconds. */
  timeoutMs: number;
  /** Extra attempts after a timeout, a dropped connection or a 502/503/504, for requests that are safe to repeat. */
  retries: number;
  /** The delay before the first retry; it doubles for each further one. */
  backoffMs: number;
}

export interface HttpClient {
  options: HttpOptions;
  auth?: AuthState;
}

export interface HttpRequest {
  method: 'GET' | 'HEAD' | 'PUT' | 'POST' | 'DELETE';
  url: URL;
  headers?: Record<string, string>;
  body?: string;
  /** Whether sending the request twice has the same effect as sending it once. */
  idempotent: boolean;
}

export interface HttpAnswer {
  status: number;
  headers: Headers;
  body: string;
}

/** A client that remembers the auth challenge between requests. */
export function createHttpClient(options: HttpOptions): HttpClient {
  return options.credentials ? { options, auth: { credentials: options.credentials, nonceCount: 0 } } : { options };
}

/** Sends the request, retrying transient faults when the request is idempotent; throws a PublishError otherwise. */
export async function send(client: HttpClient, request: HttpRequest): Promise<HttpAnswer> {
  const { retries, backoffMs } = client.options;
  const attempts = request.idempotent ? retries + 1 : 1;
  for (let attempt = 1; ; attempt++) {
    try {
      return await sendAuthenticated(client, request);
    } catch (e) {
      let fault = e instanceof PublishError ? e : networkFault(e, request, client.options.timeoutMs);
      if (fault.code === 'E_PUBLISH_DROPPED') fault = (await refusedCredentials(client, request)) ?? fault;
      const retryable =
        TRANSIENT.has(fault.code) || (fault.status !== undefined && [502, 503, 504].includes(fault.status));
      if (!retryable || attempt >= attempts)
        throw attempts > 1 && retryable ? fault.withState(`gave up after ${attempt} attempts`) : fault;
      await new Promise((r) => setTimeout(r, backoffMs * 2 ** (attempt - 1)));
    }
  }
}

async function sendAuthenticated(client: HttpClient, request: HttpRequest): Promise<HttpAnswer> {
  const auth = client.auth;
  // Learn the challenge with a bodiless HEAD first, so a large body is not sent only to be refused.
  if (auth && !auth.challenge && request.body !== undefined) {
    const probe = await exchange(client, { ...request, method: 'HEAD', body: undefined });
    if (probe.status === 401) learnChallenge(auth, probe, request);
  }
  let answer = await exchange(client, request);
  // A first, stale or expired challenge: answer the fresh one once; a second 401 means the credentials are wrong.
  if (answer.status === 401 && auth) {
    learnChallenge(auth, answer, request);
    answer = await exchange(client, request);
  }
  if (answer.status >= 400) throw statusFault(answer, request, client);
  return answer;
}

/**
 * A store that refuses the credentials may answer 401 and close the connection while the body is still being sent,
 * which looks like a dropped connection. An authenticated request without a body tells the two apart.
 */
async function refusedCredentials(client: HttpClient, request: HttpRequest): Promise<PublishError | undefined> {
  if (!client.auth || request.body === undefined) return undefined;
  const probe = await exchange(client, { ...request, method: 'HEAD', body: undefined }).catch(() => undefined);
  return probe?.status === 401 ? statusFault(probe, request, client) : undefined;
}

function learnChallenge(auth: AuthState, answer: HttpAnswer, request: HttpRequest): void {
  const challenge = parseChallenge(answer.headers.get('www-authenticate') ?? '');
  if (!challenge || (challenge.scheme === 'digest' && !isSupportedDigest(challenge))) {
    const offered = answer.headers.get('www-authenticate') ?? 'no WWW-Authenticate header';
    throw new PublishError(
      'E_PUBLISH_AUTH',
      `${where(request)}: the store asks for an authentication scheme this client does not support (${offered})`,
      401,
    );
  }
  auth.challenge = challenge;
  auth.nonceCount = 0;
}

async function exchange(client: HttpClient, request: HttpRequest): Promise<HttpAnswer> {
  const headers: Record<string, string> = { ...request.headers };
  const authorization = client.auth && authorizationFor(client.auth, request.method, request.url);
  if (authorization) headers.authorization = authorization;
  const signal = AbortSignal.timeout(client.options.timeoutMs);
  const response = await fetch(request.url, { method: request.method, headers, body: request.body, signal });
  return { status: response.status, headers: response.headers, body: await response.text() };
}

/** "PUT http://host/path?query", for messages. */
export function where(request: Pick<HttpRequest, 'method' | 'url'>): string {
  return `${request.method} ${request.url.href}`;
}

function statusFault(answer: HttpAnswer, request: HttpRequest, client: HttpClient): PublishError {
  const said = storeMessage(answer.body);
  const suffix = said ? `: ${said}` : '';
  if (answer.status === 401) {
    const text = client.auth
      ? `the store refused the credentials of user "${client.auth.credentials.user}" (HTTP 401)`
      : 'the store requires authentication (HTTP 401); pass --user and --password-env';
    return new PublishError('E_PUBLISH_AUTH', `${where(request)}: ${text}`, 401);
  }
  if (answer.status === 403)
    return new PublishError('E_PUBLISH_AUTH', `${where(request)}: the store denied access (HTTP 403)${suffix}`, 403);
  return new PublishError(
    'E_PUBLISH_HTTP',
    `${where(request)}: the store answered HTTP ${answer.status}${suffix}`,
    answer.status,
  );
}

/**
 * The store's own message from an error body: Virtuoso's <xmp> block, or the text of an HTML page, or the plain body;
 * whitespace collapsed, at most 500 characters.
 */
export function storeMessage(body: string): string {
  const xmp = /<xmp>([\s\S]*?)<\/xmp>/i.exec(body)?.[1];
  const text = xmp ?? body.replace(/<(head|script|style)[\s\S]*?<\/\1>/gi, ' ').replace(/<[^>]*>/g, ' ');
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > 500 ? `${flat.slice(0, 500)}…` : flat;
}

/** Codes of a connection that was open and then lost; anything else (ECONNREFUSED, ENOTFOUND, …) never got through. */
const DROPPED = new Set(['ECONNRESET', 'EPIPE', 'ECONNABORTED', 'UND_ERR_SOCKET', 'UND_ERR_CLOSED']);

/** Maps what fetch throws (timeouts, refused and dropped connections) to a PublishError. */
export function networkFault(e: unknown, request: HttpRequest, timeoutMs: number): PublishError {
  const err = e as {
    name?: string;
    message?: string;
    cause?: { code?: string; message?: string; errors?: { code?: string }[] };
  };
  if (err.name === 'TimeoutError' || err.name === 'AbortError') {
    return new PublishError('E_PUBLISH_TIMEOUT', `${where(request)}: no answer within ${timeoutMs / 1000} s`);
  }
  const code = err.cause?.code ?? err.cause?.errors?.[0]?.code ?? '';
  const fault: PublishFault =
    DROPPED.has(code) || err.message === 'terminated' ? 'E_PUBLISH_DROPPED' : 'E_PUBLISH_UNREACHABLE';
  const detail = code || err.cause?.message || err.message || String(e);
  const text =
    fault === 'E_PUBLISH_UNREACHABLE'
      ? `cannot connect to ${request.url.origin} (${detail}); is the store running?`
      : `the connection was dropped before the answer was complete (${detail})`;
  return new PublishError(fault, `${where(request)}: ${text}`);
}
