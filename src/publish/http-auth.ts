// HTTP Basic and Digest authentication (RFC 7617, RFC 7616 with MD5 or SHA-256 and qop=auth), for Node's fetch.
import { createHash, randomBytes } from 'node:crypto';

export interface Credentials {
  user: string;
  password: string;
}

/** A server's WWW-Authenticate challenge, reduced to what building an Authorization header needs. */
export interface Challenge {
  scheme: 'basic' | 'digest';
  params: Record<string, string>;
}

/** What a client remembers between requests: the credentials, the last challenge and the digest nonce count. */
export interface AuthState {
  credentials: Credentials;
  challenge?: Challenge;
  nonceCount: number;
}

const TOKEN = /\s*([A-Za-z][\w-]*)(?:\s*=\s*("(?:[^"\\]|\\.)*"|[^\s,]+))?\s*,?/y;

/**
 * Parses a WWW-Authenticate header; prefers Digest when the server offers several schemes.
 * @example parseChallenge('Digest realm="SPARQL", nonce="abc", qop="auth"') //=> { scheme: 'digest', params: { realm: 'SPARQL', nonce: 'abc', qop: 'auth' } }
 */
export function parseChallenge(header: string): Challenge | undefined {
  const found: { scheme: string; params: Record<string, string> }[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(header); m && m[0] !== ''; m = TOKEN.exec(header)) {
    const [, name, raw] = m;
    if (raw === undefined) found.push({ scheme: name!.toLowerCase(), params: {} });
    else if (found.length > 0) found[found.length - 1]!.params[name!.toLowerCase()] = unquote(raw);
  }
  const pick = found.find((c) => c.scheme === 'digest') ?? found.find((c) => c.scheme === 'basic');
  return pick as Challenge | undefined;
}

function unquote(raw: string): string {
  return raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
}

/** The Basic Authorization header value (RFC 7617, UTF-8). */
export function basicAuthorization({ user, password }: Credentials): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

const HASHES: Record<string, string> = { md5: 'md5', 'md5-sess': 'md5', 'sha-256': 'sha256', 'sha-256-sess': 'sha256' };

/** Whether a Digest challenge uses an algorithm this client implements (MD5, SHA-256 and their -sess forms). */
export function isSupportedDigest(challenge: Challenge): boolean {
  return (challenge.params.algorithm ?? 'MD5').toLowerCase() in HASHES;
}

/**
 * The Digest Authorization header value for one request (RFC 7616 §3.4; RFC 2069 form when the server sends no qop).
 * `uri` is the request target (path and query), `nonceCount` counts the requests made with this nonce, from 1.
 */
export function digestAuthorization(
  { user, password }: Credentials,
  challenge: Challenge,
  request: { method: string; uri: string; nonceCount: number; cnonce?: string },
): string {
  const { realm = '', nonce = '', opaque, qop: offered } = challenge.params;
  const algorithm = challenge.params.algorithm ?? 'MD5';
  const algo = HASHES[algorithm.toLowerCase()] ?? 'md5';
  const h = (s: string) => createHash(algo).update(s, 'utf8').digest('hex');
  const cnonce = request.cnonce ?? randomBytes(16).toString('hex');
  const nc = request.nonceCount.toString(16).padStart(8, '0');
  let ha1 = h(`${user}:${realm}:${password}`);
  if (algorithm.toLowerCase().endsWith('-sess')) ha1 = h(`${ha1}:${nonce}:${cnonce}`);
  const ha2 = h(`${request.method}:${request.uri}`);
  const qop = offered
    ?.split(',')
    .map((q) => q.trim())
    .includes('auth')
    ? 'auth'
    : undefined;
  const response = qop ? h(`${ha1}:${nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : h(`${ha1}:${nonce}:${ha2}`);
  const fields = [
    `username="${user}"`,
    `realm="${realm}"`,
    `nonce="${nonce}"`,
    `uri="${request.uri}"`,
    `algorithm=${algorithm}`,
    `response="${response}"`,
    ...(qop ? [`qop=${qop}`, `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    ...(opaque !== undefined ? [`opaque="${opaque}"`] : []),
  ];
  return `Digest ${fields.join(', ')}`;
}

/**
 * The Authorization header for the next request with this state, or undefined before any challenge was seen.
 * Counts the nonce up for Digest; Basic is sent only after the server asked for it.
 */
export function authorizationFor(state: AuthState, method: string, url: URL): string | undefined {
  const challenge = state.challenge;
  if (!challenge) return undefined;
  if (challenge.scheme === 'basic') return basicAuthorization(state.credentials);
  state.nonceCount += 1;
  return digestAuthorization(state.credentials, challenge, {
    method,
    uri: url.pathname + url.search,
    nonceCount: state.nonceCount,
  });
}
