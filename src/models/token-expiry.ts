/**
 * Token expiry on issue: how long a freshly signed token may live, and how to tell an access token from a refresh
 * token by the names around the call that signs it. Plain data and pure functions: no ESLint here. Which option or
 * builder method carries the lifetime, and in which unit, is the verifier model's business (`./verifiers`).
 *
 * - Default limits: 24 hours for access (and other bearer) tokens, the limit in the research notes and well above the
 *   60–90 minutes Microsoft Entra ID issues; 30 days for refresh tokens, the longest common refresh lifetime
 *   (Auth0's default absolute refresh lifetime is 30 days).
 * - The suggested lifetime is 15 minutes for an access token and 7 days for a refresh token, capped at the limit.
 */
import { nameWords } from '../utils/name-words';

export const DEFAULT_MAX_EXPIRES_IN_SECONDS = 86_400;
export const DEFAULT_MAX_REFRESH_EXPIRES_IN_SECONDS = 2_592_000;

export const SUGGESTED_ACCESS_LIFETIME_SECONDS = 900;
export const SUGGESTED_REFRESH_LIFETIME_SECONDS = 604_800;

/** The payload claim that carries the expiry time. */
export const EXPIRY_CLAIM = 'exp';

/** Payload keys that label what a token is for (`{ type: 'refresh' }`). */
export const TOKEN_TYPE_CLAIMS: ReadonlySet<string> = new Set(['type', 'typ', 'tokenType', 'token_type', 'token_use', 'tokenUse', 'use']);

/** The word that marks a refresh token in a name (`refreshToken`, `REFRESH_TOKEN_SECRET`, `signRefresh`). */
const REFRESH_WORD = 'refresh';

/** True when a name speaks of a refresh token: `refreshToken`, `REFRESH_SECRET`, `issue_refresh_token`. */
export function isRefreshName(name: string): boolean {
  return nameWords(name).includes(REFRESH_WORD);
}

/** True when a token-type claim value says refresh: `'refresh'`, `'refresh_token'`. */
export function isRefreshTypeValue(value: unknown): boolean {
  return typeof value === 'string' && isRefreshName(value);
}

const SPAN_UNITS: readonly (readonly [number, string, string])[] = [
  [86_400, 'd', 'day'],
  [3_600, 'h', 'hour'],
  [60, 'm', 'minute'],
];

/** A span string both the `ms` library and jose read the same way: `'15m'`, `'7d'`, `'90s'`. */
export function spanLiteral(seconds: number): string {
  for (const [size, short] of SPAN_UNITS) {
    if (seconds >= size && seconds % size === 0) return `${String(seconds / size)}${short}`;
  }
  return `${String(Math.max(1, Math.floor(seconds)))}s`;
}

/** A duration for a message: `30 days`, `2 hours`, `90 seconds`. */
export function describeDuration(seconds: number): string {
  for (const [size, , name] of SPAN_UNITS) {
    if (seconds >= size && seconds % size === 0) {
      const count = seconds / size;
      return `${String(count)} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return `${String(seconds)} second${seconds === 1 ? '' : 's'}`;
}

/** The lifetime to suggest: the usual one for the kind of token, never above the configured limit. */
export function suggestedLifetime(refresh: boolean, limitSeconds: number): number {
  return Math.min(refresh ? SUGGESTED_REFRESH_LIFETIME_SECONDS : SUGGESTED_ACCESS_LIFETIME_SECONDS, limitSeconds);
}
