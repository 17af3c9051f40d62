// Suppressions: an accepted risk written down for reviewers, next to ones that say nothing.
import https from 'node:https';
import cors from 'cors';
import express from 'express';

export const gateway = express();

// eslint-disable-next-line zero-trust/no-disabled-tls-verification -- partner staging uses a self-signed CA until INFRA-123
export const partnerStagingAgent = new https.Agent({ rejectUnauthorized: false });

// eslint-disable-next-line zero-trust/no-permissive-cors
gateway.use(cors({ origin: true, credentials: true }));

gateway.set('trust proxy', true); // eslint-disable-line zero-trust/no-permissive-trust-proxy -- TODO

gateway.get('/healthz', (_req, res) => {
  res.json({ ok: true });
});
