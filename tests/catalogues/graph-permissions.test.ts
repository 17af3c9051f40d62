import { describe, expect, it } from 'vitest';
import {
  MICROSOFT_PERMISSIONS,
  RESOURCE_APP_IDS,
  findMicrosoftPermission,
  findMicrosoftPermissionById,
  levelRank,
  parseMicrosoftScope,
  resourceOfAppId,
} from '../../src/catalogues/graph-permissions';

const GUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/u;

describe('graph-permissions catalogue', () => {
  it('has well-formed entries', () => {
    for (const permission of MICROSOFT_PERMISSIONS) {
      expect(permission.name, permission.name).toMatch(/^[\w\-.]+$/u);
      expect(permission.grants, permission.name).toMatch(/^(?:as an application permission lets|lets) this app /u);
      expect(permission.grants.endsWith('.'), permission.name).toBe(false);
      if (permission.roleId) expect(permission.roleId, permission.name).toMatch(GUID);
      if (permission.scopeId) expect(permission.scopeId, permission.name).toMatch(GUID);
      if (permission.level !== 'leaf' && (permission.delegatedLevel ?? permission.level) !== 'leaf') {
        expect((permission.narrower?.length ?? 0) > 0 || permission.advice !== undefined, permission.name).toBe(true);
      }
    }
  });

  it('has no duplicate names (case-insensitive) and no duplicate ids', () => {
    const names = MICROSOFT_PERMISSIONS.map((permission) => `${permission.resource}:${permission.name.toLowerCase()}`);
    expect(new Set(names).size).toBe(names.length);
    const ids = MICROSOFT_PERMISSIONS.flatMap((permission) => [permission.roleId, permission.scopeId]).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('suggests only narrower permissions of the same resource that are catalogued at a lower level', () => {
    for (const permission of MICROSOFT_PERMISSIONS) {
      for (const name of permission.narrower ?? []) {
        const narrower = findMicrosoftPermission(permission.resource, name);
        expect(narrower, `${permission.name} → ${name}`).toBeDefined();
        if (!narrower) continue;
        expect(levelRank(narrower.level), `${permission.name} → ${name}`).toBeLessThan(levelRank(permission.level));
      }
    }
  });

  it('holds the Tier-0 set at the critical level', () => {
    for (const name of ['RoleManagement.ReadWrite.Directory', 'AppRoleAssignment.ReadWrite.All', 'Application.ReadWrite.All', 'Directory.ReadWrite.All']) {
      expect(findMicrosoftPermission('graph', name)?.level).toBe('critical');
    }
    expect(findMicrosoftPermission('exchange', 'full_access_as_app')?.level).toBe('critical');
    expect(findMicrosoftPermission('graph', 'User.Read')?.level).toBe('leaf');
  });

  it('finds permissions without case and by id', () => {
    expect(findMicrosoftPermission('graph', 'files.readwrite.all')?.name).toBe('Files.ReadWrite.All');
    expect(findMicrosoftPermissionById('graph', 'Role', '9E3F62CF-CA93-4989-B6CE-BF83C28F9FE8')?.name).toBe('RoleManagement.ReadWrite.Directory');
    expect(findMicrosoftPermissionById('graph', 'Scope', 'd01b97e9-cbc0-49fe-810a-750afd5527a3')?.name).toBe('RoleManagement.ReadWrite.Directory');
    expect(findMicrosoftPermissionById('graph', 'Scope', '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8')).toBeUndefined();
    expect(findMicrosoftPermissionById('exchange', 'Role', 'dc890d15-9560-4a4c-9b7f-a736ec74ec40')?.name).toBe('full_access_as_app');
    expect(resourceOfAppId(RESOURCE_APP_IDS.graph)).toBe('graph');
    expect(resourceOfAppId('11111111-1111-1111-1111-111111111111')).toBeNull();
  });

  it('parses bare and resource-prefixed scopes', () => {
    expect(parseMicrosoftScope('Mail.Read')).toEqual({ resource: null, prefixed: false, name: 'Mail.Read', nameStart: 0 });
    expect(parseMicrosoftScope('https://graph.microsoft.com/Mail.Read')).toMatchObject({ resource: 'graph', prefixed: true, name: 'Mail.Read', nameStart: 28 });
    expect(parseMicrosoftScope('https://GRAPH.microsoft.us/.default')).toMatchObject({ resource: 'graph', name: '.default' });
    expect(parseMicrosoftScope('00000003-0000-0000-c000-000000000000/User.Read.All')).toMatchObject({ resource: 'graph', name: 'User.Read.All' });
    expect(parseMicrosoftScope('https://management.core.windows.net//user_impersonation')).toMatchObject({ resource: 'arm', name: 'user_impersonation' });
    expect(parseMicrosoftScope('https://outlook.office365.com/EWS.AccessAsUser.All')).toMatchObject({ resource: 'exchange' });
    expect(parseMicrosoftScope('api://orders/access_as_user')).toMatchObject({ resource: null, prefixed: true });
    expect(parseMicrosoftScope('https://graph.microsoft.com/v1.0/Mail.Read')).toMatchObject({ resource: null, prefixed: true });
  });
});
