/** The parts of the global `Office` the Excel host uses: document settings, requirement checks. */
import { OfficeMockObject } from 'office-addin-mock';

type Mock = OfficeMockObject;

export type FakeOfficeSpec = {
  settings: Map<string, unknown>;
  /** Highest ExcelApi version this fake Excel supports. */
  apiVersion?: string;
  settingsSaveFails?: boolean;
  log: string[];
};

function compareVersions(a: string, b: string): number {
  const [a1, a2] = a.split('.').map(Number);
  const [b1, b2] = b.split('.').map(Number);
  return a1 - b1 || a2 - b2;
}

/** Builds the fake `Office` object; settings live in `spec.settings`. */
export function makeFakeOffice(spec: FakeOfficeSpec): Mock {
  const office = new OfficeMockObject({
    context: { document: { settings: {} }, requirements: {} },
  });
  const { settings, log } = spec;
  const store = (office.context as Mock).document.settings as Mock;
  store.get = (key: string) => (settings.has(key) ? settings.get(key) : null);
  store.set = (key: string, value: unknown) => settings.set(key, value);
  store.saveAsync = (callback: (result: { status: string; error?: unknown }) => void) => {
    if (spec.settingsSaveFails) {
      callback({ status: 'failed', error: { message: 'The document is read-only.' } });
      return;
    }
    log.push('settings saved');
    callback({ status: 'succeeded' });
  };
  (office.context as Mock).requirements.isSetSupported = (name: string, version: string) =>
    name === 'ExcelApi' && compareVersions(version, spec.apiVersion ?? '1.18') <= 0;
  office.AsyncResultStatus = { Succeeded: 'succeeded', Failed: 'failed' };
  office.actions = { associate: () => undefined };
  office.onReady = () => Promise.resolve({ host: 'Excel', platform: 'PC' });
  return office;
}
