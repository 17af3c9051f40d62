import { createHmac, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { fastestMicrosPerCall, fastestMs } from '../timing';
import { findStructuredSecrets, WELL_KNOWN_DEVELOPMENT_KEYS } from '../../src/secrets/structured';

// ---------------------------------------------------------------------------------------------------------------
// Generators: every secret-looking value is produced here, from a seeded PRNG or a freshly generated key.
// ---------------------------------------------------------------------------------------------------------------

/** mulberry32: small seeded PRNG so the samples are random-looking and reproducible. */
function prng(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const random = prng(0x5eed);
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const HEX = '0123456789abcdef';

function randomString(length: number, alphabet = ALNUM): string {
  let out = '';
  for (let i = 0; i < length; i += 1) out += alphabet.charAt(Math.floor(random() * alphabet.length));
  return out;
}

function randomBytes(length: number): Buffer {
  return Buffer.from(Array.from({ length }, () => Math.floor(random() * 256)));
}

/** A password as people pick them: letters, digits and a symbol, always with a digit. */
function password(): string {
  return `${randomString(6)}${randomString(3, '0123456789')}!${randomString(4)}`;
}

const scan = findStructuredSecrets;
const ids = (text: string): string[] => scan(text).map((match) => match.id);

function wrap(base64: string, width: number): string {
  const lines: string[] = [];
  for (let i = 0; i < base64.length; i += width) lines.push(base64.slice(i, i + width));
  return lines.join('\n');
}

function pem(label: string, body: Buffer, headers = ''): string {
  return `-----BEGIN ${label}-----\n${headers}${wrap(body.toString('base64'), 64)}\n-----END ${label}-----\n`;
}

const rsa = generateKeyPairSync('rsa', { modulusLength: 2048 });
const ec = generateKeyPairSync('ec', { namedCurve: 'P-256' });
const ed = generateKeyPairSync('ed25519');

/** PEM text of a key object (`export` is typed `string | Buffer`). */
function exportPem(key: KeyObject, type: 'pkcs1' | 'pkcs8' | 'sec1' | 'spki', cipher?: string): string {
  return key.export({ format: 'pem', type, ...(cipher ? { cipher, passphrase } : {}) } as never).toString();
}

const passphrase = randomString(16);
const rsaPkcs1 = exportPem(rsa.privateKey, 'pkcs1');
const rsaPkcs8 = exportPem(rsa.privateKey, 'pkcs8');
const ecSec1 = exportPem(ec.privateKey, 'sec1');
const ecPkcs8 = exportPem(ec.privateKey, 'pkcs8');
const edPkcs8 = exportPem(ed.privateKey, 'pkcs8');
const encryptedPkcs8 = exportPem(rsa.privateKey, 'pkcs8', 'aes-256-cbc');
const encryptedPkcs1 = exportPem(ec.privateKey, 'sec1', 'aes-128-cbc');
const spki = exportPem(rsa.publicKey, 'spki');
const rsaPublicPkcs1 = exportPem(rsa.publicKey, 'pkcs1');

// --- OpenSSH (PROTOCOL.key), built by hand from a generated Ed25519 key ---------------------------------------

function u32(value: number): Buffer {
  const out = Buffer.alloc(4);
  out.writeUInt32BE(value >>> 0);
  return out;
}

function sshString(value: Buffer | string): Buffer {
  const bytes = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
  return Buffer.concat([u32(bytes.length), bytes]);
}

function openSshKey({ encrypted = false, breakCheck = false } = {}): string {
  const jwk = ed.privateKey.export({ format: 'jwk' });
  const pub = Buffer.from(jwk.x ?? '', 'base64url');
  const seed = Buffer.from(jwk.d ?? '', 'base64url');
  const publicBlob = Buffer.concat([sshString('ssh-ed25519'), sshString(pub)]);
  const check = Math.floor(random() * 2 ** 32);
  let privateSection: Buffer;
  if (encrypted) {
    privateSection = randomBytes(160);
  } else {
    const parts = [
      u32(check),
      u32(breakCheck ? check + 1 : check),
      sshString('ssh-ed25519'),
      sshString(pub),
      sshString(Buffer.concat([seed, pub])),
      sshString('deploy@ci'),
    ];
    let plain = Buffer.concat(parts);
    const padding: number[] = [];
    for (let i = 1; (plain.length + padding.length) % 8 !== 0; i += 1) padding.push(i);
    plain = Buffer.concat([plain, Buffer.from(padding)]);
    privateSection = plain;
  }
  const body = Buffer.concat([
    Buffer.from('openssh-key-v1\0', 'latin1'),
    sshString(encrypted ? 'aes256-ctr' : 'none'),
    sshString(encrypted ? 'bcrypt' : 'none'),
    encrypted ? sshString(Buffer.concat([sshString(randomBytes(16)), u32(16)])) : sshString(''),
    u32(1),
    sshString(publicBlob),
    sshString(privateSection),
  ]);
  return `-----BEGIN OPENSSH PRIVATE KEY-----\n${wrap(body.toString('base64'), 70)}\n-----END OPENSSH PRIVATE KEY-----\n`;
}

// --- OpenPGP (RFC 4880) armored secret key, built by hand from the generated RSA key -----------------------

function crc24(bytes: Buffer): number {
  let crc = 0xb704ce;
  for (const byte of bytes) {
    crc ^= byte << 16;
    for (let bit = 0; bit < 8; bit += 1) {
      crc <<= 1;
      if (crc & 0x1000000) crc ^= 0x1864cfb;
    }
  }
  return crc & 0xffffff;
}

function mpi(base64url: string | undefined): Buffer {
  let bytes = Buffer.from(base64url ?? '', 'base64url');
  while (bytes.length > 1 && bytes[0] === 0) bytes = bytes.subarray(1);
  const bits = (bytes.length - 1) * 8 + (bytes[0] ?? 0).toString(2).length;
  const header = Buffer.alloc(2);
  header.writeUInt16BE(bits);
  return Buffer.concat([header, bytes]);
}

function pgpSecretKey({ encrypted = false, badChecksum = false, publicOnly = false } = {}): string {
  const jwk = rsa.privateKey.export({ format: 'jwk' });
  const publicPart = Buffer.concat([Buffer.from([4]), u32(1_700_000_000), Buffer.from([1]), mpi(jwk.n), mpi(jwk.e)]);
  const secretPart = encrypted
    ? Buffer.concat([Buffer.from([254, 9, 3, 8]), randomBytes(180)])
    : Buffer.concat([Buffer.from([0]), mpi(jwk.d), mpi(jwk.p), mpi(jwk.q), mpi(jwk.qi), Buffer.from([0x12, 0x34])]);
  const body = publicOnly ? publicPart : Buffer.concat([publicPart, secretPart]);
  const length = Buffer.alloc(2);
  length.writeUInt16BE(body.length);
  const packet = Buffer.concat([Buffer.from([publicOnly ? 0x99 : 0x95]), length, body]);
  const crc = Buffer.alloc(3);
  crc.writeUIntBE(badChecksum ? crc24(packet) ^ 1 : crc24(packet), 0, 3);
  const label = publicOnly ? 'PGP PUBLIC KEY BLOCK' : 'PGP PRIVATE KEY BLOCK';
  return `-----BEGIN ${label}-----\nComment: generated for tests\n\n${wrap(packet.toString('base64'), 64)}\n=${crc.toString('base64')}\n-----END ${label}-----\n`;
}

// --- JWTs ----------------------------------------------------------------------------------------------------

function b64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString('base64url');
}

function hmacJwt(payload: object, alg: 'HS256' | 'HS384' | 'HS512' = 'HS256', key = randomString(32)): string {
  const input = `${b64url({ alg, typ: 'JWT' })}.${b64url(payload)}`;
  const hash = { HS256: 'sha256', HS384: 'sha384', HS512: 'sha512' }[alg];
  return `${input}.${createHmac(hash, key).update(input).digest('base64url')}`;
}

function rsaJwt(payload: object, privateKey: KeyObject): string {
  const input = `${b64url({ alg: 'RS256', typ: 'JWT', kid: randomString(8) })}.${b64url(payload)}`;
  return `${input}.${sign('sha256', Buffer.from(input), privateKey).toString('base64url')}`;
}

const claims = (): object => ({ sub: randomString(12), iat: 1_760_000_000, exp: 1_760_003_600, scope: 'read write' });

// ---------------------------------------------------------------------------------------------------------------

describe('findStructuredSecrets: PEM private keys', () => {
  it.each([
    ['an RSA PKCS#1 key', rsaPkcs1, 'RSA PRIVATE KEY'],
    ['an RSA PKCS#8 key', rsaPkcs8, 'PRIVATE KEY'],
    ['an EC SEC1 key', ecSec1, 'EC PRIVATE KEY'],
    ['an EC PKCS#8 key', ecPkcs8, 'PRIVATE KEY'],
    ['an Ed25519 PKCS#8 key', edPkcs8, 'PRIVATE KEY'],
    ['an OpenSSH key without a cipher', openSshKey(), 'OPENSSH PRIVATE KEY'],
    ['an unprotected PGP private key block', pgpSecretKey(), 'PGP PRIVATE KEY BLOCK'],
  ])('reports %s with high confidence', (_name, key, label) => {
    const found = scan(key);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      id: 'pem-private-key',
      layer: 'structured',
      confidence: 'high',
      start: 0,
      end: key.trimEnd().length,
      display: `-----BEGIN ${label}-----`,
    });
  });

  it.each([
    ['an encrypted PKCS#8 key', encryptedPkcs8],
    ['a legacy Proc-Type encrypted SEC1 key', encryptedPkcs1],
    ['an OpenSSH key with aes256-ctr/bcrypt', openSshKey({ encrypted: true })],
    ['a passphrase-protected PGP key block', pgpSecretKey({ encrypted: true })],
  ])('reports %s as encrypted, medium', (_name, key) => {
    expect(scan(key)).toEqual([expect.objectContaining({ id: 'pem-encrypted-private-key', confidence: 'medium' })]);
  });

  it('reads a key whose newlines are the two characters backslash-n (JSON text)', () => {
    const json = JSON.stringify({ type: 'service_account', private_key_id: randomString(40, HEX), private_key: rsaPkcs8 });
    const found = scan(json);
    expect(found).toEqual([expect.objectContaining({ id: 'pem-private-key', display: '-----BEGIN PRIVATE KEY-----' })]);
    expect(json.slice(found[0]!.start, found[0]!.start + 11)).toBe('-----BEGIN ');
  });

  it('reads a doubly escaped key (JSON inside a JSON string)', () => {
    expect(ids(JSON.stringify(JSON.stringify({ private_key: ecPkcs8 })))).toEqual(['pem-private-key']);
  });

  it('reads CRLF line endings and indented lines', () => {
    expect(ids(rsaPkcs1.replace(/\n/gu, '\r\n'))).toEqual(['pem-private-key']);
    expect(ids(ecSec1.replace(/\n/gu, '\n    '))).toEqual(['pem-private-key']);
  });

  it('reads a body written on one line', () => {
    const oneLine = `-----BEGIN PRIVATE KEY-----${edPkcs8.split('\n')[1]}-----END PRIVATE KEY-----`;
    expect(ids(oneLine)).toEqual(['pem-private-key']);
  });

  it('finds a key embedded in surrounding text, with offsets into that text', () => {
    const text = `# deploy key\nconst key = \`${ecSec1}\`;\n`;
    const [match] = scan(text);
    expect(match?.start).toBe(text.indexOf('-----BEGIN'));
    expect(text.slice(match!.start, match!.end)).toBe(ecSec1.trimEnd());
  });

  it('finds every key in a string that holds several', () => {
    expect(ids(`${rsaPkcs1}\n${spki}\n${edPkcs8}`)).toEqual(['pem-private-key', 'pem-private-key']);
  });

  it.each([
    ['a public key (SPKI)', spki],
    ['a PKCS#1 public key', rsaPublicPkcs1],
    ['a certificate', pem('CERTIFICATE', Buffer.from(spki.split('\n').slice(1, -2).join(''), 'base64'))],
    ['a PGP public key block', pgpSecretKey({ publicOnly: true })],
    ['an ellipsis body', '-----BEGIN PRIVATE KEY-----\n...\n-----END PRIVATE KEY-----'],
    ['an xxx body', '-----BEGIN RSA PRIVATE KEY-----\nxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx\n-----END RSA PRIVATE KEY-----'],
    ['a <key here> body', '-----BEGIN PRIVATE KEY-----\n<key here>\n-----END PRIVATE KEY-----'],
    ['a truncated body', `${rsaPkcs8.slice(0, 400)}\n-----END PRIVATE KEY-----`],
    ['a header with no footer', rsaPkcs8.replace('-----END PRIVATE KEY-----', '')],
    ['a footer with another label', rsaPkcs8.replace('-----END PRIVATE KEY-----', '-----END RSA PRIVATE KEY-----')],
    ['random base64 under a private-key header', pem('PRIVATE KEY', randomBytes(600))],
    ['a random DER-looking body', pem('RSA PRIVATE KEY', Buffer.concat([Buffer.from([0x30, 0x82, 0x01, 0x00]), randomBytes(256)]))],
    ['an OpenSSH body with mismatched check integers', openSshKey({ breakCheck: true })],
    ['an OpenSSH header over a PKCS#8 body', rsaPkcs8.replace(/PRIVATE KEY/gu, 'OPENSSH PRIVATE KEY')],
    ['a PGP block with a wrong CRC-24', pgpSecretKey({ badChecksum: true })],
    ['an ENCRYPTED header over random bytes', pem('ENCRYPTED PRIVATE KEY', randomBytes(320))],
    ['Proc-Type without DEK-Info', rsaPkcs1.replace('KEY-----\n', 'KEY-----\nProc-Type: 4,ENCRYPTED\n\n')],
    ['only the header, as documentation', 'Paste the -----BEGIN PRIVATE KEY----- block into the field.'],
  ])('stays silent for %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('findStructuredSecrets: JWTs', () => {
  it.each([
    ['an HS256 token', hmacJwt(claims()), 'HS256'],
    ['an HS512 token', hmacJwt(claims(), 'HS512'), 'HS512'],
    ['an RS256 token', rsaJwt(claims(), rsa.privateKey), 'RS256'],
    ['a Supabase service_role key', hmacJwt({ iss: 'supabase', ref: randomString(20).toLowerCase(), role: 'service_role' }), 'HS256'],
  ])('reports %s', (_name, token, alg) => {
    expect(scan(token)).toEqual([
      { id: 'jwt', kind: 'JSON Web Token', layer: 'structured', confidence: 'high', start: 0, end: token.length, display: `eyJ… (JWT, alg ${alg})` },
    ]);
  });

  it('reports an unsigned alg:none token with medium confidence', () => {
    const token = `${b64url({ alg: 'none', typ: 'JWT' })}.${b64url(claims())}.`;
    expect(scan(token)).toEqual([expect.objectContaining({ id: 'jwt', confidence: 'medium', display: 'eyJ… (JWT, alg none)' })]);
  });

  it.each([
    ['an Authorization header', (t: string) => `Authorization: Bearer ${t}`],
    ['a URL query', (t: string) => `https://api.internal/v1/export?access_token=${t}&format=csv`],
    ['a JSON document', (t: string) => JSON.stringify({ refresh_token: t, expires_in: 3600 })],
  ])('finds a token inside %s exactly once, with its offsets', (_name, embed) => {
    const token = hmacJwt(claims());
    const text = embed(token);
    const found = scan(text);
    expect(found).toEqual([expect.objectContaining({ id: 'jwt', start: text.indexOf(token), end: text.indexOf(token) + token.length })]);
  });

  it.each([
    ['a Supabase anon key', hmacJwt({ iss: 'supabase', ref: randomString(20).toLowerCase(), role: 'anon' })],
    ['the jwt.io sample token', hmacJwt({ sub: '1234567890', name: 'John Doe', iat: 1_516_239_022 }, 'HS256', 'your-256-bit-secret')],
    ['a payload that does not decode', `${b64url({ alg: 'HS256' })}.${randomString(40)}.${randomString(43)}`],
    ['a header without alg', `${b64url({ typ: 'JWT' })}.${b64url(claims())}.${randomString(43)}`],
    ['an eyJ string that is not JSON', `eyJ${randomString(30)}.${randomString(30)}.${randomString(43)}`],
    ['a payload that is a JSON array', `${b64url({ alg: 'HS256' })}.${b64url([1, 2, 3])}.${randomString(43)}`],
    ['two segments only', `${b64url({ alg: 'HS256' })}.${b64url(claims())}`],
    ['an HS256 token with an empty signature', `${b64url({ alg: 'HS256' })}.${b64url(claims())}.`],
    ['a token glued to a ghs_<appId>_ prefix', `ghs_1234567_${hmacJwt(claims())}`],
    ['a token glued to letters', `x${hmacJwt(claims())}`],
    ['a five-segment JWE', `${b64url({ alg: 'RSA-OAEP', enc: 'A256GCM' })}.${randomString(40)}.${randomString(16)}.${randomString(40)}.${randomString(22)}`],
  ])('stays silent for %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('findStructuredSecrets: URLs with a password', () => {
  it.each([
    ['postgres', 'PostgreSQL'],
    ['postgresql', 'PostgreSQL'],
    ['mysql', 'MySQL'],
    ['mariadb', 'MariaDB'],
    ['mongodb', 'MongoDB'],
    ['mongodb+srv', 'MongoDB'],
    ['redis', 'Redis'],
    ['rediss', 'Redis'],
    ['amqp', 'AMQP'],
    ['amqps', 'AMQP'],
    ['mssql', 'SQL Server'],
    ['ftp', 'FTP'],
    ['smtp', 'SMTP'],
    ['ldap', 'LDAP'],
    ['https', 'HTTPS'],
  ])('reports a %s:// URL with a real password', (scheme, label) => {
    const secret = password();
    const url = `${scheme}://app:${encodeURIComponent(secret)}@db-primary.internal:1234/main`;
    const found = scan(url);
    expect(found).toEqual([
      {
        id: 'url-password',
        kind: `${label} URL password`,
        layer: 'structured',
        confidence: 'high',
        start: 0,
        end: url.indexOf('@') + 1,
        display: `${scheme}://app:***@`,
      },
    ]);
    expect(found[0]!.display).not.toContain(secret);
  });

  it('reports a docker-compose service host (not loopback)', () => {
    expect(scan(`postgres://app:${password()}@db:5432/app`)).toEqual([expect.objectContaining({ confidence: 'high' })]);
  });

  it('reports a real-looking password on localhost with medium confidence', () => {
    expect(scan(`redis://default:${password()}@localhost:6379/0`)).toEqual([expect.objectContaining({ confidence: 'medium' })]);
    expect(scan(`mysql://app:${password()}@127.0.0.1/app`)).toEqual([expect.objectContaining({ confidence: 'medium' })]);
  });

  it('finds a URL inside text and reports its offsets', () => {
    const url = `mongodb+srv://svc-orders:${password()}@cluster0.${randomString(5).toLowerCase()}.mongodb.net/orders`;
    const text = `MONGO_URL="${url}" # production`;
    const [match] = scan(text);
    expect(match).toMatchObject({ start: text.indexOf('mongodb+srv'), display: 'mongodb+srv://svc-orders:***@' });
  });

  it('reports a Redis URL with an empty user name', () => {
    expect(scan(`redis://:${password()}@cache:6379/0`)).toEqual([expect.objectContaining({ display: 'redis://:***@' })]);
  });

  it('reads a multi-host MongoDB URL and a percent-encoded password', () => {
    const text = `mongodb://app:${encodeURIComponent(`${password()}@#/`)}@h1:27017,h2:27017/db?replicaSet=rs0`;
    expect(ids(text)).toEqual(['url-password']);
  });

  it('keeps the jdbc: prefix in the display', () => {
    expect(scan(`jdbc:mysql://app:${password()}@mysql.internal:3306/shop`)).toEqual([
      expect.objectContaining({ display: 'jdbc:mysql://app:***@' }),
    ]);
  });

  it('reports an Oracle thin JDBC URL', () => {
    expect(scan(`jdbc:oracle:thin:scott/${password()}@ora.internal:1521:ORCL`)).toEqual([
      expect.objectContaining({ id: 'url-password', display: 'jdbc:oracle:thin:scott/***@' }),
    ]);
  });

  it('masks a user name that looks like a token', () => {
    const [match] = scan(`https://${randomString(36)}:${password()}@git.internal/org/repo.git`);
    expect(match?.display).toBe('https://***:***@');
  });

  it.each([
    ['a URL without userinfo', 'postgres://db.internal:5432/app'],
    ['a user without a password', 'https://user@git.internal/repo.git'],
    ['the default postgres pair on localhost', 'postgres://postgres:postgres@localhost:5432/db'],
    ['the RabbitMQ guest pair on localhost', 'amqp://guest:guest@localhost'],
    ['a default password on loopback', 'mysql://app:mysecretpassword@127.0.0.1:3306/app'],
    ['template variables', 'mongodb://${USER}:${PASS}@host.internal/db'],
    ['an empty user and password', 'redis://:@cache.internal:6379'],
    ['a token endpoint', 'https://login.microsoftonline.com/common/oauth2/v2.0/token'],
    ['the word password', 'postgres://app:password@db/app'],
    ['the word pass', 'mysql://app:pass@db/app'],
    ['the word secret', 'redis://app:secret@cache/0'],
    ['asterisks', 'postgres://app:********@db/app'],
    ['an angle-bracket placeholder', 'postgres://app:<password>@db/app'],
    ['a %VAR% placeholder', 'postgres://app:%DB_PASS%@db/app'],
    ['a $VAR placeholder', 'postgres://app:$DB_PASS@db/app'],
    ['a {{…}} placeholder', 'amqp://svc:{{ rabbit_password }}@mq/vhost'],
    ['a password equal to the user', 'postgres://orders:orders@db.internal/orders'],
    ['a three-character password', 'ftp://app:a1b@files.internal/'],
    ['a documentation host', `postgres://app:${password()}@db.example.com/app`],
    ['the Oracle scott/tiger sample', 'jdbc:oracle:thin:scott/tiger@ora.internal:1521:ORCL'],
    ['the Cosmos DB emulator key in a MongoDB URL', `mongodb://localhost:${encodeURIComponent(WELL_KNOWN_DEVELOPMENT_KEYS[1]!)}@localhost:10255/admin?ssl=true`],
    ['a ${TOKEN} in a git URL', 'https://x-access-token:${GITHUB_TOKEN}@github.com/org/repo.git'],
    ['an email address after a scheme-less host', 'contact admin:support@corp.internal for access'],
  ])('stays silent for %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('findStructuredSecrets: credentials in URL queries', () => {
  it('reports ?password= in a JDBC URL', () => {
    const text = `jdbc:postgresql://pg.internal:5432/app?user=app&password=${password()}&ssl=true`;
    expect(scan(text)).toEqual([
      expect.objectContaining({ id: 'url-query-password', confidence: 'high', display: 'password=***', start: text.indexOf('password=') }),
    ]);
  });

  it('reports an Azure SAS signature', () => {
    const sig = encodeURIComponent(randomBytes(32).toString('base64'));
    const text = `https://acct.blob.core.windows.net/backups/db.bak?sv=2022-11-02&ss=b&srt=o&sp=r&se=2030-01-01T00:00:00Z&spr=https&sig=${sig}`;
    expect(scan(text)).toEqual([expect.objectContaining({ id: 'azure-sas-signature', display: 'sig=***', end: text.length })]);
  });

  it('reports a bare SAS token and a Service Bus SharedAccessSignature', () => {
    const sig = encodeURIComponent(randomBytes(32).toString('base64'));
    expect(ids(`sv=2023-01-03&ss=bfqt&srt=sco&sp=rwdlacup&se=2031-01-01T00:00:00Z&sig=${sig}`)).toEqual(['azure-sas-signature']);
    expect(ids(`SharedAccessSignature sr=orders.servicebus.windows.net&sig=${sig}&se=1900000000&skn=send`)).toEqual(['azure-sas-signature']);
  });

  it('reports a random access_token conservatively (medium)', () => {
    const text = `https://graph.internal/v1/me?access_token=${randomString(40)}`;
    expect(scan(text)).toEqual([expect.objectContaining({ id: 'url-query-credential', confidence: 'medium', display: 'access_token=***' })]);
  });

  it.each([
    ['an empty password', 'https://h.internal/login?user=a&password=&next=/'],
    ['a {0} password', 'https://h.internal/login?user=a&password={0}'],
    ['a Google Maps browser key', `https://maps.googleapis.com/maps/api/js?key=AIza${randomString(35)}`],
    ['a placeholder api key', 'https://api.internal/v1?api_key=your_api_key_here'],
    ['a word-like access token', 'https://api.internal/v1?access_token=my-access-token-for-staging'],
    ['a short key', `https://api.internal/v1?key=${randomString(12)}`],
    ['sig= without SAS parameters', `https://cdn.internal/a.png?sig=${randomBytes(32).toString('base64')}`],
    ['a non-credential parameter', `https://api.internal/v1?session=${randomString(40)}`],
  ])('stays silent for %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('findStructuredSecrets: connection strings', () => {
  const storageKey = (): string => randomBytes(64).toString('base64');
  const busKey = (): string => randomBytes(32).toString('base64');

  it.each([
    ['an ADO.NET string with Password=', `Server=tcp:orders.database.windows.net,1433;Initial Catalog=orders;User ID=app;Password=${password()};Encrypt=True;`, 'Password=***'],
    ['a string with Pwd=', `Driver={ODBC Driver 18 for SQL Server};Server=sql01;Database=crm;Uid=crm;Pwd=${password()};`, 'Pwd=***'],
    ['lower-case keys', `server=sql01;database=crm;user id=crm;password=${password()}`, 'password=***'],
    ['a quoted value with a semicolon', `Data Source=sql01;User Id=crm;Password="${password()};x";`, 'Password=***'],
    ['a JDBC sqlserver URL', `jdbc:sqlserver://sql01:1433;databaseName=crm;user=crm;password=${password()};`, 'password=***'],
  ])('reports %s', (_name, text, display) => {
    const found = scan(text);
    expect(found).toEqual([expect.objectContaining({ id: 'connection-string-password', confidence: 'high', display })]);
    expect(text.slice(found[0]!.start, found[0]!.start + 3).toLowerCase()).toBe(display.slice(0, 3).toLowerCase());
  });

  it('reports a real-looking password on a local server with medium confidence', () => {
    expect(scan(`Server=(localdb)\\MSSQLLocalDB;Database=app;User Id=app;Password=${password()};`)).toEqual([
      expect.objectContaining({ confidence: 'medium' }),
    ]);
  });

  it('reports an Azure Storage account key', () => {
    const text = `DefaultEndpointsProtocol=https;AccountName=prodlogs;AccountKey=${storageKey()};EndpointSuffix=core.windows.net`;
    expect(scan(text)).toEqual([expect.objectContaining({ id: 'azure-storage-account-key', confidence: 'high', display: 'AccountKey=***' })]);
  });

  it('reports a Cosmos DB account key', () => {
    const text = `AccountEndpoint=https://orders.documents.azure.com:443/;AccountKey=${storageKey()};`;
    expect(ids(text)).toEqual(['azure-cosmos-account-key']);
  });

  it.each([
    ['Service Bus', `Endpoint=sb://orders.servicebus.windows.net/;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=${busKey()}`],
    ['Event Hubs', `Endpoint=sb://telemetry.servicebus.windows.net/;SharedAccessKeyName=send;SharedAccessKey=${busKey()};EntityPath=events`],
    ['IoT Hub', `HostName=fleet.azure-devices.net;SharedAccessKeyName=iothubowner;SharedAccessKey=${busKey()}`],
  ])('reports a %s shared access key', (_name, text) => {
    expect(scan(text)).toEqual([expect.objectContaining({ id: 'azure-shared-access-key', display: 'SharedAccessKey=***' })]);
  });

  it('reports a SignalR access key', () => {
    expect(ids(`Endpoint=https://chat.service.signalr.net;AccessKey=${busKey()};Version=1.0;`)).toEqual(['connection-string-access-key']);
  });

  it.each([
    ['the Azurite account key', `DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=${WELL_KNOWN_DEVELOPMENT_KEYS[0]};BlobEndpoint=http://127.0.0.1:10000/devstoreaccount1;`],
    ['UseDevelopmentStorage=true', 'UseDevelopmentStorage=true'],
    ['the Cosmos DB emulator key', `AccountEndpoint=https://localhost:8081/;AccountKey=${WELL_KNOWN_DEVELOPMENT_KEYS[1]}`],
    ['an empty password', 'Server=sql01;User Id=app;Password=;'],
    ['a {0} format placeholder', 'Server=sql01;User Id=app;Password={0};'],
    ['an MSBuild property', 'Server=sql01;User Id=app;Password=$(DbPassword);'],
    ['a password equal to the user', 'Server=sql01;User Id=report;Password=report;'],
    ['a default password on localhost', 'Server=localhost;User Id=sa;Password=P@ssw0rd;'],
    ['Password= with no connection-string context', `Password=${password()}`],
    ['integrated security', 'Server=sql01;Database=crm;Integrated Security=true;'],
    ['a placeholder account key', 'DefaultEndpointsProtocol=https;AccountName=prod;AccountKey=<account-key>;'],
    ['the Service Bus emulator placeholder', 'Endpoint=sb://localhost;SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=SAS_KEY_VALUE;UseDevelopmentEmulator=true;'],
    ['a prefixed name (left to the named layer)', `db_password=${password()};host=db`],
    ['a dotted properties key', `spring.datasource.password=${password()};url=jdbc:x`],
  ])('stays silent for %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('findStructuredSecrets: HTTP Authorization values', () => {
  const basic = (user: string, pass: string): string => Buffer.from(`${user}:${pass}`).toString('base64');

  it('reports Basic credentials that decode to user:password', () => {
    const value = basic('svc-deploy', password());
    expect(scan(`Basic ${value}`)).toEqual([
      { id: 'http-basic-auth', kind: 'HTTP Basic credentials', layer: 'structured', confidence: 'high', start: 0, end: 6 + value.length, display: 'Basic ***' },
    ]);
  });

  it('reports Basic credentials in a curl sample', () => {
    const text = `curl -H "Authorization: Basic ${basic('ci', password())}" https://registry.internal/v2/`;
    expect(scan(text)).toEqual([expect.objectContaining({ id: 'http-basic-auth', start: text.indexOf('Basic') })]);
  });

  it.each([
    ['a Bearer token', (t: string) => `Bearer ${t}`],
    ['a Bearer header in a JSON object', (t: string) => JSON.stringify({ Authorization: `Bearer ${t}` })],
    ['a GitHub-style token header', (t: string) => `Authorization: token ${t}`],
    ['a token value alone', (t: string) => `token ${t}`],
  ])('reports %s', (_name, embed) => {
    const token = randomString(40);
    const text = embed(token);
    const found = scan(text);
    expect(found).toEqual([expect.objectContaining({ id: 'http-bearer-token', confidence: 'high', end: text.indexOf(token) + token.length })]);
    expect(found[0]!.display).toMatch(/^(?:Bearer|token) \*\*\*$/u);
  });

  it('reports a 40-hex bearer token', () => {
    expect(ids(`Bearer ${randomString(40, HEX)}`)).toEqual(['http-bearer-token']);
  });

  it('leaves a Bearer JWT to the JWT scan (one finding)', () => {
    expect(ids(`Bearer ${hmacJwt(claims())}`)).toEqual(['jwt']);
  });

  it.each([
    ['a template placeholder', 'Bearer ${token}'],
    ['a realm challenge', 'Basic realm="x"'],
    ['Basic user:password', `Basic ${basic('user', 'password')}`],
    ['Basic admin:admin', `Basic ${basic('admin', 'admin')}`],
    ['Basic with a short password', `Basic ${basic('api', 'x1')}`],
    ['the RFC 7617 sample', 'Authorization: Basic QWxhZGRpbjpvcGVuIHNlc2FtZQ=='],
    ['Basic over binary bytes', `Basic ${randomBytes(30).toString('base64')}`],
    ['an upper-case placeholder token', 'Authorization: Bearer YOUR_ACCESS_TOKEN_HERE'],
    ['a word-like bearer value', 'Bearer my-super-secret-token-value-2024'],
    ['an angle-bracket placeholder', 'Bearer <token>'],
    ['a Supabase anon key as bearer', `Bearer ${hmacJwt({ iss: 'supabase', role: 'anon' })}`],
    ['prose about tokens', 'The bearer token expires after 3600 seconds; refresh the token before then.'],
    ['"token" mid-sentence before a random word', `use the token ${randomString(40)} only once`],
    ['a bearer value split by spaces', `Bearer ${randomString(12)} ${randomString(12)}`],
  ])('stays silent for %s', (_name, text) => {
    expect(scan(text)).toEqual([]);
  });
});

describe('findStructuredSecrets: general behaviour', () => {
  it('returns nothing for short strings', () => {
    expect(scan('a:b@c')).toEqual([]);
    expect(scan('')).toEqual([]);
  });

  it('orders findings by start offset', () => {
    const text = `Bearer ${randomString(40)} postgres://app:${password()}@db/app ${hmacJwt(claims())}`;
    const found = scan(text);
    expect(found.map((match) => match.id)).toEqual(['http-bearer-token', 'url-password', 'jwt']);
    expect(found.map((match) => match.start)).toEqual([...found.map((match) => match.start)].sort((a, b) => a - b));
  });

  it('never shows a secret character in display', () => {
    const secret = password();
    const token = randomString(40);
    const text = [
      rsaPkcs1,
      `postgres://app:${secret}@db/app`,
      `Server=s;User Id=u;Password=${secret};`,
      `Bearer ${token}`,
      `Basic ${Buffer.from(`u:${secret}`).toString('base64')}`,
    ].join('\n');
    const found = scan(text);
    expect(found).toHaveLength(5);
    for (const match of found) {
      expect(match.display).not.toContain(secret);
      expect(match.display).not.toContain(token);
    }
  });

  it('is fast on typical literals and linear on a 2 MB base64 string', () => {
    const typical = ['Hello, world!', 'flex items-center justify-between', 'https://example.com/api/v1/users?id=3', 'SELECT * FROM users WHERE id = $1', './components/Button'];
    expect(fastestMicrosPerCall(scan, typical, 600)).toBeLessThan(10);

    const big = `data:image/png;base64,${randomBytes(1_500_000).toString('base64')}`;
    expect(scan(big)).toEqual([]);
    expect(fastestMs(() => scan(big))).toBeLessThan(200);

    const adversarial = 'eyJ'.repeat(300_000) + '://'.repeat(100_000) + '-----BEGIN PRIVATE KEY-----'.repeat(20_000) + 'a=;'.repeat(100_000);
    expect(fastestMs(() => scan(adversarial), 2)).toBeLessThan(1000);
  });
});
