/**
 * GitHub OAuth app scopes and how much each one grants. Plain data, no ESLint.
 *
 * Source: GitHub's "Scopes for OAuth apps" documentation (docs.github.com/apps/oauth-apps/building-oauth-apps/
 * scopes-for-oauth-apps), which lists each scope, what it grants and its narrower children (`repo` →
 * `public_repo`/`repo:status`, `admin:org` → `write:org` → `read:org`, `user` → `read:user`/`user:email`,
 * `write:packages` → `read:packages`). GitHub Apps with fine-grained permissions are the narrower design for
 * anything these scopes cannot express. GitHub compares scope names case-sensitively; they are all lower case.
 */
import type { CatalogueLevel } from './graph-permissions';

export interface GitHubScope {
  readonly scope: string;
  readonly level: CatalogueLevel;
  /** What it lets the app do, in plain words, completing "`X` …". */
  readonly grants: string;
  /** Narrower scopes that often do the job, each in this catalogue at a lower level. */
  readonly narrower?: readonly string[];
  /** The safer pattern when no narrower scope exists. */
  readonly advice?: string;
  /**
   * True when the name is an ordinary word (`repo`, `user`) that other systems use too: it is taken for a GitHub
   * scope only where the code is known to talk to GitHub.
   */
  readonly commonWord?: boolean;
}

const GITHUB_APP = 'or use a GitHub App with fine-grained permissions';
const GITHUB_APP_INSTEAD = 'use a GitHub App with fine-grained permissions instead';

export const GITHUB_SCOPES: readonly GitHubScope[] = [
  {
    scope: 'repo',
    level: 'medium',
    commonWord: true,
    grants: 'lets this app read and write the code, issues and settings of every public and private repository the user can reach',
    narrower: ['public_repo', 'repo:status'],
    advice: GITHUB_APP,
  },
  { scope: 'public_repo', level: 'low', grants: 'lets this app write to every public repository the user can push to', advice: GITHUB_APP_INSTEAD },
  { scope: 'repo:status', level: 'leaf', grants: 'lets this app read and write commit statuses' },
  { scope: 'repo_deployment', level: 'leaf', grants: 'lets this app read and write deployment statuses' },
  { scope: 'repo:invite', level: 'leaf', grants: 'lets this app accept repository invitations' },
  {
    scope: 'delete_repo',
    level: 'high',
    grants: 'lets this app delete any repository the user administers',
    advice: 'drop it unless deleting repositories is the app\'s job',
  },
  {
    scope: 'workflow',
    level: 'medium',
    commonWord: true,
    grants: 'lets this app change GitHub Actions workflows, code that runs with the repository\'s secrets',
    advice: GITHUB_APP_INSTEAD,
  },
  {
    scope: 'admin:org',
    level: 'high',
    grants: 'lets this app fully manage the user\'s organizations, their members and teams included',
    narrower: ['write:org', 'read:org'],
  },
  { scope: 'write:org', level: 'medium', grants: 'lets this app change organization and team membership', narrower: ['read:org'] },
  { scope: 'read:org', level: 'leaf', grants: 'lets this app read organization and team membership' },
  { scope: 'admin:repo_hook', level: 'high', grants: 'lets this app create and delete webhooks on every repository the user can reach', narrower: ['write:repo_hook', 'read:repo_hook'] },
  { scope: 'write:repo_hook', level: 'medium', grants: 'lets this app create and change repository webhooks', narrower: ['read:repo_hook'] },
  { scope: 'read:repo_hook', level: 'leaf', grants: 'lets this app read repository webhooks' },
  {
    scope: 'admin:org_hook',
    level: 'high',
    grants: 'lets this app create and delete webhooks that receive every event of the user\'s organizations',
    advice: GITHUB_APP_INSTEAD,
  },
  { scope: 'admin:public_key', level: 'high', grants: 'lets this app add and delete the user\'s SSH keys', narrower: ['write:public_key', 'read:public_key'] },
  { scope: 'write:public_key', level: 'medium', grants: 'lets this app add SSH keys to the user\'s account', narrower: ['read:public_key'] },
  { scope: 'read:public_key', level: 'leaf', grants: 'lets this app read the user\'s SSH keys' },
  { scope: 'admin:gpg_key', level: 'high', grants: 'lets this app add and delete the user\'s GPG keys', narrower: ['write:gpg_key', 'read:gpg_key'] },
  { scope: 'write:gpg_key', level: 'medium', grants: 'lets this app add GPG keys to the user\'s account', narrower: ['read:gpg_key'] },
  { scope: 'read:gpg_key', level: 'leaf', grants: 'lets this app read the user\'s GPG keys' },
  {
    scope: 'admin:enterprise',
    level: 'critical',
    grants: 'lets this app fully manage the user\'s GitHub enterprises, their organizations and billing included',
    narrower: ['read:enterprise'],
  },
  { scope: 'read:enterprise', level: 'leaf', grants: 'lets this app read enterprise profiles' },
  {
    scope: 'site_admin',
    level: 'critical',
    grants: 'lets this app use every site administrator API of a GitHub Enterprise Server instance',
    advice: 'drop it unless the app administers the instance',
  },
  { scope: 'write:packages', level: 'medium', grants: 'lets this app publish packages to every registry the user can write to', narrower: ['read:packages'] },
  { scope: 'delete:packages', level: 'high', grants: 'lets this app delete packages from the user\'s registries', narrower: ['read:packages'] },
  { scope: 'read:packages', level: 'leaf', grants: 'lets this app download packages' },
  {
    scope: 'user',
    level: 'medium',
    commonWord: true,
    grants: 'lets this app change the user\'s profile and follows on top of reading it',
    narrower: ['read:user', 'user:email'],
  },
  { scope: 'read:user', level: 'leaf', grants: 'lets this app read the user\'s profile' },
  { scope: 'user:email', level: 'leaf', grants: 'lets this app read the user\'s email addresses' },
  { scope: 'user:follow', level: 'leaf', grants: 'lets this app follow and unfollow users' },
  { scope: 'gist', level: 'leaf', commonWord: true, grants: 'lets this app write gists' },
  { scope: 'notifications', level: 'leaf', commonWord: true, grants: 'lets this app read notifications' },
];

const BY_SCOPE: ReadonlyMap<string, GitHubScope> = new Map(GITHUB_SCOPES.map((entry) => [entry.scope, entry]));

/** The catalogue entry of a GitHub scope (exact, as GitHub compares them), or `undefined`. */
export function findGitHubScope(scope: string): GitHubScope | undefined {
  return BY_SCOPE.get(scope);
}
