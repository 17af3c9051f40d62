import { describe, expect, it } from 'vitest';
import {
  INSECURE_SETTINGS,
  TLS_OPTION_KEYS,
  findInsecureUrlParameter,
  isInsecureValue,
  type InsecureSetting,
} from '../../src/models/tls-verification';

function setting(key: string): InsecureSetting {
  const found = INSECURE_SETTINGS.get(key);
  expect(found, key).toBeDefined();
  return found!;
}

/** The finding for `url`, checked to slice exactly its own text out of `url`. */
function find(url: string): { text: string; replacement: string; start: number; end: number } | null {
  const found = findInsecureUrlParameter(url);
  if (found) {
    expect(url.slice(found.start, found.end)).toBe(found.text);
    expect(found.end - found.start).toBe(found.text.length);
  }
  return found ? { ...found } : null;
}

describe('findInsecureUrlParameter: postgres', () => {
  it('finds sslmode=no-verify in postgres:// and postgresql:// URLs', () => {
    const url = 'postgres://app:s3cret@db.internal:5432/app?sslmode=no-verify';
    expect(find(url)).toEqual({
      text: 'sslmode=no-verify',
      replacement: 'sslmode=verify-full',
      start: url.indexOf('sslmode'),
      end: url.length,
    });
    expect(find('postgresql://db.internal/app?sslmode=no-verify')?.text).toBe('sslmode=no-verify');
  });

  it('matches the scheme, name and value case-insensitively and keeps the written name', () => {
    expect(find('POSTGRES://db/app?SSLMode=No-Verify')).toMatchObject({ text: 'SSLMode=No-Verify', replacement: 'SSLMode=verify-full' });
    expect(find('PostgreSQL://db/app?sslmode=NO-VERIFY')?.text).toBe('sslmode=NO-VERIFY');
  });

  it('ignores sslmode values that verify or are not about verification', () => {
    for (const mode of ['require', 'verify-ca', 'verify-full', 'prefer', 'disable', 'no-verify-x', '']) {
      expect(find(`postgres://db/app?sslmode=${mode}`), mode).toBeNull();
    }
  });

  it('ignores parameters of other names', () => {
    expect(find('postgres://db/app?mode=no-verify&no-verify=sslmode&ssl=no-verify')).toBeNull();
  });
});

describe('findInsecureUrlParameter: mongodb', () => {
  it.each([
    ['mongodb://db:27017/app?tlsInsecure=true', 'tlsInsecure=true', 'tlsInsecure=false'],
    ['mongodb://db/app?tlsAllowInvalidCertificates=TRUE', 'tlsAllowInvalidCertificates=TRUE', 'tlsAllowInvalidCertificates=false'],
    ['mongodb://db/app?tlsallowinvalidhostnames=True', 'tlsallowinvalidhostnames=True', 'tlsallowinvalidhostnames=false'],
    ['mongodb://db/app?sslValidate=false', 'sslValidate=false', 'sslValidate=true'],
    ['mongodb+srv://cluster0.example.net/app?SSLVALIDATE=FALSE', 'SSLVALIDATE=FALSE', 'SSLVALIDATE=true'],
    ['MongoDB+SRV://cluster0.example.net/?TLSInsecure=tRuE', 'TLSInsecure=tRuE', 'TLSInsecure=false'],
  ])('finds the parameter in %s', (url, text, replacement) => {
    expect(find(url)).toMatchObject({ text, replacement });
  });

  it('ignores secure values', () => {
    expect(find('mongodb://db/app?tlsInsecure=false&tlsAllowInvalidCertificates=false&sslValidate=true&tls=true')).toBeNull();
  });

  it('does not apply the postgres parameter to mongodb or the reverse', () => {
    expect(find('mongodb://db/app?sslmode=no-verify')).toBeNull();
    expect(find('postgres://db/app?tlsInsecure=true')).toBeNull();
  });
});

describe('findInsecureUrlParameter: query parsing', () => {
  it('finds the parameter among several, with exact offsets', () => {
    const url = 'mongodb+srv://cluster0.example.net/app?retryWrites=true&w=majority&tlsAllowInvalidCertificates=true&appName=api';
    const found = find(url);
    expect(found?.text).toBe('tlsAllowInvalidCertificates=true');
    expect(found?.start).toBe(url.indexOf('tlsAllow'));
    expect(found?.end).toBe(url.indexOf('&appName'));
  });

  it('returns the first insecure parameter', () => {
    expect(find('mongodb://db/?tlsAllowInvalidHostnames=true&tlsInsecure=true')?.text).toBe('tlsAllowInvalidHostnames=true');
  });

  it('stops a parameter at a fragment', () => {
    const url = 'postgres://db/app?sslmode=no-verify#primary';
    expect(find(url)).toMatchObject({ text: 'sslmode=no-verify', end: url.indexOf('#') });
  });

  it('does not read parameters inside the fragment', () => {
    expect(find('postgres://db/app?application_name=api#sslmode=no-verify')).toBeNull();
    expect(find('mongodb://db/app?w=1#x&tlsInsecure=true')).toBeNull();
  });

  it('returns null without a query string', () => {
    expect(find('postgres://app:pw@db.internal:5432/app')).toBeNull();
    expect(find('mongodb://db/app#sslValidate=false')).toBeNull();
    expect(find('postgres://db/app?')).toBeNull();
  });

  it('skips empty and malformed parameters', () => {
    expect(find('postgres://db/app?&&sslmode&=no-verify&sslmode=no-verify&')?.start).toBe(
      'postgres://db/app?&&sslmode&=no-verify&'.length,
    );
    expect(find('postgres://db/app?sslmode')).toBeNull();
  });

  it('returns null for other schemes', () => {
    for (const url of [
      'mysql://db/app?sslmode=no-verify',
      'https://example.com/?sslmode=no-verify',
      'http://example.com/?tlsInsecure=true',
      'redis://cache/?tlsInsecure=true',
      'jdbc:postgresql://db/app?sslmode=no-verify',
      ' postgres://db/app?sslmode=no-verify',
      'sslmode=no-verify',
      '',
    ]) {
      expect(find(url), url).toBeNull();
    }
  });
});

describe('findInsecureUrlParameter: secrets', () => {
  const urls = [
    ['postgres://admin:hunter2@db.internal:5432/app?sslmode=no-verify', 'hunter2'],
    ['postgres://admin:no-verify@db/app?sslmode=no-verify', 'admin:no-verify'],
    ['postgresql://svc:p%40ss%3Fword@db/app?application_name=x&sslmode=no-verify', 'p%40ss%3Fword'],
    ['mongodb+srv://root:S3cr3t!@cluster0.example.net/app?retryWrites=true&tlsInsecure=true', 'S3cr3t!'],
    ['mongodb://user:tlsInsecure=true@db/?tlsInsecure=true', 'user:tlsInsecure'],
    ['mongodb://user:a&b=c@db/?sslValidate=false#frag', 'a&b=c'],
  ] as const;

  it.each(urls)('never puts the password of %s in the finding', (url, secret) => {
    const found = find(url);
    expect(found).not.toBeNull();
    expect(found!.text).not.toContain(secret);
    expect(found!.replacement).not.toContain(secret);
    expect(found!.text).not.toContain('@');
    expect(found!.start).toBeGreaterThan(url.indexOf('@'));
  });
});

describe('isInsecureValue', () => {
  it('matches the boolean that switches a setting off, and nothing else', () => {
    const reject = setting('rejectUnauthorized');
    expect(isInsecureValue(reject, false)).toBe(true);
    for (const value of [true, 0, '', 'false', null, undefined]) expect(isInsecureValue(reject, value)).toBe(false);

    const allowInvalid = setting('tlsAllowInvalidCertificates');
    expect(isInsecureValue(allowInvalid, true)).toBe(true);
    for (const value of [false, 1, 'true']) expect(isInsecureValue(allowInvalid, value)).toBe(false);
  });

  it('matches every listed value of a list setting', () => {
    const env = setting('NODE_TLS_REJECT_UNAUTHORIZED');
    expect(isInsecureValue(env, '0')).toBe(true);
    expect(isInsecureValue(env, 0)).toBe(true);
    for (const value of ['1', 1, false, '', 'false', undefined]) expect(isInsecureValue(env, value)).toBe(false);
  });

  it('treats each boolean setting\'s own value as insecure and the opposite as secure', () => {
    for (const [key, entry] of INSECURE_SETTINGS) {
      if (typeof entry.insecureValue !== 'boolean') continue;
      expect(isInsecureValue(entry, entry.insecureValue), key).toBe(true);
      expect(isInsecureValue(entry, !entry.insecureValue), key).toBe(false);
    }
  });
});

describe('INSECURE_SETTINGS and TLS_OPTION_KEYS', () => {
  it('describes the settings the rule relies on', () => {
    expect(setting('rejectUnauthorized')).toEqual({ insecureValue: false, kind: 'certificate', where: 'any' });
    expect(setting('tlsAllowInvalidHostnames')).toMatchObject({ insecureValue: true, kind: 'hostname' });
    expect(setting('sslValidate')).toMatchObject({ insecureValue: false });
    expect(setting('strictSSL')).toMatchObject({ insecureValue: false });
    expect(setting('trustServerCertificate')).toMatchObject({ insecureValue: true });
    expect(setting('skipTLSVerify')).toMatchObject({ insecureValue: true });
    expect(setting('insecure')).toMatchObject({ insecureValue: true, where: 'tls-object' });
  });

  it('limits `tls-object` to the ambiguous `insecure` key', () => {
    const tlsObjectOnly = [...INSECURE_SETTINGS].filter(([, entry]) => entry.where === 'tls-object').map(([key]) => key);
    expect(tlsObjectOnly).toEqual(['insecure']);
  });

  it('lists the keys whose value is a TLS options object', () => {
    for (const key of ['tls', 'ssl', 'tlsOptions', 'agentOptions', 'https']) expect(TLS_OPTION_KEYS.has(key), key).toBe(true);
    expect(TLS_OPTION_KEYS.has('options')).toBe(false);
  });
});
