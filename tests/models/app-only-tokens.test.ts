import { describe, expect, it } from 'vitest';
import {
  APP_ONLY_METHODS,
  DEFAULT_ALLOWED_RESOURCES,
  instanceScopeSource,
  isAllowedScope,
  isOboName,
  parseFormFields,
  scopeResource,
  scopesOf,
} from '../../src/models/app-only-tokens';

describe('scopeResource', () => {
  it.each([
    ['https://graph.microsoft.com/.default', 'https://graph.microsoft.com'],
    ['https://graph.microsoft.com/User.Read', 'https://graph.microsoft.com'],
    ['https://vault.azure.net', 'https://vault.azure.net'],
    ['HTTPS://Contoso.Vault.Azure.NET/.default', 'https://contoso.vault.azure.net'],
    ['api://orders-api/.default', 'api://orders-api'],
    ['api://11111111-2222-3333-4444-555555555555/access_as_user', 'api://11111111-2222-3333-4444-555555555555'],
    ['00000003-0000-0000-c000-000000000000/.default', '00000003-0000-0000-c000-000000000000'],
    [' https://storage.azure.com/.default ', 'https://storage.azure.com'],
  ])('%s names %s', (scope, resource) => {
    expect(scopeResource(scope)).toBe(resource);
  });

  it.each(['User.Read', 'orders:read', '', 'https:///.default', 'not-a-guid/.default'])('%s names no resource', (scope) => {
    expect(scopeResource(scope)).toBeNull();
  });
});

describe('isAllowedScope', () => {
  it.each([
    'https://vault.azure.net/.default',
    'https://contoso-kv.vault.azure.net/.default',
    'https://storage.azure.com/.default',
    'https://contosodata.blob.core.windows.net/.default',
    'https://database.windows.net//.default',
    'https://ossrdbms-aad.database.windows.net/.default',
    'https://redis.azure.com/.default',
    'https://servicebus.azure.net/.default',
    'https://cognitiveservices.azure.com/.default',
  ])('allows the platform resource %s by default', (scope) => {
    expect(isAllowedScope(scope, DEFAULT_ALLOWED_RESOURCES)).toBe(true);
  });

  it.each([
    'https://graph.microsoft.com/.default',
    'https://management.azure.com/.default',
    'https://contoso.sharepoint.com/.default',
    'api://orders-api/.default',
    '00000003-0000-0000-c000-000000000000/.default',
    'User.Read',
    // A look-alike host is not a subdomain.
    'https://evilvault.azure.net.attacker.example/.default',
    'https://notvault.azure.net/.default',
  ])('does not allow %s by default', (scope) => {
    expect(isAllowedScope(scope, DEFAULT_ALLOWED_RESOURCES)).toBe(false);
  });

  it('matches entries written as scopes, custom API ids and app ids', () => {
    const allowed = ['api://audit-log/.default', '11111111-2222-3333-4444-555555555555', 'https://graph.microsoft.com'];
    expect(isAllowedScope('api://audit-log/.default', allowed)).toBe(true);
    expect(isAllowedScope('api://audit-log-v2/.default', allowed)).toBe(false);
    expect(isAllowedScope('11111111-2222-3333-4444-555555555555/.default', allowed)).toBe(true);
    expect(isAllowedScope('https://graph.microsoft.com/.default', allowed)).toBe(true);
    expect(isAllowedScope('https://vault.azure.net/.default', allowed)).toBe(false);
  });

  it('does not extend subdomain matching to other schemes', () => {
    expect(isAllowedScope('api://x.audit/.default', ['api://audit'])).toBe(false);
    expect(isAllowedScope('http://contoso.vault.azure.net/.default', ['https://vault.azure.net'])).toBe(false);
  });
});

describe('scopesOf', () => {
  it('splits space-separated scopes and reads arrays', () => {
    expect(scopesOf('https://graph.microsoft.com/.default')).toEqual(['https://graph.microsoft.com/.default']);
    expect(scopesOf('orders.read  orders.write')).toEqual(['orders.read', 'orders.write']);
    expect(scopesOf(['a/.default', 'b c'])).toEqual(['a/.default', 'b', 'c']);
    expect(scopesOf([])).toEqual([]);
  });

  it('gives null when a value is not a string', () => {
    expect(scopesOf(undefined)).toBeNull();
    expect(scopesOf(['a', 1])).toBeNull();
    expect(scopesOf({ scopes: [] })).toBeNull();
  });
});

describe('parseFormFields', () => {
  it('reads form-encoded bodies and URL queries', () => {
    const fields = parseFormFields('grant_type=client_credentials&scope=https%3A%2F%2Fgraph.microsoft.com%2F.default&client_id=abc');
    expect(fields?.get('grant_type')).toBe('client_credentials');
    expect(fields?.get('scope')).toBe('https://graph.microsoft.com/.default');
    expect(parseFormFields('https://login.example/token?grant_type=client_credentials')?.get('grant_type')).toBe('client_credentials');
    expect(parseFormFields('scope=a+b')?.get('scope')).toBe('a b');
  });

  it('gives null for text without fields and skips undecodable ones', () => {
    expect(parseFormFields('client_credentials')).toBeNull();
    expect(parseFormFields('=x&&')).toBeNull();
    expect(parseFormFields('grant_type=client_credentials&scope=%E0%A4%A')?.has('scope')).toBe(false);
  });
});

describe('isOboName', () => {
  it.each(['acquireTokenOnBehalfOf', 'getOboToken', 'exchangeForOBO', 'obo', 'get_token_on_behalf_of_user'])('%s names an OBO exchange', (name) => {
    expect(isOboName(name)).toBe(true);
  });

  it.each(['acquireTokenByClientCredential', 'getToken', 'onBehalf', 'oboe', 'behalfOf'])('%s does not', (name) => {
    expect(isOboName(name)).toBe(false);
  });
});

describe('scope sources', () => {
  it('knows where each app-only call takes its scopes', () => {
    expect(APP_ONLY_METHODS.get('acquireTokenByClientCredential')).toEqual({ argument: 0, keys: ['scopes'] });
    expect(APP_ONLY_METHODS.get('clientCredentialsGrant')?.argument).toBe('any');
    expect(instanceScopeSource('@azure/identity', 'getToken')).toEqual({ argument: 0 });
    expect(instanceScopeSource('@azure/msal-node', 'acquireToken')).toEqual({ argument: 0, keys: ['resource'] });
    expect(instanceScopeSource('simple-oauth2', 'getToken')).toEqual({ argument: 0, keys: ['scope'] });
  });
});
