/**
 * URL analysis for rules that care where traffic goes: the scheme, the host and what kind of host it is
 * (loopback, cloud metadata / link-local, XML or JSON namespace, or a remote machine), the static path and query.
 * Plain string functions: no ESLint here.
 *
 * A URL is given as parts: known text, or `null` for a value known only at run time (a `${...}` hole or a
 * variable in a concatenation). Nothing is guessed about a hole: a host that is not statically known has no
 * class, so a rule never reports it.
 */

/** A piece of a URL: known text, or `null` for a value known only at run time. */
export type UrlPart = string | null;

/**
 * - `loopback`: the machine itself (`localhost`, `*.localhost`, `127.0.0.0/8`, `::1`, `0.0.0.0`), and Docker Desktop's
 *   `host.docker.internal`, which reaches the developer's own machine.
 * - `metadata`: link-local and cloud instance-metadata endpoints, plain HTTP by design and unreachable off the host
 *   (`169.254.0.0/16`, `fe80::/10`, `metadata.google.internal`, `fd00:ec2::254`, Azure's `168.63.129.16`).
 * - `namespace`: hosts whose `http://` URLs are identifiers, never fetched (`www.w3.org`, `schemas.xmlsoap.org`…).
 * - `remote`: anything else, private addresses included: under Zero Trust the internal network is not trusted.
 */
export type HostClass = 'loopback' | 'metadata' | 'namespace' | 'remote';

export interface UrlInfo {
  /** Lower-case scheme without the colon, such as `http`. */
  readonly scheme: string;
  /** Lower-case host (IPv6 without brackets) when it is entirely known, else `null`. */
  readonly host: string | null;
  /** The static end of a host known only in part (`.auth.example.com` in `${tenant}.auth.example.com`), else `null`. */
  readonly hostSuffix: string | null;
  /** What kind of host it is, or `null` when that cannot be known statically. */
  readonly hostClass: HostClass | null;
  /** `scheme://host[:port]` for messages, with `…` for a run-time value; never the user name or password. */
  readonly origin: string;
  /** The path (without query or fragment) when entirely known, else `null`. */
  readonly path: string | null;
  /** The last segment of the path when it is known (`token` in `/oauth2/${v}/token`), else `null`. */
  readonly lastSegment: string | null;
  /** Names of the query parameters that are written statically, lower-case. */
  readonly queryKeys: readonly string[];
  /** True when the URL carries a password in its user-info part (`user:secret@host`). */
  readonly hasPassword: boolean;
}

/** Stands for a run-time value inside the joined text; cannot appear in JavaScript source text as written. */
const HOLE = '\u0000';
const ELLIPSIS = '…';

const CLEARTEXT_SCHEMES: ReadonlyMap<string, string> = new Map([
  ['http', 'https'],
  ['ws', 'wss'],
]);

/** Names of the machine itself; Docker Desktop's aliases for the developer's host only exist on a workstation. */
const LOOPBACK_NAMES: ReadonlySet<string> = new Set([
  'localhost',
  'localhost.localdomain',
  'ip6-localhost',
  'ip6-loopback',
  'host.docker.internal',
  'gateway.docker.internal',
]);

/** Cloud instance-metadata and host-agent names: plain HTTP by design, reachable only from the instance. */
const METADATA_NAMES: ReadonlySet<string> = new Set([
  'metadata.google.internal',
  'metadata',
  'metadata.goog',
  'instance-data',
  'instance-data.ec2.internal',
]);

/** Metadata addresses outside the link-local ranges. */
const METADATA_ADDRESSES: ReadonlySet<string> = new Set([
  // Azure WireServer.
  '168.63.129.16',
  // Alibaba Cloud ECS metadata.
  '100.100.100.200',
  // AWS IMDS and EKS Pod Identity over IPv6.
  'fd00:ec2::254',
  'fd00:ec2::23',
]);

/** Hosts whose `http://` URLs name XML/JSON namespaces, schemas, vocabularies and claim types. */
const NAMESPACE_HOSTS: ReadonlySet<string> = new Set([
  'www.w3.org',
  'w3.org',
  'schemas.xmlsoap.org',
  'schemas.microsoft.com',
  'schemas.openxmlformats.org',
  'schemas.android.com',
  'json-schema.org',
  'schema.org',
  'purl.org',
  'xmlns.com',
  'xmlns.jcp.org',
  'java.sun.com',
  'docs.oasis-open.org',
  'ns.adobe.com',
  'specs.openid.net',
  'openid.net',
  'www.opengis.net',
]);

/** Object keys whose value is a namespace or schema identifier, not an address to connect to. */
const NAMESPACE_KEYS: ReadonlySet<string> = new Set([
  'xmlns',
  '$schema',
  '$id',
  '$ref',
  '@context',
  '@id',
  '@vocab',
  '@type',
  'namespace',
  'namespaceuri',
  'targetnamespace',
  'schemalocation',
  'nonamespaceschemalocation',
]);

/** Last path segments of OAuth 2.0 / OpenID Connect endpoints that take or hand out credentials. */
const TOKEN_SEGMENTS: ReadonlySet<string> = new Set(['token', 'introspect', 'revoke']);

/** Last path segments of discovery documents and key sets. */
const METADATA_SEGMENTS: ReadonlySet<string> = new Set(['openid-configuration', 'oauth-authorization-server', 'jwks.json', 'jwks']);

/** Path parts after which `keys` / `certs` is a key set: Entra `/discovery/v2.0/keys`, Keycloak `/openid-connect/certs`. */
const KEY_SET_PARENTS: readonly string[] = ['/discovery/', '/openid-connect/', '/oauth2/'];

/** Query parameters (compared without case, `_` or `-`) that carry a credential. */
const CREDENTIAL_PARAMETERS: ReadonlySet<string> = new Set([
  'accesstoken',
  'idtoken',
  'refreshtoken',
  'token',
  'clientsecret',
  'password',
  'apikey',
  'authtoken',
  'jwt',
]);

function isAsciiLetter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90);
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

function isSchemeName(text: string): boolean {
  if (text.length === 0 || !isAsciiLetter(text.charCodeAt(0))) return false;
  for (let index = 1; index < text.length; index += 1) {
    const code = text.charCodeAt(index);
    if (!isAsciiLetter(code) && !isDigit(code) && code !== 43 && code !== 45 && code !== 46) return false;
  }
  return true;
}

function isDigits(text: string): boolean {
  if (text.length === 0) return false;
  for (let index = 0; index < text.length; index += 1) if (!isDigit(text.charCodeAt(index))) return false;
  return true;
}

/** The four octets of a dotted-quad IPv4 address, or a single 32-bit number (`2130706433`), else `null`. */
export function parseIPv4(host: string): readonly number[] | null {
  if (isDigits(host) && host.length <= 10) {
    const value = Number(host);
    if (value > 0xffffffff) return null;
    return [Math.floor(value / 0x1000000) % 256, Math.floor(value / 0x10000) % 256, Math.floor(value / 0x100) % 256, value % 256];
  }
  const parts = host.split('.');
  if (parts.length !== 4) return null;
  const octets: number[] = [];
  for (const part of parts) {
    if (!isDigits(part) || part.length > 3) return null;
    const value = Number(part);
    if (value > 255) return null;
    octets.push(value);
  }
  return octets;
}

function classifyIPv6(address: string): HostClass {
  const zone = address.indexOf('%');
  const bare = zone === -1 ? address : address.slice(0, zone);
  if (bare === '::1' || bare === '::' || bare === '0:0:0:0:0:0:0:1' || bare === '0:0:0:0:0:0:0:0') return 'loopback';
  if (bare.startsWith('::ffff:')) {
    const mapped = parseIPv4(bare.slice(7));
    if (mapped) return classifyIPv4(mapped);
  }
  if (METADATA_ADDRESSES.has(bare)) return 'metadata';
  // fe80::/10 is link-local.
  if (bare.length >= 4 && bare.startsWith('fe') && '89ab'.includes(bare.charAt(2))) return 'metadata';
  return 'remote';
}

function classifyIPv4(octets: readonly number[]): HostClass {
  const [first, second] = octets;
  if (first === 127 || octets.every((octet) => octet === 0)) return 'loopback';
  // 169.254.0.0/16: link-local, where AWS, Azure, GCP and OCI serve instance metadata and ECS/EKS their credentials.
  if (first === 169 && second === 254) return 'metadata';
  if (METADATA_ADDRESSES.has(octets.join('.'))) return 'metadata';
  return 'remote';
}

/** The class of a statically known host name or address (IPv6 with or without brackets). */
export function classifyHost(rawHost: string): HostClass {
  let host = rawHost.toLowerCase();
  if (host.startsWith('[') && host.endsWith(']')) return classifyIPv6(host.slice(1, -1));
  if (host.includes(':')) return classifyIPv6(host);
  if (host.endsWith('.')) host = host.slice(0, -1);
  const octets = parseIPv4(host);
  if (octets) return classifyIPv4(octets);
  if (LOOPBACK_NAMES.has(host) || host.endsWith('.localhost')) return 'loopback';
  if (METADATA_NAMES.has(host)) return 'metadata';
  if (NAMESPACE_HOSTS.has(host)) return 'namespace';
  return 'remote';
}

/** True for the machine itself: `localhost`, `*.localhost`, `127.0.0.0/8`, `[::1]`, `0.0.0.0`. */
export function isLoopbackHost(host: string): boolean {
  return classifyHost(host) === 'loopback';
}

/** True for link-local and cloud instance-metadata hosts (`169.254.169.254`, `metadata.google.internal`…). */
export function isMetadataHost(host: string): boolean {
  return classifyHost(host) === 'metadata';
}

/** True for hosts whose `http://` URLs are namespace or schema identifiers (`www.w3.org`, `json-schema.org`…). */
export function isNamespaceHost(host: string): boolean {
  return classifyHost(host) === 'namespace';
}

/** True for an object key whose value is a namespace or schema identifier: `xmlns`, `xmlns:saml`, `$schema`, `@context`… */
export function isNamespaceKey(key: string): boolean {
  const lower = key.toLowerCase();
  return NAMESPACE_KEYS.has(lower) || lower.startsWith('xmlns:') || lower.endsWith(':schemalocation');
}

/** `http` → `https`, `ws` → `wss`; `null` for a scheme that is not a cleartext one. */
export function secureSchemeOf(scheme: string): string | null {
  return CLEARTEXT_SCHEMES.get(scheme.toLowerCase()) ?? null;
}

/** True for `http` and `ws`. */
export function isCleartextScheme(scheme: string): boolean {
  return CLEARTEXT_SCHEMES.has(scheme.toLowerCase());
}

/** True when `name` (a query or form parameter) carries a credential: `access_token`, `client_secret`, `password`… */
export function isCredentialParameter(name: string): boolean {
  return CREDENTIAL_PARAMETERS.has(normalizeName(name));
}

/** Lower case without `_` and `-`, so `client_secret`, `clientSecret` and `client-secret` compare equal. */
export function normalizeName(name: string): string {
  let result = '';
  for (const character of name.toLowerCase()) if (character !== '_' && character !== '-') result += character;
  return result;
}

/**
 * The class of a host that is known only in part. A static suffix that starts with a dot names the domain
 * (`${tenant}.auth.example.com`): remote unless some loopback, metadata or namespace name could end with it.
 */
function classifyHostSuffix(suffix: string): HostClass | null {
  const lower = suffix.toLowerCase();
  if (!lower.startsWith('.') || lower.length < 2 || lower.includes(HOLE)) return null;
  if (lower.endsWith('.localhost')) return 'loopback';
  const bare = lower.slice(1);
  if (parseIPv4(`0.${bare}`) !== null || isDigits(bare)) return null;
  for (const names of [LOOPBACK_NAMES, METADATA_NAMES, NAMESPACE_HOSTS]) {
    for (const name of names) if (name === bare || `.${name}`.endsWith(lower)) return null;
  }
  return 'remote';
}

/** True when `text` is a complete host name or IPv4 address: something followed by a hole is then a port or a path. */
function looksComplete(text: string): boolean {
  if (text.length === 0 || text.endsWith('.') || text.endsWith('-')) return false;
  return text.includes('.') || LOOPBACK_NAMES.has(text.toLowerCase());
}

interface Authority {
  host: string | null;
  hostSuffix: string | null;
  hostClass: HostClass | null;
  origin: string;
  hasPassword: boolean;
}

function parseAuthority(scheme: string, authority: string): Authority {
  const at = authority.lastIndexOf('@');
  const userinfo = at === -1 ? '' : authority.slice(0, at);
  const hostPort = authority.slice(at + 1);
  const hasPassword = userinfo.includes(':');
  const origin = `${scheme}://${hostPort.split(HOLE).join(ELLIPSIS)}`;

  let hostText: string;
  if (hostPort.startsWith('[')) {
    const close = hostPort.indexOf(']');
    if (close === -1) return { host: null, hostSuffix: null, hostClass: null, origin, hasPassword };
    hostText = hostPort.slice(0, close + 1);
  } else {
    const colon = hostPort.indexOf(':');
    hostText = colon === -1 ? hostPort : hostPort.slice(0, colon);
  }

  const hole = hostText.indexOf(HOLE);
  if (hole === -1) {
    if (hostText.length === 0) return { host: null, hostSuffix: null, hostClass: null, origin, hasPassword };
    const host = hostText.toLowerCase();
    return { host: host.startsWith('[') ? host.slice(1, -1) : host, hostSuffix: null, hostClass: classifyHost(host), origin, hasPassword };
  }
  // `http://auth.example.com${rest}`: a run-time value right after a complete name is a port or a path.
  const before = hostText.slice(0, hole);
  if (hole === hostText.length - 1 && looksComplete(before)) {
    const host = before.toLowerCase();
    return { host, hostSuffix: null, hostClass: classifyHost(host), origin, hasPassword };
  }
  const suffix = hostText.slice(hostText.lastIndexOf(HOLE) + 1).toLowerCase();
  const hostClass = classifyHostSuffix(suffix);
  return { host: null, hostSuffix: hostClass === null ? null : suffix, hostClass, origin, hasPassword };
}

function firstIndexOf(text: string, characters: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    if (characters.includes(text.charAt(index))) return index;
  }
  return text.length;
}

function parseQueryKeys(query: string): string[] {
  const keys: string[] = [];
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const name = equals === -1 ? pair : pair.slice(0, equals);
    if (name.length > 0 && !name.includes(HOLE)) keys.push(name.toLowerCase());
  }
  return keys;
}

/**
 * Analyses a URL given as parts. Returns `null` unless it starts with a static `scheme://`.
 * Relative URLs, protocol-relative URLs and `mailto:`-style URIs are not URLs with an authority here.
 */
export function analyzeUrl(parts: readonly UrlPart[]): UrlInfo | null {
  let text = '';
  for (const part of parts) {
    if (part === null) {
      if (!text.endsWith(HOLE)) text += HOLE;
    } else {
      if (part.includes(HOLE)) return null;
      text += part;
    }
  }
  const colon = text.indexOf(':');
  if (colon <= 0 || !text.startsWith('//', colon + 1)) return null;
  const schemeText = text.slice(0, colon);
  if (!isSchemeName(schemeText)) return null;
  const scheme = schemeText.toLowerCase();

  const authorityStart = colon + 3;
  const authorityEnd = firstIndexOf(text, '/?#', authorityStart);
  const authority = parseAuthority(scheme, text.slice(authorityStart, authorityEnd));

  const pathEnd = firstIndexOf(text, '?#', authorityEnd);
  const pathText = text.slice(authorityEnd, pathEnd);
  // A hole at the end of the authority may hold the path, so then nothing after it is known.
  const authorityOpen = text.charAt(authorityEnd - 1) === HOLE;
  const pathKnown = !authorityOpen && !pathText.includes(HOLE);
  const segmentStart = pathText.lastIndexOf('/') + 1;
  const lastSegmentText = pathText.slice(segmentStart);
  // The last segment is known when it is written after the last run-time value (`/oauth2/${version}/token`).
  const lastSegmentKnown = segmentStart > 0 && !lastSegmentText.includes(HOLE);

  let queryKeys: string[] = [];
  if (text.charAt(pathEnd) === '?') {
    const queryEnd = text.indexOf('#', pathEnd);
    queryKeys = parseQueryKeys(text.slice(pathEnd + 1, queryEnd === -1 ? text.length : queryEnd));
  }

  return {
    scheme,
    host: authority.host,
    hostSuffix: authority.hostSuffix,
    hostClass: authority.hostClass,
    origin: authority.origin,
    path: pathKnown ? pathText : null,
    lastSegment: lastSegmentKnown ? lastSegmentText.toLowerCase() : null,
    queryKeys,
    hasPassword: authority.hasPassword,
  };
}

/** `analyzeUrl` for a string that is entirely known. */
export function analyzeUrlString(text: string): UrlInfo | null {
  return analyzeUrl([text]);
}

/**
 * True when `host` matches one of `patterns`: an exact name (`auth-proxy`) or a wildcard for its subdomains
 * (`*.svc.cluster.local`). Case is ignored.
 */
export function matchesHostPattern(host: string, patterns: readonly string[]): boolean {
  const lower = host.toLowerCase();
  return patterns.some((pattern) => {
    const wanted = pattern.toLowerCase();
    return wanted.startsWith('*.') ? lower.endsWith(wanted.slice(1)) : lower === wanted;
  });
}

/**
 * True when the URL is known to travel in cleartext to another machine: an `http`/`ws` scheme and a host known
 * to be remote, not in `allowedHosts`. Loopback, metadata and namespace hosts never count, nor unknown hosts.
 */
export function isCleartextRemote(url: UrlInfo, allowedHosts: readonly string[] = []): boolean {
  if (!isCleartextScheme(url.scheme) || url.hostClass !== 'remote') return false;
  if (url.host !== null) return !matchesHostPattern(url.host, allowedHosts);
  // `${service}.svc.cluster.local` is allowed by `*.svc.cluster.local`.
  const suffix = url.hostSuffix;
  return suffix === null || !allowedHosts.some((pattern) => pattern.startsWith('*.') && suffix.endsWith(pattern.slice(1).toLowerCase()));
}

/** True when the last path segment names an OAuth endpoint that takes or returns credentials: `/token`, `/introspect`, `/revoke`. */
export function isTokenEndpoint(url: UrlInfo): boolean {
  return url.lastSegment !== null && TOKEN_SEGMENTS.has(url.lastSegment);
}

/** True when the path names a discovery document or key set: `/.well-known/openid-configuration`, `/jwks.json`, `/discovery/v2.0/keys`. */
export function isMetadataOrKeySetEndpoint(url: UrlInfo): boolean {
  if (url.lastSegment === null) return false;
  if (METADATA_SEGMENTS.has(url.lastSegment)) return true;
  if (url.lastSegment !== 'keys' && url.lastSegment !== 'certs') return false;
  const path = url.path?.toLowerCase();
  return path !== undefined && KEY_SET_PARENTS.some((parent) => path.includes(parent));
}
