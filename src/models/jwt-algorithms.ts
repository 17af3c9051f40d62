/**
 * JWT signature algorithms and the key material they go with: which family an `alg` name belongs to, and the
 * spellings that make a key clearly asymmetric (a PEM public key or certificate, a `*.pub` / `public.pem` / `*.crt`
 * file, a JWKS key provider, a name such as `JWT_PUBLIC_KEY`) or clearly a shared secret (`JWT_SECRET`).
 *
 * Why it matters: an allow-list that holds both HMAC (`HS*`) and public-key algorithms, or only HMAC algorithms with
 * a public key, lets anyone who knows the public key sign a token with it as the HMAC secret ("key confusion").
 * Plain data and pure string functions; the rule reads the AST and asks these.
 */
import { nameWords } from '../utils/name-words';

export type AlgorithmFamily = 'hmac' | 'asymmetric' | 'none' | 'unknown';

const HMAC = /^HS(?:256|384|512)$/;
const ASYMMETRIC = /^(?:(?:ES|PS|RS)(?:256|384|512)|ES256K|Ed25519|Ed448|EdDSA)$/;

/** The family of a JWS `alg` name (case-sensitive, as the libraries compare it). */
export function algorithmFamily(name: string): AlgorithmFamily {
  if (HMAC.test(name)) return 'hmac';
  if (ASYMMETRIC.test(name)) return 'asymmetric';
  if (name === 'none') return 'none';
  return 'unknown';
}

const PUBLIC_PEM = /-{5}BEGIN (?:(?:DSA|EC|RSA) )?(?:CERTIFICATE|PUBLIC KEY)-{5}/;

/** True for text holding a PEM public key or certificate (`-----BEGIN PUBLIC KEY-----`, `-----BEGIN CERTIFICATE-----`). */
export function isPublicKeyPem(text: string): boolean {
  return PUBLIC_PEM.test(text);
}

/** True for text that looks like any PEM block (public or private): never a plain shared secret. */
export function isPem(text: string): boolean {
  return text.includes('-----BEGIN ');
}

/** Words that, in a key's name, mean public key material. */
const PUBLIC_WORDS: ReadonlySet<string> = new Set(['public', 'publickey', 'pub', 'pubkey', 'jwks', 'cert', 'certificate', 'x509', 'spki']);
/** Words that, in a key's name, mean a shared secret. */
const SECRET_WORDS: ReadonlySet<string> = new Set(['secret', 'hmac', 'symmetric']);
/** Words that make a name ambiguous or private (`secretOrPublicKey`, `privateKey`). */
const AMBIGUOUS_WORDS: ReadonlySet<string> = new Set(['or', 'private', 'priv']);

export type KeyKind = 'asymmetric' | 'secret' | 'unknown';

/** What a key's name says about it: `JWT_PUBLIC_KEY` and `certPem` are asymmetric, `jwtSecret` is a secret. */
export function keyKindOfName(name: string): KeyKind {
  const words = nameWords(name);
  if (words.some((word) => AMBIGUOUS_WORDS.has(word))) return 'unknown';
  const isPublic = words.some((word) => PUBLIC_WORDS.has(word));
  const isSecret = words.some((word) => SECRET_WORDS.has(word));
  if (isPublic === isSecret) return 'unknown';
  return isPublic ? 'asymmetric' : 'secret';
}

/** File extensions that only hold public material. */
const PUBLIC_EXTENSIONS: ReadonlySet<string> = new Set(['pub', 'crt', 'cer', 'cert']);

/** True for a file path that names public key material: `keys/public.pem`, `jwt.pub`, `id_rsa.pub`, `issuer.crt`. */
export function isPublicKeyPath(path: string): boolean {
  const base = path.slice(Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\')) + 1);
  const dot = base.lastIndexOf('.');
  if (dot > 0 && PUBLIC_EXTENSIONS.has(base.slice(dot + 1).toLowerCase())) return true;
  return keyKindOfName(dot > 0 ? base.slice(0, dot) : base) === 'asymmetric';
}

/**
 * Calls that return public key material or a public-key lookup: jwks-rsa's middleware key providers, Node's
 * `createPublicKey`, jose's remote key set and SPKI/X.509 importers, and jwks-rsa's `getPublicKey()`.
 */
export const PUBLIC_KEY_CALLS: ReadonlySet<string> = new Set([
  'expressJwtSecret',
  'passportJwtSecret',
  'koaJwtSecret',
  'hapiJwt2Key',
  'hapiJwt2KeyAsync',
  'createPublicKey',
  'createRemoteJWKSet',
  'importSPKI',
  'importX509',
  'getPublicKey',
]);

/** Calls that, inside a key callback, fetch a public key from a JWKS (jwks-rsa `JwksClient`). */
export const SIGNING_KEY_LOOKUPS: ReadonlySet<string> = new Set(['getSigningKey', 'getSigningKeys', 'getSigningKeyAsync']);

/** Properties of a jwks-rsa signing key (or a key pair object) that hold public key material. */
export const PUBLIC_KEY_PROPERTIES: ReadonlySet<string> = new Set(['publicKey', 'rsaPublicKey', 'public']);

/** Calls that read a file: the path argument tells what the key is. */
export const FILE_READ_CALLS: ReadonlySet<string> = new Set(['readFileSync', 'readFile']);

/** Path builders whose last argument is the file name. */
export const PATH_JOIN_CALLS: ReadonlySet<string> = new Set(['join', 'resolve']);

/** The algorithm to propose for a key of a known kind; `null` when the kind is unknown. */
export function proposedAlgorithm(kind: KeyKind): string | null {
  if (kind === 'asymmetric') return 'RS256';
  if (kind === 'secret') return 'HS256';
  return null;
}
