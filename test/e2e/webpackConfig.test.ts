/**
 * webpack.config.js without running webpack: entries per mode, the deployment address check, the
 * manifest rewrite, and certificates asked for only when the dev server runs.
 */
import path from 'node:path';
import type { Configuration } from 'webpack';

type CopyPattern = { from: string; to: string; transform?: (b: Buffer) => string };

type ConfigModule = ((
  env?: Record<string, unknown>,
  argv?: { mode?: string },
) => Promise<Configuration & { devServer?: Record<string, unknown> }>) & {
  resolveDeploymentUrl(env: Record<string, unknown>): string | null;
  rewriteManifest(content: Buffer, url: string | null): string;
  copyPatterns(url: string | null, workbenchOnly: boolean): CopyPattern[];
};

const mockGetHttpsServerOptions = jest.fn(() =>
  Promise.resolve({ key: 'KEY', cert: 'CERT', ca: 'CA' }),
);
jest.mock('office-addin-dev-certs', () => ({ getHttpsServerOptions: mockGetHttpsServerOptions }));

// eslint-disable-next-line @typescript-eslint/no-require-imports
const createConfig = require(path.resolve(__dirname, '../../webpack.config.js')) as ConfigModule;

const savedAddinUrl = process.env.ADDIN_URL;
beforeEach(() => {
  delete process.env.ADDIN_URL;
  mockGetHttpsServerOptions.mockClear();
});
afterAll(() => {
  if (savedAddinUrl === undefined) delete process.env.ADDIN_URL;
  else process.env.ADDIN_URL = savedAddinUrl;
});

describe('resolveDeploymentUrl', () => {
  it.each<[string, Record<string, unknown>, string | undefined, string | null]>([
    ['none given', {}, undefined, null],
    [
      '--env url',
      { url: 'https://complaints.example.gov.uk/addin/' },
      undefined,
      'https://complaints.example.gov.uk/addin/',
    ],
    ['ADDIN_URL', {}, 'https://example.org/', 'https://example.org/'],
    [
      '--env url wins over ADDIN_URL',
      { url: 'https://a.example/' },
      'https://b.example/',
      'https://a.example/',
    ],
  ])('%s', (_, env, fromEnvironment, expected) => {
    if (fromEnvironment !== undefined) process.env.ADDIN_URL = fromEnvironment;
    expect(createConfig.resolveDeploymentUrl(env)).toBe(expected);
  });

  it.each([
    ['http://complaints.example.gov.uk/addin/', /must start with https:\/\//],
    ['https://complaints.example.gov.uk/addin', /must end with "\/"/],
    ['complaints.example.gov.uk/addin/', /is not a URL/],
  ])('refuses %s', (url, message) => {
    expect(() => createConfig.resolveDeploymentUrl({ url })).toThrow(message);
  });
});

describe('rewriteManifest', () => {
  const manifest = Buffer.from(
    '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>' +
      '<bt:Image id="Icon.16x16" DefaultValue="https://localhost:3000/assets/icon-16.png"/>' +
      '<AppDomain>https://localhost:3000</AppDomain>',
  );

  it('rewrites every development address to the deployment one', () => {
    const out = createConfig.rewriteManifest(manifest, 'https://complaints.example.gov.uk/addin/');
    expect(out).toContain('"https://complaints.example.gov.uk/addin/taskpane.html"');
    expect(out).toContain('"https://complaints.example.gov.uk/addin/assets/icon-16.png"');
    expect(out).not.toContain('https://localhost:3000/');
  });

  it('leaves the manifest as it is when no address is given', () => {
    expect(createConfig.rewriteManifest(manifest, null)).toBe(manifest.toString('utf8'));
  });
});

describe('the configuration', () => {
  it('builds the task pane (also the function file) and the workbench, without source maps in production', async () => {
    const config = await createConfig({}, { mode: 'production' });
    expect(config.mode).toBe('production');
    expect(Object.keys(config.entry as object).sort()).toEqual(['taskpane', 'workbench']);
    expect(config.devtool).toBe(false);
    expect(config.devServer?.port).toBe(3000);
    expect(mockGetHttpsServerOptions).not.toHaveBeenCalled();
  });

  it('names the Web Workers by their chunk names, beside the pages on the same origin', async () => {
    for (const env of [{}, { workbench: true }]) {
      const config = await createConfig(env, { mode: 'production' });
      expect(config.output?.chunkFilename).toBe('[name].js');
      expect(config.output?.publicPath).toBeUndefined();
    }
  });

  it('uses file source maps in development (the pages forbid eval)', async () => {
    const config = await createConfig({}, { mode: 'development' });
    expect(config.devtool).toBe('source-map');
  });

  it('fails the build with the reason when the address is not https', async () => {
    await expect(
      createConfig({ url: 'http://example.org/' }, { mode: 'production' }),
    ).rejects.toThrow(/must start with https:\/\//);
  });

  it('asks for the Office dev certificates only when serving', async () => {
    const config = await createConfig({ WEBPACK_SERVE: true }, { mode: 'development' });
    expect(mockGetHttpsServerOptions).toHaveBeenCalledTimes(1);
    expect(config.devServer?.server).toEqual({
      type: 'https',
      options: { key: 'KEY', cert: 'CERT', ca: 'CA' },
    });
    expect(config.devServer?.headers).toEqual({ 'Access-Control-Allow-Origin': '*' });
  });

  it('serves the workbench alone over plain http on port 3001, with no certificates', async () => {
    const config = await createConfig(
      { workbench: true, WEBPACK_SERVE: true },
      { mode: 'development' },
    );
    expect(Object.keys(config.entry as object)).toEqual(['workbench']);
    expect(config.devServer?.port).toBe(3001);
    expect(config.devServer?.server).toEqual({ type: 'http' });
    expect(mockGetHttpsServerOptions).not.toHaveBeenCalled();
  });
});

describe('copyPatterns', () => {
  it('copies the sample tracker only, for the workbench', () => {
    expect(createConfig.copyPatterns(null, true)).toEqual([
      { from: 'examples/sample-tracker.xlsx', to: 'sample-tracker.xlsx' },
    ]);
  });

  it('copies the icons and the manifest rewritten to the deployment address, for the add-in', () => {
    const patterns = createConfig.copyPatterns('https://example.org/addin/', false);
    expect(patterns.map((p) => p.from)).toEqual([
      'examples/sample-tracker.xlsx',
      'assets/*.png',
      'manifest.xml',
      'src/taskpane/legacyGuard.js',
    ]);
    const manifest = patterns.find((p) => p.from === 'manifest.xml');
    const content = Buffer.from(
      '<SourceLocation DefaultValue="https://localhost:3000/taskpane.html"/>',
    );
    expect(manifest?.transform?.(content)).toBe(
      '<SourceLocation DefaultValue="https://example.org/addin/taskpane.html"/>',
    );
  });
});
