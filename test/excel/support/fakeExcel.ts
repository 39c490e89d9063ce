/**
 * A fake workbook for the Excel host's tests. office-addin-mock objects hold everything the host
 * loads and syncs (names, values, sizes, rule formulas), so reading a property before `load` and
 * `sync` gives the mock's error text as in Office; what the host only writes (formats, charts,
 * selections) is recorded in plain objects. Every method is a function here, as the mock needs.
 */
import { OfficeMockObject } from 'office-addin-mock';
import type { CellValue } from '../../../src/core/types';
import { makeFakeOffice } from './fakeOffice';
import { sliceGrid, usedBlock, writeGrid } from './grid';
import { addChild, asError, forwardLoad, recorder } from './mockTools';

type Mock = OfficeMockObject;

export type RuleSpec = { type: string; address: string; formula?: string };

export type SheetSpec = {
  name: string;
  /** cells[0][0] is A1. */
  cells?: CellValue[][];
  hidden?: boolean;
  /** Very hidden: only code can show it again, and Excel will not delete it. */
  veryHidden?: boolean;
  protected?: boolean;
  rules?: RuleSpec[];
};

export type TableSpec = {
  name: string;
  sheet: string;
  /** 1-based sheet row of the header, 0-based first column. */
  firstRow: number;
  firstColumn: number;
  rowCount: number;
  columnCount: number;
};

export type WorkbookSpec = {
  sheets: SheetSpec[];
  active?: string;
  tables?: TableSpec[];
  date1904?: boolean;
  /** Highest ExcelApi version this fake Excel supports. */
  apiVersion?: string;
  settings?: Map<string, unknown>;
  /** Makes every settings write fail, at the settings call as Office reports it. */
  settingsSaveFails?: boolean;
  /** Review > Protect Workbook (structure): no sheet may be added, deleted or renamed. */
  structureProtected?: boolean;
};

export type RuleRecord = {
  sheet: string;
  type: string;
  address: string;
  mock: Mock;
  deleted: boolean;
};
export type ChartRecord = {
  sheet: string;
  type: string;
  dataAddress: string;
  seriesBy: string;
  chart: { name: string; title: { text: string }; position: string[] };
};
/** A sheet's print setup as the host set it: properties, print area and titles, the footer. */
export type PageLayoutRecord = {
  sheet: string;
  layout: Record<string, unknown>;
  footer: Record<string, unknown>;
  printArea: string[];
  printTitleRows: string[];
};
export type RangeRecord = {
  sheet: string;
  address: string;
  mock: Mock;
  font: Record<string, unknown>;
  format: Record<string, unknown>;
};

type SheetState = {
  name: string;
  key: string;
  mock: Mock;
  grid: CellValue[][];
  rules: Mock;
  visibility: string;
};

export type FakeExcel = {
  context: Mock;
  log: string[];
  rules: RuleRecord[];
  charts: ChartRecord[];
  ranges: RangeRecord[];
  pageLayouts: PageLayoutRecord[];
  valueReads: string[];
  /** JSON bytes of the values each successful sync returned, in order. */
  responseBytes: number[];
  /** Bytes each sync sent: values, formats, addresses, formulas and settings queued for it. */
  requestBytes: number[];
  /** The options each `Excel.run` was given. */
  runOptions: unknown[];
  settings: Map<string, unknown>;
  sheetNames: () => string[];
  grid: (sheet: string) => CellValue[][];
  /** Each later sync takes the next entry: an error to reject with, or null to pass. */
  failSyncs: (...errors: unknown[]) => void;
};

/** Installs a fake `Excel` and `Office` on the global object for one test. */
export function installFakeExcel(spec: WorkbookSpec): FakeExcel {
  const excel = new OfficeMockObject({
    context: {
      workbook: {
        worksheets: {},
        tables: {},
        functions: { result: { value: spec.date1904 ? 0 : 1462 } },
        protection: { protected: spec.structureProtected ?? false },
        settings: {},
      },
    },
  });
  const context = excel.context as Mock;
  const workbook = context.workbook as Mock;
  const worksheets = workbook.worksheets as Mock;
  const log: string[] = [];
  const rules: RuleRecord[] = [];
  const charts: ChartRecord[] = [];
  const ranges: RangeRecord[] = [];
  const pageLayouts: PageLayoutRecord[] = [];
  const valueReads: string[] = [];
  const responseBytes: number[] = [];
  const requestBytes: number[] = [];
  const runOptions: unknown[] = [];
  let sent = 0;
  const send = (value: unknown) => {
    sent += typeof value === 'string' ? value.length : JSON.stringify(value).length;
  };
  let queuedReads: CellValue[][][] = [];
  const sheets = new Map<string, SheetState>();
  const faults: unknown[] = [];
  let pending: unknown = null;
  let counter = 0;
  let active = spec.active ?? spec.sheets[0]?.name ?? '';
  const settings = spec.settings ?? new Map<string, unknown>();

  const functions = workbook.functions as Mock;
  functions.date = () => functions.result as Mock;

  function addRule(state: SheetState, type: string, address: string, formula = ''): Mock {
    counter += 1;
    const rule = addChild(state.rules, `cf${counter}`, {
      type,
      custom: { rule: { formula }, format: { fill: { color: '' } } },
      customOrNullObject: { rule: { formula } },
    });
    if (type === 'Custom') {
      // One object behind both names, as in Excel: a formula set on one is read on the other.
      (rule['_properties'] as Map<string, unknown>).set('customOrNullObject', rule.custom);
      rule.customOrNullObject = rule.custom;
    }
    (rule.customOrNullObject as Mock).isNullObject = type !== 'Custom';
    const record: RuleRecord = { sheet: state.name, type, address, mock: rule, deleted: false };
    rule.delete = () => {
      record.deleted = true;
      state.rules.items = (state.rules.items as Mock[]).filter((item) => item !== rule);
      log.push(`rule- ${state.name}!${address}`);
    };
    (state.rules.items as Mock[]).push(rule);
    rules.push(record);
    log.push(`rule+ ${state.name}!${address}`);
    return rule;
  }

  function makeRange(state: SheetState, address: string): Mock {
    counter += 1;
    const range = addChild(state.mock, `r${counter}`, {});
    const stored: Record<string, unknown> = {};
    for (const prop of ['values', 'numberFormat']) {
      Object.defineProperty(range, prop, {
        configurable: true,
        get: () => stored[prop],
        set: (value: CellValue[][]) => {
          log.push(`${prop} ${state.name}!${address}`);
          send(value);
          stored[prop] = value;
          if (prop === 'values') writeGrid(state.grid, address, value);
        },
      });
    }
    const baseLoad = OfficeMockObject.prototype.load.bind(range);
    range.load = (props: string) => {
      if (props.includes('values')) {
        delete range.values;
        const values = sliceGrid(state.grid, address);
        range['populate']({ values });
        queuedReads.push(values);
        valueReads.push(`${state.name}!${address}`);
      }
      return baseLoad(props);
    };
    const font = recorder(`font ${state.name}!${address}`, log);
    const format = recorder(`format ${state.name}!${address}`, log, {
      font,
      fill: recorder(`fill ${state.name}!${address}`, log),
      autofitColumns: () => log.push(`autofit ${state.name}!${address}`),
      autofitRows: () => log.push(`autofitRows ${state.name}!${address}`),
    });
    range.format = format;
    range.conditionalFormats = { add: (type: string) => addRule(state, type, address) };
    range.select = () => log.push(`select ${state.name}!${address}`);
    range.fakeAddress = address;
    ranges.push({
      get sheet() {
        return state.name;
      },
      address,
      mock: range,
      font,
      format,
    });
    return range;
  }

  function makeSheet(name: string, cells: CellValue[][], options: Partial<SheetSpec> = {}) {
    counter += 1;
    const key = `sheet${counter}`;
    const grid = cells.map((row) => [...row]);
    const visibility = options.veryHidden ? 'VeryHidden' : options.hidden ? 'Hidden' : 'Visible';
    const mock = addChild(worksheets, key, {
      name,
      visibility,
      protection: { protected: options.protected ?? false },
      usedRange: usedBlock(grid),
    });
    // Office sets isNullObject with the sync, without a load: plain properties model that.
    mock.isNullObject = false;
    (mock.usedRange as Mock).isNullObject = grid.every((row) =>
      row.every((value) => value === '' || value === null || value === undefined),
    );
    const rulesMock = addChild(mock, 'cfs', {});
    rulesMock.items = [];
    rulesMock.load = forwardLoad(rulesMock, () => rulesMock.items as Mock[]);
    const state: SheetState = { name, key, mock, grid, rules: rulesMock, visibility };
    // A rename re-keys the workbook, as Excel would, unless the structure is protected.
    Object.defineProperty(mock, 'name', {
      configurable: true,
      get: () => state.name,
      set: (next: string) => {
        if (next === state.name) return;
        if (spec.structureProtected) {
          pending = { code: 'AccessDenied', message: 'The workbook is protected.' };
          return;
        }
        if ([...sheets.keys()].some((taken) => taken.toLowerCase() === next.toLowerCase())) {
          pending = { code: 'InvalidArgument', message: `The name ${next} is taken.` };
          return;
        }
        log.push(`rename ${state.name} -> ${next}`);
        sheets.delete(state.name);
        state.name = next;
        sheets.set(next, state);
      },
    });
    mock.getUsedRangeOrNullObject = () => mock.usedRange as Mock;
    mock.getRange = (address?: string) => {
      if (address === undefined) return { conditionalFormats: rulesMock };
      send(address);
      return makeRange(state, address);
    };
    mock.getRanges = (address: string) => (
      send(address),
      {
        conditionalFormats: { add: (type: string) => addRule(state, type, address) },
        select: () => log.push(`select ${name}!${address}`),
      }
    );
    mock.activate = () => {
      active = state.name;
      log.push(`activate ${state.name}`);
    };
    // Excel's rules: structure protection refuses, a very hidden sheet cannot be deleted, and a
    // workbook keeps at least one visible sheet. A refused delete leaves the sheet in place.
    mock.delete = () => {
      const visible = [...sheets.values()].filter((other) => other.visibility === 'Visible');
      if (spec.structureProtected) {
        pending = { code: 'AccessDenied', message: 'The workbook is protected.' };
      } else if (state.visibility === 'VeryHidden') {
        pending = { code: 'InvalidOperation', message: 'A very hidden sheet cannot be deleted.' };
      } else if (state.visibility === 'Visible' && visible.length === 1) {
        pending = { code: 'InvalidOperation', message: 'A workbook needs a visible sheet.' };
      } else {
        sheets.delete(state.name);
        log.push(`delete sheet ${state.name}`);
      }
    };
    mock.charts = {
      add: (type: string, data: Mock, seriesBy: string) => {
        const chart = {
          name: '',
          title: { text: '' },
          position: [] as string[],
          setPosition: (a: string, b: string) => chart.position.push(a, b),
        };
        charts.push({
          get sheet() {
            return state.name;
          },
          type,
          dataAddress: data.fakeAddress,
          seriesBy,
          chart,
        });
        return chart;
      },
    };
    const footer = recorder(`footer ${name}`, log);
    const page: PageLayoutRecord = {
      get sheet() {
        return state.name;
      },
      layout: recorder(`pageLayout ${name}`, log, {
        headersFooters: { defaultForAllPages: footer },
        setPrintArea: (area: string) => page.printArea.push(area),
        setPrintTitleRows: (rows: string) => page.printTitleRows.push(rows),
      }),
      footer,
      printArea: [],
      printTitleRows: [],
    };
    pageLayouts.push(page);
    mock.pageLayout = page.layout;
    for (const rule of options.rules ?? []) addRule(state, rule.type, rule.address, rule.formula);
    return state;
  }

  function missing(name: string): Mock {
    pending = { code: 'ItemNotFound', message: `${name} not found` };
    return makeSheet(name, []).mock;
  }

  for (const sheet of spec.sheets)
    sheets.set(sheet.name, makeSheet(sheet.name, sheet.cells ?? [], sheet));
  const nullSheet = addChild(worksheets, 'nullSheet', {});
  nullSheet.isNullObject = true;
  worksheets.items = [];
  const currentSheets = () => [...sheets.values()].map((state) => state.mock);
  worksheets.load = (props: string) => {
    worksheets.items = currentSheets();
    return forwardLoad(worksheets, currentSheets)(props);
  };
  worksheets.getActiveWorksheet = () => (sheets.get(active) ?? [...sheets.values()][0]).mock;
  // Excel matches sheet names whatever their case.
  const find = (name: string) =>
    [...sheets.values()].find((state) => state.name.toLowerCase() === name.toLowerCase());
  worksheets.getItem = (name: string) => find(name)?.mock ?? missing(name);
  worksheets.getItemOrNullObject = (name: string) => find(name)?.mock ?? nullSheet;
  worksheets.add = (name: string) => {
    if (spec.structureProtected) {
      pending = { code: 'AccessDenied', message: 'The workbook is protected.' };
      return makeSheet(name, []).mock;
    }
    log.push(`add sheet ${name}`);
    const state = makeSheet(name, []);
    sheets.set(name, state);
    return state.mock;
  };

  // Workbook settings (ExcelApi 1.4): JSON text under each key, in `settings`.
  const settingsMock = workbook.settings as Mock;
  settingsMock.getItemOrNullObject = (key: string) => {
    counter += 1;
    const item = addChild(settingsMock, `setting${counter}`, {
      key,
      value: settings.has(key) ? settings.get(key) : '',
    });
    item.isNullObject = !settings.has(key);
    return item;
  };
  settingsMock.add = (key: string, value: unknown) => {
    send(value);
    if (spec.settingsSaveFails) {
      pending = {
        code: 'AccessDenied',
        message: 'The document is read-only.',
        debugInfo: { errorLocation: 'SettingCollection.add' },
      };
      return {};
    }
    settings.set(key, value);
    log.push(`setting ${key}`);
    return {};
  };

  const tables = workbook.tables as Mock;
  const makeTable = (table: TableSpec) => {
    counter += 1;
    const mock = addChild(tables, `table${counter}`, {
      name: table.name,
      worksheet: { name: table.sheet },
      range: {
        rowIndex: table.firstRow - 1,
        columnIndex: table.firstColumn,
        rowCount: table.rowCount,
        columnCount: table.columnCount,
      },
    });
    mock.getRange = () => mock.range as Mock;
    return mock;
  };
  const tableMocks = (spec.tables ?? []).map(makeTable);
  tables.items = [];
  tables.load = (props: string) => {
    tables.items = tableMocks;
    return forwardLoad(tables, () => tableMocks)(props);
  };
  tables.getItem = (name: string) => {
    const index = (spec.tables ?? []).findIndex((table) => table.name === name);
    if (index >= 0) return tableMocks[index];
    pending = { code: 'ItemNotFound', message: `${name} not found` };
    return makeTable({ name, sheet: '', firstRow: 1, firstColumn: 0, rowCount: 0, columnCount: 0 });
  };

  const baseSync = OfficeMockObject.prototype.sync.bind(context);
  context.sync = async () => {
    log.push('sync');
    const fault: unknown = faults.length > 0 ? faults.shift() : null;
    if (pending !== null) {
      const error = pending;
      pending = null;
      throw asError(error);
    }
    const reads = queuedReads;
    queuedReads = [];
    if (fault !== null && fault !== undefined) throw asError(fault);
    requestBytes.push(sent);
    sent = 0;
    await baseSync();
    responseBytes.push(reads.reduce((sum, values) => sum + JSON.stringify(values).length, 0));
  };
  excel.run = (options: unknown, batch: (ctx: Mock) => Promise<unknown>) => {
    runOptions.push(options);
    return batch(context);
  };

  const office = makeFakeOffice({
    settings,
    log,
    apiVersion: spec.apiVersion,
    settingsSaveFails: spec.settingsSaveFails,
  });
  const globals = globalThis as Record<string, unknown>;
  globals.Excel = excel;
  globals.Office = office;

  return {
    context,
    log,
    rules,
    charts,
    ranges,
    pageLayouts,
    valueReads,
    responseBytes,
    requestBytes,
    runOptions,
    settings,
    sheetNames: () => [...sheets.keys()],
    grid: (name) => sheets.get(name)?.grid ?? [],
    failSyncs: (...errors) => faults.push(...errors),
  };
}
