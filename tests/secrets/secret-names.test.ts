import { describe, expect, it } from 'vitest';
import { fastestMicrosPerCall } from '../timing';
import { classifySecretName, isHashLikeName, isIdLikeName } from '../../src/secrets/secret-names.js';

describe('classifySecretName', () => {
  it.each([
    'password',
    'dbPassword',
    'DB_PASSWORD',
    'db-password',
    'db.auth.password',
    'newPassword',
    'confirmPassword',
    'currentPassword',
    'adminPasswd',
    'MYSQL_PWD',
    'pwd',
    'passphrase',
    'keyPassphrase',
    'privateKeyPassword',
    'auth.pass',
    'dbPass',
    'SMTP_PASS',
    'pass',
    'passwordForAdmin',
  ])('%s is a password name', (name) => {
    expect(classifySecretName(name)).toBe('password');
  });

  it.each([
    'secret',
    'clientSecret',
    'CLIENT_SECRET',
    'client_secret',
    'token',
    'accessToken',
    'access_token',
    'refreshToken',
    'idToken',
    'authToken',
    'AUTH_TOKEN',
    'GITHUB_TOKEN',
    'botToken',
    'resetPasswordToken',
    'resetToken',
    'apiKey',
    'api_key',
    'API_KEY',
    'apikey',
    'APIKEY',
    'x-api-key',
    'openaiApiKey',
    'stripeSecretKey',
    'secretKey',
    'SECRET_KEY_BASE',
    'accessKey',
    'secretAccessKey',
    'AWS_SECRET_ACCESS_KEY',
    'privateKey',
    'PRIVATE_KEY',
    'connectionString',
    'DB_CONNECTION_STRING',
    'credentials',
    'credential',
    'bearer',
    'bearerToken',
    'signingKey',
    'encryptionKey',
    'hmacKey',
    'HMAC_KEY',
    'webhookSecret',
    'sessionSecret',
    'jwtSecret',
    'JWT_SECRET',
    'masterKey',
    'accountKey',
    'AccountKey',
    'sharedKey',
    'sas',
    'sasToken',
    'cookieSecret',
    'authKey',
    'consumerSecret',
    'tokenSecret',
    'apiKeyProd',
  ])('%s is a token name', (name) => {
    expect(classifySecretName(name)).toBe('token');
  });

  it.each(['dbPass', 'smtp_pass', 'USER_PASS', 'adminPass'])('%s ends in a password `pass`', (name) => {
    expect(classifySecretName(name)).toBe('password');
  });

  it.each([
    'allPass',
    'anyPass',
    'onPass',
    'passwordMinLength',
    'passwordMaxLength',
    'PASSWORD_MIN_LENGTH',
    'passwordField',
    'passwordLabel',
    'passwordPlaceholder',
    'passwordHint',
    'passwordRegex',
    'passwordPattern',
    'passwordPolicy',
    'passwordError',
    'passwordStrength',
    'passwordHash',
    'hashedPassword',
    'passwordDigest',
    'passwordSalt',
    'passwordResetUrl',
    'resetPasswordUrl',
    'forgotPassword',
    'resetPassword',
    'changePassword',
    'showPassword',
    'hasPassword',
    'isPassword',
    'usePassword',
    'requirePassword',
    'passwordExpiresAt',
    'PASSWORD_ENV_VAR',
    'secretName',
    'SECRET_NAME',
    'secretNames',
    'secretId',
    'secretArn',
    'secretPath',
    'secretRef',
    'isSecret',
    'tokenType',
    'token_type',
    'tokenUrl',
    'TOKEN_ENDPOINT',
    'tokenEndpoint',
    'tokenExpiry',
    'tokenExpiresIn',
    'tokenTtl',
    'tokenLifetime',
    'tokenHeader',
    'tokenPrefix',
    'tokenColor',
    'tokenizer',
    'tokens',
    'designTokens',
    'nextToken',
    'nextPageToken',
    'pageToken',
    'continuationToken',
    'cancelToken',
    'cancellationToken',
    'csrfToken',
    'CSRF_TOKEN',
    'xsrfToken',
    'eosToken',
    'padToken',
    'maxTokens',
    'getToken',
    'setToken',
    'TOKEN_KEY',
    'AUTH_TOKEN_KEY',
    'tokenStorageKey',
    'tokenCookie',
    'apiKeyHeader',
    'apiKeyHeaderName',
    'API_KEY_NAME',
    'apiKeyId',
    'accessKeyId',
    'AWS_ACCESS_KEY_ID',
    'privateKeyPath',
    'PRIVATE_KEY_FILE',
    'publicKey',
    'public_key',
    'pubKey',
    'publishableKey',
    'primaryKey',
    'foreignKey',
    'keyCode',
    'sortKey',
    'cacheKey',
    'idempotencyKey',
    'i18nKey',
    'storageKey',
    'key',
    'withCredentials',
    'credentialsProvider',
    'secretsManager',
    'bypass',
    'passThrough',
    'passive',
    'compass',
    'clientId',
    'author',
    'authorization',
    'mockToken',
    'fakeApiKey',
    'dummySecret',
    'exampleSecret',
    'placeholderToken',
    'tokenValidator',
    'secretVersion',
    'secretMode',
    'clientSecretExpiresAt',
    '',
    '___',
  ])('%s is not a secret name', (name) => {
    expect(classifySecretName(name)).toBeNull();
  });

  it('adds extra names as words or word sequences', () => {
    expect(classifySecretName('pin', { extraNames: ['pin'] })).toBe('password');
    expect(classifySecretName('userPin', { extraNames: ['pin'] })).toBe('password');
    expect(classifySecretName('otpSeed', { extraNames: ['otp seed'] })).toBe('token');
    expect(classifySecretName('OTP_SEED', { extraNames: ['otpSeed'] })).toBe('token');
    expect(classifySecretName('adminPassCode', { extraNames: ['pass code'] })).toBe('password');
    expect(classifySecretName('licenseBlob', { extraNames: ['license blob'] })).toBe('token');
    expect(classifySecretName('licenseBlobUrl', { extraNames: ['license blob'] })).toBeNull();
    expect(classifySecretName('pinLength', { extraNames: ['pin'] })).toBeNull();
    expect(classifySecretName('spinner', { extraNames: ['pin'] })).toBeNull();
    expect(classifySecretName('opinion', { extraNames: ['pin'] })).toBeNull();
  });

  it('silences ignored names', () => {
    expect(classifySecretName('sessionToken', { ignoreNames: ['session token'] })).toBeNull();
    expect(classifySecretName('SESSION_TOKEN', { ignoreNames: ['sessionToken'] })).toBeNull();
    expect(classifySecretName('legacyPassword', { ignoreNames: ['legacyPassword'] })).toBeNull();
    expect(classifySecretName('accessToken', { ignoreNames: ['session token'] })).toBe('token');
    expect(classifySecretName('tokenish', { ignoreNames: ['token'] })).toBeNull();
  });

  it('costs about a microsecond per name', () => {
    const names = ['dbPassword', 'paddingBottom', 'tokenUrl', 'AWS_SECRET_ACCESS_KEY', 'userId', 'onClick'];
    expect(fastestMicrosPerCall((name) => classifySecretName(name), names, 300)).toBeLessThan(10);
  });
});

describe('isHashLikeName', () => {
  it.each(['hash', 'fileHash', 'sha', 'sha256', 'SHA512_SUM', 'md5', 'digest', 'checksum', 'etag', 'ETag', 'commit',
    'commitSha', 'rev', 'gitRev', 'integrity', 'fingerprint', 'certFingerprint', 'passwordHash'])('%s', (name) => {
    expect(isHashLikeName(name)).toBe(true);
  });
  it.each(['apiKey', 'secret', 'token', 'hashtag', 'revenue', 'commitment', 'shadow'])('%s is not', (name) => {
    expect(isHashLikeName(name)).toBe(false);
  });
});

describe('isIdLikeName', () => {
  it.each(['id', 'userId', 'clientId', 'CLIENT_ID', 'tenantId', 'appId', 'accountSid', 'keyId', 'kid', 'uuid',
    'requestGuid', 'ids', 'applicationIdentifier'])('%s', (name) => {
    expect(isIdLikeName(name)).toBe(true);
  });
  it.each(['apiKey', 'idToken', 'identity', 'video', 'clientSecret', 'sidebar'])('%s is not', (name) => {
    expect(isIdLikeName(name)).toBe(false);
  });
});
