import { describe, expect, it } from 'vitest';
import { isBearerValueName, isOneTimeFunctionName, isOneTimeLinkText, isQualifiedCredentialName, parameterKind } from '../../src/models/token-in-url';

describe('token-in-url model', () => {
  it('classifies query-parameter names', () => {
    expect(parameterKind('access_token')).toBe('credential');
    expect(parameterKind('accessToken')).toBe('credential');
    expect(parameterKind('id_token')).toBe('credential');
    expect(parameterKind('JWT')).toBe('credential');
    expect(parameterKind('token')).toBe('bare');
    expect(parameterKind('id_token_hint')).toBeNull();
    expect(parameterKind('code')).toBeNull();
    expect(parameterKind('state')).toBeNull();
    expect(parameterKind('resetToken')).toBeNull();
    expect(parameterKind('page_token')).toBeNull();
  });
  it('recognises bearer-token value names', () => {
    expect(isBearerValueName('token')).toBe(true);
    expect(isBearerValueName('accessToken')).toBe(true);
    expect(isBearerValueName('sessionCookie')).toBe(true);
    expect(isBearerValueName('session')).toBe(false);
    expect(isBearerValueName('jwt')).toBe(true);
    expect(isBearerValueName('csrfToken')).toBe(false);
    expect(isBearerValueName('resetToken')).toBe(false);
    expect(isBearerValueName('deviceToken')).toBe(false);
    expect(isBearerValueName('nextPageToken')).toBe(false);
    expect(isBearerValueName('shareId')).toBe(false);
    expect(isQualifiedCredentialName('idToken')).toBe(true);
    expect(isQualifiedCredentialName('token')).toBe(false);
  });
  it('recognises one-time links', () => {
    expect(isOneTimeLinkText('/reset-password')).toBe(true);
    expect(isOneTimeLinkText('https://app.example.com/verify')).toBe(true);
    expect(isOneTimeLinkText('/auth/callback')).toBe(false);
    expect(isOneTimeFunctionName('sendVerificationEmail')).toBe(true);
    expect(isOneTimeFunctionName('verifyToken')).toBe(false);
  });
});
