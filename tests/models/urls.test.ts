import { describe, expect, it } from 'vitest';
import {
  analyzeUrl,
  analyzeUrlString,
  classifyHost,
  isCleartextRemote,
  isCleartextScheme,
  isCredentialParameter,
  isLoopbackHost,
  isMetadataHost,
  isMetadataOrKeySetEndpoint,
  isNamespaceHost,
  isNamespaceKey,
  isTokenEndpoint,
  matchesHostPattern,
  normalizeName,
  parseIPv4,
  secureSchemeOf,
  type UrlInfo,
} from '../../src/models/urls';

function url(text: string): UrlInfo {
  const info = analyzeUrlString(text);
  if (!info) throw new Error(`not a URL: ${text}`);
  return info;
}

describe('classifyHost', () => {
  it.each([
    'localhost',
    'LOCALHOST',
    'localhost.',
    'app.localhost',
    'api.dev.localhost',
    '127.0.0.1',
    '127.1.2.3',
    '0.0.0.0',
    '[::1]',
    '::1',
    '[0:0:0:0:0:0:0:1]',
    '[::ffff:127.0.0.1]',
    '2130706433',
    'host.docker.internal',
  ])('%s is loopback', (host) => {
    expect(classifyHost(host)).toBe('loopback');
    expect(isLoopbackHost(host)).toBe(true);
  });

  it.each([
    '169.254.169.254',
    '169.254.170.2',
    '169.254.170.23',
    'metadata.google.internal',
    'METADATA.GOOGLE.INTERNAL',
    'metadata',
    '[fd00:ec2::254]',
    'fd00:ec2::254',
    '[fe80::1]',
    '[fe80::1%25eth0]',
    '168.63.129.16',
    '100.100.100.200',
    'instance-data.ec2.internal',
  ])('%s is a metadata / link-local host', (host) => {
    expect(classifyHost(host)).toBe('metadata');
    expect(isMetadataHost(host)).toBe(true);
  });

  it.each(['www.w3.org', 'schemas.xmlsoap.org', 'schemas.microsoft.com', 'json-schema.org', 'docs.oasis-open.org', 'purl.org'])(
    '%s is a namespace host',
    (host) => {
      expect(classifyHost(host)).toBe('namespace');
      expect(isNamespaceHost(host)).toBe(true);
    },
  );

  it.each([
    'auth.example.com',
    'login.microsoftonline.com',
    '10.0.0.12',
    '192.168.1.20',
    'keycloak',
    'auth.svc.cluster.local',
    'localhost.example.com',
    'my-localhost',
    '127.0.0.1.nip.io',
    '[2001:db8::1]',
    'w3.org.evil.com',
    '169.253.169.254',
  ])('%s is remote', (host) => {
    expect(classifyHost(host)).toBe('remote');
  });
});

describe('parseIPv4', () => {
  it('reads dotted quads and 32-bit numbers', () => {
    expect(parseIPv4('10.1.2.3')).toEqual([10, 1, 2, 3]);
    expect(parseIPv4('2852039166')).toEqual([169, 254, 169, 254]);
  });

  it('rejects anything else', () => {
    expect(parseIPv4('256.1.1.1')).toBeNull();
    expect(parseIPv4('1.2.3')).toBeNull();
    expect(parseIPv4('a.b.c.d')).toBeNull();
    expect(parseIPv4('99999999999')).toBeNull();
  });
});

describe('analyzeUrl', () => {
  it('reads scheme, host, origin, path and query', () => {
    const info = url('HTTP://Auth.Example.com:8080/oauth2/v2.0/token?client_id=1&access_token=x#frag');
    expect(info).toMatchObject({
      scheme: 'http',
      host: 'auth.example.com',
      hostClass: 'remote',
      origin: 'http://Auth.Example.com:8080',
      path: '/oauth2/v2.0/token',
      lastSegment: 'token',
      queryKeys: ['client_id', 'access_token'],
      hasPassword: false,
    });
  });

  it('returns null without a static scheme and authority', () => {
    expect(analyzeUrlString('/oauth/token')).toBeNull();
    expect(analyzeUrlString('//cdn.example.com/x')).toBeNull();
    expect(analyzeUrlString('mailto:someone@example.com')).toBeNull();
    expect(analyzeUrlString('urn:oasis:names:tc:SAML:2.0')).toBeNull();
    expect(analyzeUrl([null, '://auth.example.com'])).toBeNull();
    expect(analyzeUrl(['ht', null, 'tp://auth.example.com'])).toBeNull();
  });

  it('never puts the user name or password in the origin', () => {
    const info = url('http://svc:s3cret@auth.example.com/token');
    expect(info.hasPassword).toBe(true);
    expect(info.host).toBe('auth.example.com');
    expect(info.origin).toBe('http://auth.example.com');
    expect(url('http://user@auth.example.com').hasPassword).toBe(false);
  });

  it('reads IPv6 hosts with ports', () => {
    expect(url('http://[::1]:3000/callback')).toMatchObject({ host: '::1', hostClass: 'loopback' });
    expect(url('http://[fd00:ec2::254]/latest/meta-data/')).toMatchObject({ hostClass: 'metadata' });
  });

  it('leaves a host unknown when a run-time value is part of it', () => {
    expect(analyzeUrl(['http://', null, '/oauth/token'])).toMatchObject({ host: null, hostClass: null, lastSegment: 'token' });
    expect(analyzeUrl(['http://', null, ':8080/x'])).toMatchObject({ hostClass: null });
    expect(analyzeUrl(['http://auth.', null, '/x'])).toMatchObject({ hostClass: null });
    expect(analyzeUrl(['http://10.0.0.', null])).toMatchObject({ hostClass: null });
    expect(analyzeUrl(['http://auth', null, '.com/x'])).toMatchObject({ hostClass: null });
  });

  it('classifies a host known by its domain suffix', () => {
    expect(analyzeUrl(['http://', null, '.auth.example.com/token'])).toMatchObject({
      host: null,
      hostSuffix: '.auth.example.com',
      hostClass: 'remote',
      origin: 'http://….auth.example.com',
    });
    expect(analyzeUrl(['http://', null, '.localhost:3000/cb'])).toMatchObject({ hostClass: 'loopback' });
    // Some metadata or namespace name could end with these.
    expect(analyzeUrl(['http://', null, '.internal/x'])).toMatchObject({ hostClass: null });
    expect(analyzeUrl(['http://', null, '.google.internal/x'])).toMatchObject({ hostClass: null });
    expect(analyzeUrl(['http://', null, '.org/x'])).toMatchObject({ hostClass: null });
    expect(analyzeUrl(['http://', null, '.254/x'])).toMatchObject({ hostClass: null });
  });

  it('treats a run-time value right after a complete host as a port or path', () => {
    expect(analyzeUrl(['http://auth.example.com', null])).toMatchObject({
      host: 'auth.example.com',
      hostClass: 'remote',
      path: null,
      lastSegment: null,
      origin: 'http://auth.example.com…',
    });
    expect(analyzeUrl(['http://localhost', null])).toMatchObject({ hostClass: 'loopback' });
    expect(analyzeUrl(['http://auth.example.com:', null, '/oauth/token'])).toMatchObject({
      host: 'auth.example.com',
      path: null,
      lastSegment: 'token',
    });
  });

  it('knows the last path segment when it is written after the last run-time value', () => {
    expect(analyzeUrl(['http://idp.example.com/oauth2/', null, '/v1/token'])).toMatchObject({ path: null, lastSegment: 'token' });
    expect(analyzeUrl(['http://idp.example.com/oauth2/', null])).toMatchObject({ lastSegment: null });
    expect(analyzeUrl(['http://idp.example.com/', null, 'token'])).toMatchObject({ lastSegment: null });
  });

  it('collects static query keys only', () => {
    expect(analyzeUrl(['ws://chat.example.com/socket?token=', null, '&', null, '=1'])).toMatchObject({ queryKeys: ['token'] });
  });

  it('rejects parts that contain the internal hole marker', () => {
    expect(analyzeUrl(['http://a\u0000b.example.com'])).toBeNull();
  });
});

describe('isCleartextRemote', () => {
  it.each([
    'http://auth.example.com/token',
    'ws://stream.example.com',
    'http://10.0.0.5:8080/realms/app',
    'http://keycloak:8080/realms/app',
    'http://localhost.example.com',
  ])('%s is cleartext to a remote host', (text) => {
    expect(isCleartextRemote(url(text))).toBe(true);
  });

  it.each([
    'https://auth.example.com/token',
    'wss://stream.example.com',
    'http://localhost:3000/callback',
    'http://127.0.0.1:8080/realms/dev',
    'http://[::1]:8080',
    'http://app.localhost/cb',
    'http://169.254.169.254/latest/api/token',
    'http://metadata.google.internal/computeMetadata/v1/instance/service-accounts/default/token',
    'http://[fd00:ec2::254]/latest/meta-data/',
    'http://169.254.170.2/v2/credentials/abc',
    'http://www.w3.org/2000/09/xmldsig#',
    'http://schemas.xmlsoap.org/ws/2005/05/identity/claims/name',
    'http://schemas.microsoft.com/ws/2008/06/identity/claims/role',
    'http://json-schema.org/draft-07/schema#',
    'ftp://files.example.com',
  ])('%s is not', (text) => {
    expect(isCleartextRemote(url(text))).toBe(false);
  });

  it('is false for an unknown host', () => {
    const info = analyzeUrl(['http://', null, '/token']);
    expect(info && isCleartextRemote(info)).toBe(false);
  });

  it('honours allowed hosts, exact or by wildcard', () => {
    expect(isCleartextRemote(url('http://auth-proxy:8080/token'), ['auth-proxy'])).toBe(false);
    expect(isCleartextRemote(url('http://auth.ns.svc.cluster.local/token'), ['*.svc.cluster.local'])).toBe(false);
    expect(isCleartextRemote(url('http://svc.cluster.local/token'), ['*.svc.cluster.local'])).toBe(true);
    expect(isCleartextRemote(url('http://auth.example.com/token'), ['*.svc.cluster.local'])).toBe(true);
    const partial = analyzeUrl(['http://', null, '.ns.svc.cluster.local/token']);
    expect(partial && isCleartextRemote(partial, ['*.svc.cluster.local'])).toBe(false);
    expect(partial && isCleartextRemote(partial, ['auth.ns.svc.cluster.local'])).toBe(true);
  });
});

describe('endpoints', () => {
  it.each([
    'http://a.example.com/oauth/token',
    'http://a.example.com/oauth2/v2.0/token',
    'http://a.example.com/connect/token?x=1',
    'http://a.example.com/realms/x/protocol/openid-connect/token/introspect',
    'http://a.example.com/oauth2/revoke',
    'http://a.example.com/TOKEN/',
  ])('%s is a token endpoint', (text) => {
    // A trailing slash leaves an empty last segment.
    expect(isTokenEndpoint(url(text))).toBe(!text.endsWith('/'));
  });

  it.each(['http://a.example.com/tokens', 'http://a.example.com/token-info/x', 'http://a.example.com/'])('%s is not', (text) => {
    expect(isTokenEndpoint(url(text))).toBe(false);
  });

  it.each([
    'http://a.example.com/.well-known/openid-configuration',
    'http://a.example.com/.well-known/oauth-authorization-server',
    'http://a.example.com/.well-known/jwks.json',
    'http://login.example.com/tenant/discovery/v2.0/keys',
    'http://kc.example.com/realms/x/protocol/openid-connect/certs',
  ])('%s is a metadata or key-set endpoint', (text) => {
    expect(isMetadataOrKeySetEndpoint(url(text))).toBe(true);
  });

  it.each(['http://a.example.com/api/keys', 'http://a.example.com/certs', 'http://a.example.com/'])('%s is not', (text) => {
    expect(isMetadataOrKeySetEndpoint(url(text))).toBe(false);
  });
});

describe('small helpers', () => {
  it('maps cleartext schemes to secure ones', () => {
    expect(secureSchemeOf('http')).toBe('https');
    expect(secureSchemeOf('WS')).toBe('wss');
    expect(secureSchemeOf('https')).toBeNull();
    expect(isCleartextScheme('Http')).toBe(true);
    expect(isCleartextScheme('wss')).toBe(false);
  });

  it('recognizes namespace keys', () => {
    for (const key of ['xmlns', 'xmlns:saml', '$schema', '@context', 'targetNamespace', 'xsi:schemaLocation']) {
      expect(isNamespaceKey(key)).toBe(true);
    }
    expect(isNamespaceKey('issuer')).toBe(false);
  });

  it('recognizes credential parameters in any spelling', () => {
    expect(isCredentialParameter('access_token')).toBe(true);
    expect(isCredentialParameter('clientSecret')).toBe(true);
    expect(isCredentialParameter('api-key')).toBe(true);
    expect(isCredentialParameter('state')).toBe(false);
    expect(normalizeName('Client_Secret')).toBe('clientsecret');
  });

  it('matches host patterns', () => {
    expect(matchesHostPattern('Auth.Internal', ['auth.internal'])).toBe(true);
    expect(matchesHostPattern('a.b.internal', ['*.internal'])).toBe(true);
    expect(matchesHostPattern('internal', ['*.internal'])).toBe(false);
  });
});
