/**
 * The source markers (src/flow/engine.ts, `hasSourceMarker`): text that can start a taint in a function whose
 * parameters show no source, which makes the engine walk the whole file. Each marker counts only where it can be that
 * source: a longer name that contains it (`getRequestThumbprint`, `addConstraintStrategy(`), a type's member
 * (`idTokenClaims?: Claims`), a comment or a longer string cannot, and the file is then walked from its roots only.
 */
import type { Rule } from 'eslint';
import { describe, expect, it } from 'vitest';
import { hasSourceMarker } from '../../src/flow/engine';
import { flow, flowsIn, source, decision } from './harness';
import { runProbe, type Mode } from '../utils/probe-rule';

function markerIn(code: string, mode: Mode = 'ts'): boolean {
  let answer: boolean | undefined;
  const rule: Rule.RuleModule = {
    meta: { type: 'problem', schema: [] },
    create(context) {
      answer = hasSourceMarker(context.sourceCode as never);
      return {};
    },
  };
  runProbe(code, mode, rule);
  if (answer === undefined) throw new Error('the probe did not run');
  return answer;
}

describe('source markers', () => {
  it.each([
    ['an MSAL claims read', 'export const email = account.idTokenClaims.email;'],
    ['an optional claims read', 'export const email = account?.idTokenClaims?.email;'],
    ['a claims read on a new line', 'export const email = account\n  .idTokenClaims.email;'],
    ['a variable named idTokenClaims', 'export function f(load: () => unknown) {\n  const idTokenClaims = load();\n  return idTokenClaims;\n}'],
    ['the second of two variables', 'let first = 1, idTokenClaims = load();'],
    ['a claims member as a string key', "type Claims = AccountInfo['idTokenClaims'];"],
    ['NestJS getRequest', 'export const request = context.switchToHttp().getRequest();'],
    ['getRequest read through a string', "export const request = http['getRequest']();"],
    ['a claims result method', 'const { payload } = await jwtVerify(token, key);'],
    ['a Google ID token check', 'const ticket = await client.verifyIdToken({ idToken, audience });'],
    ['a passport strategy', 'passport.use(new JwtStrategy(options, (payload, done) => done(null, payload)));'],
    ['a passport strategy from its module object', 'passport.use(new passportJwt.Strategy(options, verify));'],
    ['a strategy after a call in parentheses', 'passport.use(new (load()).Strategy(options, verify));'],
    ['Auth.js callbacks', 'export default NextAuth({ callbacks: { session: ({ session }) => session } });'],
    ['ws verifyClient', 'new WebSocketServer({ verifyClient: (info) => true });'],
  ])('counts %s', (_name, code) => {
    expect(markerIn(code)).toBe(true);
  });

  it.each([
    ['a longer name holding getRequest', 'export const thumbprint = getRequestThumbprint(clientId, request);'],
    ['a method named getRequest…', 'const correlationId = this.getRequestCorrelationId();'],
    ['a constraint strategy of fastify', 'fastify.addConstraintStrategy(versionStrategy);'],
    ['a strategy called without new', 'const strategy = createStrategy(options);'],
    ['a type member named idTokenClaims', 'export interface Account {\n  idTokenClaims?: Claims;\n}'],
    ['an object key named idTokenClaims', 'export const account = { idTokenClaims: {} };'],
    ['a destructured idTokenClaims', 'const { idTokenClaims } = account;'],
    ['a longer name holding idTokenClaims', 'export const cachedIdTokenClaims = 1; export const idTokenClaimsCache = 2;'],
    ['a comment', '// read account.idTokenClaims and ctx.switchToHttp().getRequest() here\nexport const x = 1;'],
    ['a longer string', "export const message = 'getRequest failed: see account.idTokenClaims';"],
  ])('does not count %s', (_name, code) => {
    expect(markerIn(code)).toBe(false);
  });

  it('reads JavaScript as well', () => {
    expect(markerIn('exports.email = (account) => account.idTokenClaims.email;', 'cjs')).toBe(true);
    expect(markerIn('exports.thumbprint = getRequestThumbprint(request);', 'cjs')).toBe(false);
  });

  it('keeps the flows a marker starts in a function whose parameters show no source', () => {
    const declared = ['export function canDelete(load, next) {', '  const idTokenClaims = load();', "  if (idTokenClaims.email === 'admin@contoso.com') return next();", '}'].join('\n');
    expect(flowsIn(declared, 'esm')).toEqual([flow(source('claims', 'idTokenClaims', 'email'), decision('next', 'compare', 'idTokenClaims.email', 'admin@contoso.com'))]);
    const guard = ['export class RolesGuard {', '  canActivate(context) {', "    const request = context.switchToHttp()['getRequest']();", "    return request.headers['x-role'] === 'admin';", '  }', '}'].join('\n');
    expect(flowsIn(guard, 'esm')).toHaveLength(1);
  });
});
