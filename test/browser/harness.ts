import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { createStaticServer, listen } from '../../scripts/serve';

/** Shared set-up of the browser tests: Chromium, a static server over dist/, artefacts. */

export const ROOT = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const DIST = join(ROOT, 'dist');
export const ARTIFACTS = join(ROOT, 'test-artifacts');

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];
export const CHROMIUM = CANDIDATES.find((path): path is string => Boolean(path) && existsSync(path as string));
const ON_CI = process.env.CI === 'true';

/**
 * Whether to skip the browser tests: only on a developer's machine without Chromium, said plainly.
 * On CI they always run, and fail at launch when Chromium is missing.
 */
export const skipBrowserTests = !CHROMIUM && !ON_CI;
if (skipBrowserTests) {
  console.warn('\n[browser tests] Chromium not found (set CHROMIUM_PATH or `apt-get install chromium`): skipping the browser tests only.\n');
}

export async function launchChromium(): Promise<Browser> {
  if (!CHROMIUM) throw new Error('Chromium is required on CI (CI=true) but was not found: apt-get install -y chromium, or set CHROMIUM_PATH.');
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

export interface Served {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves dist/ folders on an ephemeral loopback port; the playground must have been built (`npm test` builds first). */
export async function serveDist(routes: Record<string, string>): Promise<Served> {
  for (const folder of Object.values(routes)) {
    if (!existsSync(folder)) throw new Error(`${folder} is missing: run \`npm run build\` first (\`npm test\` does).`);
  }
  const server = createStaticServer({ routes });
  await listen(server, 0);
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((done) => {
      server.closeAllConnections();
      server.close(() => done());
    }),
  };
}

export interface BrowserSession {
  readonly browser: Browser;
  readonly origin: string;
}

/**
 * Chromium and a server over dist/ folders for the tests of one suite: started before them and
 * stopped after. Call it inside the suite's `describe.skipIf(skipBrowserTests)`.
 */
export function browserSession(routes: Record<string, string>): BrowserSession {
  let browser: Browser | undefined;
  let served: Served | undefined;
  beforeAll(async () => {
    served = await serveDist(routes);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the browser session starts in beforeAll');
    return value;
  };
  return {
    get browser() { return started(browser); },
    get origin() { return started(served).origin; },
  };
}

export function artifact(name: string, content?: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  const path = join(ARTIFACTS, name);
  if (content !== undefined) writeFileSync(path, content);
  return path;
}

/**
 * Script errors and failed loads of a page, so a test can require there were none. The browser's
 * own request for /favicon.ico, which host pages do not serve, is not the page's error.
 */
export function collectPageErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error' && !message.location().url.endsWith('/favicon.ico')) errors.push(`${message.text()} ${message.location().url}`);
  });
  return errors;
}

export const XSS_NAME = '<img src=x onerror="window.__xss=1">';
