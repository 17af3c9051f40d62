/**
 * What turns TLS certificate or hostname verification off, across Node's TLS stack and the clients built on it.
 * Plain data and string functions: no ESLint here.
 *
 * Sources: Node's `tls` docs (`rejectUnauthorized`, `checkServerIdentity`, NODE_TLS_REJECT_UNAUTHORIZED), the MongoDB
 * Node driver's connection options, tedious/mssql `trustServerCertificate`, request's `strictSSL`,
 * @kubernetes/client-node's `skipTLSVerify`, http-proxy's `secure`, pg-connection-string's `sslmode=no-verify`.
 */

export type VerificationKind = 'certificate' | 'hostname';

export interface InsecureSetting {
  /** The value that turns verification off. */
  readonly insecureValue: boolean | readonly (string | number)[];
  readonly kind: VerificationKind;
  /**
   * `any`: the key means TLS verification in any object. `tls-object`: only inside an object that is itself the
   * value of a TLS options key (see `TLS_OPTION_KEYS`), because the bare name is used for other things too.
   */
  readonly where: 'any' | 'tls-object';
}

/** Keys whose meaning is TLS verification, with the value that switches it off. */
export const INSECURE_SETTINGS: ReadonlyMap<string, InsecureSetting> = new Map<string, InsecureSetting>([
  // Node's tls/https/http2, undici `connect`, axios/got/ws agents, pg/mysql2/kafkajs/amqplib/nodemailer/ldapjs `ssl`/`tls`.
  ['rejectUnauthorized', { insecureValue: false, kind: 'certificate', where: 'any' }],
  // MongoDB drivers and Mongoose.
  ['tlsAllowInvalidCertificates', { insecureValue: true, kind: 'certificate', where: 'any' }],
  ['tlsAllowInvalidHostnames', { insecureValue: true, kind: 'hostname', where: 'any' }],
  ['tlsInsecure', { insecureValue: true, kind: 'certificate', where: 'any' }],
  ['sslValidate', { insecureValue: false, kind: 'certificate', where: 'any' }],
  // mssql / tedious.
  ['trustServerCertificate', { insecureValue: true, kind: 'certificate', where: 'any' }],
  // request, request-promise and clients built on them.
  ['strictSSL', { insecureValue: false, kind: 'certificate', where: 'any' }],
  // @kubernetes/client-node cluster configs.
  ['skipTLSVerify', { insecureValue: true, kind: 'certificate', where: 'any' }],
  // TLS client option objects that document an `insecure` switch.
  ['insecure', { insecureValue: true, kind: 'certificate', where: 'tls-object' }],
  // Node reads the variable once per process: '0' switches verification off for every connection.
  ['NODE_TLS_REJECT_UNAUTHORIZED', { insecureValue: ['0', 0], kind: 'certificate', where: 'any' }],
]);

/** Keys whose value is a TLS options object (`ssl: { ... }`, `tls: { ... }`). */
export const TLS_OPTION_KEYS: ReadonlySet<string> = new Set([
  'tls',
  'ssl',
  'tlsOptions',
  'sslOptions',
  'tlsConfig',
  'sslConfig',
  'agentOptions',
  'https',
]);

/** True when `value` is the value that switches `setting` off. */
export function isInsecureValue(setting: InsecureSetting, value: unknown): boolean {
  if (Array.isArray(setting.insecureValue)) {
    return (setting.insecureValue as readonly unknown[]).includes(value);
  }
  return value === setting.insecureValue;
}

/** A query parameter of a connection string that turns verification off. */
export interface InsecureUrlParameter {
  /** Offset of the parameter (`name=value`) in the string. */
  readonly start: number;
  readonly end: number;
  /** The parameter as written, e.g. `sslmode=no-verify`. Never the rest of the URL, which may hold a password. */
  readonly text: string;
  /** The same parameter with verification on. */
  readonly replacement: string;
}

interface UrlRule {
  readonly schemes: readonly string[];
  /** Lower-case parameter name → (lower-case insecure value → secure value). */
  readonly parameters: ReadonlyMap<string, ReadonlyMap<string, string>>;
}

const URL_RULES: readonly UrlRule[] = [
  {
    schemes: ['postgres://', 'postgresql://'],
    parameters: new Map([['sslmode', new Map([['no-verify', 'verify-full']])]]),
  },
  {
    schemes: ['mongodb://', 'mongodb+srv://'],
    parameters: new Map([
      ['tlsallowinvalidcertificates', new Map([['true', 'false']])],
      ['tlsallowinvalidhostnames', new Map([['true', 'false']])],
      ['tlsinsecure', new Map([['true', 'false']])],
      ['sslvalidate', new Map([['false', 'true']])],
    ]),
  },
];

/** Every parameter name of `URL_RULES` (they are compared without case). */
export const INSECURE_PARAMETER_NAMES: readonly string[] = [...new Set(URL_RULES.flatMap((rule) => [...rule.parameters.keys()]))];

/**
 * Any parameter name of `URL_RULES`, in any case: a string can hold an insecure parameter only if the file's text
 * spells one of these, verbatim or through an escape. Plain words, no quantifier.
 */
const INSECURE_PARAMETER_NAME = new RegExp(INSECURE_PARAMETER_NAMES.join('|'), 'iu');

/** True when `text` spells, in any case, the name of a connection-string parameter that can turn verification off. */
export function mayHoldInsecureUrlParameterName(text: string): boolean {
  return INSECURE_PARAMETER_NAME.test(text);
}

/** The first query parameter of a postgres/mongodb connection string that turns verification off, or `null`. */
export function findInsecureUrlParameter(text: string): InsecureUrlParameter | null {
  const head = text.slice(0, 16).toLowerCase();
  const rule = URL_RULES.find((candidate) => candidate.schemes.some((scheme) => head.startsWith(scheme)));
  if (!rule) return null;
  const queryStart = text.indexOf('?');
  if (queryStart === -1) return null;
  let start = queryStart + 1;
  while (start <= text.length) {
    let end = text.indexOf('&', start);
    if (end === -1) end = text.length;
    const hashAt = text.indexOf('#', start);
    if (hashAt !== -1 && hashAt < end) end = hashAt;
    const parameter = text.slice(start, end);
    const equals = parameter.indexOf('=');
    if (equals > 0) {
      const name = parameter.slice(0, equals);
      const value = parameter.slice(equals + 1);
      const secure = rule.parameters.get(name.toLowerCase())?.get(value.toLowerCase());
      if (secure !== undefined) {
        return { start, end, text: parameter, replacement: `${name}=${secure}` };
      }
    }
    if (end === text.length || text[end] === '#') break;
    start = end + 1;
  }
  return null;
}
