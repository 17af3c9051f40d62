import noDisabledTlsVerification from './no-disabled-tls-verification';

/** Every rule of the plugin, sorted by id. */
export const rules = {
  'no-disabled-tls-verification': noDisabledTlsVerification,
};

export type RuleId = keyof typeof rules;
