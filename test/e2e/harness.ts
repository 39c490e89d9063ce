/**
 * The harness the e2e test and scripts/screenshot.ts share: build the workbench with the webpack
 * Node API (no child process left running), serve it from 127.0.0.1 with node:http, and launch the
 * system Chromium through playwright-core.
 */
import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import webpack from 'webpack';
import type { Configuration, Stats } from 'webpack';

/** The project's root, where webpack.config.js lives. */
export const ROOT = path.resolve(__dirname, '..', '..');

/** The sample tracker the workbench serves beside its page. */
export const SAMPLE_TRACKER = path.join(ROOT, 'examples', 'sample-tracker.xlsx');

type ConfigFactory = (
  env: Record<string, unknown>,
  argv: { mode: 'development' | 'production' },
) => Promise<Configuration>;

/**
 * Build the workbench page alone (development mode: fast, no minifying) into `outDir`. With
 * `productionReact`, React and Fluent run their production code as a user's build does: a test
 * that times the page needs it, because React's development build diffs every changed prop for
 * its profiler, seconds of work over a large report that no user ever runs.
 */
export async function buildWorkbench(
  outDir: string,
  options: { productionReact?: boolean } = {},
): Promise<void> {
  await buildPages({ workbench: true }, outDir, options.productionReact === true);
}

/** Build the add-in's pages (task pane and workbench, development mode) into `outDir`. */
export async function buildAddin(outDir: string): Promise<void> {
  await buildPages({}, outDir, false);
}

async function buildPages(
  env: Record<string, unknown>,
  outDir: string,
  productionReact: boolean,
): Promise<void> {
  // The config is CommonJS JavaScript (webpack reads it too); require keeps it one file.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const createConfig = require(path.join(ROOT, 'webpack.config.js')) as ConfigFactory;
  const config = await createConfig(env, { mode: 'development' });
  if (productionReact) config.optimization = { ...config.optimization, nodeEnv: 'production' };
  config.output = { ...config.output, path: outDir };
  config.context = ROOT;
  config.infrastructureLogging = { level: 'error' };
  const compiler = webpack(config);
  const stats = await new Promise<Stats>((resolve, reject) => {
    compiler.run((error, result) => {
      if (error || !result) reject(error ?? new Error('webpack gave no result'));
      else resolve(result);
    });
  });
  await new Promise<void>((resolve, reject) =>
    compiler.close((error) => (error ? reject(error) : resolve())),
  );
  if (stats.hasErrors()) {
    throw new Error(`The build failed:\n${stats.toString('errors-only')}`);
  }
}

/** A running static server and how to stop it. */
export type StaticServer = { origin: string; close(): Promise<void> };

const MEDIA_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.png': 'image/png',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/**
 * Serve a directory over plain http (127.0.0.1 and a free port unless told otherwise); nothing
 * outside the directory is reachable.
 */
export async function serveDirectory(
  dir: string,
  where: { host?: string; port?: number } = {},
): Promise<StaticServer> {
  const host = where.host ?? '127.0.0.1';
  const root = path.resolve(dir);
  const server = createServer((request, response) => {
    let pathname = '';
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    } catch {
      response.writeHead(400).end();
      return;
    }
    const file = path.resolve(root, `.${pathname}`);
    if (!file.startsWith(`${root}${path.sep}`)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        const type = MEDIA_TYPES[path.extname(file)] ?? 'application/octet-stream';
        response.writeHead(200, { 'Content-Type': type, 'Cache-Control': 'no-store' }).end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(where.port ?? 0, host, resolve);
  });
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://${host}:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

/** Flags that keep Chromium quiet: headless, no sandbox (containers), and no calls home. */
export const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/** The system Chromium's path; a clear failure, with the command to fix it, when there is none. */
export function findChromium(): string {
  let found = '';
  try {
    found = execFileSync('which', ['chromium'], { encoding: 'utf8' }).trim();
  } catch {
    found = '';
  }
  if (found === '') {
    throw new Error(
      'Chromium is not installed, and the end-to-end test needs it. Install it with: ' +
        'apt-get update && apt-get install -y chromium',
    );
  }
  return found;
}

/** Launch the system Chromium headless. */
export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: findChromium(), headless: true, args: CHROMIUM_FLAGS });
}

/** A browser context as a UK council officer's: en-GB dates in inputs, London time, 1280×800. */
export const UK_CONTEXT = {
  locale: 'en-GB',
  timezoneId: 'Europe/London',
  viewport: { width: 1280, height: 800 },
} as const;

/** True for a request that stays on this machine (the page's own server, or data/blob URLs). */
export function isLocalRequest(url: string): boolean {
  const { protocol, hostname } = new URL(url);
  if (protocol === 'data:' || protocol === 'blob:') return true;
  return hostname === '127.0.0.1' || hostname === 'localhost' || hostname === '[::1]';
}
