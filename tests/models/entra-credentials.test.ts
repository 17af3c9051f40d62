import { describe, expect, it } from 'vitest';
import { isEntraDefaultScope, isEntraHost, isEntraTokenEndpoint } from '../../src/models/entra-credentials';

describe('isEntraHost', () => {
  it('knows the public, government and sovereign clouds and B2C / External ID tenants', () => {
    for (const host of [
      'login.microsoftonline.com',
      'LOGIN.MICROSOFTONLINE.COM',
      'login.microsoft.com',
      'login.windows.net',
      'login.microsoftonline.us',
      'login.chinacloudapi.cn',
      'contoso.b2clogin.com',
      'contoso.ciamlogin.com',
    ]) {
      expect(isEntraHost(host)).toBe(true);
    }
  });

  it('rejects other identity providers and look-alikes', () => {
    for (const host of ['accounts.google.com', 'oauth2.googleapis.com', 'contoso.okta.com', 'login.microsoftonline.com.evil.example', 'b2clogin.com.evil']) {
      expect(isEntraHost(host)).toBe(false);
    }
  });
});

describe('isEntraTokenEndpoint', () => {
  it('accepts v2.0 and v1 token endpoints on Entra hosts, with a run-time tenant', () => {
    expect(isEntraTokenEndpoint(['https://login.microsoftonline.com/', null, '/oauth2/v2.0/token'])).toBe(true);
    expect(isEntraTokenEndpoint(['https://login.microsoftonline.com/contoso.onmicrosoft.com/oauth2/token'])).toBe(true);
    expect(isEntraTokenEndpoint(['https://login.microsoftonline.us/', null, '/oauth2/token?api-version=1.0'])).toBe(true);
    expect(isEntraTokenEndpoint(['https://', null, '.b2clogin.com/', null, '/oauth2/v2.0/token'])).toBe(true);
  });

  it('accepts the v2.0 token path whatever the host, the identity platform being its only user', () => {
    expect(isEntraTokenEndpoint([null, '/oauth2/v2.0/token'])).toBe(true);
    expect(isEntraTokenEndpoint(['https://', null, '/oauth2/v2.0/token'])).toBe(true);
    expect(isEntraTokenEndpoint(['https://login.contoso.com/tenant/B2C_1_signin/oauth2/v2.0/token?p=x'])).toBe(true);
  });

  it('rejects other endpoints and other providers', () => {
    expect(isEntraTokenEndpoint(['https://login.microsoftonline.com/', null, '/oauth2/v2.0/authorize'])).toBe(false);
    expect(isEntraTokenEndpoint(['https://login.microsoftonline.com/', null, '/v2.0/.well-known/openid-configuration'])).toBe(false);
    expect(isEntraTokenEndpoint(['https://oauth2.googleapis.com/token'])).toBe(false);
    expect(isEntraTokenEndpoint(['https://auth.example.com/oauth2/token'])).toBe(false);
    expect(isEntraTokenEndpoint([null, '/oauth2/token'])).toBe(false);
    expect(isEntraTokenEndpoint(['https://login.microsoftonline.com/', null])).toBe(false);
    expect(isEntraTokenEndpoint(['https://adfs.contoso.com/adfs/oauth2/token'])).toBe(false);
  });
});

describe('isEntraDefaultScope', () => {
  it('accepts a resource `/.default` scope, alone or in a list', () => {
    expect(isEntraDefaultScope('https://graph.microsoft.com/.default')).toBe(true);
    expect(isEntraDefaultScope('api://billing/.default')).toBe(true);
    expect(isEntraDefaultScope('openid api://billing/.default')).toBe(true);
  });

  it('rejects other scopes', () => {
    expect(isEntraDefaultScope('User.Read')).toBe(false);
    expect(isEntraDefaultScope('orders:read profile')).toBe(false);
    expect(isEntraDefaultScope('/.default')).toBe(false);
  });
});
