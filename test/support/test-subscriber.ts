import { Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import type { TestGateway } from './test-gateway';

/*
 * A client of the gateway's subscriptions as an application would be: graphql-ws's createClient
 * over the `ws` package, with the token and application in connection_init.
 */

export interface Closed {
  code: number;
  reason: string;
}

export interface TestSubscription {
  /** Every `next` payload received, in order. */
  results: { data?: any; errors?: any[] }[];
  /** The errors the subscription ended with (an `error` message), if any. */
  error: any[] | null;
  completed: boolean;
  /** Resolves once `n` results have arrived (fails after `ms`). */
  received(n: number, ms?: number): Promise<TestSubscription['results']>;
  /** Resolves once the subscription ended, with an error or completed. */
  ended(ms?: number): Promise<void>;
  unsubscribe(): void;
}

export interface TestSubscriber {
  client: Client;
  /** The socket's close, when the server closes it. */
  closed: Promise<Closed>;
  /** Resolves once connection_ack arrived. */
  connected: Promise<WebSocket>;
  subscribe(query: string, variables?: Record<string, unknown>): TestSubscription;
  dispose(): Promise<void>;
}

/** Polls `ready` until it is true, or fails after `ms` with `what`. */
export async function until(ready: () => boolean, what: string, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!ready()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 5));
  }
}

export function wsUrl(g: TestGateway): string {
  return `${g.url.replace(/^http/, 'ws')}/graphql`;
}

/** Connects at once (not lazily) with `params` as the connection_init payload. */
export function connectSubscriber(g: TestGateway, params: Record<string, unknown>): TestSubscriber {
  let onClosed!: (c: Closed) => void;
  let onConnected!: (s: WebSocket) => void;
  const closed = new Promise<Closed>((resolve) => (onClosed = resolve));
  const connected = new Promise<WebSocket>((resolve) => (onConnected = resolve));
  const client = createClient({
    url: wsUrl(g),
    webSocketImpl: WebSocket,
    connectionParams: params,
    lazy: false,
    retryAttempts: 0,
    shouldRetry: () => false,
    onNonLazyError: () => undefined,
    on: {
      connected: (socket) => onConnected(socket as WebSocket),
      closed: (event) => {
        const e = event as { code: number; reason: string | Buffer };
        onClosed({ code: e.code, reason: String(e.reason) });
      },
    },
  });
  return {
    client,
    closed,
    connected,
    subscribe(query, variables) {
      const sub: TestSubscription = {
        results: [],
        error: null,
        completed: false,
        async received(n, ms = 5000) {
          await until(() => sub.results.length >= n || sub.error !== null, `${n} results (have ${sub.results.length})`, ms);
          if (sub.results.length < n) throw new Error(`the subscription failed: ${JSON.stringify(sub.error)}`);
          return sub.results;
        },
        ended: (ms = 5000) => until(() => sub.completed || sub.error !== null, 'the subscription to end', ms),
        unsubscribe: () => undefined,
      };
      sub.unsubscribe = client.subscribe(
        { query, variables },
        {
          next: (value) => sub.results.push(value as never),
          error: (err) => (sub.error = Array.isArray(err) ? err : [err]),
          complete: () => (sub.completed = true),
        },
      );
      return sub;
    },
    dispose: () => client.dispose() as Promise<void>,
  };
}

/** The connection_init payload of HTTP-style headers (`{ authorization, x-application }`). */
export function initPayload(headers: Record<string, string>): Record<string, string> {
  return { Authorization: headers.authorization, 'X-Application': headers['x-application'] };
}
