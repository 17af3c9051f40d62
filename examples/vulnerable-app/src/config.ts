// Configuration read from the environment, including the connection strings and TLS settings the clients use.
function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

const env = process.env.NODE_ENV ?? 'development';

// An operator flag, not a development guard: it can be switched on in any environment.
if (process.env.ALLOW_SELF_SIGNED === 'true') {
  process.env.NODE_TLS_REJECT_UNAUTHORIZED = '0';
}

export const config = {
  env,
  port: Number(process.env.PORT ?? 8080),
  auth: {
    issuer: required('AUTH_ISSUER'),
    audience: required('AUTH_AUDIENCE'),
    jwksUri: required('AUTH_JWKS_URI'),
    tokenEndpoint: process.env.TOKEN_ENDPOINT ?? 'http://auth.internal:8080/oauth2/token',
    authority: `https://login.microsoftonline.com/${process.env.AZURE_TENANT_ID ?? 'common'}`,
    clientId: required('OAUTH_CLIENT_ID'),
    clientSecret: required('OAUTH_CLIENT_SECRET'),
  },
  tls: {
    verify: process.env.TLS_VERIFY !== 'false',
    caFile: process.env.INTERNAL_CA_FILE ?? '/etc/ssl/internal/ca.pem',
  },
  database: {
    url: process.env.DATABASE_URL ?? 'postgres://app@db.internal:5432/app?sslmode=verify-full',
    reportingUrl: 'postgres://reporting@reports-db.internal:5432/reports?sslmode=no-verify',
  },
  mongoUrl: process.env.MONGO_URL ?? 'mongodb://mongo.internal:27017/audit?tls=true',
};

export type Config = typeof config;
