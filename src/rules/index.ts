import noCleartextIdentityTraffic from './no-cleartext-identity-traffic';
import noDisabledTlsVerification from './no-disabled-tls-verification';
import noPermissiveCors from './no-permissive-cors';
import noPermissiveTrustProxy from './no-permissive-trust-proxy';
import noUncheckedMessageOrigin from './no-unchecked-message-origin';
import noWeakTlsVersion from './no-weak-tls-version';
import requireSecureAuthCookie from './require-secure-auth-cookie';

/** Every rule of the plugin, sorted by id. */
export const rules = {
  'no-cleartext-identity-traffic': noCleartextIdentityTraffic,
  'no-disabled-tls-verification': noDisabledTlsVerification,
  'no-permissive-cors': noPermissiveCors,
  'no-permissive-trust-proxy': noPermissiveTrustProxy,
  'no-unchecked-message-origin': noUncheckedMessageOrigin,
  'no-weak-tls-version': noWeakTlsVersion,
  'require-secure-auth-cookie': requireSecureAuthCookie,
};

export type RuleId = keyof typeof rules;
