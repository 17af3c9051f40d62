import { describe, expect, it } from 'vitest';
import {
  GCP_PUBLIC_MEMBERS,
  GCP_ROLES,
  PUBLIC_CONTENT_ROLES,
  PUBLIC_ENDPOINT_ROLES,
  findGcpRole,
  findPublicMember,
  gcpResourceLevel,
  type GcpRoleClass,
} from '../../src/catalogues/gcp-roles';

const RANK: Record<GcpRoleClass, number> = { admin: 3, write: 2, read: 1 };

describe('GCP_ROLES', () => {
  it('has well-formed, unique entries', () => {
    for (const entry of GCP_ROLES) {
      expect(entry.role).toMatch(/^roles\/[a-z][\w.]*$/iu);
      expect(entry.grants).toMatch(/^lets this principal /u);
    }
    expect(new Set(GCP_ROLES.map((entry) => entry.role)).size).toBe(GCP_ROLES.length);
  });

  it('suggests narrower roles that are in the catalogue at a lower class, or read-only leaves', () => {
    for (const entry of GCP_ROLES) {
      for (const role of entry.narrower ?? []) {
        const narrower = findGcpRole(role);
        expect(narrower, `${entry.role} → ${role}`).not.toBeNull();
        const lower = RANK[narrower?.roleClass ?? 'admin'] < RANK[entry.roleClass];
        const readLeaf = entry.roleClass === 'read' && narrower?.roleClass === 'read' && narrower.narrower === undefined;
        expect(lower || readLeaf).toBe(true);
      }
    }
  });

  it('classifies the basic and IAM roles', () => {
    expect(findGcpRole('roles/owner')?.roleClass).toBe('admin');
    expect(findGcpRole('roles/editor')?.roleClass).toBe('write');
    expect(findGcpRole('roles/viewer')?.roleClass).toBe('read');
    expect(findGcpRole('roles/iam.securityAdmin')?.roleClass).toBe('admin');
    expect(findGcpRole('roles/iam.serviceAccountTokenCreator')?.roleClass).toBe('write');
    expect(findGcpRole('roles/iam.serviceAccountUser')?.broadOnly).toBeUndefined();
    expect(findGcpRole('roles/run.invoker')).toBeNull();
  });
});

describe('members', () => {
  it('finds the public members', () => {
    expect(findPublicMember('allUsers')?.member).toBe('allUsers');
    expect(findPublicMember('allauthenticatedusers')?.member).toBe('allAuthenticatedUsers');
    expect(findPublicMember('user:alice@example.com')).toBeNull();
    expect(new Set(GCP_PUBLIC_MEMBERS.map((entry) => entry.member.toLowerCase())).size).toBe(GCP_PUBLIC_MEMBERS.length);
  });

  it('keeps endpoint and content roles apart from the privileged roles', () => {
    for (const role of [...PUBLIC_ENDPOINT_ROLES, ...PUBLIC_CONTENT_ROLES]) expect(findGcpRole(role)).toBeNull();
  });
});

describe('gcpResourceLevel', () => {
  it.each([
    ['projects/my-project', 'project'],
    ['folders/123', 'folder'],
    ['organizations/456', 'organization'],
    ['projects/p/secrets/db', 'resource'],
  ])('%s is %s', (name, level) => {
    expect(gcpResourceLevel(name)).toBe(level);
  });

  it('does not guess', () => {
    expect(gcpResourceLevel('my-project')).toBeNull();
    expect(gcpResourceLevel('buckets/x')).toBeNull();
    expect(gcpResourceLevel('//storage.googleapis.com/b/x/y')).toBeNull();
  });
});
