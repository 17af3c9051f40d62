import { describe, expect, it } from 'vitest';
import {
  COGNITO_PASSWORD_FLOWS,
  PASSWORD_GRANT_APIS,
  hasPasswordGrantParameter,
  isPasswordGrantType,
} from '../../src/models/password-grant';

describe('isPasswordGrantType', () => {
  it('accepts the password and Auth0 password-realm grant types', () => {
    expect(isPasswordGrantType('password')).toBe(true);
    expect(isPasswordGrantType('http://auth0.com/oauth/grant-type/password-realm')).toBe(true);
  });

  it('rejects other grant types and non-strings', () => {
    for (const value of ['client_credentials', 'authorization_code', 'refresh_token', 'Password', 'passwordless', '', null, 1]) {
      expect(isPasswordGrantType(value), String(value)).toBe(false);
    }
  });
});

describe('hasPasswordGrantParameter', () => {
  it.each([
    'grant_type=password',
    'grant_type=password&username=alice&password=x',
    'client_id=cli&grant_type=password',
    'https://idp.example.com/token?grant_type=password&username=a',
    'grant_type=http%3A%2F%2Fauth0.com%2Foauth%2Fgrant-type%2Fpassword-realm&realm=db',
    'grant_type=http://auth0.com/oauth/grant-type/password-realm',
  ])('finds the password grant in %s', (text) => {
    expect(hasPasswordGrantParameter(text)).toBe(true);
  });

  it.each([
    'grant_type=client_credentials&scope=x',
    'grant_type=passwordless',
    'grant_type=password\u0000&username=',
    'my_grant_type=password',
    'Set grant_type=password for legacy clients',
    'grant_type=%E0%A4%A',
    'password=grant_type',
    '',
  ])('finds nothing in %s', (text) => {
    expect(hasPasswordGrantParameter(text)).toBe(false);
  });
});

describe('the catalogue', () => {
  it('lists the Cognito flows that send the plain password, and no SRP flow', () => {
    expect([...COGNITO_PASSWORD_FLOWS].sort()).toEqual(['ADMIN_NO_SRP_AUTH', 'ADMIN_USER_PASSWORD_AUTH', 'USER_PASSWORD_AUTH']);
  });

  it('gives every method-reported API the instance methods to report', () => {
    for (const api of PASSWORD_GRANT_APIS) {
      if (api.report === 'method') expect(api.instanceMethods?.length, api.module).toBeGreaterThan(0);
      expect(api.label.length, api.module).toBeGreaterThan(0);
    }
  });
});
