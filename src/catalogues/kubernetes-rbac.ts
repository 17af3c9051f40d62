/**
 * Kubernetes RBAC: the verbs, resources, roles and subjects that grant more than they seem to.
 *
 * Source: the Kubernetes documentation "Using RBAC Authorization" (escalation prevention: `escalate`, `bind`,
 * `impersonate`; default roles `cluster-admin`, `admin`, `edit`; default bindings of `system:authenticated` and
 * `system:unauthenticated`) and "RBAC good practices" (least privilege, avoid wildcards, secrets access,
 * `system:anonymous`).
 */

export const WILDCARD = '*';

/** Verbs that let a role grow its own access or borrow someone else's. */
export const ESCALATION_VERBS: ReadonlyMap<string, string> = new Map([
  ['escalate', 'lets this role create or change roles with permissions it does not hold itself'],
  ['bind', 'lets this role bind any role, cluster-admin included, to any subject, itself too'],
  ['impersonate', 'lets this role act as other users, groups or service accounts and use their access'],
]);

/** Resources whose read access is worth a credential. */
export const SENSITIVE_RESOURCES: ReadonlyMap<string, string> = new Map([
  ['secrets', 'every secret in every namespace, service-account tokens included'],
]);

/** Verbs that read a resource's content. */
export const READ_VERBS: ReadonlySet<string> = new Set(['get', 'list', 'watch']);

export type ClusterRoleClass = 'admin' | 'write';

export interface PrivilegedClusterRole {
  readonly name: string;
  readonly roleClass: ClusterRoleClass;
  /** What binding it cluster-wide grants, as the end of a sentence. */
  readonly grants: string;
}

/** Default ClusterRoles that are too broad to bind cluster-wide. */
export const PRIVILEGED_CLUSTER_ROLES: ReadonlyMap<string, PrivilegedClusterRole> = new Map(
  [
    { name: 'cluster-admin', roleClass: 'admin' as const, grants: 'gives full control of every resource in the cluster' },
    { name: 'admin', roleClass: 'write' as const, grants: 'gives control of every namespace, its secrets and its role bindings included' },
    { name: 'edit', roleClass: 'write' as const, grants: 'lets the subject read every secret and run pods as any service account in every namespace' },
  ].map((entry) => [entry.name, entry]),
);

export interface AnonymousSubject {
  readonly name: string;
  readonly kind: 'User' | 'Group';
  /** Who the subject stands for, as a noun phrase. */
  readonly who: string;
}

/** Subjects that stand for callers who proved nothing (or only that they have some account). */
export const ANONYMOUS_SUBJECTS: ReadonlyMap<string, AnonymousSubject> = new Map(
  [
    { name: 'system:anonymous', kind: 'User' as const, who: 'every unauthenticated request' },
    { name: 'system:unauthenticated', kind: 'Group' as const, who: 'every unauthenticated request' },
    { name: 'system:authenticated', kind: 'Group' as const, who: 'every caller with any valid credential, every service account included' },
  ].map((entry) => [entry.name, entry]),
);

/** Default ClusterRoles that Kubernetes itself binds to the anonymous groups: binding them again grants nothing new. */
export const PUBLIC_DISCOVERY_ROLES: ReadonlySet<string> = new Set([
  'system:public-info-viewer',
  'system:discovery',
  'system:basic-user',
]);

export type RbacKind = 'ClusterRole' | 'Role' | 'ClusterRoleBinding' | 'RoleBinding';

export const RBAC_KINDS: ReadonlySet<string> = new Set<RbacKind>(['ClusterRole', 'Role', 'ClusterRoleBinding', 'RoleBinding']);

export const RBAC_API_GROUP = 'rbac.authorization.k8s.io';
