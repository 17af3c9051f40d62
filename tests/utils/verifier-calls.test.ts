import type { TSESLint } from '@typescript-eslint/utils';
import type { Linter as LinterTypes, Rule } from 'eslint';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import type { OptionMeaning } from '../../src/models/verifiers';
import { getVerifierSites, type VerifierSite } from '../../src/utils/verifier-calls';
import { languageOptions, runProbe, type Mode } from './probe-rule';

// ---------------------------------------------------------------------------------------------------------------------
// Harness: a probe rule that summarises every site at `Program:exit`, linted with ESLint's `Linter`.
// ---------------------------------------------------------------------------------------------------------------------

const ALL_MODES: readonly Mode[] = ['esm', 'cjs', 'ts'];
const ESM_MODES: readonly Mode[] = ['esm', 'ts'];

const MEANINGS: readonly OptionMeaning[] = [
  'algorithms',
  'signingAlgorithm',
  'audience',
  'issuer',
  'subject',
  'ignoreExpiration',
  'ignoreNotBefore',
  'clockTolerance',
  'maxAge',
  'expiresIn',
  'failOpen',
  'validateIssuer',
  'tokenUse',
  'revocationCheck',
  'expiredHandler',
  'customVerification',
  'skipVerification',
];

interface Summary {
  /** `library api role` */
  readonly id: string;
  readonly line: number;
  readonly token?: string;
  readonly key?: string;
  readonly closed: boolean;
  /** meaning → `group.key=value`, with `!off` when the value turns the check off. */
  readonly options: Record<string, string>;
  /** Meanings `site.missing()` reports. */
  readonly missing: readonly string[];
}

function summarize(site: VerifierSite, sourceCode: Readonly<TSESLint.SourceCode>): Summary {
  const options: Record<string, string> = {};
  for (const meaning of MEANINGS) {
    const option = site.get(meaning);
    if (option) {
      options[meaning] = `${option.group ? option.group + '.' : ''}${option.key}=${sourceCode.getText(option.value)}${option.turnsCheckOff ? ' !off' : ''}`;
    }
    const argument = site.argument(meaning);
    if (argument) options[meaning] = `arg=${sourceCode.getText(argument)}`;
    const chained = site.chain(meaning);
    if (chained) options[meaning] = `chain=${sourceCode.getText(chained.callee).split('.').at(-1) ?? ''}`;
  }
  return {
    id: `${site.library} ${site.api} ${site.role}`,
    line: site.node.loc.start.line,
    ...(site.tokenNode ? { token: sourceCode.getText(site.tokenNode) } : {}),
    ...(site.keyNode ? { key: sourceCode.getText(site.keyNode) } : {}),
    closed: site.closed,
    options,
    missing: MEANINGS.filter((meaning) => site.missing(meaning)),
  };
}

function probe(sink: (sites: readonly VerifierSite[], summaries: Summary[]) => void): Rule.RuleModule {
  const rule: TSESLint.RuleModule<never> = {
    meta: { type: 'problem', schema: [], messages: {} },
    create(context) {
      return {
        'Program:exit'() {
          const sites = getVerifierSites(context);
          sink(sites, sites.map((site) => summarize(site, context.sourceCode)));
          expect(getVerifierSites(context)).toBe(sites);
        },
      };
    },
  };
  return rule as unknown as Rule.RuleModule;
}


function sitesIn(code: string, mode: Mode = 'ts'): Summary[] {
  let found: Summary[] = [];
  runProbe(code, mode, probe((_, summaries) => (found = summaries)));
  return found;
}

/** Asserts that every mode finds the same sites, and returns them. */
function sitesInModes(code: string, modes: readonly Mode[]): Summary[] {
  const [first, ...rest] = modes.map((mode) => sitesIn(code, mode));
  for (const other of rest) expect(other).toEqual(first);
  return first ?? [];
}

const lines = (...source: string[]): string => source.join('\n');

// ---------------------------------------------------------------------------------------------------------------------

describe('jsonwebtoken', () => {
  it('finds verify/sign/decode through require, with inline options', () => {
    const sites = sitesInModes(
      lines(
        `const jwt = require('jsonwebtoken');`,
        `jwt.verify(token, secret, { algorithms: ['HS256'], audience: 'api', ignoreExpiration: true });`,
        `jwt.sign(payload, secret, { algorithm: 'HS256', expiresIn: '1h' });`,
        `jwt.decode(token);`,
      ),
      ALL_MODES,
    );
    expect(sites).toEqual([
      {
        id: 'jsonwebtoken verify verify',
        line: 2,
        token: 'token',
        key: 'secret',
        closed: true,
        options: { algorithms: `algorithms=['HS256']`, audience: `audience='api'`, ignoreExpiration: 'ignoreExpiration=true !off' },
        missing: ['issuer', 'subject', 'maxAge'],
      },
      {
        id: 'jsonwebtoken sign sign',
        line: 3,
        key: 'secret',
        closed: true,
        options: { signingAlgorithm: `algorithm='HS256'`, expiresIn: `expiresIn='1h'` },
        missing: ['audience', 'issuer', 'subject'],
      },
      { id: 'jsonwebtoken decode decode', line: 4, token: 'token', closed: true, options: {}, missing: [] },
    ]);
  });

  it('reads options from a const, through a spread, with ESM named and default imports', () => {
    const code = lines(
      `import jwt, { verify as check } from 'jsonwebtoken';`,
      `const base = { algorithms: ['RS256'] };`,
      `const opts = { ...base, issuer: 'https://idp' };`,
      `check(token, publicKey, opts);`,
      `jwt.verify(token, publicKey, { ...base, audience: process.env.AUDIENCE });`,
    );
    const sites = sitesInModes(code, ESM_MODES);
    expect(sites.map((site) => [site.id, site.line, site.closed, site.options, site.missing])).toEqual([
      ['jsonwebtoken verify verify', 4, true, { algorithms: `algorithms=['RS256']`, issuer: `issuer='https://idp'` }, ['audience', 'subject', 'maxAge']],
      ['jsonwebtoken verify verify', 5, true, { algorithms: `algorithms=['RS256']`, audience: 'audience=process.env.AUDIENCE' }, ['issuer', 'subject', 'maxAge']],
    ]);
  });

  it('never reports a missing option for an open object, a spread of a call, a mutated const, or an unknown argument', () => {
    const sites = sitesIn(
      lines(
        `import * as jwt from 'jsonwebtoken';`,
        `const mutated = { algorithms: ['HS256'] };`,
        `mutated.audience = 'x';`,
        `jwt.verify(t, k, mutated);`,
        `jwt.verify(t, k, { ...loadOptions() });`,
        `jwt.verify(t, k, options);`,
        `jwt.verify(t, k, ...rest);`,
        `jwt.verify(t, k, { [dynamicKey]: 1 });`,
      ),
    );
    expect(sites.map((site) => [site.line, site.closed, site.missing])).toEqual([
      [4, false, []],
      [5, false, []],
      [6, false, []],
      [7, false, []],
      [8, false, []],
    ]);
  });

  it('treats a callback in the options slot as no options, and no options as closed', () => {
    const sites = sitesIn(lines(`import { verify } from 'jsonwebtoken';`, `verify(t, getKey, (err, payload) => {});`, `verify(t, k);`));
    expect(sites.map((site) => [site.closed, site.options, site.missing])).toEqual([
      [true, {}, ['audience', 'issuer', 'subject', 'maxAge']],
      [true, {}, ['audience', 'issuer', 'subject', 'maxAge']],
    ]);
  });

  it('reads TypeScript: import = require, satisfies/as wrappers', () => {
    const sites = sitesIn(
      lines(
        `import jwt = require('jsonwebtoken');`,
        `const options = { audience: 'a', issuer: 'i' } satisfies jwt.VerifyOptions;`,
        `const payload = jwt.verify(token as string, key!, options as jwt.VerifyOptions) as JwtPayload;`,
      ),
    );
    expect(sites).toEqual([
      {
        id: 'jsonwebtoken verify verify',
        line: 3,
        token: 'token as string',
        key: 'key!',
        closed: true,
        options: { audience: `audience='a'`, issuer: `issuer='i'` },
        missing: ['subject', 'maxAge'],
      },
    ]);
  });

  it('finds nothing in a file that does not load the library', () => {
    expect(sitesIn(lines(`const jwt = require('./my-jwt');`, `jwt.verify(t, k, {});`), 'cjs')).toEqual([]);
  });
});

describe('jose', () => {
  it('finds jwtVerify, the JWS verifiers, decoders and builders', () => {
    const code = lines(
      `import { jwtVerify, compactVerify, flattenedVerify, SignJWT, UnsecuredJWT, decodeJwt } from 'jose';`,
      `const opts = { issuer: 'https://idp', audience: 'api', clockTolerance: '30s' };`,
      `await jwtVerify(token, JWKS, opts);`,
      `await compactVerify(token, key);`,
      `await flattenedVerify(jws, key, { algorithms: ['ES256'] });`,
      `const jwt = await new SignJWT(claims).setProtectedHeader({ alg: 'ES256' }).setIssuedAt().setExpirationTime('2h').sign(privateKey);`,
      `const unsigned = new UnsecuredJWT(claims).encode();`,
      `UnsecuredJWT.decode(unsigned, { issuer: 'x' });`,
      `decodeJwt(token);`,
    );
    const sites = sitesInModes(code, ESM_MODES);
    expect(sites.map((site) => [site.id, site.line, site.options, site.missing])).toEqual([
      ['jose jwtVerify verify', 3, { audience: `audience='api'`, issuer: `issuer='https://idp'`, clockTolerance: `clockTolerance='30s'` }, ['subject', 'maxAge']],
      ['jose compactVerify verify', 4, {}, []],
      ['jose flattenedVerify verify', 5, { algorithms: `algorithms=['ES256']` }, []],
      ['jose SignJWT sign', 6, { signingAlgorithm: 'chain=setProtectedHeader', expiresIn: 'chain=setExpirationTime' }, ['audience', 'issuer', 'subject']],
      ['jose UnsecuredJWT sign', 7, {}, ['audience', 'issuer', 'subject', 'expiresIn']],
      ['jose UnsecuredJWT.decode decode', 8, { issuer: `issuer='x'` }, ['audience', 'subject', 'maxAge']],
      ['jose decodeJwt decode', 9, {}, []],
    ]);
  });

  it('finds jwtVerify through require and await import()', () => {
    const cjs = sitesIn(lines(`const jose = require('jose');`, `jose.jwtVerify(t, key);`), 'cjs');
    expect(cjs.map((site) => [site.id, site.token, site.key])).toEqual([['jose jwtVerify verify', 't', 'key']]);
    const dynamic = sitesIn(lines(`const { jwtVerify } = await import('jose');`, `await jwtVerify(t, key, { audience: 'a' });`));
    expect(dynamic.map((site) => site.options)).toEqual([{ audience: `audience='a'` }]);
  });
});

describe('express-jwt, koa-jwt', () => {
  it('reads express-jwt 8 and 6 middleware options', () => {
    const code = lines(
      `const { expressjwt } = require('express-jwt');`,
      `const legacy = require('express-jwt');`,
      `app.use(expressjwt({ secret: process.env.SECRET, algorithms: ['HS256'], credentialsRequired: false }));`,
      `app.use(legacy({ secret, audience: 'a' }));`,
    );
    const sites = sitesInModes(code, ALL_MODES);
    expect(sites.map((site) => [site.id, site.key, site.options, site.missing])).toEqual([
      [
        'express-jwt expressjwt middleware',
        'process.env.SECRET',
        { algorithms: `algorithms=['HS256']`, failOpen: 'credentialsRequired=false !off' },
        ['audience', 'issuer', 'subject', 'maxAge', 'revocationCheck'],
      ],
      ['express-jwt express-jwt middleware', 'secret', { audience: `audience='a'` }, ['issuer', 'subject', 'maxAge', 'revocationCheck']],
    ]);
  });

  it('reads koa-jwt passthrough through an ESM default import and a const', () => {
    const code = lines(`import koaJwt from 'koa-jwt';`, `const options = { secret: 'x', passthrough: true, algorithms: ['HS256'] };`, `app.use(koaJwt(options).unless({ path: [/^\\/public/] }));`);
    const [site] = sitesInModes(code, ESM_MODES);
    expect(site?.options).toEqual({ algorithms: `algorithms=['HS256']`, failOpen: 'passthrough=true !off' });
    expect(site?.key).toBe(`'x'`);
  });
});

describe('passport-jwt', () => {
  it('reports jsonWebTokenOptions keys the top level shadows, and keeps the others', () => {
    const code = lines(
      `const { Strategy: JwtStrategy, ExtractJwt } = require('passport-jwt');`,
      `passport.use(new JwtStrategy({`,
      `  jwtFromRequest: ExtractJwt.fromAuthHeaderAsBearerToken(),`,
      `  secretOrKey: publicKey,`,
      `  jsonWebTokenOptions: { audience: 'api', issuer: 'idp', algorithms: ['RS256'], maxAge: '1h' },`,
      `}, verifyUser));`,
    );
    let raw: readonly VerifierSite[] = [];
    const config: LinterTypes.Config[] = [
      { files: ['**/*.js'], languageOptions: languageOptions('cjs'), plugins: { test: { rules: { probe: probe((sites) => (raw = sites)) } } }, rules: { 'test/probe': 'error' } },
    ];
    expect(new Linter().verify(code, config, 'fixture.js')).toEqual([]);
    const [site] = raw;
    expect(site?.get('audience')).toBeUndefined();
    expect(site?.getAll('audience').map((option) => [option.group, option.shadowed])).toEqual([['jsonWebTokenOptions', true]]);
    expect(site?.get('maxAge')?.group).toBe('jsonWebTokenOptions');
    expect(site?.missing('audience')).toBe(true);
    expect(site?.missing('issuer')).toBe(true);
    expect(site?.missing('maxAge')).toBe(false);

    const summary = sitesInModes(code, ALL_MODES)[0];
    expect(summary).toMatchObject({ id: 'passport-jwt Strategy strategy', key: 'publicKey', closed: true });
  });

  it('prefers top-level keys and stays silent about an unreadable nested group for non-shadowed keys', () => {
    const [site] = sitesIn(
      lines(`import { Strategy } from 'passport-jwt';`, `new Strategy({ audience: 'api', secretOrKey: k, jwtFromRequest: fn, jsonWebTokenOptions: shared }, cb);`),
    );
    expect(site?.options).toEqual({ audience: `audience='api'` });
    expect(site?.closed).toBe(false);
    expect(site?.missing).toEqual(['issuer']);
  });
});

describe('fast-jwt and @fastify/jwt', () => {
  it('reads createVerifier/createSigner options', () => {
    const sites = sitesInModes(
      lines(
        `const { createVerifier, createSigner } = require('fast-jwt');`,
        `const verify = createVerifier({ key: async () => secret, allowedAud: 'api', ignoreExpiration: true, clockTolerance: 60000 });`,
        `const sign = createSigner({ key: secret, expiresIn: 3600000 });`,
      ),
      ALL_MODES,
    );
    expect(sites.map((site) => [site.id, site.key, site.options, site.missing])).toEqual([
      [
        'fast-jwt createVerifier verify',
        'async () => secret',
        { audience: `allowedAud='api'`, ignoreExpiration: 'ignoreExpiration=true !off', clockTolerance: 'clockTolerance=60000' },
        ['issuer', 'subject', 'maxAge'],
      ],
      ['fast-jwt createSigner sign', 'secret', { expiresIn: 'expiresIn=3600000' }, ['audience', 'issuer', 'subject']],
    ]);
  });

  it('finds fastify.register(fastifyJwt, opts) in every import form, with nested verify/sign', () => {
    const esm = lines(
      `import Fastify from 'fastify';`,
      `import fastifyJwt from '@fastify/jwt';`,
      `const app = Fastify();`,
      `app.register(fastifyJwt, { secret: process.env.JWT_SECRET, verify: { allowedIss: 'idp', maxAge: '1h' }, sign: { expiresIn: 3600 } });`,
    );
    const [site] = sitesInModes(esm, ESM_MODES);
    expect(site).toMatchObject({ id: '@fastify/jwt register register', key: 'process.env.JWT_SECRET', closed: true });
    expect(site?.options).toEqual({ issuer: `verify.allowedIss='idp'`, maxAge: `verify.maxAge='1h'` });
    expect(site?.missing).toContain('audience');

    const cjs = lines(`const fastify = require('fastify')();`, `fastify.register(require('@fastify/jwt'), { secret: 'supersecret' });`);
    expect(sitesIn(cjs, 'cjs').map((found) => [found.id, found.key])).toEqual([['@fastify/jwt register register', `'supersecret'`]]);

    const named = lines(`const { fastifyJwt: plugin } = require('@fastify/jwt');`, `app.register(plugin, { secret });`);
    expect(sitesIn(named, 'cjs').map((found) => found.id)).toEqual(['@fastify/jwt register register']);

    const dynamic = lines(`app.register(import('@fastify/jwt'), { secret });`);
    expect(sitesIn(dynamic, 'esm').map((found) => found.id)).toEqual(['@fastify/jwt register register']);
  });

  it('reads the sign group only when asked for the sign role', () => {
    let raw: readonly VerifierSite[] = [];
    const code = lines(`import jwt from '@fastify/jwt';`, `app.register(jwt, { secret, sign: { aud: 'x', expiresIn: '15m' }, verify: { allowedAud: 'y' } });`);
    const config: LinterTypes.Config[] = [
      { files: ['**/*.ts'], languageOptions: languageOptions('ts'), plugins: { test: { rules: { probe: probe((sites) => (raw = sites)) } } }, rules: { 'test/probe': 'error' } },
    ];
    expect(new Linter().verify(code, config, 'fixture.ts')).toEqual([]);
    expect(raw[0]?.get('audience')?.key).toBe('allowedAud');
    expect(raw[0]?.get('audience', 'sign')?.key).toBe('aud');
    expect(raw[0]?.get('expiresIn', 'sign')?.key).toBe('expiresIn');
    expect(raw[0]?.missing('issuer', 'sign')).toBe(true);
  });

  it('finds the decorators in fastify files and never reports them missing options', () => {
    const code = lines(
      `import type { FastifyInstance } from 'fastify';`,
      `import fp from 'fastify-plugin';`,
      `export default fp(async (app: FastifyInstance) => {`,
      `  app.addHook('onRequest', async (request) => { await request.jwtVerify({ allowedIss: 'idp' }); });`,
      `  app.get('/t', async (request, reply) => reply.jwtSign({ sub: '1' }, { expiresIn: '1h' }));`,
      `  const claims = app.jwt.verify(token);`,
      `  app.jwt.decode(token);`,
      `});`,
    );
    const sites = sitesIn(code);
    expect(sites.map((site) => [site.id, site.options, site.missing])).toEqual([
      ['@fastify/jwt request.jwtVerify verify', { issuer: `allowedIss='idp'` }, []],
      ['@fastify/jwt reply.jwtSign sign', { expiresIn: `expiresIn='1h'` }, []],
      ['@fastify/jwt fastify.jwt.verify verify', {}, []],
      ['@fastify/jwt fastify.jwt.decode decode', {}, []],
    ]);
    expect(sites[2]?.token).toBe('token');
  });

  it('ignores jwt.verify-shaped calls in files that load no fastify module', () => {
    expect(sitesIn(lines(`import { something } from 'other';`, `this.jwt.verify(token);`, `request.jwtVerify();`))).toEqual([]);
  });
});

describe('aws-jwt-verify', () => {
  it('reads create options and instance verify calls', () => {
    const code = lines(
      `import { CognitoJwtVerifier, JwtVerifier } from 'aws-jwt-verify';`,
      `const verifier = CognitoJwtVerifier.create({ userPoolId: 'eu-west-1_abc', tokenUse: 'access', clientId: null });`,
      `const payload = await verifier.verify(token);`,
      `const generic = JwtVerifier.create({ issuer: 'https://idp', audience: null, jwksUri });`,
      `generic.verifySync(token, { audience: 'x' });`,
    );
    const sites = sitesInModes(code, ESM_MODES);
    expect(sites.map((site) => [site.id, site.token, site.options, site.missing])).toEqual([
      [
        'aws-jwt-verify CognitoJwtVerifier.create verify',
        undefined,
        { audience: 'clientId=null !off', issuer: `userPoolId='eu-west-1_abc'`, tokenUse: `tokenUse='access'` },
        [],
      ],
      ['aws-jwt-verify CognitoJwtVerifier#verify verify', 'token', {}, []],
      ['aws-jwt-verify JwtVerifier.create verify', undefined, { audience: 'audience=null !off', issuer: `issuer='https://idp'` }, []],
      ['aws-jwt-verify JwtVerifier#verifySync verify', 'token', { audience: `audience='x'` }, []],
    ]);
  });
});

describe('google-auth-library, firebase-admin', () => {
  it('reads verifyIdToken on an OAuth2Client instance', () => {
    const code = lines(
      `const { OAuth2Client } = require('google-auth-library');`,
      `const client = new OAuth2Client(CLIENT_ID);`,
      `async function check(idToken) {`,
      `  const ticket = await client.verifyIdToken({ idToken });`,
      `  const other = await client.verifyIdToken({ idToken, audience: CLIENT_ID });`,
      `}`,
    );
    const sites = sitesInModes(code, ALL_MODES);
    expect(sites.map((site) => [site.id, site.token, site.options, site.missing])).toEqual([
      ['google-auth-library OAuth2Client#verifyIdToken verify', 'idToken', {}, ['audience', 'maxAge']],
      ['google-auth-library OAuth2Client#verifyIdToken verify', 'idToken', { audience: 'audience=CLIENT_ID' }, ['maxAge']],
    ]);
  });

  it('reads firebase verifyIdToken / verifySessionCookie with checkRevoked', () => {
    const code = lines(
      `import admin from 'firebase-admin';`,
      `import { getAuth } from 'firebase-admin/auth';`,
      `await admin.auth().verifyIdToken(idToken);`,
      `await getAuth().verifySessionCookie(cookie, true);`,
    );
    const sites = sitesInModes(code, ESM_MODES);
    expect(sites.map((site) => [site.id, site.token, site.options, site.missing])).toEqual([
      ['firebase-admin auth#verifyIdToken verify', 'idToken', {}, ['revocationCheck']],
      ['firebase-admin auth#verifySessionCookie verify', 'cookie', { revocationCheck: 'arg=true' }, []],
    ]);
  });
});

describe('express-oauth2-jwt-bearer, passport-azure-ad', () => {
  it('reads auth() with env defaults and validators', () => {
    const code = lines(
      `import { auth } from 'express-oauth2-jwt-bearer';`,
      `app.use(auth());`,
      `app.use(auth({ audience: 'api', issuerBaseURL: 'https://tenant.auth0.com/', authRequired: false, validators: { aud: false, exp: false } }));`,
    );
    const sites = sitesInModes(code, ESM_MODES);
    expect(sites.map((site) => [site.options, site.missing])).toEqual([
      [{}, ['subject', 'maxAge']],
      [
        {
          audience: 'validators.aud=false !off',
          issuer: `issuerBaseURL='https://tenant.auth0.com/'`,
          ignoreExpiration: 'validators.exp=false !off',
          failOpen: 'authRequired=false !off',
        },
        ['subject', 'maxAge'],
      ],
    ]);
  });

  it('reads BearerStrategy and OIDCStrategy options', () => {
    const code = lines(
      `const { BearerStrategy, OIDCStrategy } = require('passport-azure-ad');`,
      `const config = { identityMetadata, clientID, validateIssuer: false, clockSkew: 600 };`,
      `passport.use(new BearerStrategy(config, verify));`,
      `passport.use(new OIDCStrategy({ ...config, issuer: ['https://a'] }, verify));`,
    );
    const sites = sitesInModes(code, ALL_MODES);
    expect(sites.map((site) => [site.id, site.options, site.missing])).toEqual([
      ['passport-azure-ad BearerStrategy strategy', { clockTolerance: 'clockSkew=600', validateIssuer: 'validateIssuer=false !off' }, []],
      [
        'passport-azure-ad OIDCStrategy strategy',
        { issuer: `issuer=['https://a']`, clockTolerance: 'clockSkew=600', validateIssuer: 'validateIssuer=false !off' },
        [],
      ],
    ]);
  });
});

describe('@nestjs/jwt', () => {
  it('reads JwtModule.register verifyOptions/signOptions and registerAsync factories', () => {
    const code = lines(
      `import { JwtModule } from '@nestjs/jwt';`,
      `const verifyOptions = { algorithms: ['RS256'], ignoreExpiration: true };`,
      `@Module({ imports: [`,
      `  JwtModule.register({ publicKey, verifyOptions, signOptions: { expiresIn: '15m' } }),`,
      `  JwtModule.registerAsync({ inject: [ConfigService], useFactory: (config: ConfigService) => ({ secret: config.get('JWT_SECRET'), verifyOptions: { audience: 'api' } }) }),`,
      `  JwtModule.registerAsync({ useFactory: async () => { return { secret: 's' }; } }),`,
      `  JwtModule.registerAsync({ useClass: JwtConfigService }),`,
      `] })`,
      `export class AuthModule {}`,
    );
    const sites = sitesIn(code);
    expect(sites.map((site) => [site.id, site.key, site.closed, site.options, site.missing])).toEqual([
      [
        '@nestjs/jwt JwtModule.register register',
        'publicKey',
        true,
        { algorithms: `verifyOptions.algorithms=['RS256']`, ignoreExpiration: 'verifyOptions.ignoreExpiration=true !off' },
        ['audience', 'issuer', 'subject', 'maxAge'],
      ],
      ['@nestjs/jwt JwtModule.registerAsync register', `config.get('JWT_SECRET')`, true, { audience: `verifyOptions.audience='api'` }, ['issuer', 'subject', 'maxAge']],
      ['@nestjs/jwt JwtModule.registerAsync register', `'s'`, true, {}, ['audience', 'issuer', 'subject', 'maxAge']],
      ['@nestjs/jwt JwtModule.registerAsync register', undefined, false, {}, []],
    ]);
  });

  it('finds injected JwtService calls (parameter properties, class properties, parameters) and never reports them missing', () => {
    const code = lines(
      `import { Injectable } from '@nestjs/common';`,
      `import { JwtService } from '@nestjs/jwt';`,
      `@Injectable()`,
      `export class AuthService {`,
      `  @Inject() private readonly other: JwtService;`,
      `  constructor(private readonly jwtService: JwtService) {}`,
      `  async check(token: string) {`,
      `    const payload = await this.jwtService.verifyAsync(token, { secret: process.env.JWT_SECRET, ignoreExpiration: true });`,
      `    return this.other.decode(token);`,
      `  }`,
      `  issue(user: User) { return this.jwtService.sign({ sub: user.id }); }`,
      `}`,
      `export function guard(jwt: JwtService, token: string) { return jwt.verify(token); }`,
    );
    const sites = sitesIn(code);
    expect(sites.map((site) => [site.id, site.line, site.token, site.key, site.options, site.missing])).toEqual([
      [
        '@nestjs/jwt JwtService#verifyAsync verify',
        8,
        'token',
        'process.env.JWT_SECRET',
        { ignoreExpiration: 'ignoreExpiration=true !off' },
        [],
      ],
      ['@nestjs/jwt JwtService#decode decode', 9, 'token', undefined, {}, []],
      ['@nestjs/jwt JwtService#sign sign', 11, undefined, undefined, {}, []],
      ['@nestjs/jwt JwtService#verify verify', 13, 'token', undefined, {}, []],
    ]);
  });

  it('finds new JwtService() instance calls', () => {
    const sites = sitesIn(lines(`import { JwtService } from '@nestjs/jwt';`, `const service = new JwtService({ secret });`, `service.verify(token, { audience: 'a' });`));
    expect(sites.map((site) => [site.id, site.options])).toEqual([['@nestjs/jwt JwtService#verify verify', { audience: `audience='a'` }]]);
  });
});

describe('hapi', () => {
  it('reads @hapi/jwt strategies and token.verify', () => {
    const code = lines(
      `const Jwt = require('@hapi/jwt');`,
      `server.register(Jwt);`,
      `server.auth.strategy('my_jwt', 'jwt', { keys: 'secret', verify: { aud: false, iss: 'urn:issuer', sub: false, exp: false, timeSkewSec: 15 }, validate });`,
      `server.auth.strategy('raw', 'jwt', { keys, verify: false, validate });`,
      `Jwt.token.verify(artifacts, key, { aud: 'a', iss: 'i', sub: false });`,
    );
    const sites = sitesInModes(code, ALL_MODES);
    expect(sites.map((site) => [site.id, site.key, site.options])).toEqual([
      [
        '@hapi/jwt server.auth.strategy strategy',
        `'secret'`,
        {
          audience: 'verify.aud=false !off',
          issuer: `verify.iss='urn:issuer'`,
          subject: 'verify.sub=false !off',
          ignoreExpiration: 'verify.exp=false !off',
          clockTolerance: 'verify.timeSkewSec=15',
        },
      ],
      ['@hapi/jwt server.auth.strategy strategy', 'keys', { skipVerification: 'verify=false !off' }],
      ['@hapi/jwt token.verify verify', 'key', { audience: `aud='a'`, issuer: `iss='i'`, subject: 'sub=false !off' }],
    ]);
  });

  it('reads hapi-auth-jwt2 strategies with verifyOptions and a custom verify', () => {
    const code = lines(
      `import hapiAuthJwt2 from 'hapi-auth-jwt2';`,
      `await server.register(hapiAuthJwt2);`,
      `server.auth.strategy('jwt', 'jwt', { key: process.env.KEY, validate, verifyOptions: { algorithms: ['HS256'], ignoreExpiration: true } });`,
      `server.auth.strategy('custom', 'jwt', { verify: async (decoded) => ({ isValid: true }) });`,
      `server.auth.strategy('basic', 'basic', { validate });`,
    );
    const sites = sitesInModes(code, ESM_MODES);
    expect(sites.map((site) => [site.id, site.options, site.missing])).toEqual([
      [
        'hapi-auth-jwt2 server.auth.strategy strategy',
        { algorithms: `verifyOptions.algorithms=['HS256']`, ignoreExpiration: 'verifyOptions.ignoreExpiration=true !off' },
        ['audience', 'issuer', 'subject', 'maxAge'],
      ],
      ['hapi-auth-jwt2 server.auth.strategy strategy', { customVerification: 'verify=async (decoded) => ({ isValid: true })' }, ['audience', 'issuer', 'subject', 'maxAge']],
    ]);
  });

  it('ignores strategies in files that load neither hapi JWT plugin', () => {
    expect(sitesIn(lines(`import Hapi from '@hapi/hapi';`, `server.auth.strategy('jwt', 'jwt', { keys: 'x' });`))).toEqual([]);
  });
});

describe('open and closed options across libraries', () => {
  it('treats an unreadable nested group as open, and a readable one as closed', () => {
    const sites = sitesIn(
      lines(
        `import fastifyJwt from '@fastify/jwt';`,
        `app.register(fastifyJwt, { secret, verify: config.verify });`,
        `app.register(fastifyJwt, { secret, verify: { algorithms: ['RS256'] } });`,
      ),
    );
    // `trusted` (the revocation hook) is a top-level key, so the unreadable `verify` group does not hide it.
    expect(sites.map((site) => [site.closed, site.missing])).toEqual([
      [false, ['revocationCheck']],
      [true, ['audience', 'issuer', 'subject', 'maxAge', 'revocationCheck']],
    ]);
  });

  it('finds middleware called straight off require, and namespace imports', () => {
    const koa = sitesIn(lines(`app.use(require('koa-jwt')({ secret: shared, audience: 'x', algorithms: ['HS256'] }));`), 'cjs');
    expect(koa.map((site) => [site.id, site.key])).toEqual([['koa-jwt koa-jwt middleware', 'shared']]);
    const passport = sitesIn(lines(`import * as passportJwt from 'passport-jwt';`, `new passportJwt.Strategy(opts, verify);`));
    expect(passport.map((site) => [site.id, site.closed, site.missing])).toEqual([['passport-jwt Strategy strategy', false, []]]);
    const firebase = sitesIn(lines(`const admin = require('firebase-admin');`, `admin.auth().verifyIdToken(token, checkRevoked);`), 'cjs');
    expect(firebase.map((site) => [site.id, site.options, site.missing])).toEqual([['firebase-admin auth#verifyIdToken verify', { revocationCheck: 'arg=checkRevoked' }, []]]);
  });

  it('exposes static values for rules to judge (algorithms with none, a key that is null)', () => {
    let raw: readonly VerifierSite[] = [];
    const code = lines(`import jwt from 'jsonwebtoken';`, `const NO_KEY = null;`, `jwt.verify(token, NO_KEY, { algorithms: ['none', 'HS256'] });`);
    const config: LinterTypes.Config[] = [
      { files: ['**/*.ts'], languageOptions: languageOptions('ts'), plugins: { test: { rules: { probe: probe((sites) => (raw = sites)) } } }, rules: { 'test/probe': 'error' } },
    ];
    expect(new Linter().verify(code, config, 'fixture.ts')).toEqual([]);
    expect(raw[0]?.get('algorithms')?.staticValue).toEqual({ value: ['none', 'HS256'] });
    expect(raw[0]?.keyNode?.type).toBe('Identifier');
    expect(raw[0]?.entry.checksSignature).toBe(true);
  });
});

describe('jwt-simple', () => {
  it('reads decode with its noVerify flag and encode', () => {
    const code = lines(`const jwt = require('jwt-simple');`, `const payload = jwt.decode(token, secret, true);`, `jwt.decode(token, secret);`, `jwt.encode(payload, secret, 'HS512');`);
    const sites = sitesInModes(code, ALL_MODES);
    expect(sites.map((site) => [site.id, site.token, site.key, site.options])).toEqual([
      ['jwt-simple decode verify', 'token', 'secret', { skipVerification: 'arg=true' }],
      ['jwt-simple decode verify', 'token', 'secret', {}],
      ['jwt-simple encode sign', undefined, 'secret', { signingAlgorithm: `arg='HS512'` }],
    ]);
  });
});
