/**
 * The privilege levels every least-privilege catalogue and rule speaks: `critical` (a path to full control of a
 * tenant, account, project or cluster), `high` (broad write access, or access to everyone's data), `medium` (broad
 * access a narrower grant usually covers), `low` (read-only reach that can still be narrowed). One scale, so a
 * team's `minimumLevel` means the same thing in every rule.
 */

export type PrivilegeLevel = 'critical' | 'high' | 'medium' | 'low';

/** Most severe first. */
export const PRIVILEGE_LEVELS: readonly PrivilegeLevel[] = ['critical', 'high', 'medium', 'low'];

const RANKS: Readonly<Record<PrivilegeLevel, number>> = { low: 1, medium: 2, high: 3, critical: 4 };

/** A level's rank: `low` 1 … `critical` 4. */
export function privilegeRank(level: PrivilegeLevel): number {
  return RANKS[level];
}

/** Whether `level` is at least as severe as `minimum`. */
export function isAtLeast(level: PrivilegeLevel, minimum: PrivilegeLevel): boolean {
  return RANKS[level] >= RANKS[minimum];
}

/** One level less severe (`low` stays `low`): what a restricting condition does to a finding. */
export function lowerLevel(level: PrivilegeLevel): PrivilegeLevel {
  return PRIVILEGE_LEVELS[Math.min(PRIVILEGE_LEVELS.indexOf(level) + 1, PRIVILEGE_LEVELS.length - 1)] ?? 'low';
}

/** The JSON schema of a rule's `minimumLevel` option. */
export const MINIMUM_LEVEL_SCHEMA: { type: 'string'; enum: string[]; description: string } = {
  type: 'string',
  enum: [...PRIVILEGE_LEVELS],
  description: 'The least severe finding to report: `critical`, `high`, `medium` or `low`.',
};
