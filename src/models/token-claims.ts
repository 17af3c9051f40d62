/**
 * Audience and issuer checks beyond the verifier model's option table: how each library treats a regular expression
 * given as the expected `aud` / `iss`, whether such a pattern is anchored, and the placeholders a suggestion inserts.
 * Shared by `require-token-audience` and `require-token-issuer`. Plain data and string functions: no ESLint here.
 *
 * Facts (package sources as listed in `verifiers.ts`):
 * - jsonwebtoken `verify` (and express-jwt, koa-jwt, passport-jwt, @nestjs/jwt, hapi-auth-jwt2, which hand it their
 *   options): `audience` entries may be RegExps, tested with `.test(aud)`; `issuer` is compared only when it is a
 *   string or an array, so a RegExp or a function there is skipped without error and no issuer is checked.
 * - fast-jwt `createVerifier` and @fastify/jwt `verify`: `allowedAud` / `allowedIss` entries may be RegExps, tested
 *   with `.test(value)`.
 * - @hapi/jwt `verify.aud` / `verify.iss`: strings or RegExps, a RegExp tested against the claim.
 * - jose, aws-jwt-verify, google-auth-library, express-oauth2-jwt-bearer compare strings only: a RegExp never equals
 *   a claim, so it fails closed and is not this module's concern.
 */
import type { VerifierLibrary } from './verifiers';

export type ClaimMeaning = 'audience' | 'issuer';

/** What a library does with a RegExp given as the expected claim: tests the claim with it, or skips the check. */
export type PatternHandling = 'tested' | 'ignored';

const JSONWEBTOKEN_FAMILY: readonly VerifierLibrary[] = ['jsonwebtoken', 'express-jwt', 'koa-jwt', 'passport-jwt', '@nestjs/jwt', 'hapi-auth-jwt2'];
const PATTERN_LIBRARIES: readonly VerifierLibrary[] = ['fast-jwt', '@fastify/jwt', '@hapi/jwt'];

/** How `library` treats a RegExp (or, for `ignored`, any non-string, non-array value) given for `meaning`; `null` when neither. */
export function claimPatternHandling(library: VerifierLibrary, meaning: ClaimMeaning): PatternHandling | null {
  if (PATTERN_LIBRARIES.includes(library)) return 'tested';
  if (!JSONWEBTOKEN_FAMILY.includes(library)) return null;
  return meaning === 'audience' ? 'tested' : 'ignored';
}

/** The placeholder a suggestion writes for the value only the author knows. */
export const CLAIM_PLACEHOLDERS: Readonly<Record<ClaimMeaning, string>> = {
  audience: "'<your-api-audience>'",
  issuer: "'<https://your-issuer/>'",
};

/**
 * The top-level alternatives of a pattern source: split on `|` outside character classes and groups, escapes
 * skipped. `a|(b|c)` gives `a` and `(b|c)`.
 */
export function topLevelAlternatives(source: string): string[] {
  const alternatives: string[] = [];
  let depth = 0;
  let inClass = false;
  let start = 0;
  for (let index = 0; index < source.length; index += 1) {
    const character = source.charAt(index);
    if (character === '\\') {
      index += 1;
    } else if (inClass) {
      if (character === ']') inClass = false;
    } else if (character === '[') {
      inClass = true;
    } else if (character === '(') {
      depth += 1;
    } else if (character === ')') {
      depth = Math.max(0, depth - 1);
    } else if (character === '|' && depth === 0) {
      alternatives.push(source.slice(start, index));
      start = index + 1;
    }
  }
  alternatives.push(source.slice(start));
  return alternatives;
}

/** True when `text` ends with a `$` that is not escaped (an even number of backslashes before it). */
function endsWithAnchor(text: string): boolean {
  if (!text.endsWith('$')) return false;
  let backslashes = 0;
  for (let index = text.length - 2; index >= 0 && text.charAt(index) === '\\'; index -= 1) backslashes += 1;
  return backslashes % 2 === 0;
}

/**
 * True when a pattern can only match a whole claim: every top-level alternative starts with `^` and ends with `$`,
 * and no `m` flag turns them into line anchors. `/^api:\/\/orders$/` is anchored; `/api/`, `/^api/`, `/^a|b$/`
 * are not.
 */
export function isAnchoredPattern(source: string, flags = ''): boolean {
  if (flags.includes('m')) return false;
  return topLevelAlternatives(source).every((alternative) => alternative.startsWith('^') && endsWithAnchor(alternative));
}
