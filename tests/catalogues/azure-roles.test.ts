import { describe, expect, it } from 'vitest';
import {
  AUTHORIZATION_WRITE_OPERATIONS,
  AZURE_ROLES,
  UNKNOWN_PART,
  actionCovers,
  azureScopeLevel,
  findAzureRoleById,
  findAzureRoleByName,
  roleDefinitionGuid,
  type AzureRoleClass,
} from '../../src/catalogues/azure-roles';

const RANK: Record<AzureRoleClass, number> = { 'access-admin': 4, write: 3, data: 2, read: 1 };

describe('AZURE_ROLES', () => {
  it('has well-formed entries', () => {
    for (const role of AZURE_ROLES) {
      expect(role.name.trim()).toBe(role.name);
      expect(role.id).toMatch(/^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/u);
      expect(role.grants).toMatch(/^lets this identity /u);
    }
  });

  it('has no duplicate names (case-insensitive) or GUIDs', () => {
    const names = AZURE_ROLES.map((role) => role.name.toLowerCase());
    const ids = AZURE_ROLES.map((role) => role.id);
    expect(new Set(names).size).toBe(names.length);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('suggests only narrower roles that are in the catalogue at a lower class', () => {
    for (const role of AZURE_ROLES) {
      for (const name of role.narrower ?? []) {
        const narrower = findAzureRoleByName(name);
        expect(narrower, `${role.name} → ${name}`).not.toBeNull();
        expect(RANK[narrower?.roleClass ?? 'access-admin']).toBeLessThan(RANK[role.roleClass]);
      }
    }
  });

  it('keeps the tier-0 roles named by the research note', () => {
    expect(findAzureRoleById('8e3af657-a8ff-443c-a75c-2fe8c4bcb635')?.name).toBe('Owner');
    expect(findAzureRoleById('b24988ac-6180-42a0-ab88-20f7382dd24c')?.roleClass).toBe('write');
    expect(findAzureRoleById('18d7d88d-d35e-4fb5-a5c3-7773c20a72d9')?.roleClass).toBe('access-admin');
    expect(findAzureRoleById('f58310d9-a9f6-439a-9e8d-f62e7b41a168')?.roleClass).toBe('access-admin');
    expect(findAzureRoleById('f1a07417-d97a-45cb-824c-7a7467783830')?.name).toBe('Managed Identity Operator');
    expect(findAzureRoleById('9980e02c-c2be-4d73-94e8-173b1dc7cf3c')?.name).toBe('Virtual Machine Contributor');
    expect(findAzureRoleById('acdd72a7-3385-48ef-bd42-f606fba81ae7')?.roleClass).toBe('read');
  });
});

describe('lookups', () => {
  it('finds roles by name without case', () => {
    expect(findAzureRoleByName('owner')?.id).toBe('8e3af657-a8ff-443c-a75c-2fe8c4bcb635');
    expect(findAzureRoleByName(' Key Vault Administrator ')?.roleClass).toBe('write');
    expect(findAzureRoleByName('My Custom Role')).toBeNull();
  });

  it('reads the GUID of bare ids and ARM ids', () => {
    expect(roleDefinitionGuid('8E3AF657-A8FF-443C-A75C-2FE8C4BCB635')).toBe('8e3af657-a8ff-443c-a75c-2fe8c4bcb635');
    expect(roleDefinitionGuid('/providers/Microsoft.Authorization/roleDefinitions/b24988ac-6180-42a0-ab88-20f7382dd24c')).toBe(
      'b24988ac-6180-42a0-ab88-20f7382dd24c',
    );
    expect(
      findAzureRoleById(`/subscriptions/${UNKNOWN_PART}/providers/Microsoft.Authorization/roleDefinitions/18d7d88d-d35e-4fb5-a5c3-7773c20a72d9`)?.name,
    ).toBe('User Access Administrator');
    expect(roleDefinitionGuid(`/providers/Microsoft.Authorization/roleDefinitions/${UNKNOWN_PART}`)).toBeNull();
    expect(findAzureRoleById('11111111-2222-3333-4444-555555555555')).toBeNull();
  });
});

describe('azureScopeLevel', () => {
  it.each([
    ['/', 'root'],
    ['/providers/Microsoft.Management/managementGroups/contoso', 'management-group'],
    ['/subscriptions/0000', 'subscription'],
    [`/subscriptions/${UNKNOWN_PART}`, 'subscription'],
    [`/subscriptions/${UNKNOWN_PART}/`, 'subscription'],
    ['/subscriptions/0000/resourceGroups/app', 'resource-group'],
    [`/subscriptions/${UNKNOWN_PART}/resourcegroups/${UNKNOWN_PART}`, 'resource-group'],
    ['/subscriptions/0000/resourceGroups/app/providers/Microsoft.KeyVault/vaults/kv', 'resource'],
    [`${UNKNOWN_PART}/providers/Microsoft.Storage/storageAccounts/x`, 'resource'],
  ])('%s is %s', (scope, level) => {
    expect(azureScopeLevel(scope)).toBe(level);
  });

  it('does not guess', () => {
    expect(azureScopeLevel(UNKNOWN_PART)).toBeNull();
    expect(azureScopeLevel('')).toBeNull();
    expect(azureScopeLevel('my-scope')).toBeNull();
  });
});

describe('actionCovers', () => {
  it('matches Azure wildcards without case', () => {
    expect(actionCovers('Microsoft.Authorization/*', 'Microsoft.Authorization/roleAssignments/write')).toBe(true);
    expect(actionCovers('microsoft.authorization/*/write', 'Microsoft.Authorization/roleDefinitions/write')).toBe(true);
    expect(actionCovers('*/write', 'Microsoft.Authorization/roleAssignments/write')).toBe(true);
    expect(actionCovers('*', 'Microsoft.Authorization/elevateAccess/action')).toBe(true);
    expect(actionCovers('Microsoft.Authorization/roleAssignments/write', 'Microsoft.Authorization/roleAssignments/write')).toBe(true);
  });

  it('rejects narrower or different actions', () => {
    expect(actionCovers('*/read', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(actionCovers('Microsoft.Authorization/*/read', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(actionCovers('Microsoft.Storage/*', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(actionCovers('Microsoft.Authorization/roleAssignments/write/x', 'Microsoft.Authorization/roleAssignments/write')).toBe(false);
    expect(actionCovers('a*a', 'a')).toBe(false);
  });

  it('lists only Microsoft.Authorization operations', () => {
    for (const operation of AUTHORIZATION_WRITE_OPERATIONS) expect(operation.startsWith('Microsoft.Authorization/')).toBe(true);
  });
});
