import { describe, expect, it } from 'vitest';
import { algorithmFamily, isPem, isPublicKeyPath, isPublicKeyPem, keyKindOfName, proposedAlgorithm } from '../../src/models/jwt-algorithms';

describe('algorithmFamily', () => {
  it('sorts JWS algorithm names into families, case-sensitively', () => {
    expect(['HS256', 'HS384', 'HS512'].map(algorithmFamily)).toEqual(['hmac', 'hmac', 'hmac']);
    expect(['RS256', 'PS384', 'ES512', 'ES256K', 'EdDSA', 'Ed25519'].map(algorithmFamily)).toEqual(Array(6).fill('asymmetric'));
    expect(algorithmFamily('none')).toBe('none');
    expect(['hs256', 'HS1', 'RS128', 'A256GCM', ''].map(algorithmFamily)).toEqual(Array(5).fill('unknown'));
  });
});

describe('PEM text', () => {
  it('recognises public keys and certificates, and any PEM block', () => {
    expect(isPublicKeyPem('-----BEGIN PUBLIC KEY-----\nMIIB\n-----END PUBLIC KEY-----')).toBe(true);
    expect(isPublicKeyPem('-----BEGIN RSA PUBLIC KEY-----')).toBe(true);
    expect(isPublicKeyPem('-----BEGIN CERTIFICATE-----')).toBe(true);
    expect(isPublicKeyPem('-----BEGIN PRIVATE KEY-----')).toBe(false);
    expect(isPem('-----BEGIN EC PRIVATE KEY-----')).toBe(true);
    expect(isPem('my-hmac-secret')).toBe(false);
  });
});

describe('keyKindOfName', () => {
  it('reads public and secret names, and stays unsure of mixed or private ones', () => {
    expect(['publicKey', 'JWT_PUBLIC_KEY', 'pubKey', 'issuerCertificate', 'jwksKey', 'certPem'].map(keyKindOfName)).toEqual(Array(6).fill('asymmetric'));
    expect(['jwtSecret', 'JWT_SECRET', 'hmacKey', 'getSigningSecret'].map(keyKindOfName)).toEqual(Array(4).fill('secret'));
    expect(['key', 'secretOrPublicKey', 'privateKey', 'signingKey', 'publicSecret'].map(keyKindOfName)).toEqual(Array(5).fill('unknown'));
  });
});

describe('isPublicKeyPath', () => {
  it('recognises public key and certificate files by name or extension', () => {
    expect(['./keys/public.pem', 'jwt.pub', '/home/app/.ssh/id_rsa.pub', 'issuer.crt', 'C:\\keys\\jwt-public.pem', 'publickey.pem', 'cert.pem'].map(isPublicKeyPath)).toEqual(
      Array(7).fill(true),
    );
    expect(['private.pem', 'jwt.key', '/run/secrets/jwt', 'keys/signing.pem', 'publisher/private.pem'].map(isPublicKeyPath)).toEqual(Array(5).fill(false));
  });
});

describe('proposedAlgorithm', () => {
  it('proposes RS256 for public keys, HS256 for secrets, nothing otherwise', () => {
    expect([proposedAlgorithm('asymmetric'), proposedAlgorithm('secret'), proposedAlgorithm('unknown')]).toEqual(['RS256', 'HS256', null]);
  });
});
