import { describe, expect, it } from 'vitest';
import {
  isAuthorizationName,
  isCrossSiteDefenceName,
  isIdentityTarget,
  isInternalHostValue,
  isPrivilegedValue,
  isRoleClaimName,
  isSignedIdentityHeader,
  isSiteKey,
  isVerifiedIdentityName,
  isVerifiedIdentityPath,
} from '../../src/models/request-authorization';

describe('request-authorization model', () => {
  it('knows the signed assertions of identity-aware proxies', () => {
    expect(isSignedIdentityHeader('X-Goog-IAP-JWT-Assertion')).toBe(true);
    expect(isSignedIdentityHeader('x-amzn-oidc-data')).toBe(true);
    expect(isSignedIdentityHeader('x-goog-authenticated-user-email')).toBe(false);
    expect(isSignedIdentityHeader('x-user-id')).toBe(false);
  });

  it('recognises privileged values', () => {
    for (const value of ['admin', 'super_admin', 'Owner', 'true', '1', true, 1]) expect(isPrivilegedValue(value)).toBe(true);
    for (const value of ['member', 'viewer', 'guest', false, 0, undefined, null]) expect(isPrivilegedValue(value)).toBe(false);
  });

  it('recognises where the verified caller lives', () => {
    expect(isVerifiedIdentityPath(['user', 'id'])).toBe(true);
    expect(isVerifiedIdentityPath(['state', 'user', 'sub'])).toBe(true);
    expect(isVerifiedIdentityPath(['session', 'userId'])).toBe(true);
    expect(isVerifiedIdentityPath(['body', 'user', 'id'])).toBe(false);
    expect(isVerifiedIdentityPath([])).toBe(false);
  });

  it('recognises names of the verified caller, not of client payloads', () => {
    for (const name of ['user', 'currentUser', 'session', 'authUser', 'claims', 'principal']) expect(isVerifiedIdentityName(name)).toBe(true);
    for (const name of ['newUser', 'userInput', 'targetUser', 'body', 'doc']) expect(isVerifiedIdentityName(name)).toBe(false);
  });

  it('tells identity targets from other session values', () => {
    for (const target of ['req.user', 'session.userId', 'ctx.state.role', 'context.tenantId']) expect(isIdentityTarget(target)).toBe(true);
    for (const target of ['session.returnTo', 'session.theme', 'res.locals.site', 'filter.role', 'user.role']) expect(isIdentityTarget(target)).toBe(false);
  });

  it('tells site keys, internal hosts, CSRF defences and authorization names', () => {
    expect(isSiteKey('domain')).toBe(true);
    expect(isSiteKey('tenantId')).toBe(false);
    for (const host of ['localhost', 'localhost:3000', '127.0.0.1', 'admin.internal', 'svc.cluster.local']) expect(isInternalHostValue(host)).toBe(true);
    for (const host of ['www.example.com', 'app.example.com', 42]) expect(isInternalHostValue(host)).toBe(false);
    expect(isCrossSiteDefenceName('csrfOriginCheck')).toBe(true);
    expect(isCrossSiteDefenceName('requireAdmin')).toBe(false);
    for (const name of ['requireRole', 'authorize', 'RolesGuard', 'checkPermissions', 'adminRouter']) expect(isAuthorizationName(name)).toBe(true);
    for (const name of ['requireAuth', 'passport', 'authenticate', 'checkJwt', 'router']) expect(isAuthorizationName(name)).toBe(false);
    for (const name of ['role', 'roles', 'isAdmin', 'permissions', 'scp', 'groups']) expect(isRoleClaimName(name)).toBe(true);
    for (const name of ['id', 'sub', 'email', 'tenantId']) expect(isRoleClaimName(name)).toBe(false);
  });
});
