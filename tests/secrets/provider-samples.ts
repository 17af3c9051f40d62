/**
 * Random, valid-looking samples of every provider token format that src/secrets/provider-tokens.ts recognises by
 * structure. Built at run time from a seeded PRNG so that no test file holds a literal credential; the values were
 * never issued by any provider. Shapes follow the same sources as the detector (research note §4, vendor docs,
 * gitleaks and secretlint rule tables), written independently of the detector's code.
 */
import { ALNUM, BASE64, BASE64URL, HEX, randomString, type Rng } from './generate.js';

const DIGITS = '0123456789';
const LETTERS = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz';
const UPPER_DIGITS = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ';
const LOWER_DIGITS = '0123456789abcdefghijklmnopqrstuvwxyz';
const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
/** Base64url without `-`/`_` at the edges is still base64url; keep edges alphanumeric so boundaries are unambiguous. */
const wordDash = (rng: Rng, length: number): string =>
  length < 2 ? randomString(rng, ALNUM, length) : randomString(rng, ALNUM, 1) + randomString(rng, BASE64URL, length - 2) + randomString(rng, ALNUM, 1);
const alnum = (rng: Rng, length: number): string => randomString(rng, ALNUM, length);
const hex = (rng: Rng, length: number): string => randomString(rng, HEX, length);
const digits = (rng: Rng, length: number): string => randomString(rng, '123456789', 1) + randomString(rng, DIGITS, length - 1);
const between = (rng: Rng, min: number, max: number): number => min + Math.floor(rng() * (max - min + 1));

const b64url = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64url');
const b64 = (value: unknown): string => Buffer.from(JSON.stringify(value)).toString('base64');

function jwt(rng: Rng, claims: Record<string, unknown>): string {
  return `${b64url({ alg: 'RS256', typ: 'JWT' })}.${b64url(claims)}.${wordDash(rng, 86)}`;
}

function slackGroups(rng: Rng, prefix: string, groupLengths: readonly number[], final: string): string {
  return `${prefix}${groupLengths.map((length) => `${digits(rng, length)}-`).join('')}${final}`;
}

export interface ProviderSample {
  /** A random valid-looking token of the format. */
  readonly sample: (rng: Rng) => string;
  /** The format's length is open-ended, so cutting the token in half may leave a valid (shorter) token. */
  readonly openEnded?: boolean;
}

const gitlabRoutable = (rng: Rng, prefix: string): string => `${prefix}${wordDash(rng, between(rng, 27, 60))}.01${randomString(rng, LOWER_DIGITS, 7)}`;
const gitlabEither = (rng: Rng, prefix: string, legacy: string): string => (rng() < 0.5 ? gitlabRoutable(rng, prefix) : `${prefix}${legacy}`);

/** For every provider format id, how to make a sample. */
export const PROVIDER_SAMPLES: Readonly<Record<string, ProviderSample>> = {
  'github-fine-grained-pat': { sample: (rng) => `github_pat_${alnum(rng, 22)}_${alnum(rng, 59)}` },
  'github-app-installation-token': {
    sample: (rng) => {
      const now = 1_780_000_000 + between(rng, 0, 1_000_000);
      const claims = { iss: 'github', sub: `installation:${digits(rng, 8)}`, iat: now, exp: now + 3600, repository_ids: [digits(rng, 9), digits(rng, 9)], permissions: { contents: 'read', metadata: 'read', pull_requests: 'write', issues: 'write' }, jti: alnum(rng, 32) };
      return `ghs_${digits(rng, 7)}_${jwt(rng, claims)}`;
    },
  },
  'gitlab-pat': { sample: (rng) => gitlabEither(rng, 'glpat-', wordDash(rng, 20)) },
  'gitlab-runner-token': { sample: (rng) => (rng() < 0.5 ? gitlabRoutable(rng, `glrt-t${between(rng, 1, 3)}_`) : `glrt-${wordDash(rng, 20)}`) },
  'gitlab-cicd-job-token': { sample: (rng) => `glcbt-${alnum(rng, between(rng, 1, 5))}_${wordDash(rng, 20)}` },
  'gitlab-deploy-token': { sample: (rng) => gitlabEither(rng, 'gldt-', wordDash(rng, 20)) },
  'gitlab-feed-token': { sample: (rng) => gitlabEither(rng, 'glft-', wordDash(rng, 20)) },
  'gitlab-incoming-mail-token': { sample: (rng) => gitlabEither(rng, 'glimt-', wordDash(rng, 25)) },
  'gitlab-pipeline-trigger-token': { sample: (rng) => gitlabEither(rng, 'glptt-', hex(rng, 40)) },
  'gitlab-agent-token': { sample: (rng) => `glagent-${wordDash(rng, 50)}` },
  'gitlab-scim-token': { sample: (rng) => gitlabEither(rng, 'glsoat-', wordDash(rng, 20)) },
  'gitlab-oauth-app-secret': { sample: (rng) => `gloas-${wordDash(rng, 64)}` },
  'gitlab-feature-flag-token': { sample: (rng) => `glffct-${wordDash(rng, 20)}` },
  'gitlab-runner-registration-token': { sample: (rng) => `GR1348941${wordDash(rng, 20)}` },
  'aws-access-key-id': {
    sample: (rng) => {
      const prefix = ['AKIA', 'ASIA', 'ABIA', 'ACCA', 'A3TX'][between(rng, 0, 4)] ?? 'AKIA';
      return `${prefix}${randomString(rng, BASE32, 15)}${randomString(rng, '234567', 1)}`;
    },
  },
  'google-api-key': { sample: (rng) => `AIzaSy${wordDash(rng, 33)}` },
  'azure-entra-client-secret': {
    sample: (rng) => {
      const legacy = rng() < 0.3;
      return `${alnum(rng, 3)}${legacy ? '7' : '8'}Q~${alnum(rng, 1)}${randomString(rng, `${ALNUM}_~.-`, legacy ? 29 : 32)}${alnum(rng, 1)}`;
    },
  },
  'digitalocean-pat': { sample: (rng) => `dop_v1_${hex(rng, 64)}` },
  'digitalocean-oauth-token': { sample: (rng) => `doo_v1_${hex(rng, 64)}` },
  'digitalocean-refresh-token': { sample: (rng) => `dor_v1_${hex(rng, 64)}` },
  'databricks-token': { sample: (rng) => `dapi${hex(rng, 32)}${rng() < 0.5 ? `-${between(rng, 2, 9)}` : ''}` },
  'heroku-api-key': { sample: (rng) => `HRKU-AA${wordDash(rng, 58)}` },
  'flyio-token': { sample: (rng) => `fo1_${wordDash(rng, 43)}` },
  'flyio-macaroon-token': { sample: (rng) => `fm2_${randomString(rng, BASE64, between(rng, 120, 180))}` },
  'openshift-token': { sample: (rng) => `sha256~${wordDash(rng, 43)}` },
  'dynatrace-token': { sample: (rng) => `dt0c01.${randomString(rng, UPPER_DIGITS, 24)}.${randomString(rng, UPPER_DIGITS, 64)}` },
  'terraform-cloud-token': { sample: (rng) => `${alnum(rng, 14)}.atlasv1.${wordDash(rng, 67)}` },
  'vault-service-token': { sample: (rng) => `hvs.${wordDash(rng, between(rng, 90, 110))}` },
  'vault-batch-token': { sample: (rng) => `hvb.${wordDash(rng, between(rng, 140, 170))}` },
  'vault-recovery-token': { sample: (rng) => `hvr.${wordDash(rng, between(rng, 90, 110))}` },
  'pulumi-token': { sample: (rng) => `pul-${hex(rng, 40)}` },
  'tailscale-key': { sample: (rng) => `tskey-${['auth', 'api', 'client', 'scim', 'webhook'][between(rng, 0, 4)] ?? 'auth'}-k${alnum(rng, 10)}CNTRL-${alnum(rng, 33)}` },
  'vercel-personal-token': { sample: (rng) => `vcp_${alnum(rng, 24)}` },
  'vercel-integration-token': { sample: (rng) => `vci_${alnum(rng, 24)}` },
  'vercel-app-access-token': { sample: (rng) => `vca_${alnum(rng, 24)}` },
  'vercel-app-refresh-token': { sample: (rng) => `vcr_${alnum(rng, 24)}` },
  'vercel-ai-gateway-key': { sample: (rng) => `vck_${alnum(rng, 24)}` },
  'supabase-management-token': { sample: (rng) => `sbp_${hex(rng, 40)}` },
  'supabase-secret-key': { sample: (rng) => `sb_secret_${alnum(rng, 22)}_${hex(rng, 8)}` },
  'doppler-personal-token': { sample: (rng) => `dp.pt.${alnum(rng, 43)}` },
  'doppler-service-token': { sample: (rng) => `dp.st.${rng() < 0.5 ? 'prd.' : ''}${alnum(rng, 43)}` },
  'doppler-cli-token': { sample: (rng) => `dp.ct.${alnum(rng, 43)}` },
  'doppler-service-account-token': { sample: (rng) => `dp.sa.${alnum(rng, 43)}` },
  'doppler-scim-token': { sample: (rng) => `dp.scim.${alnum(rng, 43)}` },
  'doppler-audit-token': { sample: (rng) => `dp.audit.${alnum(rng, 43)}` },
  'onepassword-service-account-token': {
    sample: (rng) =>
      `ops_${b64({
        signInAddress: 'my.1password.com',
        userAuth: { method: 'SRPg-4096', alg: 'PBES2g-HS256', iterations: 650000, salt: wordDash(rng, 22) },
        email: `${randomString(rng, 'abcdefghijklmnopqrstuvwxyz', 13)}@1passwordserviceaccounts.com`,
        srpX: hex(rng, 64),
        muk: { alg: 'A256GCM', ext: true, k: wordDash(rng, 43), key_ops: ['encrypt', 'decrypt'], kty: 'oct', kid: 'mp' },
        secretKey: `A3-${randomString(rng, UPPER_DIGITS, 6)}-${randomString(rng, UPPER_DIGITS, 6)}`,
        throttleSecret: { seed: hex(rng, 64), uuid: alnum(rng, 26) },
        deviceUuid: alnum(rng, 26),
      })}`,
    openEnded: true,
  },
  'onepassword-secret-key': {
    sample: (rng) => {
      const group = (length: number): string => randomString(rng, UPPER_DIGITS, length);
      const middle = rng() < 0.5 ? group(11) : `${group(6)}-${group(5)}`;
      return `A3-${group(6)}-${middle}-${group(5)}-${group(5)}-${group(5)}`;
    },
  },
  'pypi-upload-token': { sample: (rng) => `pypi-AgEIcHlwaS5vcmc${wordDash(rng, between(rng, 150, 200))}`, openEnded: true },
  'pypi-test-upload-token': { sample: (rng) => `pypi-AgENdGVzdC5weXBpLm9yZw${wordDash(rng, between(rng, 150, 200))}`, openEnded: true },
  'rubygems-api-key': { sample: (rng) => `rubygems_${hex(rng, 48)}` },
  'dockerhub-pat': { sample: (rng) => `dckr_pat_${wordDash(rng, 27)}` },
  'dockerhub-org-token': { sample: (rng) => `dckr_oat_${wordDash(rng, 32)}` },
  'buildkite-token': { sample: (rng) => `bkua_${hex(rng, 40)}` },
  'postman-api-key': { sample: (rng) => `PMAK-${hex(rng, 24)}-${hex(rng, 34)}` },
  'figma-token': { sample: (rng) => `figd_${wordDash(rng, 40)}` },
  'linear-api-key': { sample: (rng) => `lin_api_${alnum(rng, 40)}` },
  'notion-token': { sample: (rng) => `ntn_${digits(rng, 11)}${alnum(rng, 35)}` },
  'notion-legacy-token': { sample: (rng) => `secret_${alnum(rng, 43)}` },
  'prefect-api-key': { sample: (rng) => `pnu_${alnum(rng, 36)}` },
  'readme-api-key': { sample: (rng) => `rdme_${randomString(rng, LOWER_DIGITS, 70)}` },
  'sentry-user-token': { sample: (rng) => `sntryu_${hex(rng, 64)}` },
  'sentry-org-token': {
    sample: (rng) => {
      const payload = Buffer.from(JSON.stringify({ iat: 1_780_000_000 + between(rng, 0, 9999), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org: `acme-${alnum(rng, 6).toLowerCase()}` })).toString('base64');
      return `sntrys_${payload}_${randomString(rng, ALNUM, 43)}`;
    },
  },
  'grafana-cloud-token': { sample: (rng) => `glc_${b64({ o: digits(rng, 6), n: `stack-${digits(rng, 6)}-hm-read`, k: alnum(rng, 24), m: { r: 'prod-us-east-0' } })}`, openEnded: true },
  'grafana-api-key': { sample: (rng) => b64({ k: alnum(rng, 32), n: `deploy-${alnum(rng, 5).toLowerCase()}`, id: between(rng, 1, 99) }) },
  'newrelic-user-api-key': { sample: (rng) => `NRAK-${randomString(rng, UPPER_DIGITS, 27)}` },
  'newrelic-insert-key': { sample: (rng) => `NRII-${wordDash(rng, 32)}` },
  'newrelic-license-key': { sample: (rng) => `${hex(rng, 36)}NRAL` },
  'posthog-personal-key': { sample: (rng) => `phx_${alnum(rng, 43)}` },
  'langsmith-api-key': { sample: (rng) => `lsv2_${rng() < 0.5 ? 'pt' : 'sk'}_${hex(rng, 32)}_${hex(rng, 10)}` },
  'slack-bot-token': { sample: (rng) => slackGroups(rng, 'xoxb-', [11, 13], alnum(rng, 24)) },
  'slack-user-token': { sample: (rng) => slackGroups(rng, 'xoxp-', [11, 11, 13], hex(rng, 32)) },
  'slack-workspace-token': { sample: (rng) => slackGroups(rng, 'xoxa-', [1, 11, 12], hex(rng, 64)) },
  'slack-refresh-token': { sample: (rng) => slackGroups(rng, 'xoxr-', [1, 11, 12], hex(rng, 64)) },
  'slack-config-token': { sample: (rng) => slackGroups(rng, rng() < 0.5 ? 'xoxe.xoxp-' : 'xoxe.xoxb-', [1], randomString(rng, UPPER_DIGITS, 164)) },
  'slack-config-refresh-token': { sample: (rng) => slackGroups(rng, 'xoxe-', [1], randomString(rng, UPPER_DIGITS, 146)) },
  'slack-legacy-token': { sample: (rng) => slackGroups(rng, 'xoxs-', [10, 10, 12], hex(rng, 64)) },
  'slack-app-token': { sample: (rng) => `xapp-1-A${randomString(rng, UPPER_DIGITS, 10)}-${digits(rng, 13)}-${hex(rng, 64)}` },
  'slack-webhook-url': { sample: (rng) => `https://hooks.slack.com/services/T${randomString(rng, UPPER_DIGITS, 8)}/B${randomString(rng, UPPER_DIGITS, 10)}/${alnum(rng, 24)}` },
  'slack-workflow-webhook-url': {
    sample: (rng) =>
      rng() < 0.5
        ? `https://hooks.slack.com/workflows/T${randomString(rng, UPPER_DIGITS, 8)}/A${randomString(rng, UPPER_DIGITS, 10)}/${digits(rng, 18)}/${alnum(rng, 24)}`
        : `https://hooks.slack.com/triggers/T${randomString(rng, UPPER_DIGITS, 8)}/${digits(rng, 13)}/${alnum(rng, 32)}`,
  },
  'telegram-bot-token': { sample: (rng) => `${digits(rng, between(rng, 8, 10))}:AA${randomString(rng, 'EFGH', 1)}${wordDash(rng, 32)}` },
  'discord-bot-token': { sample: (rng) => `${Buffer.from(digits(rng, between(rng, 17, 20))).toString('base64url')}.${wordDash(rng, 6)}.${wordDash(rng, rng() < 0.5 ? 27 : 38)}` },
  'google-oauth-client-secret': { sample: (rng) => `GOCSPX-${wordDash(rng, 28)}` },
  'discord-webhook-url': { sample: (rng) => `https://discord.com/api/webhooks/${digits(rng, 18)}/${wordDash(rng, 68)}` },
  'sendgrid-api-key': { sample: (rng) => `SG.${wordDash(rng, 22)}.${wordDash(rng, 43)}` },
  // 21 `A`s, a few header characters, then URL-encoded base64 with a `%3D` before the secret part.
  'twitter-bearer-token': { sample: (rng) => `${'A'.repeat(21)}${alnum(rng, 20)}%2B${alnum(rng, 14)}%3D${alnum(rng, 50)}` },
  'sendinblue-api-key': { sample: (rng) => `xkeysib-${hex(rng, 64)}-${alnum(rng, 16)}` },
  'mailchimp-api-key': { sample: (rng) => `${hex(rng, 32)}-us${between(rng, 1, 21)}` },
  'mailgun-api-key': { sample: (rng) => `key-${hex(rng, 32)}` },
  'stripe-secret-key': { sample: (rng) => `sk_live_${rng() < 0.5 ? alnum(rng, 24) : `51${alnum(rng, 97)}`}`, openEnded: true },
  'stripe-restricted-key': { sample: (rng) => `rk_live_${rng() < 0.5 ? alnum(rng, 24) : `51${alnum(rng, 97)}`}`, openEnded: true },
  'stripe-test-secret-key': { sample: (rng) => `sk_test_${rng() < 0.5 ? alnum(rng, 24) : `51${alnum(rng, 97)}`}`, openEnded: true },
  'stripe-test-restricted-key': { sample: (rng) => `rk_test_${rng() < 0.5 ? alnum(rng, 24) : `51${alnum(rng, 97)}`}`, openEnded: true },
  'webhook-signing-secret': { sample: (rng) => `whsec_${alnum(rng, 32)}`, openEnded: true },
  'shopify-access-token': { sample: (rng) => `shpat_${hex(rng, 32)}` },
  'shopify-custom-app-token': { sample: (rng) => `shpca_${hex(rng, 32)}` },
  'shopify-private-app-token': { sample: (rng) => `shppa_${hex(rng, 32)}` },
  'shopify-shared-secret': { sample: (rng) => `shpss_${hex(rng, 32)}` },
  'square-access-token': { sample: (rng) => (rng() < 0.5 ? `EAAA${wordDash(rng, 60)}` : `sq0atp-${wordDash(rng, 22)}`) },
  'square-oauth-secret': { sample: (rng) => `sq0csp-${wordDash(rng, 43)}` },
  'facebook-access-token': { sample: (rng) => `EAA${randomString(rng, 'BCGIJ', 1)}${alnum(rng, between(rng, 150, 190))}` },
  'shippo-live-token': { sample: (rng) => `shippo_live_${hex(rng, 40)}` },
  'mapbox-secret-token': { sample: (rng) => `sk.${b64url({ u: `acme${alnum(rng, 4).toLowerCase()}`, a: `cl${randomString(rng, LOWER_DIGITS, 23)}` })}.${wordDash(rng, 22)}` },
  'openai-project-key': { sample: (rng) => `sk-proj-${wordDash(rng, 74)}T3BlbkFJ${wordDash(rng, 74)}` },
  'openai-service-account-key': { sample: (rng) => `sk-svcacct-${wordDash(rng, 74)}T3BlbkFJ${wordDash(rng, 74)}` },
  'openai-admin-key': { sample: (rng) => `sk-admin-${wordDash(rng, 58)}T3BlbkFJ${wordDash(rng, 58)}` },
  'openai-legacy-key': { sample: (rng) => `sk-${alnum(rng, 20)}T3BlbkFJ${alnum(rng, 20)}` },
  'anthropic-api-key': { sample: (rng) => `sk-ant-api03-${wordDash(rng, 93)}AA` },
  'anthropic-admin-key': { sample: (rng) => `sk-ant-admin01-${wordDash(rng, 93)}AA` },
  'huggingface-token': { sample: (rng) => `hf_${randomString(rng, LETTERS, 34)}` },
  'huggingface-org-token': { sample: (rng) => `api_org_${randomString(rng, LETTERS, 34)}` },
  'perplexity-api-key': { sample: (rng) => `pplx-${alnum(rng, 48)}` },
  'groq-api-key': { sample: (rng) => `gsk_${alnum(rng, 52)}` },
  'xai-api-key': { sample: (rng) => `xai-${alnum(rng, 80)}` },
};
