import { describe, expect, it } from 'vitest';
import {
  JSONWEBTOKEN_VERIFY_OPTIONS,
  PASSPORT_JWT_SHADOWING_KEYS,
  VERIFIER_APIS,
  VERIFIER_API_SET,
  VERIFIER_MODULES,
  durationInSeconds,
  findVerifierApi,
  missingBehaviour,
  optionSpecOf,
  turnsCheckOff,
  verifierApisOf,
  verifierApisVia,
  type VerifierApi,
} from '../../src/models/verifiers';

function entry(library: VerifierApi['library'], api: string): VerifierApi {
  const found = verifierApisOf(library).find((candidate) => candidate.api === api);
  if (!found) throw new Error(`no entry ${library} ${api}`);
  return found;
}

function optionOf(library: VerifierApi['library'], api: string, key: string, group?: string) {
  const target = entry(library, api);
  const options = group ? target.nested?.find((nested) => nested.key === group)?.options : target.options;
  return optionSpecOf(options, key);
}

describe('the table', () => {
  it('covers every library of the issue', () => {
    expect(new Set(VERIFIER_APIS.map((candidate) => candidate.library))).toEqual(
      new Set([
        'jsonwebtoken',
        'jose',
        'express-jwt',
        'passport-jwt',
        'koa-jwt',
        'fast-jwt',
        '@fastify/jwt',
        'aws-jwt-verify',
        'google-auth-library',
        'express-oauth2-jwt-bearer',
        'passport-azure-ad',
        'firebase-admin',
        '@nestjs/jwt',
        '@hapi/jwt',
        'hapi-auth-jwt2',
        'jwt-simple',
      ]),
    );
  });

  it('tracks every entry either through the module tracker set or by a named shape', () => {
    for (const candidate of VERIFIER_APIS) {
      const tracked = VERIFIER_API_SET.includes(candidate.spec);
      expect(tracked || candidate.via !== undefined, `${candidate.library} ${candidate.api}`).toBe(true);
    }
  });

  it('maps each tracked spec and method back to exactly one entry', () => {
    const keys = new Set<string>();
    for (const candidate of VERIFIER_APIS.filter((item) => item.via === undefined)) {
      const key = `${candidate.spec.module}|${candidate.spec.path.join('.')}|${candidate.method ?? ''}`;
      expect(keys.has(key), key).toBe(false);
      keys.add(key);
      expect(findVerifierApi(candidate.spec, candidate.method)).toBe(candidate);
    }
  });

  it('declares instance methods on the spec for every method entry', () => {
    for (const candidate of VERIFIER_APIS) {
      if (candidate.method !== undefined) expect(candidate.spec.instanceMethods, candidate.api).toContain(candidate.method);
    }
  });

  it('lists the modules, including firebase-admin/auth', () => {
    expect(VERIFIER_MODULES).toContain('firebase-admin/auth');
    expect(VERIFIER_MODULES).toContain('@nestjs/jwt');
  });

  it('has one option key per meaning and group, except documented synonyms', () => {
    for (const candidate of VERIFIER_APIS) {
      const groups = [candidate.options ?? [], ...(candidate.nested ?? []).map((nested) => nested.options)];
      for (const options of groups) {
        const keys = options.map((option) => option.key);
        expect(new Set(keys).size, candidate.api).toBe(keys.length);
      }
    }
  });

  it('finds entries by framework shape', () => {
    expect(verifierApisVia('fastify-register').map((item) => item.api)).toEqual(['register']);
    expect(verifierApisVia('hapi-strategy').map((item) => item.library)).toEqual(['@hapi/jwt', 'hapi-auth-jwt2']);
    expect(verifierApisVia('nest-injection').map((item) => item.method)).toEqual(['verify', 'verifyAsync', 'sign', 'signAsync', 'decode']);
  });
});

describe('library facts', () => {
  it('jsonwebtoken: seconds, ms spans, truthy switches, algorithms derived from the key', () => {
    expect(optionOf('jsonwebtoken', 'verify', 'clockTolerance')?.unit).toBe('seconds');
    expect(optionOf('jsonwebtoken', 'verify', 'maxAge')?.unit).toBe('seconds-or-ms-span');
    expect(optionOf('jsonwebtoken', 'sign', 'expiresIn')?.unit).toBe('seconds-or-ms-span');
    expect(optionOf('jsonwebtoken', 'verify', 'ignoreExpiration')).toMatchObject({ meaning: 'ignoreExpiration', offWhen: true });
    expect(missingBehaviour(entry('jsonwebtoken', 'verify'), 'algorithms')).toBe('derived-from-key');
    expect(missingBehaviour(entry('jsonwebtoken', 'verify'), 'audience')).toBe('unchecked');
    expect(entry('jsonwebtoken', 'decode').checksSignature).toBe(false);
  });

  it('express-jwt requires algorithms; credentialsRequired: false fails open', () => {
    expect(missingBehaviour(entry('express-jwt', 'expressjwt'), 'algorithms')).toBe('required');
    expect(missingBehaviour(entry('express-jwt', 'express-jwt'), 'algorithms')).toBe('required');
    expect(optionOf('express-jwt', 'expressjwt', 'credentialsRequired')).toMatchObject({ meaning: 'failOpen', offWhen: false });
    expect(optionOf('express-jwt', 'expressjwt', 'onExpired')?.meaning).toBe('expiredHandler');
    expect(optionOf('express-jwt', 'expressjwt', 'audience')?.meaning).toBe('audience');
  });

  it('koa-jwt passthrough: true fails open', () => {
    expect(optionOf('koa-jwt', 'koa-jwt', 'passthrough')).toMatchObject({ meaning: 'failOpen', offWhen: true });
  });

  it('passport-jwt: the four top-level keys shadow jsonWebTokenOptions', () => {
    expect([...PASSPORT_JWT_SHADOWING_KEYS].sort()).toEqual(['algorithms', 'audience', 'ignoreExpiration', 'issuer']);
    const nested = entry('passport-jwt', 'Strategy').nested?.[0];
    expect(nested).toMatchObject({ key: 'jsonWebTokenOptions', precedence: 'top' });
    expect(nested?.options).toBe(JSONWEBTOKEN_VERIFY_OPTIONS);
    expect(optionOf('passport-jwt', 'Strategy', 'maxAge')).toBeUndefined();
  });

  it('jose: algorithms from the key, jose spans, JWS verifiers check no claims', () => {
    expect(missingBehaviour(entry('jose', 'jwtVerify'), 'algorithms')).toBe('derived-from-key');
    expect(optionOf('jose', 'jwtVerify', 'maxTokenAge')).toMatchObject({ meaning: 'maxAge', unit: 'seconds-or-jose-span' });
    expect(optionOf('jose', 'jwtVerify', 'ignoreExpiration')).toBeUndefined();
    for (const api of ['compactVerify', 'flattenedVerify', 'generalVerify']) {
      expect(entry('jose', api)).toMatchObject({ checksSignature: true, checksClaims: false });
    }
    expect(entry('jose', 'UnsecuredJWT.decode')).toMatchObject({ role: 'decode', checksSignature: false, checksClaims: true });
    expect(entry('jose', 'SignJWT').chainMethods?.setExpirationTime).toBe('expiresIn');
  });

  it('fast-jwt: milliseconds everywhere; allowedAud/allowedIss', () => {
    expect(optionOf('fast-jwt', 'createVerifier', 'clockTolerance')?.unit).toBe('milliseconds');
    expect(optionOf('fast-jwt', 'createVerifier', 'maxAge')?.unit).toBe('milliseconds');
    expect(optionOf('fast-jwt', 'createSigner', 'expiresIn')?.unit).toBe('milliseconds');
    expect(optionOf('fast-jwt', 'createVerifier', 'allowedAud')?.meaning).toBe('audience');
    expect(optionOf('fast-jwt', 'createVerifier', 'allowedIss')?.meaning).toBe('issuer');
  });

  it('@fastify/jwt: maxAge and expiresIn converted from seconds, clockTolerance left in milliseconds', () => {
    expect(optionOf('@fastify/jwt', 'register', 'maxAge', 'verify')?.unit).toBe('seconds-or-ms-span');
    expect(optionOf('@fastify/jwt', 'register', 'clockTolerance', 'verify')?.unit).toBe('milliseconds');
    expect(optionOf('@fastify/jwt', 'register', 'expiresIn', 'sign')?.unit).toBe('seconds-or-ms-span');
    expect(optionOf('@fastify/jwt', 'register', 'key', 'verify')).toBeUndefined();
  });

  it('aws-jwt-verify: null skips a required check; asymmetric only', () => {
    expect(optionOf('aws-jwt-verify', 'CognitoJwtVerifier.create', 'clientId')).toMatchObject({ meaning: 'audience', offWhen: null });
    expect(optionOf('aws-jwt-verify', 'JwtVerifier.create', 'issuer')).toMatchObject({ meaning: 'issuer', offWhen: null });
    expect(missingBehaviour(entry('aws-jwt-verify', 'CognitoJwtVerifier.create'), 'audience')).toBe('required');
    expect(missingBehaviour(entry('aws-jwt-verify', 'JwtVerifier.create'), 'algorithms')).toBe('checked-by-default');
    expect(entry('aws-jwt-verify', 'CognitoJwtVerifier#verify')).toMatchObject({ method: 'verify', optionsIndex: 1 });
  });

  it('google-auth-library: audience unchecked when absent, token in idToken', () => {
    const verify = entry('google-auth-library', 'OAuth2Client#verifyIdToken');
    expect(missingBehaviour(verify, 'audience')).toBe('unchecked');
    expect(missingBehaviour(verify, 'issuer')).toBe('checked-by-default');
    expect(verify.token).toEqual({ option: 'tokenExtractor' });
  });

  it('express-oauth2-jwt-bearer: env defaults, validators turn checks off, authRequired: false fails open', () => {
    const auth = entry('express-oauth2-jwt-bearer', 'auth');
    expect(missingBehaviour(auth, 'audience')).toBe('from-environment');
    expect(optionOf('express-oauth2-jwt-bearer', 'auth', 'aud', 'validators')).toMatchObject({ meaning: 'audience', offWhen: false });
    expect(optionOf('express-oauth2-jwt-bearer', 'auth', 'exp', 'validators')).toMatchObject({ meaning: 'ignoreExpiration', offWhen: false });
    expect(optionOf('express-oauth2-jwt-bearer', 'auth', 'authRequired')).toMatchObject({ meaning: 'failOpen', offWhen: false });
  });

  it('passport-azure-ad, firebase-admin, Nest, hapi, jwt-simple', () => {
    expect(optionOf('passport-azure-ad', 'BearerStrategy', 'validateIssuer')).toMatchObject({ offWhen: false });
    expect(optionOf('passport-azure-ad', 'OIDCStrategy', 'clockSkew')?.unit).toBe('seconds');
    expect(entry('firebase-admin', 'auth#verifyIdToken').positional).toEqual([{ index: 1, meaning: 'revocationCheck' }]);
    expect(missingBehaviour(entry('@nestjs/jwt', 'JwtService#verify'), 'audience')).toBe('inherited');
    expect(entry('@nestjs/jwt', 'JwtModule.register').nested?.map((nested) => nested.key)).toEqual(['verifyOptions', 'signOptions']);
    expect(optionOf('@hapi/jwt', 'server.auth.strategy', 'aud', 'verify')).toMatchObject({ meaning: 'audience', offWhen: false });
    expect(optionOf('@hapi/jwt', 'server.auth.strategy', 'verify')).toMatchObject({ meaning: 'skipVerification', offWhen: false });
    expect(optionOf('hapi-auth-jwt2', 'server.auth.strategy', 'verify')?.meaning).toBe('customVerification');
    expect(entry('jwt-simple', 'decode').positional?.[0]).toEqual({ index: 2, meaning: 'skipVerification', offWhen: true });
  });
});

describe('turnsCheckOff', () => {
  it('reads truthy, false and null switches', () => {
    expect(turnsCheckOff({ offWhen: true }, true)).toBe(true);
    expect(turnsCheckOff({ offWhen: true }, 1)).toBe(true);
    expect(turnsCheckOff({ offWhen: true }, false)).toBe(false);
    expect(turnsCheckOff({ offWhen: false }, false)).toBe(true);
    expect(turnsCheckOff({ offWhen: false }, 0)).toBe(false);
    expect(turnsCheckOff({ offWhen: false }, undefined)).toBe(false);
    expect(turnsCheckOff({ offWhen: null }, null)).toBe(true);
    expect(turnsCheckOff({ offWhen: null }, undefined)).toBe(false);
    expect(turnsCheckOff({}, true)).toBe(false);
  });
});

describe('durationInSeconds', () => {
  it('reads numbers in the unit of the option', () => {
    expect(durationInSeconds('seconds', 300)).toBe(300);
    expect(durationInSeconds('milliseconds', 300)).toBe(0.3);
    expect(durationInSeconds('seconds-or-ms-span', 60)).toBe(60);
    expect(durationInSeconds('seconds', Number.POSITIVE_INFINITY)).toBeNull();
  });

  it('reads ms spans, where a bare number string is milliseconds', () => {
    expect(durationInSeconds('seconds-or-ms-span', '2h')).toBe(7200);
    expect(durationInSeconds('seconds-or-ms-span', '7 days')).toBe(604_800);
    expect(durationInSeconds('seconds-or-ms-span', '120')).toBe(0.12);
    expect(durationInSeconds('milliseconds', '1m')).toBe(60);
  });

  it('reads jose spans, which need a unit', () => {
    expect(durationInSeconds('seconds-or-jose-span', '5s')).toBe(5);
    expect(durationInSeconds('seconds-or-jose-span', '2 hours')).toBe(7200);
    expect(durationInSeconds('seconds-or-jose-span', '120')).toBeNull();
  });

  it('gives null for what it cannot read', () => {
    expect(durationInSeconds('seconds', '5s')).toBeNull();
    expect(durationInSeconds('seconds-or-ms-span', 'forever')).toBeNull();
    expect(durationInSeconds('seconds-or-ms-span', null)).toBeNull();
  });
});
