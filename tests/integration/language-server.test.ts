/**
 * The editor door, with the real client: the ESLint language server that editors run (`vscode-eslint-language-server`
 * from `vscode-langservers-extracted`, the server of VS Code's ESLint extension), started over stdio and spoken to in
 * LSP 3.17 the way the extension does. The workspace is the example app (its own eslint.config.js, the `recommended`
 * preset, the plugin linked into its node_modules as `npm run demo` links it); nothing is written into it.
 *
 * It proves "squiggles while coding": the diagnostics the server returns to a `textDocument/diagnostic` pull carry
 * our rule ids, error severity, the exact range of the literal or option (computed here from the file text), and a
 * link to the rule's doc; the code actions offer our suggestions and fixes, and running them yields the right edit.
 * No message or action title holds a secret value of the example files.
 *
 * Needs `npm run build` first (npm test builds first).
 */
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LspClient } from './lsp-client';

const ROOT = path.resolve(__dirname, '..', '..');
const APP = path.join(ROOT, 'examples', 'vulnerable-app');
const SECRETS_RULE = 'zero-trust/no-hardcoded-secrets';
/** The first pull loads ESLint, typescript-eslint and the plugin into the server: allow for a slow machine. */
const FIRST_PULL_MS = 30_000;
const REQUEST_MS = 10_000;

interface Position {
  line: number;
  character: number;
}
interface Range {
  start: Position;
  end: Position;
}
interface Diagnostic {
  range: Range;
  severity?: number;
  code?: string | number;
  codeDescription?: { href: string };
  source?: string;
  message: string;
}
interface Command {
  title: string;
  command: string;
  arguments?: unknown[];
}
interface CodeAction {
  title: string;
  kind?: string;
  isPreferred?: boolean;
  diagnostics?: Diagnostic[];
  command?: Command;
}
interface TextEdit {
  range: Range;
  newText: string;
}
interface WorkspaceEdit {
  documentChanges?: { textDocument: { uri: string }; edits: TextEdit[] }[];
  changes?: Record<string, TextEdit[]>;
}
interface WorkspaceFolder {
  name: string;
  uri: string;
}
interface ExpectedFinding {
  file: string;
  line: number;
  rule: string;
  preset?: string;
}
/** A place in a file the test expects a finding at: its offsets, and the secret value it holds (if any). */
interface Site {
  rule: string;
  start: number;
  end: number;
  secret?: string;
}

/** The path of the server's executable, from its package's `bin` field, as npm links it. */
function serverBin(): string {
  const manifest = createRequire(path.join(ROOT, 'package.json')).resolve('vscode-langservers-extracted/package.json');
  const { bin } = JSON.parse(readFileSync(manifest, 'utf8')) as { bin: Record<string, string> };
  const relative = bin['vscode-eslint-language-server'];
  if (relative === undefined) throw new Error('vscode-langservers-extracted has no vscode-eslint-language-server bin');
  return path.join(path.dirname(manifest), relative);
}

/** LSP position of a string offset (characters are UTF-16 code units, as JavaScript strings count them). */
function positionAt(text: string, offset: number): Position {
  const before = text.slice(0, offset);
  const line = before.split('\n').length - 1;
  return { line, character: offset - (before.lastIndexOf('\n') + 1) };
}

function rangeOf(text: string, start: number, end: number): Range {
  return { start: positionAt(text, start), end: positionAt(text, end) };
}

function offsetAt(text: string, position: Position): number {
  let offset = 0;
  for (let line = 0; line < position.line; line++) offset = text.indexOf('\n', offset) + 1;
  return offset + position.character;
}

/** Applies LSP text edits (non-overlapping, as a server sends them) to `text`. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = edits
    .map((edit) => ({ start: offsetAt(text, edit.range.start), end: offsetAt(text, edit.range.end), newText: edit.newText }))
    .sort((a, b) => b.start - a.start);
  let result = text;
  for (const edit of sorted) result = result.slice(0, edit.start) + edit.newText + result.slice(edit.end);
  return result;
}

function indexAfter(text: string, anchor: string, from = 0): number {
  const at = text.indexOf(anchor, from);
  if (at === -1) throw new Error(`the example file no longer holds ${JSON.stringify(anchor)}`);
  return at + anchor.length;
}

/** The quoted string literal that follows `anchor`: its offsets, quotes included, and its value. */
function literalAfter(text: string, anchor: string, quote = "'"): { start: number; end: number; value: string } {
  const start = text.indexOf(quote, indexAfter(text, anchor));
  const end = text.indexOf(quote, start + 1) + 1;
  return { start, end, value: text.slice(start + 1, end - 1) };
}

/** `name: value` from `name` up to the end of the value, where the value ends with `close` (included). */
function optionAfter(text: string, name: string, close: string, from = 0): { start: number; end: number } {
  const start = indexAfter(text, name, from) - name.length;
  return { start, end: indexAfter(text, close, start) };
}

function fileUri(relative: string): string {
  return pathToFileURL(path.join(APP, relative)).href;
}

/**
 * The settings object the VS Code ESLint extension sends for `workspace/configuration` (its shared/settings.ts), with
 * the extension's defaults. `useESLintClass` stays at its default, false: ESLint 10 exports `loadESLint`, which the
 * server prefers to any other way of making its ESLint instance, so that setting only matters for ESLint 7 and 8.
 */
function extensionSettings(workspaceFolder: WorkspaceFolder, experimental: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    validate: 'on',
    packageManager: 'npm',
    useESLintClass: false,
    useFlatConfig: true,
    experimental,
    codeAction: {
      disableRuleComment: { enable: true, location: 'separateLine', commentStyle: 'line' },
      showDocumentation: { enable: true },
    },
    codeActionOnSave: { mode: 'all' },
    format: false,
    quiet: false,
    onIgnoredFiles: 'off',
    options: {},
    rulesCustomizations: [],
    run: 'onType',
    problems: { shortenToSingleLine: false },
    nodePath: null,
    workingDirectory: { mode: 'location' },
    workspaceFolder,
  };
}

const CLIENT_CAPABILITIES = {
  workspace: {
    applyEdit: true,
    workspaceEdit: { documentChanges: true },
    configuration: true,
    workspaceFolders: true,
    didChangeConfiguration: { dynamicRegistration: true },
    executeCommand: { dynamicRegistration: true },
  },
  textDocument: {
    synchronization: { dynamicRegistration: true, didSave: true, willSave: false, willSaveWaitUntil: false },
    diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false },
    codeAction: {
      dynamicRegistration: true,
      isPreferredSupport: true,
      codeActionLiteralSupport: {
        codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports', 'source.fixAll'] },
      },
    },
    publishDiagnostics: { relatedInformation: true, codeDescriptionSupport: true },
  },
  window: { workDoneProgress: true, showMessage: {} },
  general: { positionEncodings: ['utf-16'] },
};

/** The eslint/* requests the server sends when something keeps it from linting; each is answered so it carries on. */
const TROUBLE_REQUESTS = ['eslint/noLibrary', 'eslint/noConfig', 'eslint/probeFailed', 'eslint/confirmESLintExecution'];
const FOLDER: WorkspaceFolder = { name: path.basename(APP), uri: pathToFileURL(APP).href };

/**
 * Starts the server on the example app, answers its requests as the extension does, and initializes it.
 * Edits the server asks the editor to apply are pushed to `appliedEdits` (and reported as applied).
 */
async function startServer(settings: Record<string, unknown>, appliedEdits: WorkspaceEdit[]): Promise<{ server: LspClient; capabilities: Record<string, unknown> }> {
  const server = new LspClient(process.execPath, [serverBin(), '--stdio'], APP, {
    'workspace/configuration': (params) => (params as { items: unknown[] }).items.map(() => settings),
    'client/registerCapability': () => null,
    'client/unregisterCapability': () => null,
    'window/workDoneProgress/create': () => null,
    'window/showMessageRequest': () => null,
    'workspace/applyEdit': (params) => {
      appliedEdits.push((params as { edit: WorkspaceEdit }).edit);
      return { applied: true };
    },
    'eslint/openDoc': () => ({}),
    ...Object.fromEntries(TROUBLE_REQUESTS.map((method) => [method, () => ({})])),
  });
  const { capabilities } = await server.request<{ capabilities: Record<string, unknown> }>(
    'initialize',
    {
      processId: process.pid,
      clientInfo: { name: 'eslint-plugin-zero-trust tests' },
      locale: 'en',
      rootPath: APP,
      rootUri: FOLDER.uri,
      workspaceFolders: [FOLDER],
      capabilities: CLIENT_CAPABILITIES,
      initializationOptions: {},
    },
    REQUEST_MS,
  );
  server.notify('initialized', {});
  return { server, capabilities };
}

/** The example app's own link to the plugin, the one `npm run demo` makes; needs the built plugin. */
async function linkPlugin(): Promise<void> {
  if (!existsSync(path.join(ROOT, 'dist', 'index.js'))) throw new Error('dist/ is missing: run `npm run build` first');
  const demo = (await import('../../scripts/demo.mjs')) as { linkPlugin: () => void };
  demo.linkPlugin();
}

describe('vscode-eslint-language-server on the example app', () => {
  const expected = JSON.parse(readFileSync(path.join(APP, 'expected-findings.json'), 'utf8')) as ExpectedFinding[];
  const appliedEdits: WorkspaceEdit[] = [];
  const texts = new Map<string, string>();
  let server: LspClient | undefined;
  let capabilities: Record<string, unknown> = {};

  const docsUrl = (rule: string): string => {
    const plugin = createRequire(path.join(ROOT, 'package.json'))(ROOT) as { rules: Record<string, { meta: { docs: { url: string } } }> };
    const meta = plugin.rules[rule.replace('zero-trust/', '')]?.meta;
    if (!meta) throw new Error(`the built plugin has no rule ${rule}`);
    return meta.docs.url;
  };

  const client = (): LspClient => {
    if (!server) throw new Error('the server did not start');
    return server;
  };

  function open(relative: string, languageId: string): string {
    const text = readFileSync(path.join(APP, relative), 'utf8');
    texts.set(relative, text);
    client().notify('textDocument/didOpen', { textDocument: { uri: fileUri(relative), languageId, version: 1, text } });
    return text;
  }

  async function pull(relative: string, timeoutMs = REQUEST_MS): Promise<Diagnostic[]> {
    const report = await client().request<{ kind: string; items: Diagnostic[] }>(
      'textDocument/diagnostic',
      { textDocument: { uri: fileUri(relative) }, identifier: 'eslint' },
      timeoutMs,
    );
    expect(report.kind).toBe('full');
    return [...report.items].sort(
      (a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character || String(a.code).localeCompare(String(b.code)),
    );
  }

  async function codeActions(relative: string, diagnostic: Diagnostic): Promise<CodeAction[]> {
    const actions = await client().request<CodeAction[] | null>(
      'textDocument/codeAction',
      { textDocument: { uri: fileUri(relative) }, range: diagnostic.range, context: { diagnostics: [diagnostic], only: ['quickfix'], triggerKind: 1 } },
      REQUEST_MS,
    );
    return actions ?? [];
  }

  /** Runs an action's command as the editor does, and returns the edit the server asks the editor to apply. */
  async function run(relative: string, action: CodeAction): Promise<TextEdit[]> {
    if (!action.command) throw new Error(`the action ${action.title} has no command`);
    const before = appliedEdits.length;
    await client().request('workspace/executeCommand', { command: action.command.command, arguments: action.command.arguments }, REQUEST_MS);
    const edit = appliedEdits.slice(before).at(-1);
    if (!edit) throw new Error(`running ${action.title} sent no workspace/applyEdit`);
    const uri = fileUri(relative);
    const edits = [
      ...(edit.documentChanges ?? []).filter((change) => change.textDocument.uri === uri).flatMap((change) => change.edits),
      ...(edit.changes?.[uri] ?? []),
    ];
    expect(edits.length).toBeGreaterThan(0);
    return edits;
  }

  /** Every diagnostic of a file, checked against the sites the test computed from the file text. */
  function expectDiagnostics(relative: string, diagnostics: readonly Diagnostic[], sites: readonly Site[]): void {
    const text = texts.get(relative) ?? '';
    const wanted = [...sites].sort((a, b) => a.start - b.start || a.rule.localeCompare(b.rule));
    expect(diagnostics.map((diagnostic) => ({ code: diagnostic.code, range: diagnostic.range }))).toEqual(
      wanted.map((site) => ({ code: site.rule, range: rangeOf(text, site.start, site.end) })),
    );
    for (const diagnostic of diagnostics) {
      expect(diagnostic.severity).toBe(1); // DiagnosticSeverity.Error: the preset sets every rule to "error".
      expect(diagnostic.source).toBe('eslint');
      // The rule's own page: the link the editor shows on the rule id.
      const id = String(diagnostic.code).replace('zero-trust/', '');
      expect(diagnostic.codeDescription?.href).toBe(docsUrl(String(diagnostic.code)));
      expect(diagnostic.codeDescription?.href).toContain(`/docs/rules/${id}.md`);
      expect(existsSync(path.join(ROOT, 'docs', 'rules', `${id}.md`))).toBe(true);
    }
    // The same findings, by line, that the CLI gives for this file (examples/vulnerable-app/expected-findings.json).
    const lines = expected.filter((finding) => finding.file === relative && finding.preset !== 'strict').map((finding) => `${finding.line} ${finding.rule}`);
    expect(diagnostics.map((diagnostic) => `${diagnostic.range.start.line + 1} ${String(diagnostic.code)}`).sort()).toEqual(lines.sort());
  }

  beforeAll(async () => {
    await linkPlugin();
    ({ server, capabilities } = await startServer(extensionSettings(FOLDER), appliedEdits));
  }, FIRST_PULL_MS);

  afterAll(async () => {
    // Kills the server if a failure above left it running; a no-op after the last test's clean shutdown.
    await server?.stop(5_000);
  }, 15_000);

  it('initializes as a pull-diagnostics server with quick fixes', () => {
    expect(capabilities).toMatchObject({
      diagnosticProvider: { identifier: 'eslint' },
      codeActionProvider: { codeActionKinds: expect.arrayContaining(['quickfix']) as string[] },
    });
  });

  describe('src/clients/secrets-in-code.ts', () => {
    const file = 'src/clients/secrets-in-code.ts';
    let text = '';
    let sites: Site[] = [];
    let diagnostics: Diagnostic[] = [];

    beforeAll(async () => {
      text = open(file, 'typescript');
      const literal = (anchor: string): Site => {
        const found = literalAfter(text, anchor);
        return { rule: SECRETS_RULE, start: found.start, end: found.end, secret: found.value };
      };
      // A URL is reported on its credentials, `scheme://user:password@`, not on the host and path that follow.
      const url = literalAfter(text, 'ledgerUrl = ');
      const userInfoEnd = text.indexOf('@', url.start) + 1;
      const password = text.slice(text.lastIndexOf(':', userInfoEnd) + 1, userInfoEnd - 1);
      sites = [
        literal("jwt.sign({ sub: 'billing-worker' }, "),
        literal('process.env.PARTNER_SIGNING_KEY || '),
        literal('cookieParser('),
        literal("user: 'reporting', password: "),
        literal("auth: { user: 'alerts', pass: "),
        { rule: SECRETS_RULE, start: url.start + 1, end: userInfoEnd, secret: password },
        literal('signingSecret: '),
        literal("createHmac('sha256', "),
      ];
      diagnostics = await pull(file, FIRST_PULL_MS);
    }, FIRST_PULL_MS + REQUEST_MS);

    it('reports each hardcoded secret as an error on exactly its literal, with a link to the rule doc', () => {
      expect(sites.every((site) => site.secret && site.secret.length >= 8)).toBe(true);
      expectDiagnostics(file, diagnostics, sites);
    });

    it('offers the move to an environment variable as a quick fix, and it replaces only the literal', async () => {
      const site = sites[2]!; // cookieParser('…')
      const diagnostic = diagnostics.find((candidate) => offsetAt(text, candidate.range.start) === site.start)!;
      const actions = await codeActions(file, diagnostic);
      const titles = actions.map((action) => action.title);
      const suggestion = actions.find((action) => action.title.startsWith('Replace the literal with `process.env.'));
      expect(suggestion, titles.join('\n')).toBeDefined();
      expect(suggestion?.kind).toBe('quickfix');
      expect(suggestion?.title).toMatch(/^Replace the literal with `process\.env\.[A-Z][0-9A-Z_]*` .*\(zero-trust\/no-hardcoded-secrets\)$/);
      expect(suggestion?.diagnostics?.[0]?.code).toBe(SECRETS_RULE);
      expect(titles).toContain(`Show documentation for ${SECRETS_RULE}`);
      // Not a fix: moving a secret needs a value only the author can provide, so nothing is applied on save.
      expect(actions.some((action) => action.title === `Fix this ${SECRETS_RULE} problem`)).toBe(false);

      const variable = /`(process\.env\.[0-9A-Z_]+)`/.exec(suggestion?.title ?? '')?.[1];
      const edits = await run(file, suggestion!);
      expect(edits).toEqual([{ range: rangeOf(text, site.start, site.end), newText: variable }]);
    });

    it('offers removing a hardcoded fallback so the environment variable must be set', async () => {
      const site = sites[1]!; // process.env.PARTNER_SIGNING_KEY || '…'
      const diagnostic = diagnostics.find((candidate) => offsetAt(text, candidate.range.start) === site.start)!;
      const actions = await codeActions(file, diagnostic);
      const suggestion = actions.find((action) => action.title.startsWith('Remove the hardcoded fallback'));
      expect(suggestion, actions.map((action) => action.title).join('\n')).toBeDefined();
      const edits = await run(file, suggestion!);
      const fixed = applyEdits(text, edits);
      expect(fixed).toContain('jwt.sign({ sub: \'partner\' }, process.env.PARTNER_SIGNING_KEY, { expiresIn');
      expect(fixed).not.toContain(site.secret);
    });

    it('never shows a secret value in a message or an action title', async () => {
      const actions = (await Promise.all(diagnostics.map((diagnostic) => codeActions(file, diagnostic)))).flat();
      const shown = [...diagnostics.map((diagnostic) => diagnostic.message), ...actions.map((action) => action.title)].join('\n');
      expect(actions.length).toBeGreaterThan(0);
      for (const site of sites) expect(shown).not.toContain(site.secret);
    });
  });

  describe('src/auth/tokens.ts', () => {
    const file = 'src/auth/tokens.ts';
    let text = '';
    let sites: Site[] = [];
    let diagnostics: Diagnostic[] = [];

    beforeAll(async () => {
      text = open(file, 'typescript');
      const verify = indexAfter(text, 'export function verifyLegacyToken(');
      const options = indexAfter(text, '{', indexAfter(text, "?? 'changeme', ", verify)) - 1;
      const optionsEnd = indexAfter(text, '}', options);
      const emailClaim = indexAfter(text, 'claims.email', indexAfter(text, 'export function isAdmin('));
      sites = [
        // No audience, no issuer: reported on the options object that lacks them.
        { rule: 'zero-trust/require-token-audience', start: options, end: optionsEnd },
        { rule: 'zero-trust/require-token-issuer', start: options, end: optionsEnd },
        // The option itself, not the call.
        { rule: 'zero-trust/no-unsigned-jwt', ...optionAfter(text, 'algorithms:', ']', options) },
        { rule: 'zero-trust/no-skipped-token-lifetime', ...optionAfter(text, 'ignoreExpiration:', 'true', options) },
        // Admin by e-mail domain: the mutable claim, not the call that tests it.
        { rule: 'zero-trust/no-mutable-claim-authorization', start: emailClaim - 'claims.email'.length, end: emailClaim },
      ];
      diagnostics = await pull(file, FIRST_PULL_MS);
    }, FIRST_PULL_MS + REQUEST_MS);

    it('reports each skipped check as an error on exactly the option, with a link to the rule doc', () => {
      expectDiagnostics(file, diagnostics, sites);
    });

    /** The file without whitespace, so that the comparison does not depend on how a fix tidies up the lines. */
    const compact = (source: string): string => source.replace(/\s/g, '');

    it.each([
      ['zero-trust/no-skipped-token-lifetime', 'ignoreExpiration:true,', ''],
      ['zero-trust/no-unsigned-jwt', "algorithms:['none','HS256']", "algorithms:['HS256']"],
    ])('offers the %s fix as the preferred quick fix, and it changes only the option', async (rule, before, after) => {
      const diagnostic = diagnostics.find((candidate) => candidate.code === rule)!;
      const actions = await codeActions(file, diagnostic);
      const fix = actions.find((action) => action.title === `Fix this ${rule} problem`);
      expect(fix, actions.map((action) => action.title).join('\n')).toBeDefined();
      expect(fix?.kind).toBe('quickfix');
      expect(fix?.isPreferred).toBe(true);
      const fixed = applyEdits(text, await run(file, fix!));
      expect(compact(text)).toContain(before);
      expect(compact(fixed)).toBe(compact(text).replace(before, after));
    });

    it('offers a placeholder audience as a suggestion, not a fix', async () => {
      const diagnostic = diagnostics.find((candidate) => candidate.code === 'zero-trust/require-token-audience')!;
      const actions = await codeActions(file, diagnostic);
      const titles = actions.map((action) => action.title);
      expect(titles.some((title) => title.startsWith('Add `audience`') && title.endsWith('(zero-trust/require-token-audience)')), titles.join('\n')).toBe(true);
      expect(titles).not.toContain('Fix this zero-trust/require-token-audience problem');
    });
  });

  describe('appsettings.json', () => {
    const file = 'appsettings.json';

    it('reports secrets in JSON through @eslint/json, on the value or the password inside it', async () => {
      const text = open(file, 'json');
      const orders = indexAfter(text, '"Orders": ');
      const password = indexAfter(text, 'Password=', orders) - 'Password='.length;
      const passwordEnd = text.indexOf(';', password);
      const webhook = literalAfter(text, '"SigningSecret": ', '"');
      const sites: Site[] = [
        { rule: SECRETS_RULE, start: password, end: passwordEnd, secret: text.slice(password + 'Password='.length, passwordEnd) },
        { rule: SECRETS_RULE, start: webhook.start, end: webhook.end, secret: webhook.value },
      ];
      const diagnostics = await pull(file, FIRST_PULL_MS);
      expectDiagnostics(file, diagnostics, sites);
      const messages = diagnostics.map((diagnostic) => diagnostic.message).join('\n');
      for (const site of sites) expect(messages).not.toContain(site.secret);
    }, FIRST_PULL_MS);
  });

  it('never asked the editor for help: ESLint and the config were found', () => {
    const asked = client().serverRequests.map((request) => request.method);
    expect(asked).toContain('workspace/configuration');
    expect(asked.filter((method) => method !== undefined && TROUBLE_REQUESTS.includes(method))).toEqual([]);
    expect(client().diagnostics()).not.toMatch(/Failed to load|No ESLint configuration|doesn't export/);
  });

  // Last: the suites above run first, in order.
  it('shuts down cleanly on shutdown and exit', async () => {
    expect(await client().stop(5_000)).toBe(0);
  }, 15_000);
});

describe('vscode-eslint-language-server with the legacy eslint.experimental.useFlatConfig setting', () => {
  let server: LspClient | undefined;

  afterAll(async () => {
    await server?.stop(5_000);
  }, 15_000);

  // The README tells ESLint 10 users to remove that setting: it makes the server look for ESLint 8's FlatESLint.
  it('shows nothing, because ESLint 10 no longer exports FlatESLint', async () => {
    await linkPlugin();
    ({ server } = await startServer(extensionSettings(FOLDER, { useFlatConfig: true }), []));
    const uri = pathToFileURL(path.join(APP, 'src', 'clients', 'secrets-in-code.ts')).href;
    const text = readFileSync(fileURLToPath(uri), 'utf8');
    server.notify('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text } });
    const report = await server.request<{ items: Diagnostic[] }>('textDocument/diagnostic', { textDocument: { uri } }, FIRST_PULL_MS);
    expect(report.items).toEqual([]);
    expect(server.diagnostics()).toContain("doesn't export a FlatESLint class");
    expect(await server.stop(5_000)).toBe(0);
  }, FIRST_PULL_MS + 15_000);
});
