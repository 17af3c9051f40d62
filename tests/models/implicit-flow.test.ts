import { describe, expect, it } from 'vitest';
import {
  HOLE,
  IMPLICIT_FLOW_APIS,
  IMPLICIT_ONLY_MODULE_NAMES,
  IMPLICIT_ONLY_MODULES,
  angularOAuthFallbackResponseType,
  findImplicitResponseTypeParameters,
  isCompoundResponseType,
  isImplicitResponseType,
  isKeycloakOptionsName,
  isOAuthReceiverName,
  responseTypeWords,
} from '../../src/models/implicit-flow';

describe('responseTypeWords', () => {
  it('splits on spaces and on `+`', () => {
    expect(responseTypeWords('id_token token')).toEqual(['id_token', 'token']);
    expect(responseTypeWords(' code  id_token+token ')).toEqual(['code', 'id_token', 'token']);
    expect(responseTypeWords('')).toEqual([]);
  });
});

describe('isImplicitResponseType', () => {
  it.each(['token', 'id_token token', 'token id_token', 'code token', 'code id_token token', 'id_token+token'])('reports %j', (value) => {
    expect(isImplicitResponseType(value)).toBe(true);
  });

  it.each(['code', 'code id_token', 'id_token code', 'id_token', 'none', '', 'access_token', 'token_type', 'json', 'blob'])('keeps %j', (value) => {
    expect(isImplicitResponseType(value)).toBe(false);
  });

  it('ignores case', () => {
    expect(isImplicitResponseType('TOKEN')).toBe(true);
    expect(findImplicitResponseTypeParameters('/login?response_type=TOKEN&client_id=a')).toHaveLength(1);
  });

  it('needs every word to be a response-type word', () => {
    expect(isImplicitResponseType('token refresh')).toBe(false);
  });

  it('ignores values that are not strings', () => {
    expect(isImplicitResponseType(['token'])).toBe(false);
    expect(isImplicitResponseType(undefined)).toBe(false);
  });
});

describe('isCompoundResponseType', () => {
  it('is true for more than one word', () => {
    expect(isCompoundResponseType('id_token token')).toBe(true);
    expect(isCompoundResponseType('token')).toBe(false);
  });
});

describe('findImplicitResponseTypeParameters', () => {
  it('finds the parameter after `?`, `&`, a hole, or at the start', () => {
    expect(findImplicitResponseTypeParameters('https://idp/authorize?response_type=token&client_id=a')).toEqual([
      { start: 22, end: 41, value: 'token' },
    ]);
    expect(findImplicitResponseTypeParameters('/authorize?client_id=a&response_type=id_token+token')).toHaveLength(1);
    expect(findImplicitResponseTypeParameters(`${HOLE}response_type=token`)).toHaveLength(1);
    expect(findImplicitResponseTypeParameters('response_type=token&client_id=a')).toHaveLength(1);
  });

  it('decodes `%20` and `+` as spaces', () => {
    expect(findImplicitResponseTypeParameters('?response_type=id_token%20token')[0]?.value).toBe('id_token token');
    expect(findImplicitResponseTypeParameters('?response_type=code+id_token+token')[0]?.value).toBe('code id_token token');
  });

  it('stays silent on the code flow and on other parameters', () => {
    expect(findImplicitResponseTypeParameters('?response_type=code&code_challenge_method=S256')).toEqual([]);
    expect(findImplicitResponseTypeParameters('?response_type=code%20id_token')).toEqual([]);
    expect(findImplicitResponseTypeParameters('?my_response_type=token')).toEqual([]);
    expect(findImplicitResponseTypeParameters('?grant_type=refresh_token&token=abc')).toEqual([]);
  });

  it('never counts a word that touches a run-time value', () => {
    expect(findImplicitResponseTypeParameters(`?response_type=${HOLE}`)).toEqual([]);
    expect(findImplicitResponseTypeParameters(`?response_type=token${HOLE}`)).toEqual([]);
    expect(findImplicitResponseTypeParameters(`?response_type=id_token+token+${HOLE}`)).toHaveLength(1);
  });

  it('stops the value at `&` or `#`', () => {
    expect(findImplicitResponseTypeParameters('?response_type=code#token')).toEqual([]);
    expect(findImplicitResponseTypeParameters('?response_type=code&token')).toEqual([]);
  });
});

describe('angularOAuthFallbackResponseType', () => {
  it('falls back to the implicit flow with an access token', () => {
    expect(angularOAuthFallbackResponseType(undefined, undefined)).toBe('id_token token');
    expect(angularOAuthFallbackResponseType({ value: true }, { value: true })).toBe('id_token token');
    expect(angularOAuthFallbackResponseType(undefined, { value: false })).toBe('token');
  });

  it('is null for an ID token only or an unknown setting', () => {
    expect(angularOAuthFallbackResponseType({ value: false }, undefined)).toBeNull();
    expect(angularOAuthFallbackResponseType(null, undefined)).toBeNull();
  });
});

describe('names', () => {
  it('recognizes OAuth receivers', () => {
    expect(isOAuthReceiverName('this.oauthService')).toBe(true);
    expect(isOAuthReceiverName('authSettings')).toBe(true);
    expect(isOAuthReceiverName('xhr')).toBe(false);
  });

  it('recognizes keycloak init options', () => {
    expect(isKeycloakOptionsName('initOptions')).toBe(true);
    expect(isKeycloakOptionsName('keycloakInit')).toBe(true);
    expect(isKeycloakOptionsName('options')).toBe(false);
  });
});

describe('implicit-only libraries', () => {
  it('maps subpaths to their package', () => {
    expect(IMPLICIT_ONLY_MODULES.get('adal-angular/lib/adal')?.module).toBe('adal-angular');
    expect(IMPLICIT_ONLY_MODULES.get('msal')?.replacement).toBe('@azure/msal-browser');
    expect(IMPLICIT_ONLY_MODULES.has('@azure/msal-browser')).toBe(false);
    expect(IMPLICIT_ONLY_MODULES.has('@azure/msal-angular')).toBe(false);
  });

  it('lists every import path of the implicit-only libraries, sub-paths included', () => {
    expect([...IMPLICIT_ONLY_MODULE_NAMES].sort()).toEqual([...IMPLICIT_ONLY_MODULES.keys()].sort());
    expect(IMPLICIT_ONLY_MODULE_NAMES).toContain('msal');
    expect(IMPLICIT_FLOW_APIS.some((api) => api.module === 'msal' && api.path.length === 0)).toBe(false);
  });
});
