/**
 * Generated values for the negative suite: random, real-looking identifiers, hashes, public keys and publishable keys
 * (and, for the positives table, random credentials that were never issued by anyone). Built at run time from a
 * seeded PRNG so that the test files hold no literal that looks like a live credential.
 */
import { createPublicKey, generateKeyPairSync } from 'node:crypto';
import { ALNUM, BASE64, BASE64URL, HEX, randomString, seededRandom, type Rng } from '../../secrets/generate';

const rng: Rng = seededRandom(0x5ec2e7);

const LOWER = 'abcdefghijklmnopqrstuvwxyz';
const LOWER_DIGITS = `${LOWER}0123456789`;
const BCRYPT = './ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export const hex = (length: number): string => randomString(rng, HEX, length);
export const alnum = (length: number): string => randomString(rng, ALNUM, length);
export const lower = (length: number): string => randomString(rng, LOWER_DIGITS, length);
export const b64 = (length: number): string => randomString(rng, BASE64, length);
export const b64url = (length: number): string => randomString(rng, BASE64URL, length);
export const digits = (length: number): string => randomString(rng, '123456789', 1) + randomString(rng, '0123456789', length - 1);
export const uuid = (): string => `${hex(8)}-${hex(4)}-4${hex(3)}-${randomString(rng, '89ab', 1)}${hex(3)}-${hex(12)}`;
/** A password as people pick them for service accounts: letters, digits and a few symbols, never a dictionary word. */
export const password = (length = 20): string => randomString(rng, `${ALNUM}!#%*-_+=`, length - 2) + randomString(rng, '0123456789', 1) + randomString(rng, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1);
export const jsonB64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');

export const bcryptHash = (): string => `$2b$12$${randomString(rng, BCRYPT, 53)}`;
export const argon2Hash = (): string => `$argon2id$v=19$m=65536,t=3,p=4$${b64(22)}$${b64(43)}`;
export const scryptHash = (): string => `$scrypt$ln=16,r=8,p=1$${b64(22)}$${b64(43)}`;

/** Base64 of `bytes` random bytes, wrapped at 64 characters as PEM does. */
export function pemBody(bytes: number): string {
  const body = Buffer.from(Array.from({ length: bytes }, () => Math.floor(rng() * 256))).toString('base64');
  return body.replace(/(.{64})/gu, '$1\n').trimEnd();
}

const rsa = generateKeyPairSync('rsa', {
  modulusLength: 2048,
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'pkcs8', format: 'pem' },
});
const ec = generateKeyPairSync('ec', {
  namedCurve: 'prime256v1',
  publicKeyEncoding: { type: 'spki', format: 'pem' },
  privateKeyEncoding: { type: 'sec1', format: 'pem' },
});
const ed25519 = generateKeyPairSync('ed25519');

/** A real RSA public key (SPKI PEM). */
export const RSA_PUBLIC_PEM = rsa.publicKey.trimEnd();
/** A freshly generated RSA private key (PKCS#8 PEM): for the positives only. */
export const RSA_PRIVATE_PEM = rsa.privateKey.trimEnd();
/** A freshly generated EC private key (SEC1 PEM): for the positives only. */
export const EC_PRIVATE_PEM = ec.privateKey.trimEnd();
/** The public half of an RSA key as a JWK (`kty`, `n`, `e`; no private members). */
export const RSA_PUBLIC_JWK = createPublicKey(rsa.publicKey).export({ format: 'jwk' }) as { kty: string; n: string; e: string };

/** An OpenSSH `ssh-ed25519` public key line. */
export function sshEd25519Public(comment: string): string {
  const raw = ed25519.publicKey.export({ format: 'der', type: 'spki' }).subarray(-32);
  const field = (data: Buffer): Buffer => Buffer.concat([Buffer.from([0, 0, 0, data.length]), data]);
  return `ssh-ed25519 ${Buffer.concat([field(Buffer.from('ssh-ed25519')), field(raw)]).toString('base64')} ${comment}`;
}

/** A certificate-shaped PEM (random DER-length body; certificates are public either way). */
export const CERTIFICATE_PEM = `-----BEGIN CERTIFICATE-----\nMIID${pemBody(900).slice(4)}\n-----END CERTIFICATE-----`;

/** A JWT with the given payload and a random signature. */
export function jwt(payload: Record<string, unknown>, alg = 'HS256'): string {
  return `${jsonB64url({ alg, typ: 'JWT' })}.${jsonB64url(payload)}.${b64url(43)}`;
}

export const lowerLetters = (length: number): string => randomString(rng, LOWER, length);
export { rng };
