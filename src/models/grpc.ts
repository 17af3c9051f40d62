/**
 * gRPC clients (`@grpc/grpc-js`, and the retired native `grpc` package with the same API): a channel built on
 * `credentials.createInsecure()` speaks HTTP/2 without TLS, so whatever the calls carry in their metadata
 * (an `authorization` header, an API key) crosses the network in cleartext.
 */
import type { ApiSet } from '../utils/module-tracker';
import { classifyHost, matchesHostPattern } from './urls';

const GRPC_MODULES: readonly string[] = ['@grpc/grpc-js', 'grpc'];

/** `grpc.credentials.createInsecure()`. */
export const GRPC_INSECURE_APIS: ApiSet = GRPC_MODULES.map((module) => ({ module, path: ['credentials', 'createInsecure'], kinds: ['call'] }));

/** `new grpc.Metadata()`: the per-call headers a client sends. */
export const GRPC_METADATA_APIS: ApiSet = GRPC_MODULES.map((module) => ({ module, path: ['Metadata'], kinds: ['construct'] }));

/** The methods that write a metadata entry: `metadata.add(key, value)`, `metadata.set(key, value)`. */
export const GRPC_METADATA_WRITERS: ReadonlySet<string> = new Set(['add', 'set']);

/** Name-resolver schemes of a gRPC target that name a host: `dns:///host:port`, `ipv4:1.2.3.4:port`, `ipv6:[::1]:port`. */
const HOST_SCHEMES: readonly string[] = ['dns:', 'ipv4:', 'ipv6:'];

/**
 * The host a gRPC target string names (`users.internal:50051`, `dns:///users:443`, `ipv6:[::1]:50051`), or `null`
 * when the target names none — a Unix domain socket (`unix:/run/app.sock`), another resolver (`xds:///svc`), an
 * empty string. Only the first address of a list is read.
 */
export function grpcTargetHost(target: string): string | null {
  let rest = target.trim();
  const lower = rest.toLowerCase();
  const scheme = HOST_SCHEMES.find((prefix) => lower.startsWith(prefix));
  if (scheme) rest = rest.slice(scheme.length);
  else if (/^[a-z][\w+\-.]*:\/\//u.test(lower) || lower.startsWith('unix:') || lower.startsWith('unix-abstract:')) return null;
  // `dns://8.8.8.8/users:443`: the authority is the DNS server; the name follows the last `/`.
  rest = rest.slice(rest.lastIndexOf('/') + 1).split(',')[0] ?? '';
  if (rest.startsWith('[')) {
    const end = rest.indexOf(']');
    return end > 1 ? rest.slice(0, end + 1) : null;
  }
  const colon = rest.indexOf(':');
  // One colon parts host and port; more make a bare IPv6 address.
  const host = colon !== -1 && !rest.includes(':', colon + 1) ? rest.slice(0, colon) : rest;
  return host === '' ? null : host;
}

/**
 * The host of a gRPC target known to leave the machine (neither loopback nor link-local), unless `allowedHosts`
 * lets it through; otherwise `null`.
 */
export function remoteGrpcHost(target: string, allowedHosts: readonly string[] = []): string | null {
  const host = grpcTargetHost(target);
  return host !== null && classifyHost(host) === 'remote' && !matchesHostPattern(host, allowedHosts) ? host : null;
}
