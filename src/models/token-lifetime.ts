/**
 * Token lifetime: the facts a rule needs, beyond the verifier model (`./verifiers`), to judge a skipped or stretched
 * `exp`/`nbf` check. Plain data and pure functions: no ESLint here.
 *
 * - The default limit for a clock tolerance: 300 seconds, the clock skew passport-azure-ad allows by default and the
 *   usual allowance in Kerberos and Entra ID tooling. Anything above it is no longer clock skew but extra lifetime.
 * - express-oauth2-jwt-bearer 1.x hands every token to jose's `jwtVerify`, which rejects an expired `exp` whenever the
 *   claim is present, before its own `validators` run; its default `exp` validator only adds "the claim must be a
 *   number". So `validators: { exp: false }` does not accept expired tokens: it accepts tokens that carry no `exp`
 *   at all, which never expire (checked in auth0/node-oauth2-jwt-bearer `access-token-jwt/src/jwt-verifier.ts` and
 *   `validate.ts`).
 */
import type { DurationUnit, VerifierLibrary } from './verifiers';

/** The default largest clock tolerance, in seconds. */
export const DEFAULT_MAX_CLOCK_TOLERANCE_SECONDS = 300;

/** Libraries whose `exp` switch only drops the requirement that a token carry `exp`; a present `exp` is still enforced. */
export const EXP_SWITCH_ONLY_ALLOWS_MISSING: ReadonlySet<VerifierLibrary> = new Set<VerifierLibrary>(['express-oauth2-jwt-bearer']);

/** The number to write for `seconds` in an option read in `unit` (milliseconds for fast-jwt, seconds otherwise). */
export function durationLiteral(unit: DurationUnit, seconds: number): number {
  return unit === 'milliseconds' ? seconds * 1000 : seconds;
}

const NAMED_UNITS: readonly (readonly [number, string])[] = [
  [86_400, 'day'],
  [3_600, 'hour'],
  [60, 'minute'],
];

/** A duration for a message: `2 hours`, `10 minutes`, `90 seconds`, `1.5 seconds`. */
export function describeSeconds(seconds: number): string {
  for (const [size, name] of NAMED_UNITS) {
    if (seconds >= size && seconds % size === 0) {
      const count = seconds / size;
      return `${String(count)} ${name}${count === 1 ? '' : 's'}`;
    }
  }
  return `${String(seconds)} second${seconds === 1 ? '' : 's'}`;
}
