/**
 * Google Cloud IAM roles and members, with how much each one grants.
 *
 * Sources: Google Cloud IAM "Basic roles" (owner, editor and viewer are discouraged in production), the IAM roles
 * and permissions reference for Resource Manager and IAM (`roles/iam.securityAdmin` can set any IAM policy,
 * `roles/iam.serviceAccountTokenCreator` and `roles/iam.serviceAccountUser` let a principal act as service
 * accounts), and "Principal identifiers" (`allUsers`, `allAuthenticatedUsers`).
 *
 * - `admin`: can change IAM policy, so can grant itself anything.
 * - `write`: broad write access, or acting as other service accounts.
 * - `read`: read-only basic roles; low.
 */
import { trimSlashes } from './azure-roles';

export type GcpRoleClass = 'admin' | 'write' | 'read';

export interface GcpRole {
  readonly role: string;
  readonly roleClass: GcpRoleClass;
  /** What the role lets its holder do, as the end of a sentence starting with the role. */
  readonly grants: string;
  /** Roles that can only be granted on a project, folder or organization: a binding of them is broad by nature. */
  readonly broadOnly?: boolean;
  /** Narrower roles to suggest (each in this catalogue at a lower class, or marked as a least-privileged leaf). */
  readonly narrower?: readonly string[];
}

export const GCP_ROLES: readonly GcpRole[] = [
  {
    role: 'roles/owner',
    roleClass: 'admin',
    grants: 'lets this principal do anything there, including granting any role to anyone',
    broadOnly: true,
    narrower: ['roles/viewer'],
  },
  {
    role: 'roles/resourcemanager.projectIamAdmin',
    roleClass: 'admin',
    grants: 'lets this principal change the IAM policy there, and so grant itself roles/owner',
    broadOnly: true,
    narrower: ['roles/iam.securityReviewer'],
  },
  {
    role: 'roles/resourcemanager.folderAdmin',
    roleClass: 'admin',
    grants: 'lets this principal manage every project under the folder and their IAM policies',
    broadOnly: true,
    narrower: ['roles/browser'],
  },
  {
    role: 'roles/resourcemanager.organizationAdmin',
    roleClass: 'admin',
    grants: 'lets this principal change the IAM policy of the whole organization',
    broadOnly: true,
    narrower: ['roles/browser'],
  },
  {
    role: 'roles/iam.securityAdmin',
    roleClass: 'admin',
    grants: 'lets this principal set any IAM policy in its scope, and so grant itself roles/owner',
    narrower: ['roles/iam.securityReviewer'],
  },
  {
    role: 'roles/editor',
    roleClass: 'write',
    grants: 'lets this principal change or delete almost every resource there and read much of its data',
    broadOnly: true,
    narrower: ['roles/viewer'],
  },
  {
    role: 'roles/iam.serviceAccountTokenCreator',
    roleClass: 'write',
    grants: 'lets this principal mint tokens for every service account in its scope and act with their access',
    narrower: ['roles/iam.serviceAccountViewer'],
  },
  {
    role: 'roles/iam.serviceAccountUser',
    roleClass: 'write',
    grants: 'lets this principal run workloads as every service account in its scope and act with their access',
    narrower: ['roles/iam.serviceAccountViewer'],
  },
  {
    role: 'roles/iam.serviceAccountKeyAdmin',
    roleClass: 'write',
    grants: 'lets this principal create keys for every service account in its scope and act with their access',
    narrower: ['roles/iam.serviceAccountViewer'],
  },
  {
    role: 'roles/iam.roleAdmin',
    roleClass: 'write',
    grants: 'lets this principal add any permission to the custom roles it already holds',
    narrower: ['roles/iam.roleViewer'],
  },
  // Read-only roles: what this rule suggests instead.
  { role: 'roles/viewer', roleClass: 'read', grants: 'lets this principal read the configuration and much of the data of every resource there', broadOnly: true, narrower: ['roles/browser'] },
  { role: 'roles/browser', roleClass: 'read', grants: 'lets this principal see the resource hierarchy' },
  { role: 'roles/iam.securityReviewer', roleClass: 'read', grants: 'lets this principal read IAM policies' },
  { role: 'roles/iam.serviceAccountViewer', roleClass: 'read', grants: 'lets this principal see service accounts' },
  { role: 'roles/iam.roleViewer', roleClass: 'read', grants: 'lets this principal read role definitions' },
];

const BY_ROLE: ReadonlyMap<string, GcpRole> = new Map(GCP_ROLES.map((entry) => [entry.role, entry]));

/** The catalogue entry of a role id (`roles/owner`), or `null` for a role it does not know (predefined or custom). */
export function findGcpRole(role: string): GcpRole | null {
  return BY_ROLE.get(role.trim()) ?? null;
}

export interface PublicMember {
  readonly member: string;
  /** Who the member stands for, as a noun phrase. */
  readonly audience: string;
}

/** Members that stand for everyone: IAM identifiers are case-sensitive, but these are compared without case. */
export const GCP_PUBLIC_MEMBERS: readonly PublicMember[] = [
  { member: 'allUsers', audience: 'anyone on the internet, without signing in' },
  { member: 'allAuthenticatedUsers', audience: 'anyone with any Google account' },
];

const PUBLIC_BY_NAME: ReadonlyMap<string, PublicMember> = new Map(GCP_PUBLIC_MEMBERS.map((entry) => [entry.member.toLowerCase(), entry]));

/** The public member a member string names, or `null`. */
export function findPublicMember(member: string): PublicMember | null {
  return PUBLIC_BY_NAME.get(member.trim().toLowerCase()) ?? null;
}

/**
 * Roles that make a public service reachable: granting them to `allUsers` on one Cloud Run service or function is
 * how a public endpoint is published (authentication then lives in the application). Not reported.
 */
export const PUBLIC_ENDPOINT_ROLES: ReadonlySet<string> = new Set([
  'roles/run.invoker',
  'roles/cloudfunctions.invoker',
  'roles/iap.httpsResourceAccessor',
]);

/** Roles that let the public read stored content: a public website bucket, sometimes on purpose. Medium. */
export const PUBLIC_CONTENT_ROLES: ReadonlySet<string> = new Set([
  'roles/storage.objectViewer',
  'roles/storage.legacyObjectReader',
  'roles/storage.legacyBucketReader',
]);

export type GcpResourceLevel = 'organization' | 'folder' | 'project' | 'resource';

/**
 * The level of a Resource Manager resource name: `projects/p`, `folders/123`, `organizations/456`; a longer name
 * (`projects/p/secrets/s`) is a resource inside a project. `null` when the name does not tell.
 */
export function gcpResourceLevel(resource: string): GcpResourceLevel | null {
  const segments = trimSlashes(resource.trim(), true).split('/');
  const [collection] = segments;
  if (segments.length > 2) return collection === 'projects' || collection === 'folders' || collection === 'organizations' ? 'resource' : null;
  if (segments.length !== 2) return null;
  if (collection === 'projects') return 'project';
  if (collection === 'folders') return 'folder';
  if (collection === 'organizations') return 'organization';
  return null;
}
