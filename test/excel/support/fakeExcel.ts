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
  /** Makes `settings.saveAsync` fail, as it does on a read-only workbook. */
  settingsSaveFails?: boolean;
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
export type RangeRecord = {
  sheet: string;
  address: string;
  mock: Mock;
  font: Record<string, unknown>;
};

type SheetState = { name: string; key: string; mock: Mock; grid: CellValue[][]; rules: Mock };

export type FakeExcel = {
  context: Mock;
  log: string[];
  rules: RuleRecord[];
  charts: ChartRecord[];
  ranges: RangeRecord[];
  valueReads: string[];
  /** JSON bytes of the values each successful sync returned, in order. */
  responseBytes: number[];
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
  const valueReads: string[] = [];
  const responseBytes: number[] = [];
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
    });
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
    range.format = {
      font,
      fill: recorder(`fill ${state.name}!${address}`, log),
      autofitColumns: () => log.push(`autofit ${state.name}!${address}`),
    };
    range.conditionalFormats = { add: (type: string) => addRule(state, type, address) };
    range.select = () => log.push(`select ${state.name}!${address}`);
    range.fakeAddress = address;
    ranges.push({ sheet: state.name, address, mock: range, font });
    return range;
  }

  function makeSheet(name: string, cells: CellValue[][], options: Partial<SheetSpec> = {}) {
    counter += 1;
    const key = `sheet${counter}`;
    const grid = cells.map((row) => [...row]);
    const mock = addChild(worksheets, key, {
      name,
      visibility: options.hidden ? 'Hidden' : 'Visible',
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
    const state: SheetState = { name, key, mock, grid, rules: rulesMock };
    mock.getUsedRangeOrNullObject = () => mock.usedRange as Mock;
    mock.getRange = (address?: string) =>
      address === undefined ? { conditionalFormats: rulesMock } : makeRange(state, address);
    mock.getRanges = (address: string) => ({
      conditionalFormats: { add: (type: string) => addRule(state, type, address) },
      select: () => log.push(`select ${name}!${address}`),
    });
    mock.activate = () => {
      active = name;
      log.push(`activate ${name}`);
    };
    mock.delete = () => {
      sheets.delete(name);
      log.push(`delete sheet ${name}`);
    };
    mock.charts = {
      add: (type: string, data: Mock, seriesBy: string) => {
        const chart = {
          name: '',
          title: { text: '' },
          position: [] as string[],
          setPosition: (a: string, b: string) => chart.position.push(a, b),
        };
        charts.push({ sheet: name, type, dataAddress: data.fakeAddress, seriesBy, chart });
        return chart;
      },
    };
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
  worksheets.getActiveWorksheet = () => sheets.get(active)!.mock;
  worksheets.getItem = (name: string) => sheets.get(name)?.mock ?? missing(name);
  worksheets.getItemOrNullObject = (name: string) => sheets.get(name)?.mock ?? nullSheet;
  worksheets.add = (name: string) => {
    log.push(`add sheet ${name}`);
    const state = makeSheet(name, []);
    sheets.set(name, state);
    return state.mock;
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
    await baseSync();
    responseBytes.push(reads.reduce((sum, values) => sum + JSON.stringify(values).length, 0));
  };
  excel.run = (batch: (ctx: Mock) => Promise<unknown>) => batch(context);

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
    valueReads,
    responseBytes,
    settings,
    sheetNames: () => [...sheets.keys()],
    grid: (name) => sheets.get(name)?.grid ?? [],
    failSyncs: (...errors) => faults.push(...errors),
  };
}
