/**
 * Microsoft identity-platform permissions and how much each one grants: Microsoft Graph, Exchange Online (EWS) and
 * Azure Resource Manager. Plain data and string functions, no ESLint.
 *
 * Sources: the Microsoft Graph permissions reference (learn.microsoft.com/graph/permissions-reference) for names,
 * meanings and permission ids; the azure-tiering project (emiliensocchi/azure-tiering, MIT) for the Tier-0 set of
 * Graph application permissions, the ones with a known path to Global Administrator; Microsoft's guidance on
 * overprivileged and least-privileged permissions (`Sites.Selected`, Exchange application access policies, Teams
 * resource-specific consent); the Exchange Online EWS OAuth article for `full_access_as_app` and
 * `EWS.AccessAsUser.All`. Ids were checked against dumps of the Microsoft Graph service principal's `appRoles`
 * (application, `type: 'Role'`) and `oauth2PermissionScopes` (delegated, `type: 'Scope'`).
 *
 * This module also defines the privilege levels shared by the other OAuth scope catalogues.
 */

/**
 * How much a permission grants, most to least: `critical` (a path to full control of the tenant or organisation),
 * `high` (broad write access, or access to everyone's data), `medium` (broad data access that a narrower permission
 * usually covers), `low` (read-only reach that can still be narrowed). `leaf` marks a least-privileged permission
 * that the catalogues suggest and never report.
 */
export type CatalogueLevel = 'critical' | 'high' | 'medium' | 'low' | 'leaf';

/** The levels a rule can be asked to report from. */
export type { PrivilegeLevel } from './privilege-levels';

const LEVEL_RANKS: Readonly<Record<CatalogueLevel, number>> = { leaf: 0, low: 1, medium: 2, high: 3, critical: 4 };

/** A level's rank: `leaf` 0 … `critical` 4. */
export function levelRank(level: CatalogueLevel): number {
  return LEVEL_RANKS[level];
}

/** The resource an identity-platform permission belongs to. */
export type MicrosoftResource = 'graph' | 'exchange' | 'arm';

export interface MicrosoftPermission {
  /** The permission's value, spelled as the platform spells it (matching ignores case). */
  readonly name: string;
  readonly resource: MicrosoftResource;
  /** The level as an application permission (app-only token), or the only level when `delegatedLevel` is absent. */
  readonly level: CatalogueLevel;
  /**
   * The level as a delegated permission, when it differs: `Mail.ReadWrite` delegated only reaches the signed-in
   * user's own mailbox, so it is a `leaf` there.
   */
  readonly delegatedLevel?: CatalogueLevel;
  /** What it lets the app do, in plain words, completing "`X` …". */
  readonly grants: string;
  /** Narrower permissions of the same resource that often do the job, each in this catalogue at a lower level. */
  readonly narrower?: readonly string[];
  /** The safer pattern when no narrower permission exists (or in addition to it). */
  readonly advice?: string;
  /** True when the bare name is ambiguous and only the resource-prefixed form is this permission. */
  readonly prefixOnly?: boolean;
  /** The id of the application permission (`type: 'Role'` in `requiredResourceAccess`). */
  readonly roleId?: string;
  /** The id of the delegated permission (`type: 'Scope'` in `requiredResourceAccess`). */
  readonly scopeId?: string;
}

/** Application ids of the resources, as written in `requiredResourceAccess[].resourceAppId`. */
export const RESOURCE_APP_IDS: Readonly<Record<MicrosoftResource, string>> = {
  graph: '00000003-0000-0000-c000-000000000000',
  exchange: '00000002-0000-0ff1-ce00-000000000000',
  arm: '797f4846-ba00-4fd7-ba43-dac1f8f63013',
};

/** Hosts of each resource in resource-prefixed scopes (`https://graph.microsoft.com/Mail.Read`), national clouds included. */
export const RESOURCE_HOSTS: Readonly<Record<MicrosoftResource, readonly string[]>> = {
  graph: [
    'graph.microsoft.com',
    'canary.graph.microsoft.com',
    'graph.microsoft.us',
    'dod-graph.microsoft.us',
    'microsoftgraph.chinacloudapi.cn',
    'graph.microsoft.de',
  ],
  exchange: ['outlook.office365.com', 'outlook.office.com'],
  arm: ['management.azure.com', 'management.core.windows.net', 'management.usgovcloudapi.net', 'management.chinacloudapi.cn'],
};

/** Advice for a Tier-0 permission that has no narrower sibling. */
const ADMIN_TOOL = 'keep it out of this app and grant it only to a separate, tightly guarded administration tool';

/** Tier-0: permissions with a known path to Global Administrator, and their narrower read-only siblings. */
const TIER_ZERO: readonly MicrosoftPermission[] = [
  {
    name: 'RoleManagement.ReadWrite.Directory',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app assign any directory role, Global Administrator included, to any principal',
    narrower: ['RoleManagement.Read.Directory'],
    roleId: '9e3f62cf-ca93-4989-b6ce-bf83c28f9fe8',
    scopeId: 'd01b97e9-cbc0-49fe-810a-750afd5527a3',
  },
  {
    name: 'AppRoleAssignment.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app grant itself or any other app any application permission without admin consent',
    advice: ADMIN_TOOL,
    roleId: '06b708a9-e830-4db3-a914-8e69da51d44f',
    scopeId: '84bccea3-f856-4a8a-967b-dbe0a3d53a64',
  },
  {
    name: 'Application.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app add credentials to any app or service principal in the tenant and act as it',
    narrower: ['Application.ReadWrite.OwnedBy', 'Application.Read.All'],
    roleId: '1bfefb4e-e0b5-418b-a88f-73c46d2cc8e9',
    scopeId: 'bdfbf15f-ee85-4955-8675-146e8e5296b5',
  },
  {
    name: 'Application.ReadWrite.OwnedBy',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app add credentials to every app it owns and act as those apps',
    advice: 'keep the apps it owns free of privileged permissions, or manage them outside the app',
    roleId: '18a4783c-866b-4cc7-a460-3d5e5662c884',
  },
  {
    name: 'Application.ReadUpdate.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app update any app or service principal in the tenant, credentials included',
    narrower: ['Application.Read.All'],
  },
  {
    name: 'Directory.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change any user, group or app in the tenant',
    narrower: ['Directory.Read.All', 'User.ReadBasic.All'],
    roleId: '19dbc75e-c2e2-444c-a770-ec69d8559fc7',
    scopeId: 'c5366453-9fb0-48a5-a156-24f0c49a4b84',
  },
  {
    name: 'Directory.AccessAsUser.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app do everything the signed-in user can do in the directory, an administrator\'s rights included',
    narrower: ['User.ReadBasic.All', 'Directory.Read.All'],
    scopeId: '0e263e50-5827-48a4-b97c-d940288653c7',
  },
  {
    name: 'DelegatedPermissionGrant.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app grant any delegated permission of any API to any app without consent',
    advice: ADMIN_TOOL,
    roleId: '8e8e4742-1d95-4f68-9d56-6ee75648c72a',
  },
  {
    name: 'Domain.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app add and federate domains, so it can sign in as any user of that domain',
    narrower: ['Domain.Read.All'],
    roleId: '7e05723c-0bb0-42da-be95-ae9f08a6e53c',
    scopeId: '0b5d694c-a244-4bde-86e6-eb5cd07730fe',
  },
  {
    name: 'Organization.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change the tenant\'s organization settings, certificate-based sign-in included',
    narrower: ['Organization.Read.All'],
    roleId: '292d869f-3427-49a8-9dab-8c70152b74e9',
    scopeId: '46ca0847-7e6b-426e-9775-ea810a948356',
  },
  {
    name: 'Policy.ReadWrite.ConditionalAccess',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change or switch off every Conditional Access policy in the tenant',
    narrower: ['Policy.Read.ConditionalAccess'],
    roleId: '01c0a623-fc9b-48e9-b794-0756f8e8f067',
    scopeId: 'ad902697-1014-4ef5-81ef-2b4301988e8c',
  },
  {
    name: 'Policy.ReadWrite.AuthenticationMethod',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app turn on weak sign-in methods such as Temporary Access Pass for the whole tenant',
    narrower: ['Policy.Read.All'],
    roleId: '29c18626-4985-4dcd-85c0-193eef327366',
    scopeId: '7e823077-d88e-468f-a337-e18f1f0e6c7c',
  },
  {
    name: 'Policy.ReadWrite.PermissionGrant',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app rewrite the consent policies that decide which permissions apps may be granted',
    narrower: ['Policy.Read.PermissionGrant'],
    roleId: 'a402ca1c-2696-4531-972d-6e5ee4aa11ea',
    scopeId: '2672f8bb-fd5e-42e0-85e1-ec764dd2614e',
  },
  {
    name: 'PrivilegedAccess.ReadWrite.AzureAD',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app manage privileged (PIM) assignments of directory roles',
    advice: ADMIN_TOOL,
    roleId: '854d9ab1-6657-4ec8-be45-823027bcd009',
  },
  {
    name: 'PrivilegedAccess.ReadWrite.AzureADGroup',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app add anyone to a group that holds a privileged role',
    advice: ADMIN_TOOL,
    roleId: '2f6817f8-7b12-4f0f-bc18-eeaf60705a9e',
    scopeId: '32531c59-1f32-461f-b8df-6f8a3b89f73b',
  },
  {
    name: 'PrivilegedAccess.ReadWrite.AzureResources',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app manage privileged (PIM) assignments of Azure resource roles',
    advice: ADMIN_TOOL,
    roleId: '6f9d5abc-2db6-400b-a267-7de22a40fb87',
  },
  {
    name: 'PrivilegedAssignmentSchedule.ReadWrite.AzureADGroup',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app make anyone an active member or owner of a group that holds a privileged role',
    advice: ADMIN_TOOL,
    roleId: '41202f2c-f7ab-45be-b001-85c9728b9d69',
    scopeId: '06dbc45d-6708-4ef0-a797-f797ee68bf4b',
  },
  {
    name: 'PrivilegedEligibilitySchedule.ReadWrite.AzureADGroup',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app make anyone eligible for a group that holds a privileged role',
    advice: ADMIN_TOOL,
    roleId: '618b6020-bca8-4de6-99f6-ef445fa4d857',
    scopeId: 'ba974594-d163-484e-ba39-c330d5897667',
  },
  {
    name: 'RoleAssignmentSchedule.ReadWrite.Directory',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app activate any directory role, Global Administrator included, for any user',
    advice: ADMIN_TOOL,
    roleId: 'dd199f4a-f148-40a4-a2ec-f0069cc799ec',
    scopeId: '8c026be3-8e26-4774-9372-8d5d6f21daff',
  },
  {
    name: 'RoleEligibilitySchedule.ReadWrite.Directory',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app make any user eligible for any directory role, Global Administrator included',
    advice: ADMIN_TOOL,
    roleId: 'fee28b28-e1f3-4841-818e-2704dc62245f',
    scopeId: '62ade113-f8e0-4bf9-a6ba-5acb31db32fd',
  },
  {
    name: 'RoleManagementPolicy.ReadWrite.Directory',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app remove the approval and MFA requirements on activating directory roles',
    advice: ADMIN_TOOL,
    roleId: '31e08e0a-d3f7-4ca2-ac39-7343fb83e8ad',
    scopeId: '1ff1be21-34eb-448c-9ac9-ce1f506b2a68',
  },
  {
    name: 'RoleManagementPolicy.ReadWrite.AzureADGroup',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app remove the approval and MFA requirements on joining privileged groups',
    advice: ADMIN_TOOL,
    roleId: 'b38dcc4d-a239-4ed6-aa84-6c65b284f97c',
    scopeId: '0da165c7-3f15-4236-b733-c0b0f6abe41d',
  },
  {
    name: 'User.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change the profile of every user in the tenant, the attributes that drive group membership included',
    narrower: ['User.Read.All', 'User.ReadBasic.All'],
    roleId: '741f803b-c850-494e-b5df-cde7c675a1ca',
    scopeId: '204e0828-b5ca-4ad8-b9f3-f32a958e7cc4',
  },
  {
    name: 'User-PasswordProfile.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app reset the password of users in the tenant',
    advice: ADMIN_TOOL,
    roleId: 'cc117bb9-00cf-4eb8-b580-ea2a878fe8f7',
    scopeId: '56760768-b641-451f-8906-e1b8ab31bca7',
  },
  {
    name: 'User.EnableDisableAccount.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app enable or disable any user account, administrators and break-glass accounts included',
    advice: ADMIN_TOOL,
    roleId: '3011c876-62b7-4ada-afa2-506cbbecc68c',
    scopeId: 'f92e74e7-2563-467f-9dd0-902688cb5863',
  },
  {
    name: 'User.DeleteRestore.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app delete and restore any user account, administrators included',
    advice: ADMIN_TOOL,
    roleId: 'eccc023d-eccf-4e7b-9683-8813ab36cecc',
    scopeId: '4bb440cd-2cf2-4f90-8004-aa2acd2537c5',
  },
  {
    name: 'UserAuthenticationMethod.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app add sign-in methods, such as a Temporary Access Pass, to any user and sign in as them',
    narrower: ['UserAuthenticationMethod.Read.All'],
    roleId: '50483e42-d915-4231-9639-7fdb7fd190e5',
    scopeId: 'b7887744-6746-4312-813d-72daeaee7e2d',
  },
  {
    name: 'UserAuthMethod-TAP.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app issue a Temporary Access Pass for any user and sign in as them',
    advice: ADMIN_TOOL,
  },
  {
    name: 'Group.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change every group in the tenant and its membership, groups that hold privileged access included',
    narrower: ['Group.Read.All', 'GroupMember.Read.All'],
    roleId: '62a82d76-70ea-41e2-9197-370581804d09',
    scopeId: '4e46008b-f24c-477d-8fff-7bb4ec7aafe0',
  },
  {
    name: 'GroupMember.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app add anyone to any group in the tenant, groups that hold privileged access included',
    narrower: ['GroupMember.Read.All'],
    roleId: 'dbaae8cf-10b5-4b86-a4a1-f871c94c6695',
    scopeId: 'f81125ac-d3b7-4573-a3b2-7099cc39df9e',
  },
  {
    name: 'AdministrativeUnit.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app take users out of restricted administrative units that protect administrators',
    narrower: ['AdministrativeUnit.Read.All'],
    roleId: '5eb59dd3-1da2-4329-8733-9dabdc435916',
    scopeId: '7b8a2d34-6b3f-4542-a343-54651608ad81',
  },
  {
    name: 'EntitlementManagement.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change access packages so that anyone can request privileged access without approval',
    narrower: ['EntitlementManagement.Read.All'],
    roleId: '9acd699f-1e81-4958-b001-93b1d2506e19',
    scopeId: 'ae7a573d-81d7-432b-ad44-4ed5c9d89038',
  },
  {
    name: 'Synchronization.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app change the directory synchronization jobs that create and update accounts',
    advice: ADMIN_TOOL,
  },
  {
    name: 'DeviceManagementRBAC.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app assign any Intune role, so it can take control of every managed device',
    narrower: ['DeviceManagementRBAC.Read.All'],
    roleId: 'e330c4f0-4170-414e-a55a-2f022ec2b57b',
    scopeId: '0c5e8a55-87a6-4556-93ab-adc52c4d862d',
  },
  {
    name: 'DeviceManagementConfiguration.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app push configuration to every Intune-managed device, administrators\' devices included',
    narrower: ['DeviceManagementConfiguration.Read.All'],
    roleId: '9241abd9-d0e6-425a-bd4f-47ba86e767a4',
    scopeId: '0883f392-0a7a-443d-8c76-16a6d39c7b63',
  },
  {
    name: 'DeviceManagementScripts.ReadWrite.All',
    resource: 'graph',
    level: 'critical',
    grants: 'lets this app run scripts on every Intune-managed device',
    advice: ADMIN_TOOL,
  },
];

/** Broad data permissions with a narrower replacement (Microsoft's "reducible" permissions). */
const REDUCIBLE: readonly MicrosoftPermission[] = [
  {
    name: 'Files.ReadWrite.All',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app read, change and delete every file it can reach in OneDrive and SharePoint',
    narrower: ['Files.Read.All', 'Files.ReadWrite', 'Files.ReadWrite.AppFolder'],
    roleId: '75359482-378d-4052-8f01-80520e7db3cd',
    scopeId: '863451e7-0667-486c-a5d6-d135439485f0',
  },
  {
    name: 'Sites.FullControl.All',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app fully control every SharePoint site collection, permissions included',
    narrower: ['Sites.Selected'],
    roleId: 'a82116e5-55eb-4c41-a434-62fe8a61c773',
  },
  {
    name: 'Sites.Manage.All',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app create and delete lists and libraries in every SharePoint site',
    narrower: ['Sites.Selected'],
    roleId: '0c0bf378-bf22-4481-8f81-9e89a9b4960a',
  },
  {
    name: 'Sites.ReadWrite.All',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app read, change and delete documents and list items in every SharePoint site',
    narrower: ['Sites.Selected'],
    roleId: '9492366f-7969-46a4-8d15-ed1a20078fff',
    scopeId: '89fe6a52-be36-487e-b7d8-d061c450a026',
  },
  {
    name: 'Sites.Read.All',
    resource: 'graph',
    level: 'low',
    grants: 'lets this app read documents and list items in every SharePoint site',
    narrower: ['Sites.Selected'],
    roleId: '332a536c-c7ef-4017-ab91-336970924f0d',
  },
  {
    name: 'Mail.ReadWrite',
    resource: 'graph',
    level: 'high',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app read, change and delete mail in every mailbox of the organization',
    narrower: ['Mail.Read', 'Mail.ReadBasic'],
    advice: 'and limit it to the mailboxes it needs with an Exchange application access policy',
    roleId: 'e2a3a72e-5f79-4c64-b1b1-878b674786c9',
  },
  {
    name: 'Mail.Send',
    resource: 'graph',
    level: 'high',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app send mail as any user of the organization',
    advice: 'limit it to the mailboxes that send with an Exchange application access policy',
    roleId: 'b633e1c5-b582-4048-a93e-9f11b44c7e96',
  },
  {
    name: 'Mail.Read',
    resource: 'graph',
    level: 'medium',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app read the mail of every mailbox in the organization',
    narrower: ['Mail.ReadBasic'],
    advice: 'and limit it to the mailboxes it needs with an Exchange application access policy',
    roleId: '810c84a8-4a9e-49e6-bf7d-12d183f40d01',
  },
  {
    name: 'MailboxSettings.ReadWrite',
    resource: 'graph',
    level: 'high',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app change the settings, forwarding rules included, of every mailbox',
    narrower: ['MailboxSettings.Read'],
    roleId: '6931bccd-447a-43d1-b442-00a195474933',
  },
  {
    name: 'Calendars.ReadWrite',
    resource: 'graph',
    level: 'high',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app read and change every calendar in the organization',
    narrower: ['Calendars.Read'],
    roleId: 'ef54d2bf-783f-4e0f-bca1-3210c0444d99',
  },
  {
    name: 'Contacts.ReadWrite',
    resource: 'graph',
    level: 'high',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app read and change the contacts of every mailbox',
    narrower: ['Contacts.Read'],
    roleId: '6918b873-d17a-4dc1-b314-35f528134491',
  },
  {
    name: 'Chat.ReadWrite.All',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app read and write every Teams chat message in the organization',
    narrower: ['Chat.Read.WhereInstalled'],
    advice: 'or use resource-specific consent for the chats it is installed in',
    roleId: '294ce7c9-31ba-490a-ad7d-97a7d075e4ed',
  },
  {
    name: 'Chat.Read.All',
    resource: 'graph',
    level: 'medium',
    grants: 'lets this app read every Teams chat message in the organization',
    narrower: ['Chat.Read.WhereInstalled'],
    roleId: '6b7d71aa-70aa-4810-a8d9-5d9fb2830017',
  },
  {
    name: 'ChannelMessage.Read.All',
    resource: 'graph',
    level: 'medium',
    grants: 'lets this app read every Teams channel message in the organization',
    narrower: ['ChannelMessage.Read.Group'],
    roleId: '7b2449af-6ccd-4f4d-9f78-e550c193f0d1',
  },
  {
    name: 'Notes.ReadWrite.All',
    resource: 'graph',
    level: 'high',
    grants: 'lets this app read and change every OneNote notebook it can reach',
    narrower: ['Notes.Read', 'Notes.ReadWrite'],
    roleId: '0c458cef-11f3-48c2-a568-c66751c238c0',
  },
  {
    name: 'Directory.Read.All',
    resource: 'graph',
    level: 'low',
    grants: 'lets this app read every user, group, app and device in the directory',
    narrower: ['User.ReadBasic.All', 'GroupMember.Read.All'],
    roleId: '7ab1d382-f21e-4acd-a863-ba3e13f7da61',
    scopeId: '06da0dbc-49e2-44d2-8312-53f166ab848a',
  },
  {
    name: 'User.Read.All',
    resource: 'graph',
    level: 'low',
    grants: 'lets this app read the full profile of every user in the tenant',
    narrower: ['User.ReadBasic.All'],
    roleId: 'df021288-bdef-4463-88db-98f22de89214',
    scopeId: 'a154be20-db9c-4678-8ab7-66f6cc099a59',
  },
  {
    name: 'Group.Read.All',
    resource: 'graph',
    level: 'low',
    grants: 'lets this app read every group, its conversations and calendar included',
    narrower: ['GroupMember.Read.All'],
    roleId: '5b567255-7703-4780-807c-7be8301ae99b',
    scopeId: '5f8c59db-677d-491f-a6b8-5f174b11ec1d',
  },
  {
    name: 'Files.Read.All',
    resource: 'graph',
    level: 'low',
    grants: 'lets this app read every file it can reach in OneDrive and SharePoint',
    narrower: ['Files.Read', 'Files.Read.Selected'],
    roleId: '01d4889c-1287-42c6-ac1f-5d1e02578ef6',
  },
  {
    name: 'Mail.ReadBasic',
    resource: 'graph',
    level: 'low',
    delegatedLevel: 'leaf',
    grants: 'as an application permission lets this app read the headers of every mailbox in the organization',
    advice: 'limit it to the mailboxes it needs with an Exchange application access policy',
    roleId: '6be147d2-ea4f-4b5a-a3fa-3eab6f3c140a',
  },
];

/** Least-privileged permissions the catalogue suggests: never reported. */
const LEAVES: readonly MicrosoftPermission[] = [
  { name: 'User.Read', resource: 'graph', level: 'leaf', grants: 'lets this app read the signed-in user\'s profile', scopeId: 'e1fe6dd8-ba31-4d61-89e7-88639da4683d' },
  {
    name: 'User.ReadBasic.All',
    resource: 'graph',
    level: 'leaf',
    grants: 'lets this app read the basic profile (name, email, photo) of users',
    scopeId: '97235f07-e226-4f63-ace3-39588e11d3a1',
  },
  { name: 'GroupMember.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read group memberships', roleId: '98830695-27a2-44f7-8c18-0c3ebc9698f6' },
  { name: 'RoleManagement.Read.Directory', resource: 'graph', level: 'leaf', grants: 'lets this app read directory role assignments', roleId: '483bed4a-2ad3-4361-a73b-c83ccdbdc53c' },
  { name: 'Application.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read apps and service principals', roleId: '9a5d68dd-52b0-4cc2-bd40-abcf44ac3a30' },
  { name: 'Domain.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read domain properties', roleId: 'dbb9058a-0e50-45d7-ae91-66909b5d4664' },
  { name: 'Organization.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read organization information', roleId: '498476ce-e0fe-48b0-b801-37ba7e2685c6' },
  { name: 'Policy.Read.ConditionalAccess', resource: 'graph', level: 'leaf', grants: 'lets this app read Conditional Access policies', roleId: '37730810-e9ba-4e46-b07e-8ca78d182097' },
  { name: 'Policy.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read the tenant\'s policies', roleId: '246dd0d5-5bd0-4def-940b-0421030a5b68' },
  { name: 'Policy.Read.PermissionGrant', resource: 'graph', level: 'leaf', grants: 'lets this app read consent policies', roleId: '9e640839-a198-48fb-8b9a-013fd6f6cbcd' },
  {
    name: 'UserAuthenticationMethod.Read.All',
    resource: 'graph',
    level: 'leaf',
    grants: 'lets this app read users\' registered sign-in methods',
    roleId: '38d9df27-64da-44fd-b7c5-a6fbac20248f',
  },
  { name: 'AdministrativeUnit.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read administrative units', roleId: '134fd756-38ce-4afd-ba33-e9623dbe66c2' },
  { name: 'EntitlementManagement.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read access packages', roleId: 'c74fd47d-ed3c-45c3-9a9e-b8676de685d2' },
  { name: 'DeviceManagementRBAC.Read.All', resource: 'graph', level: 'leaf', grants: 'lets this app read Intune role settings', roleId: '58ca0d9a-1575-47e1-a3cb-007ef2e4583b' },
  {
    name: 'DeviceManagementConfiguration.Read.All',
    resource: 'graph',
    level: 'leaf',
    grants: 'lets this app read Intune device configuration',
    roleId: 'dc377aa6-52d8-4e23-b271-2a7ae04cedf3',
  },
  { name: 'Files.Read', resource: 'graph', level: 'leaf', grants: 'lets this app read the signed-in user\'s files' },
  { name: 'Files.ReadWrite', resource: 'graph', level: 'leaf', grants: 'lets this app change the signed-in user\'s own files' },
  { name: 'Files.ReadWrite.AppFolder', resource: 'graph', level: 'leaf', grants: 'lets this app change files in its own app folder' },
  { name: 'Files.Read.Selected', resource: 'graph', level: 'leaf', grants: 'lets this app read the files the user selected' },
  { name: 'Sites.Selected', resource: 'graph', level: 'leaf', grants: 'lets this app reach only the sites an administrator grants it', roleId: '883ea226-0bf2-4a8f-9f9d-92c9162a727d' },
  { name: 'MailboxSettings.Read', resource: 'graph', level: 'leaf', grants: 'lets this app read mailbox settings', roleId: '40f97065-369a-49f4-947c-6a255697ae91' },
  { name: 'Calendars.Read', resource: 'graph', level: 'leaf', grants: 'lets this app read calendars', roleId: '798ee544-9d2d-430c-a058-570e29e34338' },
  { name: 'Contacts.Read', resource: 'graph', level: 'leaf', grants: 'lets this app read contacts', roleId: '089fe4d0-434a-44c5-8827-41ba8a0b17f5' },
  { name: 'Chat.Read.WhereInstalled', resource: 'graph', level: 'leaf', grants: 'lets this app read the chats it is installed in' },
  { name: 'ChannelMessage.Read.Group', resource: 'graph', level: 'leaf', grants: 'lets this app read the channel messages of teams it is installed in (resource-specific consent)' },
  { name: 'Notes.Read', resource: 'graph', level: 'leaf', grants: 'lets this app read the signed-in user\'s notebooks' },
  { name: 'Notes.ReadWrite', resource: 'graph', level: 'leaf', grants: 'lets this app change the signed-in user\'s notebooks' },
];

/** Outside Microsoft Graph: Exchange Web Services and Azure Resource Manager. */
const OTHER_RESOURCES: readonly MicrosoftPermission[] = [
  {
    name: 'full_access_as_app',
    resource: 'exchange',
    level: 'critical',
    grants: 'lets this app read, change, send and delete mail in every mailbox of the organization through EWS',
    advice: 'move to Microsoft Graph mail permissions limited by an Exchange application access policy',
    roleId: 'dc890d15-9560-4a4c-9b7f-a736ec74ec40',
  },
  {
    name: 'EWS.AccessAsUser.All',
    resource: 'exchange',
    level: 'high',
    grants: 'lets this app do everything in every mailbox the signed-in user can open through EWS',
    advice: 'move to the Microsoft Graph mail scope it needs, such as `Mail.Read`',
    scopeId: '3b5f3d61-589b-4a3c-a359-5dd4b5ee5bd5',
  },
  {
    name: 'user_impersonation',
    resource: 'arm',
    level: 'low',
    prefixOnly: true,
    grants: 'lets this app manage every Azure subscription and resource the signed-in user can reach',
    advice: 'call Azure Resource Manager only where the app manages resources for the user, and give the user a narrow Azure role',
    scopeId: '41094075-9dad-400e-a0bd-54e686782033',
  },
];

/** Every catalogued permission. */
export const MICROSOFT_PERMISSIONS: readonly MicrosoftPermission[] = [...TIER_ZERO, ...REDUCIBLE, ...LEAVES, ...OTHER_RESOURCES];

function permissionKey(resource: MicrosoftResource, name: string): string {
  return `${resource}:${name.toLowerCase()}`;
}

const BY_NAME: ReadonlyMap<string, MicrosoftPermission> = new Map(
  MICROSOFT_PERMISSIONS.map((permission) => [permissionKey(permission.resource, permission.name), permission]),
);

/** Permission ids: `resource:role:<guid>` / `resource:scope:<guid>`. */
const BY_ID: ReadonlyMap<string, MicrosoftPermission> = new Map(
  MICROSOFT_PERMISSIONS.flatMap((permission) => [
    ...(permission.roleId ? [[`${permission.resource}:Role:${permission.roleId}`, permission] as const] : []),
    ...(permission.scopeId ? [[`${permission.resource}:Scope:${permission.scopeId}`, permission] as const] : []),
  ]),
);

/** The permission named `name` of `resource`, ignoring case. */
export function findMicrosoftPermission(resource: MicrosoftResource, name: string): MicrosoftPermission | undefined {
  return BY_NAME.get(permissionKey(resource, name));
}

/** The permission with this id, as written in `requiredResourceAccess` (`type` is `Role` or `Scope`). */
export function findMicrosoftPermissionById(resource: MicrosoftResource, type: 'Role' | 'Scope', id: string): MicrosoftPermission | undefined {
  return BY_ID.get(`${resource}:${type}:${id.toLowerCase()}`);
}

/** The resource an application id (`resourceAppId`) or a scope's host names. */
export function resourceOfAppId(appId: string): MicrosoftResource | null {
  const id = appId.toLowerCase();
  for (const [resource, value] of Object.entries(RESOURCE_APP_IDS) as [MicrosoftResource, string][]) {
    if (value === id) return resource;
  }
  return null;
}

function resourceOfHost(host: string): MicrosoftResource | null {
  for (const [resource, hosts] of Object.entries(RESOURCE_HOSTS) as [MicrosoftResource, readonly string[]][]) {
    if (hosts.includes(host)) return resource;
  }
  return null;
}

/** A Microsoft scope string taken apart. */
export interface ParsedMicrosoftScope {
  /** The resource named by the prefix; `null` for a bare name. */
  readonly resource: MicrosoftResource | null;
  /** True when the scope has a resource prefix (a URL or an application id), even an unknown one. */
  readonly prefixed: boolean;
  /** The permission part: `Mail.Read`, `.default`, `user_impersonation`. */
  readonly name: string;
  /** Where `name` starts in the scope string. */
  readonly nameStart: number;
}

/**
 * Splits `https://graph.microsoft.com/Mail.Read`, `00000003-0000-0000-c000-000000000000/Mail.Read` and
 * `Mail.Read` into resource and permission. An unknown prefix (`api://billing/access_as_user`) gives
 * `prefixed: true` with `resource: null`.
 */
export function parseMicrosoftScope(scope: string): ParsedMicrosoftScope {
  const slash = scope.lastIndexOf('/');
  if (slash === -1) return { resource: null, prefixed: false, name: scope, nameStart: 0 };
  const prefix = scope.slice(0, slash).toLowerCase();
  const name = scope.slice(slash + 1);
  const schemeEnd = prefix.indexOf('://');
  let resource: MicrosoftResource | null;
  if (schemeEnd === -1) {
    resource = resourceOfAppId(prefix);
  } else {
    const rest = prefix.slice(schemeEnd + 3);
    const hostEnd = rest.indexOf('/');
    const path = hostEnd === -1 ? '' : rest.slice(hostEnd);
    // `https://management.core.windows.net//user_impersonation`: the resource URI keeps its trailing slash.
    resource = path === '' || path === '/' ? resourceOfHost(hostEnd === -1 ? rest : rest.slice(0, hostEnd)) : null;
  }
  return { resource, prefixed: true, name, nameStart: slash + 1 };
}

/** The scope that asks for every statically configured permission at once. */
export const DEFAULT_SCOPE = '.default';
