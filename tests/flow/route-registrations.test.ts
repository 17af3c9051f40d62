import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { bindingSource } from '../../src/utils/bindings';
import {
  getRouteRegistrations,
  isAuthenticatedRegistration,
  isAuthenticationNames,
  registrationsOf,
  type RouteRegistration,
} from '../../src/flow/route-registrations';
import { probeArgument } from '../utils/probe-arguments';

/** The registrations of what `probe(name)` names (the `const` or function declaration behind it), with the probe. */
function registrationsOfProbe(code: string) {
  const probe = probeArgument(code);
  const identifier = probe.argument as TSESTree.Identifier;
  const source = bindingSource(identifier, probe.scope);
  const target = source?.kind === 'value' ? source.value : identifier;
  return { ...probe, target, registrations: registrationsOf(probe.sourceCode, target) };
}

/** Whether the (single) registration of the probed middleware runs behind authentication, the middleware itself left out. */
function isAuthenticated(code: string): boolean {
  const { sourceCode, target, registrations } = registrationsOfProbe(code);
  expect(registrations.length).toBeGreaterThan(0);
  return registrations.every((registration: RouteRegistration) => isAuthenticatedRegistration(sourceCode, registration, (node) => node === target));
}

describe('getRouteRegistrations', () => {
  it('reads method, path and handlers, flattening arrays and following route() and chained calls', () => {
    const { sourceCode } = probeArgument(`
      app.use(json());
      app.get('/users/:id', [requireAuth, audit], getUser);
      router.route('/reports').post(createReport);
      app.use(cors()).use('/v1', apiRouter);
      probe(0);
    `);
    const found = getRouteRegistrations(sourceCode).map((registration) => ({
      method: registration.method,
      path: registration.path,
      handlers: registration.handlers.length,
    }));
    expect(found).toEqual([
      { method: 'use', path: null, handlers: 1 },
      { method: 'get', path: '/users/:id', handlers: 3 },
      { method: 'post', path: '/reports', handlers: 1 },
      { method: 'use', path: '/v1', handlers: 1 },
      { method: 'use', path: null, handlers: 1 },
    ]);
  });

  it('ignores calls that register nothing', () => {
    const { sourceCode } = probeArgument(`app.get('trust proxy'); app.use(); map.get('key'); probe(0);`);
    expect(getRouteRegistrations(sourceCode)).toEqual([]);
  });
});

describe('registrationsOf', () => {
  it('finds a middleware through the const that holds it, and a handler declared as a function', () => {
    expect(registrationsOfProbe(`const gate = IpFilter(ips, { mode: 'allow' }); app.use('/admin', gate, adminRouter); probe(gate);`).registrations).toHaveLength(1);
    const declared = probeArgument(`function handler(req, res) {} app.get('/x', handler); probe(handler);`);
    const fn = declared.scope.set.get('handler')?.defs[0]?.node;
    expect(fn?.type).toBe(AST_NODE_TYPES.FunctionDeclaration);
    expect(fn && registrationsOf(declared.sourceCode, fn)).toHaveLength(1);
  });

  it('finds nothing for what is never registered', () => {
    expect(registrationsOfProbe(`export const gate = IpFilter(ips, { mode: 'allow' }); probe(gate);`).registrations).toHaveLength(0);
  });
});

describe('isAuthenticatedRegistration', () => {
  it('sees authentication in the same call', () => {
    expect(isAuthenticated(`const gate = f(); app.use('/admin', gate, passport.authenticate('jwt', { session: false }), r); probe(gate);`)).toBe(true);
    expect(isAuthenticated(`const gate = f(); app.get('/x', gate, requireAuth, h); probe(gate);`)).toBe(true);
    expect(isAuthenticated(`const gate = f(); app.get('/x', gate, express.json(), h); probe(gate);`)).toBe(false);
  });

  it('sees a path-less or covering use on the same receiver, in either order', () => {
    expect(isAuthenticated(`const gate = f(); app.use(gate); app.use(checkJwt); probe(gate);`)).toBe(true);
    expect(isAuthenticated(`const gate = f(); app.use('/api', checkJwt); app.get('/api/x', gate, h); probe(gate);`)).toBe(true);
    expect(isAuthenticated(`const gate = f(); app.use('/api', checkJwt); app.get('/ops/x', gate, h); probe(gate);`)).toBe(false);
    expect(isAuthenticated(`const gate = f(); other.use(checkJwt); app.use(gate); probe(gate);`)).toBe(false);
  });

  it('follows the mounts of a router', () => {
    expect(isAuthenticated(`const gate = f(); router.use(gate); app.use('/admin', requireAuth, router); probe(gate);`)).toBe(true);
    expect(isAuthenticated(`const gate = f(); router.use(gate); app.use(requireAuth); app.use(router.routes()); probe(gate);`)).toBe(true);
    expect(isAuthenticated(`const gate = f(); router.use(gate); app.use('/admin', router); probe(gate);`)).toBe(false);
  });

  it('does not count a router of auth routes, or the judged middleware itself', () => {
    expect(isAuthenticated(`const gate = f(); app.use('/auth', authRouter); app.use(gate); probe(gate);`)).toBe(false);
    expect(isAuthenticated(`const internalAuth = f(); app.use(internalAuth); probe(internalAuth);`)).toBe(false);
  });
});

describe('isAuthenticationNames', () => {
  it('knows user and machine authentication', () => {
    for (const names of [['requireAuth'], ['passport', 'authenticate', 'jwt'], ['checkJwt'], ['expressjwt'], ['apiKeyAuth'], ['verifyHmac'], ['basicAuth'], ['ensureLoggedIn']]) {
      expect(isAuthenticationNames(names), names.join('.')).toBe(true);
    }
  });

  it('rejects routers, CSRF and unrelated middleware', () => {
    for (const names of [['authRouter'], ['csrfProtection'], ['cors'], ['helmet'], ['bodyParser', 'json'], ['publicKey']]) {
      expect(isAuthenticationNames(names), names.join('.')).toBe(false);
    }
  });
});
