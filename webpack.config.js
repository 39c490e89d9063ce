/**
 * Webpack for the add-in (task pane + ribbon function file) and the browser workbench.
 *
 *   npm run build                       production build into dist/, manifest pointing at localhost:3000
 *   npm run build -- --env url=https://complaints.example.gov.uk/addin/
 *                                       the same, with the manifest rewritten to the deployment address
 *                                       (or set ADDIN_URL in the environment)
 *   npm run dev-server                  https://localhost:3000 with the Office dev certificates
 *   npm run workbench                   http://localhost:3001/workbench.html, no certificates, no Office
 *
 * `--env workbench` builds the workbench page alone (the e2e test and the screenshot script use it).
 * Certificates are asked for only when the dev server runs, never when this file is required, so a
 * build or a test needs none.
 */
const fs = require('node:fs');
const path = require('node:path');
const CopyWebpackPlugin = require('copy-webpack-plugin');
const HtmlWebpackPlugin = require('html-webpack-plugin');

/** Where the manifest points during development (`npm start` sideloads it). */
const DEV_URL = 'https://localhost:3000/';
const DEV_PORT = 3000;
const WORKBENCH_PORT = 3001;

/**
 * The pages. The ribbon's function commands have no page of their own: with the shared runtime
 * the manifest's function file is taskpane.html, whose bundle registers them.
 */
const PAGES = {
  taskpane: { entry: './src/taskpane/index.tsx', template: './src/taskpane/taskpane.html' },
  workbench: { entry: './src/workbench/index.tsx', template: './src/workbench/workbench.html' },
};

/**
 * The deployment address from `--env url=…` or ADDIN_URL, checked: the manifest is useless (and
 * Office refuses it) unless every URL is https, and the rewrite joins paths onto it, so it must end
 * with a slash. Throws with a message saying what to type instead.
 */
function resolveDeploymentUrl(env) {
  const given = (typeof env.url === 'string' && env.url) || process.env.ADDIN_URL || '';
  if (given === '') return null;
  let parsed;
  try {
    parsed = new URL(given);
  } catch {
    throw new Error(
      `The add-in address "${given}" is not a URL. Give the full address, for example ` +
        '--env url=https://complaints.example.gov.uk/addin/',
    );
  }
  if (parsed.protocol !== 'https:') {
    throw new Error(
      `The add-in address "${given}" must start with https:// (Office loads add-ins over HTTPS only).`,
    );
  }
  if (!given.endsWith('/')) {
    throw new Error(
      `The add-in address "${given}" must end with "/", for example ${given}/ ` +
        '(the manifest joins file names onto it).',
    );
  }
  return given;
}

/** The manifest with every development address swapped for the deployment one. */
function rewriteManifest(content, url) {
  const text = content.toString('utf8');
  return url === null ? text : text.split(DEV_URL).join(url);
}

/**
 * What the build copies beside the bundles: the sample tracker (the workbench offers it), and for
 * the add-in the icons, the manifest, rewritten to the deployment address, and the ES5 guard for
 * older Office, copied as written (not bundled: webpack's runtime is not ES5).
 */
function copyPatterns(deploymentUrl, workbenchOnly) {
  const patterns = [{ from: 'examples/sample-tracker.xlsx', to: 'sample-tracker.xlsx' }];
  if (!workbenchOnly) {
    patterns.push(
      { from: 'assets/*.png', to: 'assets/[name][ext]' },
      {
        from: 'manifest.xml',
        to: 'manifest.xml',
        transform: (content) => rewriteManifest(content, deploymentUrl),
      },
      { from: 'src/taskpane/legacyGuard.js', to: 'legacyGuard.js' },
    );
  }
  return patterns;
}

/** The Office dev certificates, installing them on first use (dev server only). */
async function loadHttpsOptions() {
  const devCerts = require('office-addin-dev-certs');
  return devCerts.getHttpsServerOptions();
}

module.exports = async (env = {}, argv = {}) => {
  const mode = argv.mode === 'production' ? 'production' : 'development';
  const production = mode === 'production';
  const workbenchOnly = Boolean(env.workbench);
  const serving = Boolean(env.WEBPACK_SERVE);
  const deploymentUrl = workbenchOnly ? null : resolveDeploymentUrl(env);
  const names = workbenchOnly ? ['workbench'] : Object.keys(PAGES);

  const server = workbenchOnly
    ? { type: 'http' }
    : { type: 'https', options: serving ? await loadHttpsOptions() : undefined };

  return {
    mode,
    context: __dirname,
    entry: Object.fromEntries(names.map((name) => [name, PAGES[name].entry])),
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: '[name].js',
      // The Web Workers (`new Worker(new URL(…, import.meta.url))` in src/taskpane and
      // src/workbench) are chunks named in their source: pipeline-worker.js, build-worker.js,
      // served beside the pages from the same origin, so neither the manifest nor the pages'
      // Content-Security-Policy (script-src / default-src 'self') needs anything more.
      chunkFilename: '[name].js',
      clean: true,
    },
    // No source maps in production: they would carry the code's text, and nobody debugs there.
    // 'source-map' (files, not eval) in development, because the pages' CSP forbids eval.
    devtool: production ? false : 'source-map',
    resolve: {
      extensions: ['.ts', '.tsx', '.js', '.mjs'],
      // No `fallback`: if anything pulls a Node built-in (fs, stream…) into a page, the build fails.
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'ts-loader',
            options: {
              // tsconfig.json keeps "module": "esnext" so webpack can tree-shake Fluent.
              configFile: path.resolve(__dirname, 'tsconfig.json'),
              compilerOptions: { noEmit: false, sourceMap: !production },
              onlyCompileBundledFiles: true,
              // Development builds skip type checking for speed; `npm run typecheck` and the
              // production build check types.
              transpileOnly: !production,
            },
          },
        },
      ],
    },
    plugins: [
      ...names.map(
        (name) =>
          new HtmlWebpackPlugin({
            filename: `${name}.html`,
            template: PAGES[name].template,
            chunks: [name],
          }),
      ),
      new CopyWebpackPlugin({ patterns: copyPatterns(deploymentUrl, workbenchOnly) }),
    ],
    performance: {
      // The workbench carries exceljs (about 1 MB) to write the report workbook in the browser.
      hints: production ? 'warning' : false,
      maxEntrypointSize: 2_000_000,
      maxAssetSize: 2_000_000,
    },
    devServer: {
      port: workbenchOnly ? WORKBENCH_PORT : DEV_PORT,
      server,
      headers: { 'Access-Control-Allow-Origin': '*' },
      static: false,
      client: { overlay: { warnings: false, errors: true } },
      onListening: (devServer) => {
        const page = workbenchOnly ? 'workbench.html' : 'taskpane.html';
        const scheme = workbenchOnly ? 'http' : 'https';
        const port = devServer.server.address().port;
        devServer.logger.info(`Open ${scheme}://localhost:${port}/${page}`);
      },
    },
  };
};

module.exports.resolveDeploymentUrl = resolveDeploymentUrl;
module.exports.rewriteManifest = rewriteManifest;
module.exports.copyPatterns = copyPatterns;
