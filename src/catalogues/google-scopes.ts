/**
 * Google OAuth 2.0 scopes and how much each one grants. Plain data, no ESLint.
 *
 * Sources: Google's "OAuth 2.0 Scopes for Google APIs" list, the Google Workspace "restricted scopes" list (the
 * Gmail and Drive scopes that need a security assessment before public use), the Drive API scope guide ("choose
 * the most narrowly focused scope possible"), the Gmail API scope guide, and the Cloud IAM guidance that
 * recommends `cloud-platform` on service-account clients with IAM roles limiting what the account can do.
 */
import type { CatalogueLevel } from './graph-permissions';

export interface GoogleScope {
  /** The full scope URL as Google documents it (matching ignores case and a trailing slash). */
  readonly scope: string;
  readonly level: CatalogueLevel;
  /** What it lets the app do, in plain words, completing "`X` …". */
  readonly grants: string;
  /** Narrower scopes that often do the job, each in this catalogue at a lower level. */
  readonly narrower?: readonly string[];
  /** The safer pattern when no narrower scope exists. */
  readonly advice?: string;
  /**
   * Over-broad only when a user consents to it: on a service-account or Application Default Credentials client
   * Google recommends it, and IAM roles decide what the account can do.
   */
  readonly userConsentOnly?: boolean;
}

const AUTH = 'https://www.googleapis.com/auth/';

export const GOOGLE_SCOPES: readonly GoogleScope[] = [
  {
    scope: 'https://mail.google.com/',
    level: 'high',
    grants: 'lets this app read, send and permanently delete all of the user\'s Gmail, over IMAP and SMTP too',
    narrower: [`${AUTH}gmail.readonly`, `${AUTH}gmail.send`],
  },
  {
    scope: `${AUTH}gmail.modify`,
    level: 'high',
    grants: 'lets this app read, change and send all of the user\'s Gmail',
    narrower: [`${AUTH}gmail.readonly`, `${AUTH}gmail.send`, `${AUTH}gmail.labels`],
  },
  {
    scope: `${AUTH}gmail.compose`,
    level: 'medium',
    grants: 'lets this app read, change and send the user\'s drafts and send mail as the user',
    narrower: [`${AUTH}gmail.send`],
  },
  {
    scope: `${AUTH}gmail.insert`,
    level: 'medium',
    grants: 'lets this app put messages straight into the user\'s mailbox, bypassing spam checks',
    advice: 'send the message with `gmail.send` instead if that is the goal',
  },
  {
    scope: `${AUTH}gmail.settings.sharing`,
    level: 'high',
    grants: 'lets this app set up mail forwarding and mailbox delegates, so it can siphon off the user\'s mail',
    advice: 'drop it unless the app exists to manage forwarding',
  },
  {
    scope: `${AUTH}gmail.readonly`,
    level: 'medium',
    grants: 'lets this app read all of the user\'s Gmail messages and attachments',
    narrower: [`${AUTH}gmail.metadata`],
  },
  {
    scope: `${AUTH}gmail.metadata`,
    level: 'low',
    grants: 'lets this app read the headers and labels of all of the user\'s Gmail',
    narrower: [`${AUTH}gmail.labels`],
  },
  { scope: `${AUTH}gmail.send`, level: 'leaf', grants: 'lets this app send mail as the user' },
  { scope: `${AUTH}gmail.labels`, level: 'leaf', grants: 'lets this app manage the user\'s Gmail labels' },
  {
    scope: `${AUTH}drive`,
    level: 'high',
    grants: 'lets this app read, change and delete every file in the user\'s Google Drive',
    narrower: [`${AUTH}drive.file`],
  },
  {
    scope: `${AUTH}drive.readonly`,
    level: 'medium',
    grants: 'lets this app read every file in the user\'s Google Drive',
    narrower: [`${AUTH}drive.file`],
  },
  {
    scope: `${AUTH}drive.scripts`,
    level: 'medium',
    grants: 'lets this app change the user\'s Apps Script projects, code that runs as the user',
    advice: 'drop it unless the app edits Apps Script projects',
  },
  {
    scope: `${AUTH}drive.metadata`,
    level: 'medium',
    grants: 'lets this app read and change the metadata of every file in the user\'s Google Drive',
    narrower: [`${AUTH}drive.metadata.readonly`, `${AUTH}drive.file`],
  },
  { scope: `${AUTH}drive.metadata.readonly`, level: 'low', grants: 'lets this app list every file in the user\'s Google Drive', narrower: [`${AUTH}drive.file`] },
  { scope: `${AUTH}drive.file`, level: 'leaf', grants: 'lets this app reach only the Drive files it created or the user opened with it' },
  { scope: `${AUTH}drive.appdata`, level: 'leaf', grants: 'lets this app keep its own data in a hidden Drive folder' },
  {
    scope: `${AUTH}cloud-platform`,
    level: 'high',
    userConsentOnly: true,
    grants: 'lets this app manage every Google Cloud resource the user can reach',
    narrower: [`${AUTH}cloud-platform.read-only`],
  },
  {
    scope: `${AUTH}cloud-platform.read-only`,
    level: 'low',
    userConsentOnly: true,
    grants: 'lets this app read every Google Cloud resource the user can reach',
    advice: 'request the scope of the one API the app calls',
  },
  {
    scope: `${AUTH}admin.directory.user`,
    level: 'high',
    grants: 'lets this app create, change and delete every user of the Google Workspace domain',
    narrower: [`${AUTH}admin.directory.user.readonly`],
  },
  {
    scope: `${AUTH}admin.directory.group`,
    level: 'high',
    grants: 'lets this app change every group of the Google Workspace domain and its members',
    narrower: [`${AUTH}admin.directory.group.readonly`, `${AUTH}admin.directory.group.member.readonly`],
  },
  {
    scope: `${AUTH}admin.directory.group.member`,
    level: 'high',
    grants: 'lets this app add anyone to any group of the Google Workspace domain',
    narrower: [`${AUTH}admin.directory.group.member.readonly`],
  },
  {
    scope: `${AUTH}admin.directory.rolemanagement`,
    level: 'critical',
    grants: 'lets this app assign any admin role of the Google Workspace domain, super admin included',
    narrower: [`${AUTH}admin.directory.rolemanagement.readonly`],
  },
  {
    scope: `${AUTH}admin.directory.domain`,
    level: 'high',
    grants: 'lets this app add and remove domains of the Google Workspace account',
    narrower: [`${AUTH}admin.directory.domain.readonly`],
  },
  {
    scope: `${AUTH}admin.directory.user.security`,
    level: 'high',
    grants: 'lets this app sign users out and manage their security keys and app passwords',
    advice: 'keep it in a separate, admin-only tool',
  },
  { scope: `${AUTH}admin.directory.user.readonly`, level: 'leaf', grants: 'lets this app read the domain\'s users' },
  { scope: `${AUTH}admin.directory.group.readonly`, level: 'leaf', grants: 'lets this app read the domain\'s groups' },
  { scope: `${AUTH}admin.directory.group.member.readonly`, level: 'leaf', grants: 'lets this app read group memberships' },
  { scope: `${AUTH}admin.directory.rolemanagement.readonly`, level: 'leaf', grants: 'lets this app read admin role assignments' },
  { scope: `${AUTH}admin.directory.domain.readonly`, level: 'leaf', grants: 'lets this app read the account\'s domains' },
];

/** A scope compared without case and without a trailing slash. */
export function normalizeGoogleScope(scope: string): string {
  const lower = scope.toLowerCase();
  return lower.endsWith('/') ? lower.slice(0, -1) : lower;
}

const BY_SCOPE: ReadonlyMap<string, GoogleScope> = new Map(GOOGLE_SCOPES.map((entry) => [normalizeGoogleScope(entry.scope), entry]));

/** The catalogue entry of a Google scope URL, or `undefined`. */
export function findGoogleScope(scope: string): GoogleScope | undefined {
  return BY_SCOPE.get(normalizeGoogleScope(scope));
}

/** True for a string that is written as a Google scope URL. */
export function isGoogleScopeUrl(scope: string): boolean {
  const lower = scope.toLowerCase();
  return lower.startsWith('https://www.googleapis.com/auth/') || lower.startsWith('https://mail.google.com');
}
