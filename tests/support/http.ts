/**
 * Reaching the test servers without tripping on the machine being busy. A connection kept
 * alive between requests may be closed by the server just as the next request goes out on
 * it (`read ECONNRESET`), and a server still starting may refuse or reset one; neither says
 * anything about the code under test. Each request gets a fresh connection, and a reset or
 * refusal is retried a few times at once, never after a fixed pause.
 */
import { request } from 'node:http';
import type { Page, Response } from 'playwright-core';

const TRANSIENT =
  /ECONNRESET|ECONNREFUSED|EPIPE|socket hang up|ERR_CONNECTION_(RESET|REFUSED|CLOSED)|ERR_EMPTY_RESPONSE/;
const ATTEMPTS = 5;

export interface HttpAnswer {
  status: number;
  type: string;
  body: string;
}

/** One GET with the path sent exactly as written (no client-side clean-up of ".."), on a connection of its own. */
function getOnce(base: string, path: string, headers: Record<string, string>): Promise<HttpAnswer> {
  const { hostname, port } = new URL(base);
  return new Promise((resolve, reject) => {
    const req = request({ host: hostname, port, path, headers, agent: false }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (chunk: string) => (body += chunk));
      res.on('end', () => resolve({ status: res.statusCode!, type: String(res.headers['content-type']), body }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** Runs `attempt` again when it fails on a reset or refused connection; any other failure is the test's. */
export async function retryingResets<T>(attempt: () => Promise<T>): Promise<T> {
  for (let tries = 1; ; tries++) {
    try {
      return await attempt();
    } catch (error) {
      // fetch hides the socket's code in its cause: "fetch failed", cause ECONNRESET.
      const { message, code, cause } = error as Error & { code?: string; cause?: { code?: string } };
      if (tries >= ATTEMPTS || !TRANSIENT.test(`${message} ${code} ${cause?.code}`)) throw error;
    }
  }
}

/** A GET against a test server, retried on a reset connection. */
export function httpGet(base: string, path: string, headers: Record<string, string> = {}): Promise<HttpAnswer> {
  return retryingResets(() => getOnce(base, path, headers));
}

/** `page.goto`, retried when the connection to a test server is reset or refused while it starts. */
export function gotoServed(page: Page, url: string): Promise<Response | null> {
  return retryingResets(() => page.goto(url));
}

/** `page.reload`, retried the same way: a reload opens a new request on a connection that may be reset. */
export function reloadServed(page: Page): Promise<Response | null> {
  return retryingResets(() => page.reload());
}

/**
 * Waits until a server that says it is listening also answers: one GET of `path`, retried
 * on a reset or refused connection, that must not be a server error. A dev server may still
 * be preparing its first answer when its port is bound.
 */
export async function untilServing(base: string, path = '/'): Promise<void> {
  const { status } = await httpGet(base, path);
  if (status >= 500) throw new Error(`${base} answered ${path} with HTTP ${status} while starting`);
}
