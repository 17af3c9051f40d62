/**
 * Safe ways to talk about a secret: a short SHA-256 fingerprint that lets a team recognise and allow one value
 * without writing it down, and the checks that keep the value itself out of every message.
 */
import { createHash } from 'node:crypto';

/** Hex digits of the fingerprint shown in messages. Eight are enough to tell values apart in one code base. */
export const FINGERPRINT_LENGTH = 8;

/** The full lower-case SHA-256 hex digest of `secret` (UTF-8). */
export function sha256Hex(secret: string): string {
  return createHash('sha256').update(secret, 'utf8').digest('hex');
}

/** The short fingerprint printed in messages: the first {@link FINGERPRINT_LENGTH} hex digits of the SHA-256. */
export function fingerprint(secret: string): string {
  return sha256Hex(secret).slice(0, FINGERPRINT_LENGTH);
}

/** Whether the secret's SHA-256 starts with one of the allowed fingerprints (hex, any case, 8 to 64 digits). */
export function isAllowedFingerprint(secret: string, allowed: readonly string[]): boolean {
  if (allowed.length === 0) return false;
  const digest = sha256Hex(secret);
  return allowed.some((prefix) => prefix.length >= FINGERPRINT_LENGTH && digest.startsWith(prefix.toLowerCase()));
}

/**
 * Whether `text` (a message, a `data` value, a suggestion) would leak `secret`: it holds the secret, or any run of
 * more than `maxShown` of its characters beyond a public prefix. Used by tests and as a last guard before reporting.
 */
export function leaksSecret(text: string, secret: string, publicPrefix = ''): boolean {
  const hidden = secret.startsWith(publicPrefix) ? secret.slice(publicPrefix.length) : secret;
  if (hidden.length < 6) return hidden.length > 0 && text.includes(secret);
  // Any 6-character window of the hidden part appearing in the text counts as a leak.
  for (let start = 0; start + 6 <= hidden.length; start += 1) {
    if (text.includes(hidden.slice(start, start + 6))) return true;
  }
  return false;
}
