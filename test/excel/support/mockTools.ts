/** Small helpers over office-addin-mock objects for the fake workbook. */
import type { OfficeMockObject } from 'office-addin-mock';

type Mock = OfficeMockObject;

/** A collection `load('items/x,items/y')` loads x and y on every item, as Office does. */
export function forwardLoad(collection: Mock, items: () => Mock[]) {
  return (props: string) => {
    const inner = props
      .split(',')
      .map((p) => p.trim().replace(/^items\//, ''))
      .join(',');
    for (const item of items()) item.load(inner);
    return collection;
  };
}

/** Adds a child mock under `key`, so the parent's sync reaches it, filled from `data`. */
export function addChild(parent: Mock, key: string, data: Record<string, unknown>): Mock {
  parent['addMock'](key);
  const child = parent[key] as Mock;
  child['populate'](data);
  return child;
}

/** A plain object that logs every property set on it, for formats the host only writes. */
export function recorder(
  label: string,
  log: string[],
  initial: Record<string, unknown> = {},
): Record<string, unknown> {
  return new Proxy<Record<string, unknown>>(
    { ...initial },
    {
      set(target, prop, value) {
        log.push(`${label}.${String(prop)}`);
        target[String(prop)] = value;
        return true;
      },
    },
  );
}

/** Office rejects with an Error carrying Excel's code; tests describe faults as `{ code }`. */
export function asError(fault: unknown): Error {
  const { code, message, debugInfo } = fault as {
    code?: string;
    message?: string;
    debugInfo?: unknown;
  };
  return Object.assign(new Error(message ?? code ?? 'fault'), { code, debugInfo });
}
