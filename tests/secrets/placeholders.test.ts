import { describe, expect, it } from 'vitest';
import { fastestMicrosPerCall, fastestMs } from '../timing';
import { isNameEcho, isPlaceholder } from '../../src/secrets/placeholders.js';

/** Small seeded PRNG (mulberry32) for random key bodies. */
function prng(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}
const BASE62 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
function randomString(random: () => number, length: number): string {
  let text = '';
  for (let index = 0; index < length; index += 1) text += BASE62.charAt(Math.floor(random() * BASE62.length));
  return text;
}

describe('isPlaceholder', () => {
  it.each([
    '',
    '   ',
    'changeme',
    'change-me',
    'CHANGE_ME',
    'changeme123',
    '<your-secret>',
    '<API_KEY>',
    '<token>',
    '[YOUR_KEY]',
    'your_api_key',
    'YOUR_API_KEY_HERE',
    'your-api-key-here',
    'your-256-bit-secret',
    'your_password',
    'my_password',
    'xxx',
    'xxxxxxxxxxxxxxxx',
    'XXXX-XXXX-XXXX',
    'sk_live_xxxxxxxxxxxxxxxxxxxxxxxx',
    'ghp_XXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX',
    '***',
    '********',
    '…',
    '...',
    'eyJhbGciOiJIUzI1NiJ9...',
    '•••••••',
    '${API_KEY}',
    '${process.env.SECRET}',
    'Bearer ${token}',
    '{{api_key}}',
    '{{ .Values.secret }}',
    '${{ secrets.NPM_TOKEN }}',
    '%API_KEY%',
    '$API_KEY',
    '$(cat /run/secrets/key)',
    '@API_KEY@',
    '__API_KEY__',
    'REPLACE_ME',
    'replace-with-your-key',
    'TODO',
    'todo: add key',
    'redacted',
    '[REDACTED]',
    'example',
    'EXAMPLE_TOKEN_1234',
    'sample',
    'sample-api-key',
    'dummy',
    'dummy_token_1',
    'fake',
    'fake-token-for-tests',
    'test',
    'testing',
    'test-secret',
    'test_api_key',
    'secret',
    'password',
    'PASSWORD',
    'mypassword',
    'pass',
    'placeholder',
    'none',
    'null',
    'undefined',
    'foo',
    'foobar',
    'bar',
    'insert-key-here',
    'insert_your_token_here',
    'paste-your-token-here',
    'enter-your-password',
    'not-a-real-key',
    'mock-jwt-secret',
    'my-secret-key',
    'super-secret',
    'supersecret',
    'jwt_secret',
    'aaaaaaaa',
    '00000000',
    'abcabcabcabc',
    '12341234',
    'abcdefgh',
    'abcdef123456',
    '1234567890',
    '0123456789abcdef',
    'ABCDEFGHIJKLMNOP',
    'qwerty',
    'qwertyuiop',
    'asdfghjkl',
  ])('%j is a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(true);
  });

  it.each([
    'hunter22',
    'password123',
    'admin123',
    'P@ssw0rd',
    'S3cure!Passw0rd',
    'Summer2024!',
    'correct horse battery staple',
    'keyboard cat',
    'q8ZkT2vL9xWm4RbN7pYs',
    // Real-looking keys that contain placeholder words or sequences as fragments.
    'sk_test_4eC39HqLyjWDarjtT1zdp7dc',
    'Xk9testQ2mZr7LpVb4Nw',
    'abc9Kq2ZmT7xLp4VbNw8',
    'Q2mZfake7LpVb4Nw9Kxr',
    'dummyQ2mZr7LpVb4Nw9K',
    'p4ssExampleQ2mZr7LpV'.toLowerCase(),
    '9f86d081884c7d659a2feaa0c55ad015',
    'wJalrXUtnFEMIK7MDENGbPxRfiCY',
    'rabbitmq-prod-7',
    'EnterpriseCustomer42!',
  ])('%j is not a placeholder', (value) => {
    expect(isPlaceholder(value)).toBe(false);
  });

  it('keeps random keys with embedded marker words', () => {
    const random = prng(11);
    for (const word of ['test', 'abc', 'fake', 'demo', 'mock', 'sample', 'secret', 'key', 'here', 'your', 'foo']) {
      for (let round = 0; round < 20; round += 1) {
        const value = `${randomString(random, 10)}${word}${randomString(random, 12)}`;
        expect(isPlaceholder(value), value).toBe(false);
      }
    }
  });

  it('accepts nearly every random base62 key', () => {
    const random = prng(3);
    let placeholders = 0;
    for (let round = 0; round < 5000; round += 1) {
      if (isPlaceholder(randomString(random, 8 + Math.floor(random() * 40)))) placeholders += 1;
    }
    expect(placeholders).toBeLessThan(5);
  });

  it('is fast and linear', () => {
    const values = ['changeme', 'q8ZkT2vL9xWm4RbN7pYs', 'your-api-key-here', 'hunter22', '${API_KEY}'];
    expect(fastestMicrosPerCall(isPlaceholder, values, 300)).toBeLessThan(10);
    const big = randomString(prng(4), 2_000_000);
    expect(
      fastestMs(() => {
        isPlaceholder(big);
        isPlaceholder(`\${${big}`);
      }),
    ).toBeLessThan(1000);
  });
});

describe('isNameEcho', () => {
  it.each([
    ['apiKey', 'apiKey'],
    ['API_KEY', 'apiKey'],
    ['api-key', 'apiKey'],
    ['PASSWORD', 'password'],
    ['password', 'dbPassword'],
    ['db_password', 'DB_PASSWORD'],
    ['secret', 'clientSecret'],
    ['client-secret', 'clientSecret'],
    ['Token', 'accessToken'],
    ['GITHUB_TOKEN', 'githubToken'],
  ] as const)('%s under %s', (value, name) => {
    expect(isNameEcho(value, name)).toBe(true);
  });
  it.each([
    ['hunter22', 'password'],
    ['password1', 'password'],
    ['x-api-key', 'apiKey'],
    ['q8ZkT2vL9xWm4RbN7pYs', 'apiKey'],
    ['secret', 'apiKey'],
    ['', 'password'],
  ] as const)('%s under %s is not', (value, name) => {
    expect(isNameEcho(value, name)).toBe(false);
  });
});
