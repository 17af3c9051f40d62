import { describe, expect, it } from 'vitest';
import { classifyScope, isDefaultScope, platformsOfName, scopeTokens, type ScopeContext } from '../../src/models/oauth-scopes';

const delegated: ScopeContext = { known: new Set(['microsoft']), exclusive: true, flow: 'delegated' };
const application: ScopeContext = { ...delegated, flow: 'application' };
const unknown: ScopeContext = { known: new Set(), exclusive: false, flow: 'unknown' };

describe('oauth-scopes model', () => {
  it('splits scope strings and rejects sentences', () => {
    expect(scopeTokens('openid  profile Mail.Read')).toEqual([
      { text: 'openid', start: 0 },
      { text: 'profile', start: 8 },
      { text: 'Mail.Read', start: 16 },
    ]);
    expect(scopeTokens('repo,user')).toHaveLength(2);
    expect(scopeTokens('This needs Mail.Read')).toEqual([]);
    expect(scopeTokens('the app needs Directory.ReadWrite.All')).toEqual([]);
    expect(scopeTokens('')).toEqual([]);
  });

  it('reads Microsoft levels by flow', () => {
    expect(classifyScope('Mail.ReadWrite', delegated)).toBeNull();
    expect(classifyScope('Mail.ReadWrite', application)?.level).toBe('high');
    expect(classifyScope('https://graph.microsoft.com/Directory.ReadWrite.All', delegated)).toMatchObject({
      kind: 'tierZero',
      replacements: ['https://graph.microsoft.com/Directory.Read.All', 'https://graph.microsoft.com/User.ReadBasic.All'],
    });
    expect(classifyScope('user_impersonation', delegated)).toBeNull();
    expect(classifyScope('https://management.azure.com/user_impersonation', delegated)?.level).toBe('low');
    expect(classifyScope('https://graph.microsoft.com/.default', delegated)).toBeNull();
  });

  it('keeps cloud-platform to user consent and common words to known platforms', () => {
    const google: ScopeContext = { known: new Set(['google']), exclusive: true, flow: 'application' };
    expect(classifyScope('https://www.googleapis.com/auth/cloud-platform', google)).toBeNull();
    expect(classifyScope('https://www.googleapis.com/auth/cloud-platform', { ...google, flow: 'delegated' })?.level).toBe('high');
    expect(classifyScope('repo', unknown)).toBeNull();
    expect(classifyScope('repo', { ...unknown, known: new Set(['github']) })?.platform).toBe('github');
    expect(classifyScope('admin:org', unknown)?.platform).toBe('github');
    expect(classifyScope('chat:write', { known: new Set(['slack']), exclusive: true, flow: 'delegated', slackUser: true })?.kind).toBe('slackUserWrite');
    expect(classifyScope('chat:write', { known: new Set(['slack']), exclusive: true, flow: 'delegated' })).toBeNull();
  });

  it('recognises .default and name hints', () => {
    expect(isDefaultScope('api://orders/.default')).toBe(true);
    expect(isDefaultScope('.default')).toBe(false);
    expect(platformsOfName('GITHUB_OAUTH_SCOPES')).toEqual(['github']);
    expect(platformsOfName('slackUserScopes')).toEqual(['slack']);
    expect(platformsOfName('loginRequest')).toEqual([]);
  });
});
