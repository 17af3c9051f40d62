/**
 * The secrets engine's front door. `scanText` runs the layers that need no context (checksum-verified provider
 * tokens, provider tokens by structure, structured secrets) over one string; `assessNamedValue` decides whether a
 * value held under a secret name, or handed to a credential sink, is a secret. Nothing here knows ESLint.
 */
import { findChecksumTokens } from './checksum-tokens';
import { findProviderTokens, isAwsSecretAccessKeyShape } from './provider-tokens';
import { isPlaceholder, isNameEcho } from './placeholders';
import { findStructuredSecrets } from './structured';
import type { SecretConfidence, SecretLayer, SecretMatch } from './types';
import { isKnownPublicValue, isUuid, looksLikePassword, looksLikeRandomToken, nonSecretShape } from './value-shape';

export type { SecretConfidence, SecretLayer, SecretMatch } from './types';
export { fingerprint, isAllowedFingerprint, leaksSecret, sha256Hex } from './mask';
export { classifySecretName, isHashLikeName, isIdLikeName } from './secret-names';
export { isLocalDevelopmentDefault } from './structured';

/** Strings shorter than this hold no secret any layer can recognise. */
const MIN_LENGTH = 8;

const LAYER_RANK: Readonly<Record<SecretLayer, number>> = { checksum: 0, provider: 1, structured: 2, named: 3, entropy: 4 };
const CONFIDENCE_RANK: Readonly<Record<SecretConfidence, number>> = { certain: 0, high: 1, medium: 2, low: 3 };

/** Whether `a` is at least as sure as `b`. */
export function atLeast(a: SecretConfidence, b: SecretConfidence): boolean {
  return CONFIDENCE_RANK[a] <= CONFIDENCE_RANK[b];
}

export interface ScanOptions {
  /** Only the checksum layer (used for test files and fixtures, where only certain findings are wanted). */
  readonly checksumOnly?: boolean;
}

/**
 * Keeps the strongest match for each overlapping span: a GitHub token inside a `Bearer …` header is reported once,
 * as the GitHub token.
 */
function dedupe(matches: SecretMatch[]): SecretMatch[] {
  if (matches.length < 2) return matches;
  matches.sort((a, b) => LAYER_RANK[a.layer] - LAYER_RANK[b.layer] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || a.start - b.start);
  const kept: SecretMatch[] = [];
  for (const match of matches) {
    if (!kept.some((other) => match.start < other.end && other.start < match.end)) kept.push(match);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * Strings longer than this are content (bundles, data, documents), not values someone pasted a credential into;
 * only the private-key check runs on them, so that a 5 MB literal costs no more than a scan for its header.
 */
const MAX_SCANNED_LENGTH = 64 * 1024;

/** `data:…;base64,…` and other data URIs: inline content, never a credential. */
function isDataUri(text: string): boolean {
  return text.startsWith('data:') && text.slice(0, 128).includes(',');
}

/** The context-free findings in `text`, strongest first where spans overlap, in text order. */
export function scanText(text: string, options: ScanOptions = {}): SecretMatch[] {
  if (text.length < MIN_LENGTH || isDataUri(text)) return [];
  if (text.length > MAX_SCANNED_LENGTH) {
    return options.checksumOnly || !text.includes('PRIVATE KEY-----') ? [] : findStructuredSecrets(text).filter((match) => match.id.startsWith('pem-'));
  }
  const matches = findChecksumTokens(text);
  if (!options.checksumOnly) {
    for (const match of findProviderTokens(text)) matches.push(match);
    for (const match of findStructuredSecrets(text)) matches.push(match);
  }
  // Almost every string holds nothing: it needs no filtering and no second array.
  if (matches.length === 0) return matches;
  // Published documentation and emulator values are public, whatever layer recognised them.
  return dedupe(matches.filter((match) => !isKnownPublicValue(text.slice(match.start, match.end))));
}

/** What the context says a value is. */
export type NameClass = 'password' | 'token';

/** Why a value is being weighed: it sits under a secret name, or it is handed to a credential sink. */
export type ValueContext =
  | { readonly via: 'name'; readonly nameClass: NameClass; readonly name: string; readonly idLike?: boolean; readonly awsSecret?: boolean }
  | { readonly via: 'sink'; readonly expects: 'signing-key' | 'password' | 'api-key' | 'private-key' };

/** Structural placeholders: the marks of text that stands where a value will go. Words alone are not enough at a sink. */
function isStructuralPlaceholder(value: string): boolean {
  const trimmed = value.trim();
  if (trimmed.length === 0) return true;
  if (/^(?:<[^<>]*>|\[[^[\]]*\]|\{\{[^{}]*\}\}|%[\w\-.]+%|\$\{[^{}]*\}|\$[A-Z_][\dA-Z_]*)$/u.test(trimmed)) return true;
  const lower = trimmed.toLowerCase();
  return /^(.)\1*$/u.test(lower) || /(?:^|[^a-z])(?:change[ \-_]?me|insert|placeholder|replace[ \-_]?me|your)(?:[^a-z]|$)/u.test(lower) || lower.includes('xxxx') || lower.includes('****');
}

function named(kind: string, value: string, confidence: SecretConfidence): SecretMatch {
  return { id: 'named-secret', kind, layer: 'named', confidence, start: 0, end: value.length, display: '' };
}

/**
 * Whether `value`, known only by its context, is a secret. Call it after `scanText` found nothing: provider and
 * structured layers speak for themselves.
 */
export function assessNamedValue(value: string, context: ValueContext): SecretMatch | null {
  if (isKnownPublicValue(value)) return null;
  if (context.via === 'sink') {
    // At a credential sink any literal that is not a placeholder is the key, however readable it looks.
    if (isStructuralPlaceholder(value)) return null;
    const kind = context.expects === 'password' ? 'password' : context.expects === 'private-key' ? 'private key' : context.expects === 'api-key' ? 'API key' : 'signing secret';
    return named(kind, value, 'high');
  }
  if (value.length < 6 || isPlaceholder(value) || isNameEcho(value, context.name) || nonSecretShape(value) !== null) return null;
  if (context.nameClass === 'password') {
    return looksLikePassword(value, context.name) ? named('password', value, 'medium') : null;
  }
  if (context.awsSecret && isAwsSecretAccessKeyShape(value)) return named('AWS secret access key', value, 'high');
  if (isUuid(value)) return context.idLike ? null : named('secret', value, 'medium');
  return looksLikeRandomToken(value) ? named('secret', value, 'medium') : null;
}

/** Whether `value` is an anonymous high-entropy string worth reporting without any name (opt-in layer). */
export function assessAnonymousValue(value: string): SecretMatch | null {
  if (value.length < 32 || value.length > 512 || isPlaceholder(value) || nonSecretShape(value) !== null || isKnownPublicValue(value)) return null;
  if (isUuid(value) || !looksLikeRandomToken(value)) return null;
  let classes = 0;
  if (/[a-z]/u.test(value)) classes += 1;
  if (/[A-Z]/u.test(value)) classes += 1;
  if (/\d/u.test(value)) classes += 1;
  if (classes < 3) return null;
  return { id: 'high-entropy-string', kind: 'high-entropy string', layer: 'entropy', confidence: 'low', start: 0, end: value.length, display: '' };
}
