import { describe, expect, it } from 'vitest';
import {
  IDENTITY_SETTINGS,
  REQUEST_APIS,
  formFieldNames,
  instanceMethodShape,
  isCredentialField,
  isCredentialHeader,
  isIdentifierOnlyIssuer,
} from '../../src/models/identity-traffic';

describe('identity settings', () => {
  it('needs an OAuth client beside generic redirect names only', () => {
    expect(IDENTITY_SETTINGS.get('redirectUri')?.context).toBeUndefined();
    expect(IDENTITY_SETTINGS.get('redirect_uri')?.context).toBeUndefined();
    expect(IDENTITY_SETTINGS.get('redirectUrl')?.context).toContain('clientID');
    expect(IDENTITY_SETTINGS.get('token')?.context).toContain('clientId');
    expect(IDENTITY_SETTINGS.get('url')?.context).toEqual(['realm']);
  });

  it('treats only the AD FS trust path as an identifier-only issuer', () => {
    expect(isIdentifierOnlyIssuer('/adfs/services/trust')).toBe(true);
    expect(isIdentifierOnlyIssuer('/ADFS/services/trust/')).toBe(true);
    expect(isIdentifierOnlyIssuer('/adfs')).toBe(false);
    expect(isIdentifierOnlyIssuer(null)).toBe(false);
  });
});

describe('credentials', () => {
  it('recognizes credential headers without regard to case', () => {
    for (const name of ['Authorization', 'authorization', 'Cookie', 'X-API-Key', 'Proxy-Authorization']) {
      expect(isCredentialHeader(name)).toBe(true);
    }
    expect(isCredentialHeader('Content-Type')).toBe(false);
    expect(isCredentialHeader('Metadata')).toBe(false);
  });

  it('recognizes credential body fields in any spelling', () => {
    for (const name of ['grant_type', 'client_secret', 'clientSecret', 'refresh_token', 'password', 'code_verifier', 'client_assertion']) {
      expect(isCredentialField(name)).toBe(true);
    }
    for (const name of ['username', 'email', 'scope', 'client_id', 'resource']) expect(isCredentialField(name)).toBe(false);
  });

  it('reads form field names', () => {
    expect(formFieldNames('grant_type=client_credentials&client_id=a&scope')).toEqual(['grant_type', 'client_id']);
    expect(formFieldNames('')).toEqual([]);
  });
});

describe('request APIs', () => {
  it('knows the instance method shapes', () => {
    expect(instanceMethodShape('axios', 'post')).toEqual({ urlArgument: 0, bodyArgument: 1, optionsArgument: 2 });
    expect(instanceMethodShape('axios', 'request')).toEqual({ urlArgument: -1, bodyArgument: -1, optionsArgument: 0 });
    expect(instanceMethodShape('got', 'post')).toEqual({ urlArgument: 0, bodyArgument: -1, optionsArgument: 1 });
    expect(instanceMethodShape('got', 'json')).toBeUndefined();
  });

  it('never lists the https module', () => {
    expect(REQUEST_APIS.some((api) => api.module === 'https' || api.module === 'node:https')).toBe(false);
  });
});
