import { describe, expect, it } from 'vitest';
import {
  ANONYMOUS_SUBJECTS,
  ESCALATION_VERBS,
  PRIVILEGED_CLUSTER_ROLES,
  PUBLIC_DISCOVERY_ROLES,
  RBAC_KINDS,
  READ_VERBS,
  SENSITIVE_RESOURCES,
} from '../../src/catalogues/kubernetes-rbac';

describe('kubernetes RBAC catalogue', () => {
  it('names the escalation verbs with a plain description', () => {
    expect([...ESCALATION_VERBS.keys()].sort()).toEqual(['bind', 'escalate', 'impersonate']);
    for (const grants of ESCALATION_VERBS.values()) expect(grants).toMatch(/^lets this role /u);
  });

  it('keeps secrets sensitive and read verbs read-only', () => {
    expect(SENSITIVE_RESOURCES.has('secrets')).toBe(true);
    expect([...READ_VERBS].sort()).toEqual(['get', 'list', 'watch']);
    for (const verb of ESCALATION_VERBS.keys()) expect(READ_VERBS.has(verb)).toBe(false);
  });

  it('ranks cluster-admin above the aggregated roles', () => {
    expect(PRIVILEGED_CLUSTER_ROLES.get('cluster-admin')?.roleClass).toBe('admin');
    expect(PRIVILEGED_CLUSTER_ROLES.get('admin')?.roleClass).toBe('write');
    expect(PRIVILEGED_CLUSTER_ROLES.get('view')).toBeUndefined();
    for (const [name, entry] of PRIVILEGED_CLUSTER_ROLES) expect(entry.name).toBe(name);
  });

  it('lists the anonymous subjects with their kinds', () => {
    expect(ANONYMOUS_SUBJECTS.get('system:anonymous')?.kind).toBe('User');
    expect(ANONYMOUS_SUBJECTS.get('system:unauthenticated')?.kind).toBe('Group');
    expect(ANONYMOUS_SUBJECTS.get('system:authenticated')?.kind).toBe('Group');
    for (const [name, entry] of ANONYMOUS_SUBJECTS) expect(entry.name).toBe(name);
  });

  it('keeps the default discovery roles apart from the privileged ones', () => {
    for (const role of PUBLIC_DISCOVERY_ROLES) expect(PRIVILEGED_CLUSTER_ROLES.has(role)).toBe(false);
    expect([...RBAC_KINDS].sort()).toEqual(['ClusterRole', 'ClusterRoleBinding', 'Role', 'RoleBinding']);
  });
});
