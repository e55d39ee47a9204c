import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

/**
 * A small HTTP server on 127.0.0.1 that misbehaves on request: it never
 * answers, drops the connection mid-body, fails and then succeeds, rate-limits, sends HTML
 * error pages or bodies that break the contract. Each route is a handler that
 * receives the 0-based attempt number for its path, and every request is
 * recorded so tests can count attempts.
 */

export interface RecordedRequest {
  method: string;
  url: string;
  headers: IncomingMessage['headers'];
  /** Milliseconds since the server started. */
  at: number;
  /** Set when the client went away before the response was finished. */
  aborted: boolean;
}

export type Handler = (req: IncomingMessage, res: ServerResponse, attempt: number) => void;

export interface HostileServer {
  url: string;
  requests: RecordedRequest[];
  /** Requests whose path (without query) is `path`. */
  requestsTo(path: string): RecordedRequest[];
  route(path: string, handler: Handler): void;
  close(): Promise<void>;
}

export async function startHostileServer(): Promise<HostileServer> {
  const started = Date.now();
  const routes = new Map<string, Handler>();
  const attempts = new Map<string, number>();
  const requests: RecordedRequest[] = [];
  const sockets = new Set<Socket>();

  const server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://localhost').pathname;
    const record: RecordedRequest = {
      method: req.method ?? 'GET',
      url: req.url ?? '/',
      headers: req.headers,
      at: Date.now() - started,
      aborted: false,
    };
    requests.push(record);
    res.on('close', () => {
      if (!res.writableFinished) record.aborted = true;
    });
    const attempt = attempts.get(path) ?? 0;
    attempts.set(path, attempt + 1);
    const handler = routes.get(path);
    if (!handler) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('no such route in this test');
      return;
    }
    handler(req, res, attempt);
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    requestsTo: (path) =>
      requests.filter((r) => new URL(r.url, 'http://localhost').pathname === path),
    route: (path, handler) => {
      routes.set(path, handler);
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        // Hanging handlers keep their sockets open; cut them.
        for (const socket of sockets) socket.destroy();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

// Handlers -------------------------------------------------------------------

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Handler {
  return (_req, res) => {
    res
      .writeHead(status, { 'content-type': 'application/json', ...headers })
      .end(typeof body === 'string' ? body : JSON.stringify(body));
  };
}

export function problem(
  status: number,
  body: Record<string, unknown>,
  headers: Record<string, string> = {},
): Handler {
  return (_req, res) => {
    res
      .writeHead(status, { 'content-type': 'application/problem+json', ...headers })
      .end(JSON.stringify({ status, ...body }));
  };
}

export function html(status: number, page: string): Handler {
  return (_req, res) => {
    res.writeHead(status, { 'content-type': 'text/html; charset=utf-8' }).end(page);
  };
}

/** Accept the request and never answer. */
export const hang: Handler = () => {};

/** Send the headers and part of the body, then drop the connection. */
export const resetMidBody: Handler = (_req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"data":[', () => res.socket?.destroy());
};

/** Answer after `ms` milliseconds. */
export function delayed(ms: number, then: Handler): Handler {
  return (req, res, attempt) => {
    const timer = setTimeout(() => then(req, res, attempt), ms);
    res.on('close', () => clearTimeout(timer));
  };
}

/** Attempt n gets `handlers[n]`; later attempts get the last one. */
export function sequence(...handlers: Handler[]): Handler {
  return (req, res, attempt) => {
    const handler = handlers[Math.min(attempt, handlers.length - 1)];
    handler?.(req, res, attempt);
  };
}
