/**
 * Slack OAuth scopes and how much each one grants. Plain data, no ESLint.
 *
 * Sources: Slack's scopes reference (api.slack.com/scopes) and its "legacy scopes" notes: the classic `client` and
 * `admin` scopes reach the whole workspace as the installing user; `admin.*` scopes are Enterprise Grid
 * organization administration; `chat:write:user` and `files:write:user` are legacy user-token scopes that post as
 * the user. Slack's guidance is to request bot scopes, and user scopes only for what must act as the user.
 * Slack compares scope names case-sensitively; they are all lower case.
 */
import type { CatalogueLevel } from './graph-permissions';

export interface SlackScope {
  /** The scope name, or a prefix when `prefix` is set (`admin.` matches `admin.users:write`). */
  readonly scope: string;
  readonly prefix?: boolean;
  readonly level: CatalogueLevel;
  /** What it lets the app do, in plain words, completing "`X` …". */
  readonly grants: string;
  /** Narrower scopes that often do the job, each in this catalogue at a lower level. */
  readonly narrower?: readonly string[];
  /** The safer pattern when no narrower scope exists. */
  readonly advice?: string;
  /** True when the name is an ordinary word that other systems use too (`admin`, `client`). */
  readonly commonWord?: boolean;
}

const GRANULAR = 'request the granular bot scopes the app needs instead';

export const SLACK_SCOPES: readonly SlackScope[] = [
  {
    scope: 'client',
    level: 'high',
    commonWord: true,
    grants: 'lets this app do everything the installing user can do in the workspace (legacy scope)',
    advice: GRANULAR,
  },
  {
    scope: 'admin',
    level: 'high',
    commonWord: true,
    grants: 'lets this app administer the workspace as the installing admin (legacy scope)',
    advice: GRANULAR,
  },
  {
    scope: 'admin.',
    prefix: true,
    level: 'high',
    grants: 'lets this app administer the Enterprise Grid organization',
    advice: 'keep organization administration in a separate, admin-only app',
  },
  {
    scope: 'chat:write:user',
    level: 'medium',
    grants: 'lets this app post messages as the user (legacy scope)',
    narrower: ['chat:write'],
  },
  {
    scope: 'files:write:user',
    level: 'medium',
    grants: 'lets this app upload, change and delete files as the user (legacy scope)',
    narrower: ['files:write'],
  },
  { scope: 'chat:write', level: 'leaf', grants: 'lets this app post messages as its bot' },
  { scope: 'files:write', level: 'leaf', grants: 'lets this app upload files as its bot' },
];

/** User-token scopes that together read every conversation the user can see. */
export const SLACK_FULL_HISTORY_SET: readonly string[] = ['channels:history', 'groups:history', 'im:history', 'mpim:history'];

/** The suffix of write scopes: in `userScopes` they act as the user rather than as the bot. */
export const SLACK_WRITE_SUFFIX = ':write';

/** The catalogue entry of a Slack scope (exact, or by prefix), or `undefined`. */
export function findSlackScope(scope: string): SlackScope | undefined {
  return SLACK_SCOPES.find((entry) => (entry.prefix ? scope.startsWith(entry.scope) && scope.length > entry.scope.length : entry.scope === scope));
}
