import { describe, expect, it } from 'vitest';
import {
  authorizationFor,
  basicAuthorization,
  digestAuthorization,
  isSupportedDigest,
  parseChallenge,
  type AuthState,
} from '../../src/publish/http-auth.ts';

// The worked example of RFC 7616 §3.9.1.
const RFC = {
  credentials: { user: 'Mufasa', password: 'Circle of Life' },
  header: (algorithm: string) =>
    `Digest realm="http-auth@example.org", qop="auth, auth-int", algorithm=${algorithm}, ` +
    'nonce="7ypf/xlj9XXwfDPEoM4URrv/xwf94BcCAzFZH4GiTo0v", opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"',
  request: {
    method: 'GET',
    uri: '/dir/index.html',
    nonceCount: 1,
    cnonce: 'f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ',
  },
};

describe('parseChallenge', () => {
  it('reads the parameters of a Virtuoso Digest challenge', () => {
    const header =
      'Digest realm="SPARQL", domain="/sparql-graph-crud-auth", nonce="09c3", opaque="5ebe", stale="false", qop="auth", algorithm="MD5"';
    expect(parseChallenge(header)).toEqual({
      scheme: 'digest',
      params: {
        realm: 'SPARQL',
        domain: '/sparql-graph-crud-auth',
        nonce: '09c3',
        opaque: '5ebe',
        stale: 'false',
        qop: 'auth',
        algorithm: 'MD5',
      },
    });
  });

  it('prefers Digest when a server offers Basic and Digest', () => {
    expect(parseChallenge('Basic realm="a", Digest realm="b", nonce="n"')?.scheme).toBe('digest');
  });

  it('returns undefined for schemes it cannot answer', () => {
    expect(parseChallenge('Bearer realm="api"')).toBeUndefined();
  });
});

describe('digestAuthorization', () => {
  it('computes the MD5 response of RFC 7616 §3.9.1', () => {
    const header = digestAuthorization(RFC.credentials, parseChallenge(RFC.header('MD5'))!, RFC.request);
    expect(header).toContain('response="8ca523f5e9506fed4657c9700eebdbec"');
    expect(header).toContain('qop=auth, nc=00000001, cnonce="f2/wE4q74E6zIJEtWaHKaf5wv/H5QzzpXusqGemxURZJ"');
    expect(header).toContain('opaque="FQhe/qaU925kfnzjCev0ciny7QMkPqMAFRtzCUYo5tdS"');
  });

  it('computes the SHA-256 response of RFC 7616 §3.9.1', () => {
    const header = digestAuthorization(RFC.credentials, parseChallenge(RFC.header('SHA-256'))!, RFC.request);
    expect(header).toContain('response="753927fa0e85d155564e2e272a28d1802ca10daf4496794697cf8db5856cb6c1"');
  });

  it('uses the RFC 2069 form when the server sends no qop', () => {
    // The expected response was computed independently with Python hashlib.
    const challenge = parseChallenge('Digest realm="testrealm@host.com", nonce="dcd98b7102dd2f0e8b11d0f600bfb0c093"')!;
    const header = digestAuthorization({ user: 'Mufasa', password: 'CircleOfLife' }, challenge, {
      ...RFC.request,
      cnonce: 'x',
    });
    expect(header).toContain('response="1949323746fe6a43ef61f9606e7febea"');
    expect(header).not.toContain('qop=');
  });

  it('rejects algorithms it does not implement', () => {
    expect(isSupportedDigest(parseChallenge('Digest realm="r", nonce="n", algorithm=SHA-512-256')!)).toBe(false);
  });
});

describe('authorizationFor', () => {
  it('sends nothing before a challenge, then counts the nonce up', () => {
    const state: AuthState = { credentials: RFC.credentials, nonceCount: 0 };
    const url = new URL('http://h/gsp?graph=g');
    expect(authorizationFor(state, 'PUT', url)).toBeUndefined();
    state.challenge = parseChallenge('Digest realm="r", nonce="n", qop="auth"');
    expect(authorizationFor(state, 'PUT', url)).toContain('nc=00000001');
    expect(authorizationFor(state, 'PUT', url)).toContain('uri="/gsp?graph=g"');
    expect(state.nonceCount).toBe(2);
  });

  it('answers a Basic challenge with the UTF-8 user:password in base64', () => {
    const state: AuthState = {
      credentials: { user: 'dba', password: '비밀' },
      nonceCount: 0,
      challenge: parseChallenge('Basic realm="x"'),
    };
    expect(authorizationFor(state, 'GET', new URL('http://h/'))).toBe(
      basicAuthorization({ user: 'dba', password: '비밀' }),
    );
    expect(basicAuthorization({ user: 'Aladdin', password: 'open sesame' })).toBe('Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ==');
  });
});
