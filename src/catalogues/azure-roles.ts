/**
 * Azure RBAC built-in roles, by name and by role-definition GUID, with how much each one grants.
 *
 * Sources: Microsoft Learn "Azure built-in roles" (the role names, GUIDs and permissions, which are the same in every
 * tenant) and the Tier-0 list of emiliensocchi/azure-tiering (`tiered-azure-roles.json`, MIT), which names the
 * built-in roles with a known path to taking over the scope they are assigned at. Every GUID here was checked
 * against the built-in roles reference.
 *
 * - `access-admin`: can grant access to others (and so to itself): Owner, User Access Administrator, Role Based
 *   Access Control Administrator.
 * - `write`: broad write roles with a known escalation path (run code as another identity, read keys or secrets,
 *   change every resource).
 * - `data` and `read`: the narrow roles this rule recommends instead; never reported.
 */

export type AzureRoleClass = 'access-admin' | 'write' | 'data' | 'read';

export interface AzureRole {
  readonly name: string;
  /** The role-definition GUID, lower case. */
  readonly id: string;
  readonly roleClass: AzureRoleClass;
  /** What the role lets its holder do, in plain words, as the end of a sentence starting with the role's name. */
  readonly grants: string;
  /** Names of narrower roles (each in this catalogue, at a lower class) to suggest in messages. */
  readonly narrower?: readonly string[];
}

export const AZURE_ROLES: readonly AzureRole[] = [
  {
    name: 'Owner',
    id: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
    roleClass: 'access-admin',
    grants: 'lets this identity change or delete anything and grant any access to anyone',
    narrower: ['Reader', 'Storage Blob Data Contributor', 'Key Vault Secrets User'],
  },
  {
    name: 'User Access Administrator',
    id: '18d7d88d-d35e-4fb5-a5c3-7773c20a72d9',
    roleClass: 'access-admin',
    grants: 'lets this identity grant any role, Owner included, to anyone, itself too',
    narrower: ['Reader'],
  },
  {
    name: 'Role Based Access Control Administrator',
    id: 'f58310d9-a9f6-439a-9e8d-f62e7b41a168',
    roleClass: 'access-admin',
    grants: 'lets this identity create role assignments, so it can give itself Owner unless a condition limits the roles it may assign',
    narrower: ['Reader'],
  },
  {
    name: 'Contributor',
    id: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
    roleClass: 'write',
    grants: 'lets this identity change or delete every resource, read their keys and run code on their compute',
    narrower: ['Storage Blob Data Contributor', 'Key Vault Secrets User', 'Reader'],
  },
  {
    name: 'Virtual Machine Contributor',
    id: '9980e02c-c2be-4d73-94e8-173b1dc7cf3c',
    roleClass: 'write',
    grants: 'lets this identity run commands on every virtual machine and act as the managed identities attached to them',
    narrower: ['Reader'],
  },
  {
    name: 'Managed Identity Operator',
    id: 'f1a07417-d97a-45cb-824c-7a7467783830',
    roleClass: 'write',
    grants: 'lets this identity attach any user-assigned managed identity to compute it controls and so act with that identity\'s access',
    narrower: ['Reader'],
  },
  {
    name: 'Key Vault Administrator',
    id: '00482a5a-887f-4fb3-b363-3b7fe8e74483',
    roleClass: 'write',
    grants: 'lets this identity read, change and delete every secret, key and certificate in the vaults',
    narrower: ['Key Vault Secrets User', 'Key Vault Reader'],
  },
  {
    name: 'Key Vault Data Access Administrator',
    id: '8b54135c-b56d-4d72-a534-26097cfdc8d8',
    roleClass: 'write',
    grants: 'lets this identity grant itself or anyone full access to the vaults\' secrets, keys and certificates',
    narrower: ['Key Vault Secrets User', 'Key Vault Reader'],
  },
  {
    name: 'Key Vault Secrets Officer',
    id: 'b86a8fe4-44ce-4948-aee5-eccb2c155cd7',
    roleClass: 'write',
    grants: 'lets this identity read, change and delete every secret in the vaults',
    narrower: ['Key Vault Secrets User'],
  },
  {
    name: 'Storage Account Contributor',
    id: '17d1049b-9a84-46fb-8f53-869881c3d3ab',
    roleClass: 'write',
    grants: 'lets this identity list the storage account keys, which open all data in the accounts without any further check',
    narrower: ['Storage Blob Data Contributor', 'Storage Blob Data Reader'],
  },
  {
    name: 'Storage Blob Data Owner',
    id: 'b7e6dc6d-f1e8-4753-8033-0f276bb0955b',
    roleClass: 'write',
    grants: 'lets this identity read, write and delete every blob and change the access control lists on them',
    narrower: ['Storage Blob Data Contributor', 'Storage Blob Data Reader'],
  },
  // Narrow data-plane roles: the replacements this rule recommends.
  { name: 'Storage Blob Data Contributor', id: 'ba92f5b4-2d11-453d-a403-e96b0029c9fe', roleClass: 'data', grants: 'lets this identity read, write and delete blobs' },
  { name: 'Storage Queue Data Contributor', id: '974c5e8b-45b9-4653-ba55-5f855dd0fb88', roleClass: 'data', grants: 'lets this identity read, write and delete queue messages' },
  { name: 'Storage Table Data Contributor', id: '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3', roleClass: 'data', grants: 'lets this identity read, write and delete table entities' },
  { name: 'Key Vault Secrets User', id: '4633458b-17de-408a-b874-0445c86b69e6', roleClass: 'data', grants: 'lets this identity read secret values' },
  { name: 'Key Vault Crypto Officer', id: '14b46e9e-c2b7-41b4-b07b-48a6ebf60603', roleClass: 'data', grants: 'lets this identity manage keys, but not access to them' },
  // Read-only roles.
  { name: 'Reader', id: 'acdd72a7-3385-48ef-bd42-f606fba81ae7', roleClass: 'read', grants: 'lets this identity view resources but not change them or read their secrets' },
  { name: 'Storage Blob Data Reader', id: '2a2b9908-6ea1-4ae2-8e65-a410df84e7d1', roleClass: 'read', grants: 'lets this identity read blobs' },
  { name: 'Storage Table Data Reader', id: '76199698-9eea-4c19-bc75-cec21354c6b6', roleClass: 'read', grants: 'lets this identity read table entities' },
  { name: 'Key Vault Reader', id: '21090545-7ca7-4776-b22c-e363652d74d2', roleClass: 'read', grants: 'lets this identity read vault metadata, not secret values' },
  { name: 'Monitoring Reader', id: '43d0d8ad-25c7-4714-9337-8ba259a9fe05', roleClass: 'read', grants: 'lets this identity read monitoring data' },
  { name: 'Log Analytics Reader', id: '73c42c96-874c-492b-b04d-ab87d138a893', roleClass: 'read', grants: 'lets this identity read monitoring data and logs' },
  { name: 'Security Reader', id: '39bc4728-0917-49c7-9d2c-d95423bc2eb4', roleClass: 'read', grants: 'lets this identity view security recommendations and alerts' },
  { name: 'AcrPull', id: '7f951dda-4ed3-4680-a7ca-43fe172d538d', roleClass: 'read', grants: 'lets this identity pull images from a container registry' },
  { name: 'App Configuration Data Reader', id: '516239f1-63e1-4d78-a4de-a74fb236a071', roleClass: 'read', grants: 'lets this identity read App Configuration keys' },
];

const BY_NAME: ReadonlyMap<string, AzureRole> = new Map(AZURE_ROLES.map((role) => [role.name.toLowerCase(), role]));
const BY_ID: ReadonlyMap<string, AzureRole> = new Map(AZURE_ROLES.map((role) => [role.id, role]));

const GUID = /^[\da-f]{8}-[\da-f]{4}-[\da-f]{4}-[\da-f]{4}-[\da-f]{12}$/u;
const DEFINITIONS_SEGMENT = '/providers/microsoft.authorization/roledefinitions/';

/** The built-in role with this display name (compared case-insensitively), or `null`. */
export function findAzureRoleByName(name: string): AzureRole | null {
  return BY_NAME.get(name.trim().toLowerCase()) ?? null;
}

/**
 * The role-definition GUID in a role-definition id: a bare GUID, or the last segment of
 * `/subscriptions/<sub>/providers/Microsoft.Authorization/roleDefinitions/<guid>` (any scope prefix, which may be
 * unknown). `null` when the GUID itself is not there.
 */
export function roleDefinitionGuid(id: string): string | null {
  const text = id.trim().toLowerCase();
  if (GUID.test(text)) return text;
  const at = text.lastIndexOf(DEFINITIONS_SEGMENT);
  if (at < 0) return null;
  const tail = text.slice(at + DEFINITIONS_SEGMENT.length).replace(/\/$/u, '');
  return GUID.test(tail) ? tail : null;
}

/** The built-in role a role-definition id (bare GUID or ARM id) names, or `null` for a custom or unknown role. */
export function findAzureRoleById(id: string): AzureRole | null {
  const guid = roleDefinitionGuid(id);
  return guid === null ? null : (BY_ID.get(guid) ?? null);
}

/** `text` without trailing slashes (and leading ones too when `leading`), without a backtracking regex. */
export function trimSlashes(text: string, leading: boolean): string {
  let start = 0;
  let end = text.length;
  while (leading && start < end && text[start] === '/') start += 1;
  while (end > start && text[end - 1] === '/') end -= 1;
  return text.slice(start, end);
}

/** How far an Azure scope reaches. */
export type AzureScopeLevel = 'root' | 'management-group' | 'subscription' | 'resource-group' | 'resource';

/** Stands for a part of the scope string known only at run time. */
export const UNKNOWN_PART = '\u0000';

/**
 * The level of an ARM scope string, reading only its static text; `UNKNOWN_PART` marks the pieces known only at
 * run time (`` `/subscriptions/${id}` `` is `/subscriptions/\0`). `null` when the static text does not tell.
 */
export function azureScopeLevel(scope: string): AzureScopeLevel | null {
  const text = trimSlashes(scope.trim().toLowerCase(), false);
  if (text === '') return scope.trim() === '/' ? 'root' : null;
  const segments = text.split('/');
  // An ARM scope starts with `/`; a scope starting with an unknown part is judged by what follows it.
  const known = segments[0] === '' ? segments.slice(1) : segments;
  const groupAt = known.indexOf('resourcegroups');
  if (groupAt >= 0) {
    return known.slice(groupAt + 2).includes('providers') ? 'resource' : 'resource-group';
  }
  if (known[0] === 'providers' && known[1] === 'microsoft.management' && known[2] === 'managementgroups') {
    return 'management-group';
  }
  if (known[0] === 'subscriptions') {
    if (known.length <= 2) return 'subscription';
    return known[2] === 'providers' ? 'resource' : null;
  }
  // `${resource.id}/providers/Microsoft.X/...`: an extension resource under something already specific.
  if (segments[0]?.includes(UNKNOWN_PART) === true && known.length > 1 && known[1] === 'providers') return 'resource';
  return null;
}

/** Azure operations that let a role's holder change who has access: granting itself anything. */
export const AUTHORIZATION_WRITE_OPERATIONS: readonly string[] = [
  'Microsoft.Authorization/roleAssignments/write',
  'Microsoft.Authorization/roleDefinitions/write',
  'Microsoft.Authorization/elevateAccess/action',
];

/**
 * True when an Azure action pattern (case-insensitive, `*` matching any run of characters) covers `operation`.
 * Linear in the pattern's length times the operation's: no backtracking regex.
 */
export function actionCovers(pattern: string, operation: string): boolean {
  const pieces = pattern.toLowerCase().split('*');
  const target = operation.toLowerCase();
  const first = pieces[0] ?? '';
  if (!target.startsWith(first)) return false;
  if (pieces.length === 1) return target === first;
  const last = pieces[pieces.length - 1] ?? '';
  let position = first.length;
  for (let index = 1; index < pieces.length - 1; index += 1) {
    const piece = pieces[index] ?? '';
    const found = target.indexOf(piece, position);
    if (found < 0) return false;
    position = found + piece.length;
  }
  return target.length - last.length >= position && target.endsWith(last);
}
