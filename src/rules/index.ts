import noAppPermissionOnBehalfOfUser from './no-app-permission-on-behalf-of-user';
import noCleartextIdentityTraffic from './no-cleartext-identity-traffic';
import noClientAccessTokenInspection from './no-client-access-token-inspection';
import noDeprecatedIdentityLibrary from './no-deprecated-identity-library';
import noDisabledTlsVerification from './no-disabled-tls-verification';
import noIdTokenAsBearer from './no-id-token-as-bearer';
import noIdentityPiiLogging from './no-identity-pii-logging';
import noImplicitFlow from './no-implicit-flow';
import noPasswordGrant from './no-password-grant';
import noPermissiveCors from './no-permissive-cors';
import noPermissiveTrustProxy from './no-permissive-trust-proxy';
import noPersistentBrowserTokenStorage from './no-persistent-browser-token-storage';
import noUncheckedMessageOrigin from './no-unchecked-message-origin';
import noWeakTlsVersion from './no-weak-tls-version';
import preferSecretlessCredentials from './prefer-secretless-credentials';
import requireSecureAuthCookie from './require-secure-auth-cookie';
import requireSuppressionReason from './require-suppression-reason';
import requireTenantRestriction from './require-tenant-restriction';

/** Every rule of the plugin, sorted by id. */
export const rules = {
  'no-app-permission-on-behalf-of-user': noAppPermissionOnBehalfOfUser,
  'no-cleartext-identity-traffic': noCleartextIdentityTraffic,
  'no-client-access-token-inspection': noClientAccessTokenInspection,
  'no-deprecated-identity-library': noDeprecatedIdentityLibrary,
  'no-disabled-tls-verification': noDisabledTlsVerification,
  'no-id-token-as-bearer': noIdTokenAsBearer,
  'no-identity-pii-logging': noIdentityPiiLogging,
  'no-implicit-flow': noImplicitFlow,
  'no-password-grant': noPasswordGrant,
  'no-permissive-cors': noPermissiveCors,
  'no-permissive-trust-proxy': noPermissiveTrustProxy,
  'no-persistent-browser-token-storage': noPersistentBrowserTokenStorage,
  'no-unchecked-message-origin': noUncheckedMessageOrigin,
  'no-weak-tls-version': noWeakTlsVersion,
  'prefer-secretless-credentials': preferSecretlessCredentials,
  'require-secure-auth-cookie': requireSecureAuthCookie,
  'require-suppression-reason': requireSuppressionReason,
  'require-tenant-restriction': requireTenantRestriction,
};

export type RuleId = keyof typeof rules;
