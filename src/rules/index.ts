import noAppPermissionOnBehalfOfUser from './no-app-permission-on-behalf-of-user';
import noCleartextIdentityTraffic from './no-cleartext-identity-traffic';
import noClientAccessTokenInspection from './no-client-access-token-inspection';
import noClientControlledAuthorization from './no-client-controlled-authorization';
import noDeprecatedIdentityLibrary from './no-deprecated-identity-library';
import noDisabledTlsVerification from './no-disabled-tls-verification';
import noFailOpenAuthMiddleware from './no-fail-open-auth-middleware';
import noHandRolledJwtValidation from './no-hand-rolled-jwt-validation';
import noHardcodedSecrets from './no-hardcoded-secrets';
import noIdTokenAsBearer from './no-id-token-as-bearer';
import noIdentityPiiLogging from './no-identity-pii-logging';
import noImplicitFlow from './no-implicit-flow';
import noJwtDecodeForAuth from './no-jwt-decode-for-auth';
import noMutableClaimAuthorization from './no-mutable-claim-authorization';
import noNetworkLocationAuthentication from './no-network-location-authentication';
import noOverbroadOauthScopes from './no-overbroad-oauth-scopes';
import noPasswordGrant from './no-password-grant';
import noPermissiveCors from './no-permissive-cors';
import noPermissiveTrustProxy from './no-permissive-trust-proxy';
import noPersistentBrowserTokenStorage from './no-persistent-browser-token-storage';
import noPrivilegedRoleAssignment from './no-privileged-role-assignment';
import noShadowedPassportJwtOptions from './no-shadowed-passport-jwt-options';
import noSkippedTokenLifetime from './no-skipped-token-lifetime';
import noSpoofableHeaderAuthorization from './no-spoofable-header-authorization';
import noSpoofableIpAuthorization from './no-spoofable-ip-authorization';
import noTokenControlledVerification from './no-token-controlled-verification';
import noTokenInUrl from './no-token-in-url';
import noUncheckedMessageOrigin from './no-unchecked-message-origin';
import noUnsignedJwt from './no-unsigned-jwt';
import noWeakTlsVersion from './no-weak-tls-version';
import noWildcardIamPolicy from './no-wildcard-iam-policy';
import preferSecretlessCredentials from './prefer-secretless-credentials';
import requireJwtAlgorithms from './require-jwt-algorithms';
import requireSecureAuthCookie from './require-secure-auth-cookie';
import requireSuppressionReason from './require-suppression-reason';
import requireTenantRestriction from './require-tenant-restriction';
import requireTokenAudience from './require-token-audience';
import requireTokenExpiry from './require-token-expiry';
import requireTokenIssuer from './require-token-issuer';

/** Every rule of the plugin, sorted by id. */
export const rules = {
  'no-app-permission-on-behalf-of-user': noAppPermissionOnBehalfOfUser,
  'no-cleartext-identity-traffic': noCleartextIdentityTraffic,
  'no-client-access-token-inspection': noClientAccessTokenInspection,
  'no-client-controlled-authorization': noClientControlledAuthorization,
  'no-deprecated-identity-library': noDeprecatedIdentityLibrary,
  'no-disabled-tls-verification': noDisabledTlsVerification,
  'no-fail-open-auth-middleware': noFailOpenAuthMiddleware,
  'no-hand-rolled-jwt-validation': noHandRolledJwtValidation,
  'no-hardcoded-secrets': noHardcodedSecrets,
  'no-id-token-as-bearer': noIdTokenAsBearer,
  'no-identity-pii-logging': noIdentityPiiLogging,
  'no-implicit-flow': noImplicitFlow,
  'no-jwt-decode-for-auth': noJwtDecodeForAuth,
  'no-mutable-claim-authorization': noMutableClaimAuthorization,
  'no-network-location-authentication': noNetworkLocationAuthentication,
  'no-overbroad-oauth-scopes': noOverbroadOauthScopes,
  'no-password-grant': noPasswordGrant,
  'no-permissive-cors': noPermissiveCors,
  'no-permissive-trust-proxy': noPermissiveTrustProxy,
  'no-persistent-browser-token-storage': noPersistentBrowserTokenStorage,
  'no-privileged-role-assignment': noPrivilegedRoleAssignment,
  'no-shadowed-passport-jwt-options': noShadowedPassportJwtOptions,
  'no-skipped-token-lifetime': noSkippedTokenLifetime,
  'no-spoofable-header-authorization': noSpoofableHeaderAuthorization,
  'no-spoofable-ip-authorization': noSpoofableIpAuthorization,
  'no-token-controlled-verification': noTokenControlledVerification,
  'no-token-in-url': noTokenInUrl,
  'no-unchecked-message-origin': noUncheckedMessageOrigin,
  'no-unsigned-jwt': noUnsignedJwt,
  'no-weak-tls-version': noWeakTlsVersion,
  'no-wildcard-iam-policy': noWildcardIamPolicy,
  'prefer-secretless-credentials': preferSecretlessCredentials,
  'require-jwt-algorithms': requireJwtAlgorithms,
  'require-secure-auth-cookie': requireSecureAuthCookie,
  'require-suppression-reason': requireSuppressionReason,
  'require-tenant-restriction': requireTenantRestriction,
  'require-token-audience': requireTokenAudience,
  'require-token-expiry': requireTokenExpiry,
  'require-token-issuer': requireTokenIssuer,
};

export type RuleId = keyof typeof rules;
