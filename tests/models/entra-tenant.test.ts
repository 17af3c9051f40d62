import { describe, expect, it } from 'vitest';
import {
  entraAuthorityOf,
  environmentListAllowsAnyTenant,
  isEntraHost,
  issuerPatternTenancy,
  issuerTextTenancy,
} from '../../src/models/entra-tenant';

const GUID = '72f988bf-86f1-41af-91ab-2d7cd011db47';

describe('isEntraHost', () => {
  it('knows the sign-in hosts of every cloud, without case and with a trailing dot', () => {
    expect(isEntraHost('login.microsoftonline.com')).toBe(true);
    expect(isEntraHost('LOGIN.MicrosoftOnline.com.')).toBe(true);
    expect(isEntraHost('login.windows.net')).toBe(true);
    expect(isEntraHost('sts.windows.net')).toBe(true);
    expect(isEntraHost('login.microsoftonline.us')).toBe(true);
    expect(isEntraHost('login.chinacloudapi.cn')).toBe(true);
  });

  it('rejects look-alikes and other identity providers', () => {
    expect(isEntraHost('login.microsoftonline.com.evil.example')).toBe(false);
    expect(isEntraHost('contoso.b2clogin.com')).toBe(false);
    expect(isEntraHost('accounts.google.com')).toBe(false);
  });
});

describe('entraAuthorityOf', () => {
  it('reads the multi-tenant authorities', () => {
    expect(entraAuthorityOf(['https://login.microsoftonline.com/common/v2.0/.well-known/openid-configuration'])).toEqual({
      host: 'login.microsoftonline.com',
      tenant: 'common',
      multiTenant: true,
      label: 'https://login.microsoftonline.com/common',
    });
    expect(entraAuthorityOf(['https://login.microsoftonline.com/organizations/discovery/v2.0/keys'])?.multiTenant).toBe(true);
    expect(entraAuthorityOf(['https://login.microsoftonline.com/consumers'])?.multiTenant).toBe(true);
    expect(entraAuthorityOf(['https://login.windows.net/Common/discovery/keys'])?.label).toBe('https://login.windows.net/common');
    expect(entraAuthorityOf(['https://login.microsoftonline.com/common?p=1'])?.multiTenant).toBe(true);
  });

  it('reads a tenant GUID or domain as a single tenant', () => {
    expect(entraAuthorityOf([`https://login.microsoftonline.com/${GUID}/v2.0`])).toMatchObject({ tenant: GUID, multiTenant: false });
    expect(entraAuthorityOf(['https://login.microsoftonline.com/contoso.onmicrosoft.com'])?.multiTenant).toBe(false);
  });

  it('leaves a tenant known only at run time unknown, and never guesses it', () => {
    expect(entraAuthorityOf(['https://login.microsoftonline.com/', null, '/v2.0'])).toMatchObject({ tenant: null, multiTenant: false, label: 'https://login.microsoftonline.com/…' });
    expect(entraAuthorityOf(['https://login.microsoftonline.com/common', null])?.multiTenant).toBe(false);
    expect(entraAuthorityOf(['https://login.microsoftonline.com'])?.tenant).toBeNull();
  });

  it('gives up on other hosts, unknown hosts and non-URLs', () => {
    expect(entraAuthorityOf(['https://example.com/common/v2.0'])).toBeNull();
    expect(entraAuthorityOf(['https://', null, '/common/v2.0'])).toBeNull();
    expect(entraAuthorityOf(['login.microsoftonline.com/common'])).toBeNull();
    expect(entraAuthorityOf(['https://user@login.microsoftonline.com/common'])).toBeNull();
  });
});

describe('issuerTextTenancy', () => {
  it('calls a host with no tenant after it any-tenant', () => {
    expect(issuerTextTenancy('https://login.microsoftonline.com/')).toBe('any-tenant');
    expect(issuerTextTenancy('https://sts.windows.net')).toBe('any-tenant');
    expect(issuerTextTenancy('login.microsoftonline.com')).toBe('any-tenant');
    expect(issuerTextTenancy('https://login.microsoftonline.com//v2.0')).toBe('any-tenant');
  });

  it('calls a host followed by a tenant restricted', () => {
    expect(issuerTextTenancy(`https://login.microsoftonline.com/${GUID}/v2.0`)).toBe('tenant');
    expect(issuerTextTenancy(`https://sts.windows.net/${GUID}/`)).toBe('tenant');
  });

  it('says when the text names no Entra host', () => {
    expect(issuerTextTenancy('https://accounts.google.com')).toBe('not-entra');
    expect(issuerTextTenancy('/v2.0')).toBe('not-entra');
  });
});

describe('issuerPatternTenancy', () => {
  it('calls a wildcard tenant segment any-tenant', () => {
    expect(issuerPatternTenancy(String.raw`^https:\/\/login\.microsoftonline\.com\/[^/]+\/v2\.0$`)).toBe('any-tenant');
    expect(issuerPatternTenancy(String.raw`https:\/\/sts\.windows\.net\/.*\/`)).toBe('any-tenant');
    expect(issuerPatternTenancy(String.raw`^https://login\.microsoftonline\.com/[0-9a-f-]{36}/v2\.0$`)).toBe('any-tenant');
    expect(issuerPatternTenancy(String.raw`login\.microsoftonline\.com\/(\w+)\/`)).toBe('any-tenant');
    expect(issuerPatternTenancy(String.raw`login.microsoftonline.com/(?:[^\/]+)/v2.0`)).toBe('any-tenant');
  });

  it('calls a pattern that stops at the host any-tenant', () => {
    expect(issuerPatternTenancy(String.raw`^https:\/\/login\.microsoftonline\.com`)).toBe('any-tenant');
    expect(issuerPatternTenancy(String.raw`^https:\/\/login\.microsoftonline\.com\/`)).toBe('any-tenant');
    expect(issuerPatternTenancy(String.raw`(https:\/\/login\.microsoftonline\.com)`)).toBe('any-tenant');
  });

  it('calls a literal tenant or a list of literal tenants restricted', () => {
    expect(issuerPatternTenancy(String.raw`^https:\/\/login\.microsoftonline\.com\/${GUID}\/v2\.0$`)).toBe('tenant');
    expect(issuerPatternTenancy(String.raw`^https:\/\/login\.microsoftonline\.com\/(?:${GUID}|contoso\.onmicrosoft\.com)\/v2\.0$`)).toBe('tenant');
    expect(issuerPatternTenancy(String.raw`^https:\/\/sts\.windows\.net\/(aaa-1|bbb-2)\/$`)).toBe('tenant');
  });

  it('says when the pattern names no Entra host', () => {
    expect(issuerPatternTenancy(String.raw`^https:\/\/[a-z]+\.auth0\.com\/$`)).toBe('not-entra');
  });
});

describe('environmentListAllowsAnyTenant', () => {
  it('finds the wildcard among comma-separated tenants', () => {
    expect(environmentListAllowsAnyTenant('*')).toBe(true);
    expect(environmentListAllowsAnyTenant(`${GUID}, *`)).toBe(true);
    expect(environmentListAllowsAnyTenant(GUID)).toBe(false);
    expect(environmentListAllowsAnyTenant('')).toBe(false);
  });
});
