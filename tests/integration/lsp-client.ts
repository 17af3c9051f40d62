/**
 * A small Language Server Protocol client for the integration tests: JSON-RPC 2.0 over a child process's stdio with
 * `Content-Length` framing (LSP 3.17 base protocol), no dependency. It sends requests and notifications, answers the
 * server's requests through the handlers it is given, and records the server's notifications, requests and stderr
 * so that a failing test can say what the server said.
 */
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';

export interface Message {
  jsonrpc: '2.0';
  id?: number | string | null;
  method?: string;
  params?: unknown;
  result?: unknown;
  error?: { code: number; message: string; data?: unknown };
}

/** Answers one kind of server-to-client request; what it returns (or resolves to) is the result. */
export type RequestHandler = (params: unknown) => unknown;

interface Pending {
  method: string;
  resolve: (result: unknown) => void;
  reject: (error: Error) => void;
  timer: NodeJS.Timeout;
}

const HEADER_END = '\r\n\r\n';
const CONTENT_LENGTH = /^content-length:\s*(\d+)\s*$/im;
/** JSON-RPC's "method not found". */
const METHOD_NOT_FOUND = -32601;
const INTERNAL_ERROR = -32603;

export class LspClient {
  /** Every notification the server sent, in order. */
  readonly notifications: Message[] = [];
  /** Every request the server sent (method and params), in order. */
  readonly serverRequests: Message[] = [];
  private readonly process: ChildProcessWithoutNullStreams;
  private readonly pending = new Map<number, Pending>();
  private buffer = Buffer.alloc(0);
  private nextId = 1;
  private stderr = '';
  private readonly exited: Promise<number | null>;

  constructor(
    command: string,
    args: readonly string[],
    cwd: string,
    private readonly handlers: Readonly<Record<string, RequestHandler>>,
  ) {
    this.process = spawn(command, args, { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    this.process.stdout.on('data', (chunk: Buffer) => {
      this.onData(chunk);
    });
    // A write after the server died must not crash the test run; the pending request times out or is rejected.
    this.process.stdin.on('error', () => undefined);
    this.process.stderr.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString('utf8');
    });
    this.exited = new Promise((resolve) => {
      this.process.once('exit', (code) => {
        for (const [id, pending] of this.pending) {
          clearTimeout(pending.timer);
          pending.reject(new Error(`the server exited (code ${String(code)}) before answering ${pending.method}\n${this.diagnostics()}`));
          this.pending.delete(id);
        }
        resolve(code);
      });
    });
  }

  /** Sends a request and resolves with its result; rejects on an error response, on exit, or after `timeoutMs`. */
  request<T>(method: string, params: unknown, timeoutMs: number): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new Error(`no answer to ${method} within ${timeoutMs} ms\n${this.diagnostics()}`));
      }, timeoutMs);
      this.pending.set(id, { method, resolve: resolve as (result: unknown) => void, reject, timer });
      this.send({ jsonrpc: '2.0', id, method, params });
    });
  }

  notify(method: string, params: unknown): void {
    this.send({ jsonrpc: '2.0', method, params });
  }

  /** Waits until the server has sent a request with this method, and returns its params. */
  async waitForServerRequest(method: string, timeoutMs: number): Promise<unknown> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.serverRequests.find((message) => message.method === method);
      if (found) return found.params;
      if (Date.now() > deadline) throw new Error(`the server sent no ${method} request within ${timeoutMs} ms\n${this.diagnostics()}`);
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  /** `shutdown`, then `exit`; kills the server if it has not exited within `timeoutMs`. Resolves with the exit code. */
  async stop(timeoutMs: number): Promise<number | null> {
    if (this.process.exitCode !== null || this.process.signalCode !== null) return this.exited;
    try {
      await this.request('shutdown', null, timeoutMs);
      this.notify('exit', null);
    } catch {
      // Killed below.
    }
    const timer = setTimeout(() => this.process.kill('SIGKILL'), timeoutMs);
    const code = await this.exited;
    clearTimeout(timer);
    return code;
  }

  /** The server's stderr and log messages, for failure messages. */
  diagnostics(): string {
    const logs = this.notifications
      .filter((message) => message.method === 'window/logMessage')
      .map((message) => (message.params as { message: string }).message);
    return `server log:\n${logs.join('\n')}\nstderr:\n${this.stderr}`;
  }

  private send(message: Message): void {
    const body = Buffer.from(JSON.stringify(message), 'utf8');
    this.process.stdin.write(`Content-Length: ${body.length}${HEADER_END}`);
    this.process.stdin.write(body);
  }

  private onData(chunk: Buffer): void {
    this.buffer = Buffer.concat([this.buffer, chunk]);
    for (;;) {
      const headerEnd = this.buffer.indexOf(HEADER_END);
      if (headerEnd === -1) return;
      const length = CONTENT_LENGTH.exec(this.buffer.subarray(0, headerEnd).toString('ascii'))?.[1];
      if (length === undefined) throw new Error(`a message without Content-Length: ${this.buffer.toString('utf8')}`);
      const start = headerEnd + HEADER_END.length;
      const end = start + Number(length);
      if (this.buffer.length < end) return;
      const message = JSON.parse(this.buffer.subarray(start, end).toString('utf8')) as Message;
      this.buffer = this.buffer.subarray(end);
      this.dispatch(message);
    }
  }

  private dispatch(message: Message): void {
    if (message.method === undefined) {
      const pending = typeof message.id === 'number' ? this.pending.get(message.id) : undefined;
      if (!pending || typeof message.id !== 'number') return;
      this.pending.delete(message.id);
      clearTimeout(pending.timer);
      if (message.error) pending.reject(new Error(`${pending.method} failed: ${message.error.message}\n${this.diagnostics()}`));
      else pending.resolve(message.result);
      return;
    }
    if (message.id === undefined) {
      this.notifications.push(message);
      return;
    }
    this.serverRequests.push(message);
    const id = message.id;
    const handler = this.handlers[message.method];
    if (!handler) {
      this.send({ jsonrpc: '2.0', id, error: { code: METHOD_NOT_FOUND, message: `no handler for ${message.method}` } });
      return;
    }
    Promise.resolve()
      .then(() => handler(message.params))
      .then(
        (result) => {
          this.send({ jsonrpc: '2.0', id, result: result ?? null });
        },
        (error: unknown) => {
          this.send({ jsonrpc: '2.0', id, error: { code: INTERNAL_ERROR, message: String(error) } });
        },
      );
  }
}
