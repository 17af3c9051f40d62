/**
 * Microsoft Entra ID tenancy: which sign-in authorities serve every tenant, and whether an issuer string or
 * pattern a program compares a token's `iss` with names one tenant or lets any tenant through.
 * Plain string functions: no ESLint here.
 *
 * Background. The `common`, `organizations` and `consumers` authorities publish one key set that signs the
 * tokens of every tenant (work and school accounts, personal Microsoft accounts). A service that fetches its
 * keys there and does not check the issuer (or the `tid` claim) against the tenants it serves accepts a token
 * minted by any tenant, an attacker's own included.
 */
import type { UrlPart } from './urls';

/** Entra ID sign-in hosts: the global cloud, its legacy names, and the national clouds. */
export const ENTRA_LOGIN_HOSTS: readonly string[] = [
  'login.microsoftonline.com',
  'login.microsoft.com',
  'login.windows.net',
  'sts.windows.net',
  'login.microsoftonline.us',
  'login.chinacloudapi.cn',
  'login.partner.microsoftonline.cn',
];

const ENTRA_HOST_SET: ReadonlySet<string> = new Set(ENTRA_LOGIN_HOSTS);

/** Tenant segments of the authorities that serve more than one tenant. */
export const MULTI_TENANT_SEGMENTS: ReadonlySet<string> = new Set(['common', 'organizations', 'consumers']);

export interface EntraAuthority {
  /** Lower-case host, one of `ENTRA_LOGIN_HOSTS`. */
  readonly host: string;
  /** Lower-case first path segment (`common`, a tenant GUID, `contoso.onmicrosoft.com`), or `null` when it is a run-time value. */
  readonly tenant: string | null;
  /** True for `common`, `organizations` and `consumers`. */
  readonly multiTenant: boolean;
  /** `https://login.microsoftonline.com/common`: scheme, host and tenant segment, for messages. */
  readonly label: string;
}

/** Stands for a run-time value in the joined text. */
const HOLE = '\u0000';

/** True for an Entra sign-in host (compared without case, a trailing dot ignored). */
export function isEntraHost(host: string): boolean {
  const lower = host.toLowerCase();
  return ENTRA_HOST_SET.has(lower.endsWith('.') ? lower.slice(0, -1) : lower);
}

function indexOfAny(text: string, characters: string, from: number): number {
  for (let index = from; index < text.length; index += 1) {
    if (characters.includes(text.charAt(index))) return index;
  }
  return text.length;
}

/**
 * The Entra authority an `https://` URL points at, given as parts (`null` for a run-time value), or `null`
 * when the URL is not an Entra sign-in URL or its host is not statically known.
 */
export function entraAuthorityOf(parts: readonly UrlPart[]): EntraAuthority | null {
  let text = '';
  for (const part of parts) {
    if (part === null) {
      if (!text.endsWith(HOLE)) text += HOLE;
    } else {
      text += part;
    }
  }
  const lower = text.toLowerCase();
  const schemeEnd = lower.startsWith('https://') ? 8 : lower.startsWith('http://') ? 7 : -1;
  if (schemeEnd === -1) return null;
  const authorityEnd = indexOfAny(lower, '/?#', schemeEnd);
  const authority = lower.slice(schemeEnd, authorityEnd);
  if (authority.includes(HOLE) || authority.includes('@')) return null;
  const colon = authority.indexOf(':');
  const rawHost = colon === -1 ? authority : authority.slice(0, colon);
  if (!isEntraHost(rawHost)) return null;
  const host = rawHost.endsWith('.') ? rawHost.slice(0, -1) : rawHost;

  let tenant: string | null = null;
  if (lower.charAt(authorityEnd) === '/') {
    const segmentEnd = indexOfAny(lower, '/?#', authorityEnd + 1);
    const segment = lower.slice(authorityEnd + 1, segmentEnd);
    tenant = segment.length === 0 || segment.includes(HOLE) ? null : segment;
  }
  const multiTenant = tenant !== null && MULTI_TENANT_SEGMENTS.has(tenant);
  return { host, tenant, multiTenant, label: `${lower.slice(0, schemeEnd)}${host}/${tenant ?? '…'}` };
}

/**
 * How far an issuer text restricts tenants, when a token's `iss` is compared with it (`===`, `startsWith`,
 * `includes`):
 * - `any-tenant`: an Entra host with no tenant after it (`https://login.microsoftonline.com/`,
 *   `sts.windows.net`): every tenant's issuer starts with or contains it;
 * - `tenant`: an Entra host followed by a tenant segment;
 * - `not-entra`: no Entra host in the text.
 */
export type IssuerTenancy = 'any-tenant' | 'tenant' | 'not-entra';

export function issuerTextTenancy(text: string): IssuerTenancy {
  const lower = text.toLowerCase();
  for (const host of ENTRA_LOGIN_HOSTS) {
    const at = lower.indexOf(host);
    if (at === -1) continue;
    const rest = lower.slice(at + host.length);
    if (rest.length === 0 || rest === '/') return 'any-tenant';
    if (!rest.startsWith('/')) continue;
    const segmentEnd = indexOfAny(rest, '/?#', 1);
    return segmentEnd === 1 ? 'any-tenant' : 'tenant';
  }
  return 'not-entra';
}

/**
 * The source of a regular expression with `\.` and `\/` read as `.` and `/`, and for each character of the
 * result its index in the source, so a match in the plain text can be traced back to the pattern.
 */
function unescapeSeparators(source: string): { text: string; origin: number[] } {
  let text = '';
  const origin: number[] = [];
  for (let index = 0; index < source.length; index += 1) {
    const character = source.charAt(index);
    const next = source.charAt(index + 1);
    if (character === '\\' && (next === '.' || next === '/')) {
      text += next;
      origin.push(index);
      index += 1;
    } else {
      text += character;
      origin.push(index);
    }
  }
  return { text, origin };
}

/** Characters a literal tenant segment is written with: a GUID or a domain name. */
function isLiteralSegmentCharacter(character: string): boolean {
  const code = character.charCodeAt(0);
  return (
    (code >= 48 && code <= 57) || (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || character === '-' || character === '_'
  );
}

/** True when a pattern fragment matches one fixed text: letters, digits, `-`, `_`, `\.` and `\-`. */
function isLiteralPattern(fragment: string): boolean {
  if (fragment.length === 0) return false;
  for (let index = 0; index < fragment.length; index += 1) {
    const character = fragment.charAt(index);
    if (character === '\\') {
      const next = fragment.charAt(index + 1);
      if (next !== '.' && next !== '-') return false;
      index += 1;
    } else if (!isLiteralSegmentCharacter(character)) {
      return false;
    }
  }
  return true;
}

/** True for `(a|b)`, `(?:a|b)`, or a bare `a|b`, every branch a literal: an allowlist of tenants. */
function isLiteralAlternation(fragment: string): boolean {
  let body = fragment;
  if (body.startsWith('(') && body.endsWith(')')) {
    body = body.slice(body.startsWith('(?:') ? 3 : 1, -1);
  }
  return body.split('|').every(isLiteralPattern);
}

/**
 * The tenant segment of a pattern: from `start` to the next `/` (written `/` or `\/`) outside a character
 * class and a group, or to the end of the enclosing group or the pattern.
 */
function patternSegment(source: string, start: number): string {
  let depth = 0;
  let inClass = false;
  let index = start;
  for (; index < source.length; index += 1) {
    const character = source.charAt(index);
    if (character === '\\') {
      if (!inClass && depth === 0 && source.charAt(index + 1) === '/') break;
      index += 1;
      continue;
    }
    if (inClass) {
      if (character === ']') inClass = false;
      continue;
    }
    if (character === '[') inClass = true;
    else if (character === '(') depth += 1;
    else if (character === ')') {
      if (depth === 0) break;
      depth -= 1;
    } else if (depth === 0 && (character === '/' || character === '$')) break;
  }
  return source.slice(start, index);
}

/**
 * How far a regular expression tested against a token's `iss` restricts tenants: `any-tenant` when it names an
 * Entra host and then either stops or accepts a wildcard where the tenant goes
 * (`/^https:\/\/login\.microsoftonline\.com\/[^/]+\/v2\.0$/`); `tenant` when a literal tenant or a list of
 * literal tenants follows the host; `not-entra` when no Entra host is written in it.
 */
export function issuerPatternTenancy(source: string): IssuerTenancy {
  const { text, origin } = unescapeSeparators(source);
  const lower = text.toLowerCase();
  for (const host of ENTRA_LOGIN_HOSTS) {
    const at = lower.indexOf(host);
    if (at === -1) continue;
    const after = at + host.length;
    if (after >= text.length) return 'any-tenant';
    const next = text.charAt(after);
    if (next === '$' || next === ')') return 'any-tenant';
    if (next !== '/') return 'tenant';
    const slashOrigin = origin[after] ?? source.length;
    // The slash is one character (`/`) or two (`\/`) in the source.
    const segmentStart = slashOrigin + (source.charAt(slashOrigin) === '\\' ? 2 : 1);
    const segment = patternSegment(source, segmentStart);
    if (segment.length === 0) return 'any-tenant';
    return isLiteralPattern(segment) || isLiteralAlternation(segment) ? 'tenant' : 'any-tenant';
  }
  return 'not-entra';
}

/**
 * `additionallyAllowedTenants` (or the `AZURE_ADDITIONALLY_ALLOWED_TENANTS` list) entries that let an
 * `@azure/identity` credential get tokens for any tenant.
 */
export const ANY_TENANT_ENTRY = '*';
export const ADDITIONAL_TENANTS_OPTION = 'additionallyAllowedTenants';
export const ADDITIONAL_TENANTS_ENVIRONMENT = 'AZURE_ADDITIONALLY_ALLOWED_TENANTS';

/** True when a comma-separated `AZURE_ADDITIONALLY_ALLOWED_TENANTS` value lets in any tenant. */
export function environmentListAllowsAnyTenant(value: string): boolean {
  return value.split(',').some((entry) => entry.trim() === ANY_TENANT_ENTRY);
}
