import { describe, expect, it } from 'vitest';
import { fastestMicrosPerCall } from '../timing';
import {
  charsetOf,
  entropyFloor,
  isHexDigest,
  isKnownPublicValue,
  isUuid,
  isWeakCommonPassword,
  looksLikePassword,
  looksLikeRandomToken,
  nonSecretShape,
  shannonEntropy,
  wordCoverage,
} from '../../src/secrets/value-shape.js';

/** Small seeded PRNG (mulberry32) so that every run draws the same "random" secrets. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

const HEX = '0123456789abcdef';
const BASE36 = 'abcdefghijklmnopqrstuvwxyz0123456789';
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const BASE64 = `${BASE62}+/`;
const BASE64URL = `${BASE62}-_`;

function randomString(random: () => number, alphabet: string, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += alphabet.charAt(Math.floor(random() * alphabet.length));
  return text;
}

describe('charsetOf', () => {
  it.each([
    ['3f9a0c1d2e4b5a6f', 'hex'],
    ['3F9A0C1D2E4B5A6F', 'hex'],
    ['3F9a0C1d2E4b5A6f', 'base62'],
    ['Zt8qLm3XvR0pN7sKw2Yb', 'base62'],
    ['Zt8qLm3X/vR0p+N7sKw2Yb==', 'base64'],
    ['Zt8qLm3X_vR0p-N7sKw2Yb', 'base64url'],
    ['Zt8q.Lm3X~vR0p-N7s/K+w2', 'token'],
    ['Zt8q=Lm3X', 'token'],
    ['has space', 'other'],
    ['quote"d', 'other'],
    ['', 'other'],
  ] as const)('%s is %s', (value, charset) => {
    expect(charsetOf(value)).toBe(charset);
  });
});

describe('shannonEntropy', () => {
  it('measures bits per character', () => {
    expect(shannonEntropy('')).toBe(0);
    expect(shannonEntropy('aaaa')).toBe(0);
    expect(shannonEntropy('abab')).toBeCloseTo(1, 10);
    expect(shannonEntropy('0123456789abcdef')).toBeCloseTo(4, 10);
  });
});

describe('entropy floor calibration (§8)', () => {
  // Re-simulate p5(length, alphabet) with a different seed and fewer samples; the embedded table must agree.
  const alphabets = { hex: HEX, base32: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', base62: BASE62, base64: BASE64 } as const;
  it.each([
    ['hex', 16],
    ['hex', 32],
    ['hex', 64],
    ['base32', 20],
    ['base32', 32],
    ['base62', 16],
    ['base62', 24],
    ['base62', 40],
    ['base64', 32],
    ['base64', 64],
  ] as const)('%s at length %i', (alphabet, length) => {
    const random = prng(length * 31 + alphabet.length);
    const samples: number[] = [];
    for (let index = 0; index < 4000; index += 1) {
      samples.push(shannonEntropy(randomString(random, alphabets[alphabet], length)));
    }
    samples.sort((left, right) => left - right);
    const p5 = samples[Math.floor(samples.length * 0.05)] ?? 0;
    expect(entropyFloor(length, alphabet) + 0.1).toBeCloseTo(p5, 1);
  });

  it('interpolates between table lengths and clamps outside it', () => {
    expect(entropyFloor(28, 'base62')).toBeGreaterThan(entropyFloor(24, 'base62'));
    expect(entropyFloor(28, 'base62')).toBeLessThan(entropyFloor(32, 'base62'));
    expect(entropyFloor(2, 'hex')).toBe(entropyFloor(8, 'hex'));
    expect(entropyFloor(4000, 'hex')).toBe(entropyFloor(512, 'hex'));
  });
});

describe('looksLikeRandomToken', () => {
  it('accepts at least 98% of 20k random hex/base36/base62/base64/base64url strings of 16–64 chars', () => {
    const random = prng(20_240_601);
    const alphabets = [HEX, BASE36, BASE62, BASE64, BASE64URL];
    let accepted = 0;
    const total = 20_000;
    for (let index = 0; index < total; index += 1) {
      const alphabet = alphabets[index % alphabets.length] ?? BASE62;
      const length = 16 + Math.floor(random() * 49);
      if (looksLikeRandomToken(randomString(random, alphabet, length))) accepted += 1;
    }
    expect(accepted / total).toBeGreaterThanOrEqual(0.98);
  });

  it('catches short hex keys (12+ hex) and the usual key shapes', () => {
    const random = prng(99);
    let accepted = 0;
    for (let index = 0; index < 200; index += 1) {
      if (looksLikeRandomToken(randomString(random, HEX, 24))) accepted += 1;
    }
    expect(accepted).toBeGreaterThanOrEqual(190);
    for (const value of [
      '9f86d081884c7d65',
      '4e1f0a9c7b3d82a6c5f1e09d',
      'b7e4a1c9d03f',
      'q8ZkT2vL9xWm4RbN7pYs',
      'Zt8qLm3X/vR0p+N7sKw2YbQ1cD5eF6gH7iJ8kL9m=',
      'dGhpc2lzYXJhbmRvbWtleTEyMw8Xq',
      'AbcQ7nL_x-92PmZrT4wE8yU0',
      'kLmNpQrStUvWxYzAbCdEfGh',
    ]) {
      expect(looksLikeRandomToken(value), value).toBe(true);
    }
  });

  it.each([
    'short1A',
    '1234567890123456',
    'abcdefabcdefabcd',
    'aaaaaaaaaaaaaaaaaaaa',
    '0123456789abcdef0123',
    'abcdefghijklmnopqrstuvwxyz012345',
    'callFunctionCheckIfDataAlreadyExists',
    'paddingBottom',
    'XMLHttpRequestUpload',
    'auth.login.passwordLabel',
    'base64ToUint8Array',
    'sha256WithRSAEncryption',
    'my-blog-post-2023-11-02',
    'user_profile_v2_migration',
    'https://example.com/oauth2/v2.0/token',
    'flex items-center gap-2',
    'The quick brown fox jumps over',
    'getUserByIdAndEmail2',
    'webpackFriendlyConsole1',
    'a'.repeat(600),
  ])('rejects %s', (value) => {
    expect(looksLikeRandomToken(value)).toBe(false);
  });

  // Realistic non-secret strings of application code, written independently of the word list.
  const HANDWRITTEN: readonly string[] = [
    'callFunctionCheckIfDataAlreadyExists', 'paddingBottom', 'marginInlineStart', 'borderTopLeftRadius',
    'backgroundColor', 'textDecorationLine', 'gridTemplateColumns', 'fontVariantNumeric', 'scrollbarGutter',
    'auth.login.passwordLabel', 'auth.signup.confirmPasswordPlaceholder', 'errors.network.timeout',
    'checkout.payment.cardNumberInvalid', 'settings.profile.avatarUploadHint', 'common.buttons.cancel',
    'dashboard.widgets.revenueChart.title', 'onboarding.step2.description', 'forms.validation.minLength8',
    'nav.menu.item3', 'home.hero.subtitle2', 'product-card-title', 'modal-close-button', 'user-avatar-small',
    'btn-primary-lg', 'hero-section-2024', 'blog/how-we-migrated-to-postgres-15', 'release-notes-v3-2-1',
    'my-blog-post-2023-11-02', 'getting-started-with-react-18', 'terms-of-service-2024', 'privacy-policy-v2',
    'user_profile_v2_migration', '20231102_add_users_table', 'create_orders_table_v3', 'add_index_to_emails_2',
    'base64ToUint8Array', 'sha256WithRSAEncryption', 'utf8StringToBytes', 'h264VideoEncoder', 'md5HashOfFile',
    'getUserByIdAndEmail2', 'fetchOrdersForCustomer', 'handleSubmitLoginForm', 'useLocalStorageState',
    'isAuthenticatedUser', 'onPaymentIntentSucceeded', 'renderTableOfContents', 'parseIsoDateString',
    'webpackFriendlyConsole1', 'ReactDOMServerRenderer', 'XMLHttpRequestUpload', 'HTMLInputElement',
    'AbortSignalTimeout', 'IntersectionObserverEntry', 'ResizeObserverSize', 'WebGL2RenderingContext',
    'Float32ArrayConstructor', 'TextDecoderStream', 'CanvasRenderingContext2D', 'OffscreenCanvas2d',
    'application/vnd.api+json', 'image/svg+xml', 'text/html;charset=utf-8', 'multipart/form-data',
    'flex items-center justify-between gap-4', 'mt-4 px-2 py-1 rounded-lg shadow-md', 'hover:bg-blue-500',
    'text-sm font-medium text-gray-700', 'grid grid-cols-3 md:grid-cols-6 gap-x-2',
    'Please enter your password again.', 'Your session has expired, please sign in again',
    'The quick brown fox jumps over the lazy dog', 'Invalid email or password', 'Something went wrong',
    'Password must be at least 8 characters long', 'Click here to reset your password',
    'API_KEY', 'GITHUB_TOKEN', 'DATABASE_URL', 'NEXT_PUBLIC_SUPABASE_URL', 'AWS_SECRET_ACCESS_KEY',
    'STRIPE_WEBHOOK_SECRET', 'x-api-key', 'X-Request-Id', 'Content-Security-Policy', 'x-amz-security-token',
    './config/webpack/webpackFriendlyConsole', '../../components/Button/Button2.tsx', '@scope/package-name',
    '@aws-sdk/client-s3', 'lodash/fp/debounce', 'node:crypto', '/etc/ssl/private/server.key',
    'https://login.microsoftonline.com/common/oauth2/v2.0/token', 'https://api.github.com/repos/owner/repo',
    'mongodb://localhost:27017/app', 'redis://cache:6379/0', 'postgres://localhost/app_dev',
    'v1.2.3-beta.4', '2024-01-15T10:30:00Z', '1.0.0', '3.14159', '1e-9', '127.0.0.1:8080',
    'camelCaseIdentifierWithNumber42', 'snake_case_identifier_42', 'SCREAMING_SNAKE_CASE_2',
    'kebab-case-identifier-42', 'dotted.path.to.value3', 'PascalCaseComponentV2', 'userId', 'orderItems',
    'shippingAddressLine2', 'billingPostalCode', 'invoiceDueDate30', 'maxRetryAttempts3',
    'defaultPageSize20', 'timeoutInSeconds60', 'featureFlagNewCheckout', 'experimentVariantB',
  ];

  const WORDS: readonly string[] = [
    'user', 'account', 'profile', 'order', 'invoice', 'payment', 'product', 'cart', 'item', 'list', 'table',
    'modal', 'dialog', 'button', 'form', 'field', 'input', 'label', 'error', 'message', 'title', 'header',
    'footer', 'sidebar', 'menu', 'item', 'page', 'route', 'link', 'image', 'avatar', 'upload', 'download',
    'search', 'filter', 'sort', 'status', 'state', 'store', 'cache', 'session', 'event', 'handler', 'service',
    'client', 'server', 'request', 'response', 'config', 'settings', 'theme', 'color', 'primary', 'secondary',
    'large', 'small', 'medium', 'open', 'close', 'submit', 'cancel', 'delete', 'update', 'create', 'fetch',
    'load', 'save', 'show', 'hide', 'toggle', 'enable', 'disable', 'valid', 'invalid', 'loading', 'success',
    'warning', 'danger', 'info', 'notification', 'email', 'phone', 'address', 'country', 'city', 'customer',
    'report', 'chart', 'metric', 'dashboard', 'widget', 'card', 'grid', 'row', 'column', 'cell', 'index',
    'count', 'total', 'amount', 'price', 'discount', 'coupon', 'shipping', 'billing', 'checkout', 'subscription',
  ];

  function composedIdentifiers(count: number): string[] {
    const random = prng(424_242);
    const pick = (): string => WORDS[Math.floor(random() * WORDS.length)] ?? 'user';
    const capital = (word: string): string => word.charAt(0).toUpperCase() + word.slice(1);
    const results: string[] = [];
    for (let index = 0; index < count; index += 1) {
      const words = [pick(), pick(), pick()];
      if (random() < 0.5) words.push(pick());
      const digit = String(Math.floor(random() * 100));
      switch (index % 5) {
        case 0:
          results.push(`${words[0] ?? ''}${words.slice(1).map(capital).join('')}${digit}`);
          break;
        case 1:
          results.push(`${words.join('-')}-${digit}`);
          break;
        case 2:
          results.push(`${words.join('_')}_v${digit}`);
          break;
        case 3:
          results.push(`${words.slice(0, 2).join('.')}.${words[2] ?? ''}${capital(words[3] ?? 'label')}${digit}`);
          break;
        default:
          results.push(`${words.map(capital).join('')}V${digit}`);
      }
    }
    return results;
  }

  it('rejects at least 98% of 400+ realistic identifiers, slugs, i18n keys, class lists and sentences', () => {
    const corpus = [...HANDWRITTEN, ...composedIdentifiers(300)];
    expect(corpus.length).toBeGreaterThanOrEqual(400);
    const accepted = corpus.filter((value) => looksLikeRandomToken(value));
    expect(accepted.length / corpus.length, accepted.join(', ')).toBeLessThanOrEqual(0.02);
  });

  it('word coverage alone separates identifiers from random tokens', () => {
    const identifiers = composedIdentifiers(300).filter((value) => wordCoverage(value) >= 0.5);
    expect(identifiers.length / 300).toBeGreaterThanOrEqual(0.98);
    const random = prng(5);
    let low = 0;
    for (let index = 0; index < 2000; index += 1) {
      if (wordCoverage(randomString(random, BASE62, 32)) < 0.5) low += 1;
    }
    expect(low / 2000).toBeGreaterThanOrEqual(0.99);
  });
});

describe('wordCoverage', () => {
  it.each([
    ['paddingBottom', 1],
    ['callFunctionCheckIfDataAlreadyExists', 1],
    ['passwordlabel', 1],
    ['XMLHttpRequest', 1],
    ['12345', 0],
    ['', 0],
  ] as const)('%s → %f', (value, coverage) => {
    expect(wordCoverage(value)).toBeCloseTo(coverage, 5);
  });

  it('is low for random tokens', () => {
    expect(wordCoverage('q8ZkT2vL9xWm4RbN7pYs')).toBeLessThan(0.3);
    expect(wordCoverage('9f86d081884c7d659a2feaa0c55ad015')).toBeLessThan(0.3);
  });
});

describe('looksLikePassword', () => {
  it.each([
    ['hunter22', 'password'],
    ['S3cure!Passw0rd', 'dbPassword'],
    ['Tr0ub4dor&3', 'password'],
    ['correct horse battery staple', 'passphrase'],
    ['admin123', 'adminPassword'],
    ['P@ssw0rd', 'password'],
    ['Summer2024!', 'smtpPass'],
    ['rabbitmq-prod-7', 'RABBIT_PASSWORD'],
    ['qa-env-pw-8812', 'password'],
  ] as const)('%s under %s is a password', (value, name) => {
    expect(looksLikePassword(value, name)).toBe(true);
  });

  it.each([
    ['pass', 'password'],
    ['12345', 'pin'],
    ['password', 'password'],
    ['PASSWORD', 'password'],
    ['db_password', 'DB_PASSWORD'],
    ['changeme', 'password'],
    ['<your-password>', 'password'],
    ['${DB_PASSWORD}', 'password'],
    ['********', 'password'],
    ['your_password_here', 'password'],
    ['Please enter your password.', 'passwordHint'],
    ['https://example.com/reset', 'passwordResetUrl'],
    ['$2b$10$abcdefghijklmnopqrstuuB4s6hNqcBy3qYVfvYh8yfH.0nQ1eH3u', 'passwordHash'],
    ['line1\nline2', 'password'],
    [' padded ', 'password'],
  ] as const)('%s under %s is not', (value, name) => {
    expect(looksLikePassword(value, name)).toBe(false);
  });
});

describe('isWeakCommonPassword', () => {
  it.each(['hunter2', 'password123', 'admin123', 'P@ssw0rd', 'letmein', 'Password1', 'qwerty123', '123456'])(
    '%s is weak',
    (value) => {
      expect(isWeakCommonPassword(value)).toBe(true);
    },
  );
  it.each(['S3cure!Passw0rd', 'q8ZkT2vL9xWm', 'hunter2hunter2hunter2hunter2'])('%s is not in the list', (value) => {
    expect(isWeakCommonPassword(value)).toBe(false);
  });
});

describe('isUuid and isHexDigest', () => {
  it('recognises canonical UUIDs only', () => {
    expect(isUuid('123e4567-e89b-12d3-a456-426614174000')).toBe(true);
    expect(isUuid('123E4567-E89B-12D3-A456-426614174000')).toBe(true);
    expect(isUuid('123e4567e89b12d3a456426614174000')).toBe(false);
    expect(isUuid('123e4567-e89b-12d3-a456-42661417400g')).toBe(false);
  });
  it('recognises digest lengths of single-case hex', () => {
    expect(isHexDigest('d41d8cd98f00b204e9800998ecf8427e')).toBe(true);
    expect(isHexDigest('da39a3ee5e6b4b0d3255bfef95601890afd80709')).toBe(true);
    expect(isHexDigest('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855')).toBe(true);
    expect(isHexDigest('a1b2c3d')).toBe(true);
    expect(isHexDigest('a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e')).toBe(false);
    expect(isHexDigest('D41d8cd98f00b204e9800998ecf8427e')).toBe(false);
  });
});

describe('nonSecretShape', () => {
  it.each([
    ['data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk', 'data URI'],
    ['sha512-7L3CUa3bJi9w6hGoNJNHcpp8uFSj1mzeK0QBj9rNiJ0NEunMZt6eR7EKWB+ZJ9nZ0uW7+fIa9qvdr/nt3hKXgQ==', 'subresource integrity hash'],
    ['sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC', 'subresource integrity hash'],
    ['$2b$10$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', 'password hash'],
    ['$2y$12$N9qo8uLOickgx2ZMRZoMyeIjZAgcfl7p92ldGxad68LJZdL17lhWy', 'password hash'],
    ['$argon2id$v=19$m=65536,t=3,p=4$c29tZXNhbHQ$RdescudvJCsgt3ub+b+dWRWJTmaaJObG', 'password hash'],
    ['$scrypt$ln=16,r=8,p=1$aM15713r3Xsvxbi31lqr1Q$nFNh2CVHVjNldFVKDHDlm4CbdRSCdEBsjjJxD+iCs5E', 'password hash'],
    ['$pbkdf2-sha256$29000$N2YuJQSAMAbAmHJm$Sy8iWCkGF1eV3GH4Dj1DR9HuW.FQDNuxmLBxVeGLVGU', 'password hash'],
    ['https://login.microsoftonline.com/common/oauth2/v2.0/token', 'URL'],
    ['http://localhost:3000/api/v1/users?page=2', 'URL'],
    ['jane.doe+filter@example.co.uk', 'email address'],
    ['./config/webpack/webpackFriendlyConsole', 'file path or module specifier'],
    ['../lib/auth/token-store', 'file path or module specifier'],
    ['C:\\Users\\app\\secrets.json', 'file path or module specifier'],
    ['node:crypto', 'file path or module specifier'],
    ['/etc/ssl/private/server.key', 'file path'],
    ['/var/run/secrets/kubernetes.io/serviceaccount/token', 'file path'],
    ['@aws-sdk/client-secrets-manager', 'module specifier'],
    ['react-dom/client', 'module specifier'],
    ['flex items-center justify-between gap-4', 'CSS class list'],
    ['hover:bg-blue-500 text-white rounded-lg', 'CSS class list'],
    ['Please enter your password to continue.', 'English text'],
    ['Your session has expired and you need to sign in', 'English text'],
    ['auth.login.passwordLabel', 'i18n or property key'],
    ['errors.token.expired', 'i18n or property key'],
    ['API_KEY', 'environment variable name'],
    ['GITHUB_TOKEN', 'environment variable name'],
    ['AWS_SECRET_ACCESS_KEY', 'environment variable name'],
    ['x-api-key', 'header name'],
    ['X-Auth-Token', 'header name'],
    ['Proxy-Authorization', 'header name'],
    ['<input type="password" name="pw">', 'markup'],
    ['{"apiKey": "value"}', 'JSON or object text'],
    ['["read", "write"]', 'JSON or object text'],
    ['3.14159', 'number'],
    ['1,000,000', 'number'],
    ['1e-9', 'number'],
    ['2024-01-15', 'date'],
    ['2024-01-15T10:30:00.000Z', 'date'],
    ['v1.2.3', 'version'],
    ['10.4.0-beta.1+build.5', 'version'],
    ['application/json', 'MIME type'],
    ['text/plain; charset=utf-8', 'MIME type'],
    ['192.168.0.1', 'IP address'],
    ['#ff00aa', 'colour'],
    ['Hello %s, you have %d new messages', 'English text'],
    ['token-%s', 'format string'],
    ['user-{0}-secret', 'format string'],
  ] as const)('%s → %s', (value, reason) => {
    expect(nonSecretShape(value)).toBe(reason);
  });

  it.each([
    '123e4567-e89b-12d3-a456-426614174000',
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    'q8ZkT2vL9xWm4RbN7pYs',
    'Zt8qLm3X/vR0p+N7sKw2YbQ1cD5eF6gH7iJ8kL9m=',
    'hunter22',
    'S3cure!Passw0rd',
    'correct horse battery staple',
    'https://hooks.example.com/services/T000/B000?token=q8ZkT2vL9xWm4RbN7pYs',
    'Bearer q8ZkT2vL9xWm4RbN7pYs1234',
    '/K7MDENGbPxRfiCY/q8ZkT2vL9xWm4RbN7pYs',
    '12345678',
    '',
  ])('%s is not an obvious non-secret', (value) => {
    expect(nonSecretShape(value)).toBeNull();
  });
});

describe('isKnownPublicValue', () => {
  it.each([
    'AKIAIOSFODNN7EXAMPLE',
    'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY',
    'AKIAI44QH8DHBEXAMPLE',
    'je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY',
    'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==',
    'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==',
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'your-256-bit-secret',
  ])('%s is published', (value) => {
    expect(isKnownPublicValue(value)).toBe(true);
  });
  it.each(['AKIAQ7ZK2V4MXPLR3N6B', 'Zt8qLm3X/vR0p+N7sKw2YbQ1cD5eF6gH7iJ8kL9m=', 'EXAMPLE', 'my-256-bit-secret'])(
    '%s is not',
    (value) => {
      expect(isKnownPublicValue(value)).toBe(false);
    },
  );
});

describe('speed', () => {
  const random = prng(1);
  const typical = [
    'q8ZkT2vL9xWm4RbN7pYs', 'paddingBottom', 'auth.login.passwordLabel', 'hunter22', 'flex items-center',
    randomString(random, BASE62, 32), randomString(random, HEX, 40), 'https://example.com/x', 'Submit', 'userId',
  ];

  it('costs about a microsecond per typical short string (budget checked loosely: shared CI machines)', () => {
    expect(fastestMicrosPerCall(looksLikeRandomToken, typical, 300)).toBeLessThan(10);
    expect(fastestMicrosPerCall(nonSecretShape, typical, 300)).toBeLessThan(10);
    expect(fastestMicrosPerCall((value) => looksLikePassword(value, 'password'), typical, 300)).toBeLessThan(15);
  });

  it('stays linear on a 2 MB string', () => {
    const big = `data:image/png;base64,${randomString(random, BASE64, 2_000_000)}`;
    const plain = randomString(random, BASE64, 2_000_000);
    const start = process.hrtime.bigint();
    looksLikeRandomToken(big);
    nonSecretShape(big);
    nonSecretShape(plain);
    looksLikePassword(plain, 'password');
    wordCoverage(plain);
    charsetOf(plain);
    shannonEntropy(plain);
    const millis = Number(process.hrtime.bigint() - start) / 1e6;
    expect(millis).toBeLessThan(1500);
  });
});
