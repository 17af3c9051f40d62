import { describe, expect, it } from 'vitest';
import {
  CIPHER_CLASS_DESCRIPTIONS,
  LEGACY_SECURE_PROTOCOLS,
  WEAK_VERSIONS,
  analyzeCipherList,
  type WeakCipherClass,
} from '../../src/models/tls-protocol';

/** The weak entries of a cipher list, as `text: class,class`. */
function weak(list: string): string[] {
  return analyzeCipherList(list).weak.map((entry) => `${entry.text}: ${entry.classes.join(',')}`);
}

describe('WEAK_VERSIONS', () => {
  it('holds every version below TLS 1.2 and nothing else', () => {
    expect([...WEAK_VERSIONS.keys()].sort()).toEqual(['SSLv3', 'TLSv1', 'TLSv1.0', 'TLSv1.1', 'tls1', 'tls1.1']);
    for (const safe of ['TLSv1.2', 'TLSv1.3', 'tls1.2', 'tls1.3']) expect(WEAK_VERSIONS.has(safe), safe).toBe(false);
  });

  it('raises each version in the spelling of its own API', () => {
    expect(WEAK_VERSIONS.get('TLSv1')).toEqual({ protocol: 'TLS 1.0', safeMin: 'TLSv1.2', safeMax: 'TLSv1.3' });
    expect(WEAK_VERSIONS.get('tls1.1')).toEqual({ protocol: 'TLS 1.1', safeMin: 'tls1.2', safeMax: 'tls1.3' });
  });
});

describe('LEGACY_SECURE_PROTOCOLS', () => {
  it('lists the legacy methods with their client and server variants', () => {
    for (const family of ['SSLv2', 'SSLv3', 'SSLv23', 'TLSv1', 'TLSv1_1']) {
      for (const suffix of ['method', 'client_method', 'server_method']) {
        expect(LEGACY_SECURE_PROTOCOLS.has(`${family}_${suffix}`), `${family}_${suffix}`).toBe(true);
      }
    }
  });

  it('leaves the methods that allow TLS 1.2 or later alone', () => {
    for (const method of ['TLS_method', 'TLS_client_method', 'TLS_server_method', 'TLSv1_2_method', 'TLSv1_2_client_method']) {
      expect(LEGACY_SECURE_PROTOCOLS.has(method), method).toBe(false);
    }
  });

  it('tells TLS 1.0 from TLS 1.1', () => {
    expect(LEGACY_SECURE_PROTOCOLS.get('TLSv1_method')).toContain('TLS 1.0');
    expect(LEGACY_SECURE_PROTOCOLS.get('TLSv1_1_server_method')).toContain('TLS 1.1');
  });
});

describe('analyzeCipherList: weak entries', () => {
  it('finds the weak aliases', () => {
    expect(weak('RC4')).toEqual(['RC4: RC4']);
    expect(weak('eNULL')).toEqual(['eNULL: NULL']);
    expect(weak('aNULL')).toEqual(['aNULL: anonymous']);
    expect(weak('EXPORT')).toEqual(['EXPORT: EXPORT']);
    expect(weak('3DES')).toEqual(['3DES: 3DES']);
    expect(weak('DES')).toEqual(['DES: DES']);
    expect(weak('MD5')).toEqual(['MD5: MD5']);
    expect(weak('LOW')).toEqual(['LOW: LOW']);
  });

  it('finds weak OpenSSL suite names', () => {
    expect(weak('RC4-SHA')).toEqual(['RC4-SHA: RC4']);
    expect(weak('ECDHE-RSA-RC4-SHA')).toEqual(['ECDHE-RSA-RC4-SHA: RC4']);
    expect(weak('DES-CBC3-SHA')).toEqual(['DES-CBC3-SHA: 3DES']);
    expect(weak('EDH-RSA-DES-CBC3-SHA')).toEqual(['EDH-RSA-DES-CBC3-SHA: 3DES']);
    expect(weak('DES-CBC-SHA')).toEqual(['DES-CBC-SHA: DES']);
    expect(weak('NULL-SHA256')).toEqual(['NULL-SHA256: NULL']);
    expect(weak('ECDHE-RSA-NULL-SHA')).toEqual(['ECDHE-RSA-NULL-SHA: NULL']);
    expect(weak('ADH-AES256-GCM-SHA384')).toEqual(['ADH-AES256-GCM-SHA384: anonymous']);
    expect(weak('AECDH-AES128-SHA')).toEqual(['AECDH-AES128-SHA: anonymous']);
    expect(weak('EXP-RC4-MD5')).toEqual(['EXP-RC4-MD5: EXPORT,RC4,MD5']);
  });

  it('finds weak IANA suite names', () => {
    expect(weak('TLS_RSA_WITH_RC4_128_SHA')).toEqual(['TLS_RSA_WITH_RC4_128_SHA: RC4']);
    expect(weak('TLS_RSA_WITH_3DES_EDE_CBC_SHA')).toEqual(['TLS_RSA_WITH_3DES_EDE_CBC_SHA: 3DES']);
    expect(weak('TLS_DH_anon_WITH_AES_128_CBC_SHA')).toEqual(['TLS_DH_anon_WITH_AES_128_CBC_SHA: anonymous']);
    expect(weak('TLS_RSA_WITH_NULL_SHA256')).toEqual(['TLS_RSA_WITH_NULL_SHA256: NULL']);
    expect(weak('TLS_RSA_EXPORT_WITH_RC4_40_MD5')).toEqual(['TLS_RSA_EXPORT_WITH_RC4_40_MD5: EXPORT,RC4,MD5']);
  });

  it('treats protocol aliases in a cipher list as the legacy suites they select', () => {
    expect(weak('SSLv3')).toEqual(['SSLv3: legacy-suites']);
    expect(weak('TLSv1')).toEqual(['TLSv1: legacy-suites']);
    expect(weak('TLSv1.2')).toEqual([]);
  });

  it('reads a weak part of a `+` combination', () => {
    expect(weak('ALL:!aNULL:!eNULL:!LOW:!EXP:RC4+RSA:+HIGH:+MEDIUM')).toEqual(['RC4+RSA: RC4']);
    expect(weak('ECDHE+3DES')).toEqual(['ECDHE+3DES: 3DES']);
  });

  it('accepts colons, commas and spaces as separators', () => {
    expect(weak('ECDHE-RSA-AES128-GCM-SHA256, RC4-SHA DES-CBC3-SHA')).toEqual(['RC4-SHA: RC4', 'DES-CBC3-SHA: 3DES']);
  });
});

describe('analyzeCipherList: exclusions', () => {
  it('lets `!` entries remove weak suites for good', () => {
    expect(weak('HIGH:!aNULL:!MD5:!RC4')).toEqual([]);
    expect(weak('RC4-SHA:!RC4')).toEqual([]);
    expect(weak('!RC4:RC4-SHA')).toEqual([]);
    expect(weak('HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA')).toEqual([]);
  });

  it('lets `-` entries remove weak suites until a later entry adds them back', () => {
    expect(weak('RC4-SHA:-RC4')).toEqual([]);
    expect(weak('HIGH:-3DES:DES-CBC3-SHA')).toEqual(['DES-CBC3-SHA: 3DES']);
  });

  it('removes a suite when any of its weaknesses is excluded', () => {
    expect(weak('RC4-MD5:!MD5')).toEqual([]);
    expect(weak('RC4:!MD5')).toEqual(['RC4: RC4']);
  });

  it('keeps triple DES when only single DES is excluded, as OpenSSL does', () => {
    expect(weak('DES-CBC3-SHA:!DES')).toEqual(['DES-CBC3-SHA: 3DES']);
    expect(weak('DES-CBC3-SHA:!3DES')).toEqual([]);
  });

  it('ignores `+` entries, which only reorder', () => {
    expect(weak('HIGH:+RC4')).toEqual([]);
  });

  it('is case-sensitive like OpenSSL', () => {
    expect(weak('rc4-sha:des-cbc3-sha')).toEqual([]);
  });

  it('leaves strong lists alone', () => {
    expect(weak('ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-CHACHA20-POLY1305')).toEqual([]);
    expect(weak('TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256')).toEqual([]);
    expect(weak('DEFAULT')).toEqual([]);
    expect(weak('')).toEqual([]);
  });
});

describe('analyzeCipherList: security level', () => {
  it('notices @SECLEVEL=0, attached or alone', () => {
    expect(analyzeCipherList('DEFAULT@SECLEVEL=0').securityLevelZero).toBe(true);
    expect(analyzeCipherList('DEFAULT:@SECLEVEL=0').securityLevelZero).toBe(true);
  });

  it('lets the last level win and ignores other commands', () => {
    expect(analyzeCipherList('DEFAULT@SECLEVEL=0:@SECLEVEL=2').securityLevelZero).toBe(false);
    expect(analyzeCipherList('DEFAULT@SECLEVEL=1').securityLevelZero).toBe(false);
    expect(analyzeCipherList('HIGH:@STRENGTH').securityLevelZero).toBe(false);
  });
});

describe('CIPHER_CLASS_DESCRIPTIONS', () => {
  it('describes every weak class', () => {
    const classes: WeakCipherClass[] = ['NULL', 'anonymous', 'EXPORT', 'RC4', 'DES', '3DES', 'MD5', 'LOW', 'legacy-suites'];
    for (const weakClass of classes) expect(CIPHER_CLASS_DESCRIPTIONS.get(weakClass), weakClass).toBeTruthy();
  });
});

describe('analyzeCipherList on text that is not a cipher list', () => {
  it('ignores prose under a ciphers key', () => {
    expect(analyzeCipherList('`DES-CBC3-SHA` (3DES, open to Sweet32)')).toEqual({ weak: [], securityLevelZero: false });
    expect(analyzeCipherList('Use RC4 only for legacy peers!')).toEqual({ weak: [], securityLevelZero: false });
  });

  it('still reads a list with spaces, commas and commands', () => {
    expect(analyzeCipherList('HIGH, RC4-SHA @STRENGTH').weak.map((entry) => entry.text)).toEqual(['RC4-SHA']);
  });
});
