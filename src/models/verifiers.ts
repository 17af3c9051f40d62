/**
 * The verifier model: where each JWT / ID-token library takes its token, its key and its verification or signing
 * options, and what each option key means. Rules about token validation (unsigned tokens, algorithm allow-lists,
 * skipped lifetime checks, audience, issuer, fail-open middleware, token expiry on issue, …) query this table through
 * `src/utils/verifier-calls.ts` instead of each re-learning the libraries. Plain data and pure functions: the only
 * toolkit import is the module tracker's `ApiSpec` type.
 *
 * Every fact was checked against the package sources, unpacked with `npm pack`:
 * jsonwebtoken 9.0.3, jose 6.2.18, express-jwt 8.5.1, passport-jwt 4.0.1, koa-jwt 4.0.4, fast-jwt 6.3.6,
 * @fastify/jwt 10.2.8, aws-jwt-verify 5.2.1, google-auth-library 10.9.1, express-oauth2-jwt-bearer 1.10.0,
 * passport-azure-ad 4.3.5, firebase-admin 13.10.0, @nestjs/jwt 12.0.2, @hapi/jwt 3.2.4, hapi-auth-jwt2 11.0.0,
 * jwt-simple 0.5.6. The facts a rule is most likely to get wrong:
 * - jsonwebtoken `verify`: `audience`/`issuer`/`subject` are checked only when truthy; `audience` may hold RegExps,
 *   `issuer` is compared as a string or an array of strings only. Without `algorithms` it allows the family of the key
 *   type (HS* for a secret, RS/PS for RSA, ES for EC). `clockTolerance` is in seconds; `maxAge` is seconds as a number
 *   and a `ms` timespan as a string (`'120'` is 120 ms). `sign`'s `expiresIn`/`notBefore` use the same timespan rule.
 * - express-jwt 8 (`expressjwt`) throws at construction without `secret` or an `algorithms` array, and hands its whole
 *   options object to `jsonwebtoken.verify`; `credentialsRequired: false` lets requests without a token through;
 *   an `onExpired` handler that does not throw lets expired tokens through.
 * - koa-jwt 4 hands its whole options object to `jsonwebtoken.verify`; `passthrough: true` lets missing AND invalid
 *   tokens through (the error is parked in `ctx.state.jwtOriginalError`).
 * - passport-jwt 4.0.1 builds its verify options as `assign({}, jsonWebTokenOptions, { audience, issuer, algorithms,
 *   ignoreExpiration: !!options.ignoreExpiration })` from the top level: those four keys placed only inside
 *   `jsonWebTokenOptions` are overwritten (with `undefined`, or `false` for `ignoreExpiration`); the others survive.
 * - jose `jwtVerify`: no `algorithms` means any algorithm the key supports (`none` is never supported); `audience`,
 *   `issuer`, `subject`, `maxTokenAge` are checked only when given; `clockTolerance`/`maxTokenAge` are seconds as a
 *   number or a span string (`'5s'`, `'2 hours'`). There is no switch to skip `exp`/`nbf`. `compactVerify`,
 *   `flattenedVerify`, `generalVerify` check the signature only (no claims at all). `UnsecuredJWT` is `alg: none`.
 * - fast-jwt: `allowedAud`/`allowedIss`/`allowedSub` (strings or RegExps) checked only when given; without
 *   `algorithms` they are derived from the key; `clockTolerance`, `maxAge`, `clockTimestamp` and the signer's
 *   `expiresIn`/`notBefore` are MILLISECONDS (strings are `ms` spans).
 * - @fastify/jwt: `register(fastifyJwt, { secret, sign, verify, decode, trusted, … })`; its `verify.maxAge` and
 *   `sign.expiresIn`/`sign.notBefore` are converted from SECONDS (numbers) to fast-jwt's milliseconds, but
 *   `verify.clockTolerance` is passed through unconverted, so it stays in MILLISECONDS.
 * - aws-jwt-verify: `CognitoJwtVerifier.create` requires `tokenUse` and `clientId`, `JwtVerifier.create` requires
 *   `issuer` and `audience`; each may be `null` to skip that check. Only RS/PS/ES/EdDSA keys from a JWKS (asymmetric
 *   only). `graceSeconds` is in seconds. The verifier's `verify(token, props)` may override the create options.
 * - google-auth-library `OAuth2Client#verifyIdToken({ idToken, audience, maxExpiry })`: `aud` is checked only when
 *   `audience` is neither `undefined` nor `null`; the issuer is always checked against Google's; `maxExpiry` seconds.
 * - express-oauth2-jwt-bearer `auth(opts)`: `issuerBaseURL`, `audience`, `issuer`, `secret`, `tokenSigningAlg` default
 *   to environment variables (`ISSUER_BASE_URL`, `AUDIENCE`, …); an audience is asserted at startup; `iss`, `aud`,
 *   `exp`, `alg` are checked by default and a `validators: { aud: false }` entry turns one off; `clockTolerance`
 *   (default 5) and `maxTokenAge` are seconds; `authRequired: false` calls `next()` on any token error.
 * - passport-azure-ad: `validateIssuer` defaults to true (`false` skips it); `audience` defaults to `clientID`;
 *   `clockSkew` in seconds, default 300.
 * - firebase-admin `verifyIdToken(token, checkRevoked)` / `verifySessionCookie(cookie, checkRevoked)`: revocation is
 *   checked only when the second argument is `true`; everything else is fixed by the library.
 * - @nestjs/jwt: `JwtService.verify(token, options)` merges `{ ...moduleOptions.verifyOptions, ...options }` (so a call
 *   never shows the whole picture) and passes the result to `jsonwebtoken.verify`; `secret`/`publicKey` pick the key.
 * - @hapi/jwt strategy options: `keys`, `verify: { aud, iss, sub, nbf, exp, maxAgeSec, timeSkewSec }` — `aud`, `iss`,
 *   `sub` are required but may be `false` (skip); `exp: false`/`nbf: false` skip the time checks; `verify: false`
 *   (allowed with a `validate` function) skips verification altogether.
 * - hapi-auth-jwt2 strategy options: `key`, `verifyOptions` (handed to `jsonwebtoken.verify`), and `verify`, a custom
 *   function that REPLACES signature verification (it receives the decoded, unverified token).
 * - jwt-simple `decode(token, key, noVerify, algorithm)`: a truthy `noVerify` skips the signature check.
 */
import type { ApiSpec } from '../utils/module-tracker';

export type VerifierLibrary =
  | 'jsonwebtoken'
  | 'jose'
  | 'express-jwt'
  | 'passport-jwt'
  | 'koa-jwt'
  | 'fast-jwt'
  | '@fastify/jwt'
  | 'aws-jwt-verify'
  | 'google-auth-library'
  | 'express-oauth2-jwt-bearer'
  | 'passport-azure-ad'
  | 'firebase-admin'
  | '@nestjs/jwt'
  | '@hapi/jwt'
  | 'hapi-auth-jwt2'
  | 'jwt-simple';

/**
 * What a call does with tokens: checks one (`verify`), issues one (`sign`), reads one without checking it (`decode`),
 * builds request middleware (`middleware`), a Passport/hapi strategy (`strategy`), or configures a framework plugin
 * or module that later verifies (`register`).
 */
export type VerifierRole = 'verify' | 'sign' | 'decode' | 'middleware' | 'strategy' | 'register';

/** The canonical meaning of an option key, whatever the library calls it. */
export type OptionMeaning =
  /** Allow-list of accepted signature algorithms (`algorithms`, `tokenSigningAlg`, `validators.alg`). */
  | 'algorithms'
  /** The algorithm a signer uses (`algorithm`, jose's protected header `alg`). */
  | 'signingAlgorithm'
  | 'audience'
  | 'issuer'
  | 'subject'
  /** A switch that skips the `exp` check. */
  | 'ignoreExpiration'
  /** A switch that skips the `nbf` check. */
  | 'ignoreNotBefore'
  | 'clockTolerance'
  /** Maximum age since `iat` (verify side). */
  | 'maxAge'
  /** Lifetime given to issued tokens (sign side). */
  | 'expiresIn'
  | 'notBefore'
  /** A switch that leaves `iat` out of issued tokens. */
  | 'noTimestamp'
  /** A switch that lets requests without (or with an invalid) token through. */
  | 'failOpen'
  /** A switch for the issuer check (passport-azure-ad). */
  | 'validateIssuer'
  /** aws-jwt-verify's `tokenUse` (`id` / `access`). */
  | 'tokenUse'
  /** The key or secret, when it is an option rather than an argument. */
  | 'key'
  /** A callback that returns the key. */
  | 'keyProvider'
  /** Where the token is read from. */
  | 'tokenExtractor'
  /** A revocation check (callback or `checkRevoked` flag). */
  | 'revocationCheck'
  /** express-jwt's `onExpired`: a handler that may accept expired tokens. */
  | 'expiredHandler'
  /** Return `{ header, payload, signature }` instead of the payload. */
  | 'complete'
  /** A fixed "now" for the time checks. */
  | 'clockTimestamp'
  /** A function that replaces the library's own verification (hapi-auth-jwt2 `verify`). */
  | 'customVerification'
  /** A switch that turns verification off altogether (`verify: false`, jwt-simple's `noVerify`). */
  | 'skipVerification';

/** How a duration option is read. */
export type DurationUnit =
  /** A number of seconds. */
  | 'seconds'
  /** A number of milliseconds; a string is an `ms` span (no unit = milliseconds). */
  | 'milliseconds'
  /** A number of seconds; a string is an `ms` span (no unit = milliseconds): jsonwebtoken, @fastify/jwt. */
  | 'seconds-or-ms-span'
  /** A number of seconds; a string is a jose span (`'5s'`, `'2 hours'`; a unit is required). */
  | 'seconds-or-jose-span';

export interface OptionSpec {
  readonly key: string;
  readonly meaning: OptionMeaning;
  /** For switches and skippable checks: the value that turns the protection off (`ignoreExpiration: true`, `aud: false`, `clientId: null`). */
  readonly offWhen?: boolean | null;
  /** For durations. */
  readonly unit?: DurationUnit;
}

/** What the library does when a meaning's option is absent. */
export type MissingBehaviour =
  /** Nothing is checked: the one case where a "missing option" report can be right. */
  | 'unchecked'
  /** The library throws without it (at construction or on first use). */
  | 'required'
  /** The library checks it anyway (fixed value or derived from other settings). */
  | 'checked-by-default'
  /** Derived from the key type (algorithms). */
  | 'derived-from-key'
  /** Read from an environment variable. */
  | 'from-environment'
  /** Inherited from a configuration elsewhere (a module or plugin registration). */
  | 'inherited';

/** Where a value sits in a call: the argument at `index`, or a property of the options object. */
export type ValueLocation = { readonly index: number } | { readonly option: OptionMeaning };

/** A nested options object: `jsonWebTokenOptions`, `verifyOptions`, `verify`, `validators`. */
export interface NestedOptions {
  readonly key: string;
  readonly options: readonly OptionSpec[];
  /** passport-jwt: top-level keys that overwrite these nested keys, whatever their value (absent → `undefined`). */
  readonly shadowedBy?: ReadonlySet<string>;
  /** Which place the library reads for a meaning both places can set. Default `nested`. */
  readonly precedence?: 'nested' | 'top';
  /** The role the nested options serve when it differs from the call's (Nest `signOptions`, @fastify/jwt `sign`). */
  readonly role?: VerifierRole;
}

/** A positional argument with a meaning: firebase's `checkRevoked`, jwt-simple's `noVerify`. */
export interface PositionalSpec {
  readonly index: number;
  readonly meaning: OptionMeaning;
  readonly offWhen?: boolean | null;
}

export interface VerifierApi {
  readonly library: VerifierLibrary;
  /** A readable name: `verify`, `CognitoJwtVerifier.create`, `OAuth2Client#verifyIdToken`. */
  readonly api: string;
  readonly role: VerifierRole;
  /** The module tracker spec that finds it. Specs of one module and path are shared objects (see `SPECS`). */
  readonly spec: ApiSpec;
  /** Set for instance methods: the method called on what `spec` returns. */
  readonly method?: string;
  /** How the call is found when the module tracker cannot (framework registration, dependency injection). */
  readonly via?: 'fastify-register' | 'nest-injection' | 'nest-module' | 'hapi-strategy' | 'fastify-decorator';
  readonly token?: ValueLocation;
  readonly key?: ValueLocation;
  /** Argument index of the options object. */
  readonly optionsIndex?: number;
  readonly options?: readonly OptionSpec[];
  readonly nested?: readonly NestedOptions[];
  readonly positional?: readonly PositionalSpec[];
  /** Behaviour when a meaning is absent; meanings not listed are `unchecked` when the API has an option for them. */
  readonly whenMissing?: Readonly<Partial<Record<OptionMeaning, MissingBehaviour>>>;
  /** False for APIs that never check the signature (decoders, unsecured JWTs). */
  readonly checksSignature: boolean;
  /** False for APIs that check the signature but no claim (`exp`, `aud`, `iss`): jose's JWS verifiers. */
  readonly checksClaims: boolean;
  /** Builder methods (jose `SignJWT`) that carry a meaning instead of an options key. */
  readonly chainMethods?: Readonly<Partial<Record<string, OptionMeaning>>>;
}

// ---------------------------------------------------------------------------------------------------------------------
// Option tables
// ---------------------------------------------------------------------------------------------------------------------

/** `jsonwebtoken.verify` options; also what express-jwt, koa-jwt, passport-jwt, Nest and hapi-auth-jwt2 hand it. */
export const JSONWEBTOKEN_VERIFY_OPTIONS: readonly OptionSpec[] = [
  { key: 'algorithms', meaning: 'algorithms' },
  { key: 'audience', meaning: 'audience' },
  { key: 'issuer', meaning: 'issuer' },
  { key: 'subject', meaning: 'subject' },
  { key: 'ignoreExpiration', meaning: 'ignoreExpiration', offWhen: true },
  { key: 'ignoreNotBefore', meaning: 'ignoreNotBefore', offWhen: true },
  { key: 'clockTolerance', meaning: 'clockTolerance', unit: 'seconds' },
  { key: 'maxAge', meaning: 'maxAge', unit: 'seconds-or-ms-span' },
  { key: 'clockTimestamp', meaning: 'clockTimestamp', unit: 'seconds' },
  { key: 'complete', meaning: 'complete' },
];

export const JSONWEBTOKEN_SIGN_OPTIONS: readonly OptionSpec[] = [
  { key: 'algorithm', meaning: 'signingAlgorithm' },
  { key: 'expiresIn', meaning: 'expiresIn', unit: 'seconds-or-ms-span' },
  { key: 'notBefore', meaning: 'notBefore', unit: 'seconds-or-ms-span' },
  { key: 'noTimestamp', meaning: 'noTimestamp', offWhen: true },
  { key: 'audience', meaning: 'audience' },
  { key: 'issuer', meaning: 'issuer' },
  { key: 'subject', meaning: 'subject' },
];

const EXPRESS_JWT_OPTIONS: readonly OptionSpec[] = [
  ...JSONWEBTOKEN_VERIFY_OPTIONS,
  { key: 'secret', meaning: 'key' },
  { key: 'getToken', meaning: 'tokenExtractor' },
  { key: 'credentialsRequired', meaning: 'failOpen', offWhen: false },
  { key: 'isRevoked', meaning: 'revocationCheck' },
  { key: 'onExpired', meaning: 'expiredHandler' },
];

const KOA_JWT_OPTIONS: readonly OptionSpec[] = [
  ...JSONWEBTOKEN_VERIFY_OPTIONS,
  { key: 'secret', meaning: 'key' },
  { key: 'getToken', meaning: 'tokenExtractor' },
  { key: 'passthrough', meaning: 'failOpen', offWhen: true },
  { key: 'isRevoked', meaning: 'revocationCheck' },
];

/** The top-level keys passport-jwt copies over `jsonWebTokenOptions`. */
export const PASSPORT_JWT_SHADOWING_KEYS: ReadonlySet<string> = new Set(['audience', 'issuer', 'algorithms', 'ignoreExpiration']);

const PASSPORT_JWT_OPTIONS: readonly OptionSpec[] = [
  { key: 'algorithms', meaning: 'algorithms' },
  { key: 'audience', meaning: 'audience' },
  { key: 'issuer', meaning: 'issuer' },
  { key: 'ignoreExpiration', meaning: 'ignoreExpiration', offWhen: true },
  { key: 'secretOrKey', meaning: 'key' },
  { key: 'secretOrKeyProvider', meaning: 'keyProvider' },
  { key: 'jwtFromRequest', meaning: 'tokenExtractor' },
];

const JOSE_JWT_VERIFY_OPTIONS: readonly OptionSpec[] = [
  { key: 'algorithms', meaning: 'algorithms' },
  { key: 'audience', meaning: 'audience' },
  { key: 'issuer', meaning: 'issuer' },
  { key: 'subject', meaning: 'subject' },
  { key: 'clockTolerance', meaning: 'clockTolerance', unit: 'seconds-or-jose-span' },
  { key: 'maxTokenAge', meaning: 'maxAge', unit: 'seconds-or-jose-span' },
  { key: 'currentDate', meaning: 'clockTimestamp' },
];

const JOSE_JWS_VERIFY_OPTIONS: readonly OptionSpec[] = [{ key: 'algorithms', meaning: 'algorithms' }];

/** fast-jwt `createVerifier`: durations in milliseconds. */
const FAST_JWT_VERIFIER_OPTIONS: readonly OptionSpec[] = [
  { key: 'key', meaning: 'key' },
  { key: 'algorithms', meaning: 'algorithms' },
  { key: 'allowedAud', meaning: 'audience' },
  { key: 'allowedIss', meaning: 'issuer' },
  { key: 'allowedSub', meaning: 'subject' },
  { key: 'ignoreExpiration', meaning: 'ignoreExpiration', offWhen: true },
  { key: 'ignoreNotBefore', meaning: 'ignoreNotBefore', offWhen: true },
  { key: 'clockTolerance', meaning: 'clockTolerance', unit: 'milliseconds' },
  { key: 'maxAge', meaning: 'maxAge', unit: 'milliseconds' },
  { key: 'clockTimestamp', meaning: 'clockTimestamp', unit: 'milliseconds' },
  { key: 'complete', meaning: 'complete' },
];

const FAST_JWT_SIGNER_OPTIONS: readonly OptionSpec[] = [
  { key: 'key', meaning: 'key' },
  { key: 'algorithm', meaning: 'signingAlgorithm' },
  { key: 'expiresIn', meaning: 'expiresIn', unit: 'milliseconds' },
  { key: 'notBefore', meaning: 'notBefore', unit: 'milliseconds' },
  { key: 'noTimestamp', meaning: 'noTimestamp', offWhen: true },
  { key: 'aud', meaning: 'audience' },
  { key: 'iss', meaning: 'issuer' },
  { key: 'sub', meaning: 'subject' },
];

/** @fastify/jwt `verify` options: fast-jwt's, but `maxAge` converted from seconds; `clockTolerance` stays milliseconds. */
const FASTIFY_JWT_VERIFY_OPTIONS: readonly OptionSpec[] = FAST_JWT_VERIFIER_OPTIONS.filter((option) => option.key !== 'key').map(
  (option) => (option.key === 'maxAge' ? { ...option, unit: 'seconds-or-ms-span' as const } : option),
);

/** @fastify/jwt `sign` options: `expiresIn`/`notBefore` converted from seconds. */
const FASTIFY_JWT_SIGN_OPTIONS: readonly OptionSpec[] = FAST_JWT_SIGNER_OPTIONS.filter((option) => option.key !== 'key').map(
  (option) => (option.unit ? { ...option, unit: 'seconds-or-ms-span' as const } : option),
);

const FASTIFY_JWT_REGISTER_OPTIONS: readonly OptionSpec[] = [
  { key: 'secret', meaning: 'key' },
  { key: 'trusted', meaning: 'revocationCheck' },
];

const AWS_COGNITO_OPTIONS: readonly OptionSpec[] = [
  { key: 'userPoolId', meaning: 'issuer' },
  { key: 'clientId', meaning: 'audience', offWhen: null },
  { key: 'tokenUse', meaning: 'tokenUse', offWhen: null },
  { key: 'graceSeconds', meaning: 'clockTolerance', unit: 'seconds' },
];

const AWS_JWT_OPTIONS: readonly OptionSpec[] = [
  { key: 'issuer', meaning: 'issuer', offWhen: null },
  { key: 'audience', meaning: 'audience', offWhen: null },
  { key: 'graceSeconds', meaning: 'clockTolerance', unit: 'seconds' },
];

const GOOGLE_VERIFY_ID_TOKEN_OPTIONS: readonly OptionSpec[] = [
  { key: 'audience', meaning: 'audience' },
  { key: 'maxExpiry', meaning: 'maxAge', unit: 'seconds' },
];

const OAUTH2_BEARER_OPTIONS: readonly OptionSpec[] = [
  { key: 'issuerBaseURL', meaning: 'issuer' },
  { key: 'issuer', meaning: 'issuer' },
  { key: 'audience', meaning: 'audience' },
  { key: 'secret', meaning: 'key' },
  { key: 'tokenSigningAlg', meaning: 'algorithms' },
  { key: 'clockTolerance', meaning: 'clockTolerance', unit: 'seconds' },
  { key: 'maxTokenAge', meaning: 'maxAge', unit: 'seconds' },
  { key: 'authRequired', meaning: 'failOpen', offWhen: false },
];

/** express-oauth2-jwt-bearer `validators`: `false` turns a default check off. */
const OAUTH2_BEARER_VALIDATORS: readonly OptionSpec[] = [
  { key: 'alg', meaning: 'algorithms', offWhen: false },
  { key: 'iss', meaning: 'issuer', offWhen: false },
  { key: 'aud', meaning: 'audience', offWhen: false },
  { key: 'sub', meaning: 'subject', offWhen: false },
  // jose still rejects an expired `exp` first; `exp: false` only stops requiring the claim, so tokens without
  // one never expire (see models/token-lifetime.ts).
  { key: 'exp', meaning: 'ignoreExpiration', offWhen: false },
];

const AZURE_AD_OPTIONS: readonly OptionSpec[] = [
  { key: 'validateIssuer', meaning: 'validateIssuer', offWhen: false },
  { key: 'issuer', meaning: 'issuer' },
  { key: 'audience', meaning: 'audience' },
  { key: 'clockSkew', meaning: 'clockTolerance', unit: 'seconds' },
];

const NEST_VERIFY_OPTIONS: readonly OptionSpec[] = [
  ...JSONWEBTOKEN_VERIFY_OPTIONS,
  { key: 'secret', meaning: 'key' },
  { key: 'publicKey', meaning: 'key' },
];

const NEST_SIGN_OPTIONS: readonly OptionSpec[] = [
  ...JSONWEBTOKEN_SIGN_OPTIONS,
  { key: 'secret', meaning: 'key' },
  { key: 'privateKey', meaning: 'key' },
];

const NEST_MODULE_OPTIONS: readonly OptionSpec[] = [
  { key: 'secret', meaning: 'key' },
  { key: 'publicKey', meaning: 'key' },
  { key: 'secretOrKeyProvider', meaning: 'keyProvider' },
];

const HAPI_JWT_STRATEGY_OPTIONS: readonly OptionSpec[] = [
  { key: 'keys', meaning: 'key' },
  { key: 'verify', meaning: 'skipVerification', offWhen: false },
];

const HAPI_JWT_VERIFY_OPTIONS: readonly OptionSpec[] = [
  { key: 'aud', meaning: 'audience', offWhen: false },
  { key: 'iss', meaning: 'issuer', offWhen: false },
  { key: 'sub', meaning: 'subject', offWhen: false },
  { key: 'exp', meaning: 'ignoreExpiration', offWhen: false },
  { key: 'nbf', meaning: 'ignoreNotBefore', offWhen: false },
  { key: 'maxAgeSec', meaning: 'maxAge', unit: 'seconds' },
  { key: 'timeSkewSec', meaning: 'clockTolerance', unit: 'seconds' },
];

const HAPI_AUTH_JWT2_OPTIONS: readonly OptionSpec[] = [
  { key: 'key', meaning: 'key' },
  { key: 'verify', meaning: 'customVerification' },
  { key: 'complete', meaning: 'complete' },
];

// ---------------------------------------------------------------------------------------------------------------------
// Module tracker specs: one object per module and path, so each reference maps back to its entry by identity.
// ---------------------------------------------------------------------------------------------------------------------

function spec(module: string, path: readonly string[], kind: 'call' | 'construct', instanceMethods?: readonly string[]): ApiSpec {
  return instanceMethods ? { module, path, kinds: [kind], instanceMethods } : { module, path, kinds: [kind] };
}

const S = {
  jwtVerify: spec('jsonwebtoken', ['verify'], 'call'),
  jwtSign: spec('jsonwebtoken', ['sign'], 'call'),
  jwtDecode: spec('jsonwebtoken', ['decode'], 'call'),
  joseJwtVerify: spec('jose', ['jwtVerify'], 'call'),
  joseCompactVerify: spec('jose', ['compactVerify'], 'call'),
  joseFlattenedVerify: spec('jose', ['flattenedVerify'], 'call'),
  joseGeneralVerify: spec('jose', ['generalVerify'], 'call'),
  joseSignJwt: spec('jose', ['SignJWT'], 'construct'),
  joseUnsecured: spec('jose', ['UnsecuredJWT'], 'construct'),
  joseUnsecuredDecode: spec('jose', ['UnsecuredJWT', 'decode'], 'call'),
  joseDecodeJwt: spec('jose', ['decodeJwt'], 'call'),
  expressJwt: spec('express-jwt', ['expressjwt'], 'call'),
  expressJwtLegacy: spec('express-jwt', [], 'call'),
  passportJwt: spec('passport-jwt', ['Strategy'], 'construct'),
  koaJwt: spec('koa-jwt', [], 'call'),
  fastVerifier: spec('fast-jwt', ['createVerifier'], 'call'),
  fastSigner: spec('fast-jwt', ['createSigner'], 'call'),
  fastDecoder: spec('fast-jwt', ['createDecoder'], 'call'),
  cognito: spec('aws-jwt-verify', ['CognitoJwtVerifier', 'create'], 'call', ['verify', 'verifySync']),
  awsJwt: spec('aws-jwt-verify', ['JwtVerifier', 'create'], 'call', ['verify', 'verifySync']),
  googleClient: spec('google-auth-library', ['OAuth2Client'], 'construct', ['verifyIdToken']),
  oauth2Bearer: spec('express-oauth2-jwt-bearer', ['auth'], 'call'),
  azureBearer: spec('passport-azure-ad', ['BearerStrategy'], 'construct'),
  azureOidc: spec('passport-azure-ad', ['OIDCStrategy'], 'construct'),
  firebaseAuth: spec('firebase-admin', ['auth'], 'call', ['verifyIdToken', 'verifySessionCookie']),
  firebaseGetAuth: spec('firebase-admin/auth', ['getAuth'], 'call', ['verifyIdToken', 'verifySessionCookie']),
  nestService: spec('@nestjs/jwt', ['JwtService'], 'construct', ['verify', 'verifyAsync', 'decode', 'sign', 'signAsync']),
  nestRegister: spec('@nestjs/jwt', ['JwtModule', 'register'], 'call'),
  nestRegisterAsync: spec('@nestjs/jwt', ['JwtModule', 'registerAsync'], 'call'),
  hapiTokenVerify: spec('@hapi/jwt', ['token', 'verify'], 'call'),
  hapiTokenDecode: spec('@hapi/jwt', ['token', 'decode'], 'call'),
  hapiTokenGenerate: spec('@hapi/jwt', ['token', 'generate'], 'call'),
  jwtSimpleDecode: spec('jwt-simple', ['decode'], 'call'),
  jwtSimpleEncode: spec('jwt-simple', ['encode'], 'call'),
} as const;

/** Framework entry points the module tracker cannot follow; `verifier-calls.ts` finds them by shape. */
const FRAMEWORK_SPECS = {
  fastifyRegister: spec('@fastify/jwt', [], 'call'),
  fastifyVerify: spec('@fastify/jwt', ['jwt', 'verify'], 'call'),
  fastifySign: spec('@fastify/jwt', ['jwt', 'sign'], 'call'),
  fastifyDecode: spec('@fastify/jwt', ['jwt', 'decode'], 'call'),
  fastifyRequestVerify: spec('@fastify/jwt', ['jwtVerify'], 'call'),
  fastifyReplySign: spec('@fastify/jwt', ['jwtSign'], 'call'),
  hapiStrategy: spec('@hapi/jwt', ['plugin'], 'call'),
  hapiAuthJwt2Strategy: spec('hapi-auth-jwt2', [], 'call'),
} as const;

/** passport-jwt's token extractors (`ExtractJwt.fromUrlQueryParameter` puts the token in the URL). */
export const PASSPORT_JWT_EXTRACTOR_APIS: readonly ApiSpec[] = [
  'fromHeader',
  'fromBodyField',
  'fromUrlQueryParameter',
  'fromAuthHeaderWithScheme',
  'fromAuthHeaderAsBearerToken',
  'fromExtractors',
].map((name) => spec('passport-jwt', ['ExtractJwt', name], 'call'));

// ---------------------------------------------------------------------------------------------------------------------
// The table
// ---------------------------------------------------------------------------------------------------------------------

const JSONWEBTOKEN_MISSING = { algorithms: 'derived-from-key' } as const;

export const VERIFIER_APIS: readonly VerifierApi[] = [
  // jsonwebtoken
  {
    library: 'jsonwebtoken',
    api: 'verify',
    role: 'verify',
    spec: S.jwtVerify,
    token: { index: 0 },
    key: { index: 1 },
    optionsIndex: 2,
    options: JSONWEBTOKEN_VERIFY_OPTIONS,
    whenMissing: JSONWEBTOKEN_MISSING,
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: 'jsonwebtoken',
    api: 'sign',
    role: 'sign',
    spec: S.jwtSign,
    key: { index: 1 },
    optionsIndex: 2,
    options: JSONWEBTOKEN_SIGN_OPTIONS,
    checksSignature: false,
    checksClaims: false,
  },
  { library: 'jsonwebtoken', api: 'decode', role: 'decode', spec: S.jwtDecode, token: { index: 0 }, optionsIndex: 1, checksSignature: false, checksClaims: false },

  // jose
  {
    library: 'jose',
    api: 'jwtVerify',
    role: 'verify',
    spec: S.joseJwtVerify,
    token: { index: 0 },
    key: { index: 1 },
    optionsIndex: 2,
    options: JOSE_JWT_VERIFY_OPTIONS,
    whenMissing: { algorithms: 'derived-from-key' },
    checksSignature: true,
    checksClaims: true,
  },
  ...(
    [
      ['compactVerify', S.joseCompactVerify],
      ['flattenedVerify', S.joseFlattenedVerify],
      ['generalVerify', S.joseGeneralVerify],
    ] as const
  ).map(
    ([api, apiSpec]): VerifierApi => ({
      library: 'jose',
      api,
      role: 'verify',
      spec: apiSpec,
      token: { index: 0 },
      key: { index: 1 },
      optionsIndex: 2,
      options: JOSE_JWS_VERIFY_OPTIONS,
      whenMissing: { algorithms: 'derived-from-key' },
      checksSignature: true,
      checksClaims: false,
    }),
  ),
  {
    library: 'jose',
    api: 'SignJWT',
    role: 'sign',
    spec: S.joseSignJwt,
    checksSignature: false,
    checksClaims: false,
    chainMethods: {
      setProtectedHeader: 'signingAlgorithm',
      setExpirationTime: 'expiresIn',
      setNotBefore: 'notBefore',
      setIssuer: 'issuer',
      setAudience: 'audience',
      setSubject: 'subject',
    },
  },
  {
    library: 'jose',
    api: 'UnsecuredJWT',
    role: 'sign',
    spec: S.joseUnsecured,
    checksSignature: false,
    checksClaims: false,
    chainMethods: { setExpirationTime: 'expiresIn', setIssuer: 'issuer', setAudience: 'audience', setSubject: 'subject' },
  },
  {
    library: 'jose',
    api: 'UnsecuredJWT.decode',
    role: 'decode',
    spec: S.joseUnsecuredDecode,
    token: { index: 0 },
    optionsIndex: 1,
    options: JOSE_JWT_VERIFY_OPTIONS.filter((option) => option.meaning !== 'algorithms'),
    checksSignature: false,
    checksClaims: true,
  },
  { library: 'jose', api: 'decodeJwt', role: 'decode', spec: S.joseDecodeJwt, token: { index: 0 }, checksSignature: false, checksClaims: false },

  // express-jwt (8: `expressjwt`; 6 and older: the module itself)
  ...[S.expressJwt, S.expressJwtLegacy].map(
    (apiSpec): VerifierApi => ({
      library: 'express-jwt',
      api: apiSpec.path.length > 0 ? 'expressjwt' : 'express-jwt',
      role: 'middleware',
      spec: apiSpec,
      key: { option: 'key' },
      optionsIndex: 0,
      options: EXPRESS_JWT_OPTIONS,
      whenMissing: { algorithms: 'required', key: 'required' },
      checksSignature: true,
      checksClaims: true,
    }),
  ),

  // passport-jwt
  {
    library: 'passport-jwt',
    api: 'Strategy',
    role: 'strategy',
    spec: S.passportJwt,
    key: { option: 'key' },
    optionsIndex: 0,
    options: PASSPORT_JWT_OPTIONS,
    nested: [{ key: 'jsonWebTokenOptions', options: JSONWEBTOKEN_VERIFY_OPTIONS, shadowedBy: PASSPORT_JWT_SHADOWING_KEYS, precedence: 'top' }],
    whenMissing: JSONWEBTOKEN_MISSING,
    checksSignature: true,
    checksClaims: true,
  },

  // koa-jwt
  {
    library: 'koa-jwt',
    api: 'koa-jwt',
    role: 'middleware',
    spec: S.koaJwt,
    key: { option: 'key' },
    optionsIndex: 0,
    options: KOA_JWT_OPTIONS,
    whenMissing: JSONWEBTOKEN_MISSING,
    checksSignature: true,
    checksClaims: true,
  },

  // fast-jwt
  {
    library: 'fast-jwt',
    api: 'createVerifier',
    role: 'verify',
    spec: S.fastVerifier,
    key: { option: 'key' },
    optionsIndex: 0,
    options: FAST_JWT_VERIFIER_OPTIONS,
    whenMissing: { algorithms: 'derived-from-key', key: 'required' },
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: 'fast-jwt',
    api: 'createSigner',
    role: 'sign',
    spec: S.fastSigner,
    key: { option: 'key' },
    optionsIndex: 0,
    options: FAST_JWT_SIGNER_OPTIONS,
    checksSignature: false,
    checksClaims: false,
  },
  { library: 'fast-jwt', api: 'createDecoder', role: 'decode', spec: S.fastDecoder, optionsIndex: 0, checksSignature: false, checksClaims: false },

  // @fastify/jwt
  {
    library: '@fastify/jwt',
    api: 'register',
    role: 'register',
    spec: FRAMEWORK_SPECS.fastifyRegister,
    via: 'fastify-register',
    key: { option: 'key' },
    optionsIndex: 1,
    options: FASTIFY_JWT_REGISTER_OPTIONS,
    nested: [
      { key: 'verify', options: FASTIFY_JWT_VERIFY_OPTIONS },
      { key: 'sign', options: FASTIFY_JWT_SIGN_OPTIONS, role: 'sign' },
    ],
    whenMissing: { algorithms: 'derived-from-key', key: 'required' },
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: '@fastify/jwt',
    api: 'fastify.jwt.verify',
    role: 'verify',
    spec: FRAMEWORK_SPECS.fastifyVerify,
    via: 'fastify-decorator',
    token: { index: 0 },
    optionsIndex: 1,
    options: FASTIFY_JWT_VERIFY_OPTIONS,
    whenMissing: { algorithms: 'inherited', audience: 'inherited', issuer: 'inherited' },
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: '@fastify/jwt',
    api: 'request.jwtVerify',
    role: 'verify',
    spec: FRAMEWORK_SPECS.fastifyRequestVerify,
    via: 'fastify-decorator',
    optionsIndex: 0,
    options: FASTIFY_JWT_VERIFY_OPTIONS,
    whenMissing: { algorithms: 'inherited', audience: 'inherited', issuer: 'inherited' },
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: '@fastify/jwt',
    api: 'fastify.jwt.sign',
    role: 'sign',
    spec: FRAMEWORK_SPECS.fastifySign,
    via: 'fastify-decorator',
    optionsIndex: 1,
    options: FASTIFY_JWT_SIGN_OPTIONS,
    whenMissing: { expiresIn: 'inherited' },
    checksSignature: false,
    checksClaims: false,
  },
  {
    library: '@fastify/jwt',
    api: 'reply.jwtSign',
    role: 'sign',
    spec: FRAMEWORK_SPECS.fastifyReplySign,
    via: 'fastify-decorator',
    optionsIndex: 1,
    options: FASTIFY_JWT_SIGN_OPTIONS,
    whenMissing: { expiresIn: 'inherited' },
    checksSignature: false,
    checksClaims: false,
  },
  {
    library: '@fastify/jwt',
    api: 'fastify.jwt.decode',
    role: 'decode',
    spec: FRAMEWORK_SPECS.fastifyDecode,
    via: 'fastify-decorator',
    token: { index: 0 },
    checksSignature: false,
    checksClaims: false,
  },

  // aws-jwt-verify: options at `create`, optionally overridden per `verify` call.
  ...(
    [
      ['CognitoJwtVerifier', S.cognito, AWS_COGNITO_OPTIONS, { audience: 'required', tokenUse: 'required', issuer: 'required' }],
      ['JwtVerifier', S.awsJwt, AWS_JWT_OPTIONS, { audience: 'required', issuer: 'required' }],
    ] as const
  ).flatMap(([name, apiSpec, options, required]): VerifierApi[] => {
    const whenMissing = { ...required, algorithms: 'checked-by-default' } as const;
    return [
      { library: 'aws-jwt-verify', api: `${name}.create`, role: 'verify', spec: apiSpec, optionsIndex: 0, options, whenMissing, checksSignature: true, checksClaims: true },
      ...['verify', 'verifySync'].map(
        (method): VerifierApi => ({
          library: 'aws-jwt-verify',
          api: `${name}#${method}`,
          role: 'verify',
          spec: apiSpec,
          method,
          token: { index: 0 },
          optionsIndex: 1,
          options,
          whenMissing: { audience: 'inherited', issuer: 'inherited', tokenUse: 'inherited', algorithms: 'checked-by-default' },
          checksSignature: true,
          checksClaims: true,
        }),
      ),
    ];
  }),

  // google-auth-library: the token is a property of the options object.
  {
    library: 'google-auth-library',
    api: 'OAuth2Client#verifyIdToken',
    role: 'verify',
    spec: S.googleClient,
    method: 'verifyIdToken',
    token: { option: 'tokenExtractor' },
    optionsIndex: 0,
    options: [{ key: 'idToken', meaning: 'tokenExtractor' }, ...GOOGLE_VERIFY_ID_TOKEN_OPTIONS],
    whenMissing: { issuer: 'checked-by-default', algorithms: 'checked-by-default' },
    checksSignature: true,
    checksClaims: true,
  },

  // express-oauth2-jwt-bearer
  {
    library: 'express-oauth2-jwt-bearer',
    api: 'auth',
    role: 'middleware',
    spec: S.oauth2Bearer,
    key: { option: 'key' },
    optionsIndex: 0,
    options: OAUTH2_BEARER_OPTIONS,
    nested: [{ key: 'validators', options: OAUTH2_BEARER_VALIDATORS }],
    whenMissing: { audience: 'from-environment', issuer: 'from-environment', algorithms: 'checked-by-default', key: 'from-environment' },
    checksSignature: true,
    checksClaims: true,
  },

  // passport-azure-ad
  ...[S.azureBearer, S.azureOidc].map(
    (apiSpec): VerifierApi => ({
      library: 'passport-azure-ad',
      api: apiSpec.path[0] ?? '',
      role: 'strategy',
      spec: apiSpec,
      optionsIndex: 0,
      options: AZURE_AD_OPTIONS,
      whenMissing: { audience: 'checked-by-default', issuer: 'checked-by-default', validateIssuer: 'checked-by-default', algorithms: 'checked-by-default' },
      checksSignature: true,
      checksClaims: true,
    }),
  ),

  // firebase-admin
  ...[S.firebaseAuth, S.firebaseGetAuth].flatMap((apiSpec) =>
    ['verifyIdToken', 'verifySessionCookie'].map(
      (method): VerifierApi => ({
        library: 'firebase-admin',
        api: `auth#${method}`,
        role: 'verify',
        spec: apiSpec,
        method,
        token: { index: 0 },
        positional: [{ index: 1, meaning: 'revocationCheck' }],
        whenMissing: { audience: 'checked-by-default', issuer: 'checked-by-default', algorithms: 'checked-by-default' },
        checksSignature: true,
        checksClaims: true,
      }),
    ),
  ),

  // @nestjs/jwt: JwtService methods (constructed or injected) merge the module's options under theirs.
  ...(
    [
      ['verify', 'verify'],
      ['verifyAsync', 'verify'],
      ['sign', 'sign'],
      ['signAsync', 'sign'],
      ['decode', 'decode'],
    ] as const
  ).map(
    ([method, role]): VerifierApi => ({
      library: '@nestjs/jwt',
      api: `JwtService#${method}`,
      role,
      spec: S.nestService,
      method,
      via: 'nest-injection',
      ...(role === 'sign' ? {} : { token: { index: 0 } }),
      ...(role === 'decode' ? {} : { key: { option: 'key' } }),
      optionsIndex: 1,
      ...(role === 'verify' ? { options: NEST_VERIFY_OPTIONS } : role === 'sign' ? { options: NEST_SIGN_OPTIONS } : {}),
      whenMissing: { algorithms: 'inherited', audience: 'inherited', issuer: 'inherited', expiresIn: 'inherited', key: 'inherited' },
      checksSignature: role === 'verify',
      checksClaims: role === 'verify',
    }),
  ),
  ...(
    [
      ['JwtModule.register', S.nestRegister],
      ['JwtModule.registerAsync', S.nestRegisterAsync],
    ] as const
  ).map(
    ([api, apiSpec]): VerifierApi => ({
      library: '@nestjs/jwt',
      api,
      role: 'register',
      spec: apiSpec,
      via: 'nest-module',
      key: { option: 'key' },
      optionsIndex: 0,
      options: NEST_MODULE_OPTIONS,
      nested: [
        { key: 'verifyOptions', options: JSONWEBTOKEN_VERIFY_OPTIONS },
        { key: 'signOptions', options: JSONWEBTOKEN_SIGN_OPTIONS, role: 'sign' },
      ],
      whenMissing: JSONWEBTOKEN_MISSING,
      checksSignature: true,
      checksClaims: true,
    }),
  ),

  // @hapi/jwt
  {
    library: '@hapi/jwt',
    api: 'server.auth.strategy',
    role: 'strategy',
    spec: FRAMEWORK_SPECS.hapiStrategy,
    via: 'hapi-strategy',
    key: { option: 'key' },
    optionsIndex: 2,
    options: HAPI_JWT_STRATEGY_OPTIONS,
    nested: [{ key: 'verify', options: HAPI_JWT_VERIFY_OPTIONS }],
    whenMissing: { audience: 'required', issuer: 'required', subject: 'required', algorithms: 'derived-from-key' },
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: '@hapi/jwt',
    api: 'token.verify',
    role: 'verify',
    spec: S.hapiTokenVerify,
    token: { index: 0 },
    key: { index: 1 },
    optionsIndex: 2,
    options: HAPI_JWT_VERIFY_OPTIONS,
    checksSignature: true,
    checksClaims: true,
  },
  { library: '@hapi/jwt', api: 'token.decode', role: 'decode', spec: S.hapiTokenDecode, token: { index: 0 }, checksSignature: false, checksClaims: false },
  { library: '@hapi/jwt', api: 'token.generate', role: 'sign', spec: S.hapiTokenGenerate, key: { index: 1 }, optionsIndex: 2, checksSignature: false, checksClaims: false },

  // hapi-auth-jwt2
  {
    library: 'hapi-auth-jwt2',
    api: 'server.auth.strategy',
    role: 'strategy',
    spec: FRAMEWORK_SPECS.hapiAuthJwt2Strategy,
    via: 'hapi-strategy',
    key: { option: 'key' },
    optionsIndex: 2,
    options: HAPI_AUTH_JWT2_OPTIONS,
    nested: [{ key: 'verifyOptions', options: JSONWEBTOKEN_VERIFY_OPTIONS }],
    whenMissing: JSONWEBTOKEN_MISSING,
    checksSignature: true,
    checksClaims: true,
  },

  // jwt-simple
  {
    library: 'jwt-simple',
    api: 'decode',
    role: 'verify',
    spec: S.jwtSimpleDecode,
    token: { index: 0 },
    key: { index: 1 },
    positional: [
      { index: 2, meaning: 'skipVerification', offWhen: true },
      { index: 3, meaning: 'algorithms' },
    ],
    whenMissing: { algorithms: 'unchecked', audience: 'unchecked', issuer: 'unchecked' },
    checksSignature: true,
    checksClaims: true,
  },
  {
    library: 'jwt-simple',
    api: 'encode',
    role: 'sign',
    spec: S.jwtSimpleEncode,
    key: { index: 1 },
    positional: [{ index: 2, meaning: 'signingAlgorithm' }],
    checksSignature: false,
    checksClaims: false,
  },
];

/** The module-tracker API set of every tracked verifier API (not the framework-shaped ones). Its identity is the cache key. */
export const VERIFIER_API_SET: readonly ApiSpec[] = Object.values(S);

/** The modules whose presence makes a file worth examining. */
export const VERIFIER_MODULES: readonly string[] = [
  ...new Set([...VERIFIER_APIS.map((entry) => entry.spec.module), 'firebase-admin/auth']),
];

/** Finds the entry for a tracked reference: its spec (by identity) and, for instance calls, the method. */
export function findVerifierApi(apiSpec: ApiSpec, method?: string): VerifierApi | undefined {
  return VERIFIER_APIS.find((entry) => entry.spec === apiSpec && entry.method === method && entry.via !== 'nest-injection')
    ?? VERIFIER_APIS.find((entry) => entry.spec === apiSpec && entry.method === method);
}

/** The entries found by shape rather than by the module tracker. */
export function verifierApisVia(via: NonNullable<VerifierApi['via']>): readonly VerifierApi[] {
  return VERIFIER_APIS.filter((entry) => entry.via === via);
}

/** All entries of a library. */
export function verifierApisOf(library: VerifierLibrary): readonly VerifierApi[] {
  return VERIFIER_APIS.filter((entry) => entry.library === library);
}

/** The option spec `key` has at the top level of `entry`'s options. */
export function optionSpecOf(options: readonly OptionSpec[] | undefined, key: string): OptionSpec | undefined {
  return options?.find((option) => option.key === key);
}

/**
 * Meanings whose absence can leave a check undone (`audience`, `expiresIn`, …), as opposed to switches and tunings
 * (`ignoreExpiration`, `clockTolerance`) whose absence is the safe default.
 */
export const VALUE_MEANINGS: ReadonlySet<OptionMeaning> = new Set<OptionMeaning>([
  'algorithms',
  'audience',
  'issuer',
  'subject',
  'maxAge',
  'expiresIn',
  'revocationCheck',
  'tokenUse',
]);

/** True when `entry` has somewhere to set `meaning`: an option key (for `role`), a positional argument or a builder method. */
export function acceptsMeaning(entry: VerifierApi, meaning: OptionMeaning, role: VerifierRole = entry.role): boolean {
  const has = (options: readonly OptionSpec[] | undefined): boolean => options?.some((option) => option.meaning === meaning) === true;
  if (role === entry.role && (has(entry.options) || entry.positional?.some((spec) => spec.meaning === meaning) === true)) return true;
  if (entry.nested?.some((nested) => (nested.role ?? entry.role) === role && has(nested.options)) === true) return true;
  return role === entry.role && Object.values(entry.chainMethods ?? {}).includes(meaning);
}

/** What `entry` does when nothing sets `meaning`. */
export function missingBehaviour(entry: VerifierApi, meaning: OptionMeaning): MissingBehaviour {
  return entry.whenMissing?.[meaning] ?? 'unchecked';
}

/**
 * True when a statically known `value` of an option turns its protection off: `ignoreExpiration: true`,
 * `credentialsRequired: false`, `passthrough: true`, `clientId: null`, `validators: { aud: false }`. jsonwebtoken and
 * the others test switches for truthiness, so a truthy `offWhen: true` switch counts with any truthy value.
 */
export function turnsCheckOff(option: Pick<OptionSpec, 'offWhen'>, value: unknown): boolean {
  if (option.offWhen === undefined) return false;
  if (option.offWhen === null) return value === null;
  if (option.offWhen) return Boolean(value);
  return value === false;
}

const MS_UNITS: ReadonlyMap<string, number> = new Map([
  ['ms', 1],
  ['msec', 1],
  ['msecs', 1],
  ['millisecond', 1],
  ['milliseconds', 1],
  ['s', 1000],
  ['sec', 1000],
  ['secs', 1000],
  ['second', 1000],
  ['seconds', 1000],
  ['m', 60_000],
  ['min', 60_000],
  ['mins', 60_000],
  ['minute', 60_000],
  ['minutes', 60_000],
  ['h', 3_600_000],
  ['hr', 3_600_000],
  ['hrs', 3_600_000],
  ['hour', 3_600_000],
  ['hours', 3_600_000],
  ['d', 86_400_000],
  ['day', 86_400_000],
  ['days', 86_400_000],
  ['w', 604_800_000],
  ['week', 604_800_000],
  ['weeks', 604_800_000],
  ['y', 31_557_600_000],
  ['yr', 31_557_600_000],
  ['yrs', 31_557_600_000],
  ['year', 31_557_600_000],
  ['years', 31_557_600_000],
]);

const SPAN = /^(-?(?:\d+(?:\.\d*)?|\.\d+)) *([a-z]*)$/i;

/** Milliseconds of a span string, `ms`-library style when `bareIsMs` (no unit = ms), jose style otherwise (unit required). */
function spanMilliseconds(text: string, bareIsMs: boolean): number | null {
  const match = SPAN.exec(text.trim());
  if (!match) return null;
  const amount = Number(match[1]);
  const unit = (match[2] ?? '').toLowerCase();
  if (unit === '') return bareIsMs ? amount : null;
  const factor = MS_UNITS.get(unit);
  return factor === undefined ? null : amount * factor;
}

/** The duration a static option value stands for, in seconds, or `null` when it cannot be read. */
export function durationInSeconds(unit: DurationUnit, value: unknown): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return null;
    return unit === 'milliseconds' ? value / 1000 : value;
  }
  if (typeof value !== 'string') return null;
  if (unit === 'seconds') return null;
  const ms = spanMilliseconds(value, unit !== 'seconds-or-jose-span');
  return ms === null ? null : ms / 1000;
}
