/** Shows rows to the user by selecting them on their sheet; nothing in the workbook changes. */
import type { RowTarget } from '../core/port';
import { addressRowTarget, chunkAreaAddresses } from './_lib/addresses';
import { isExcelApiSupported } from './_lib/requirements';
import { MAX_AREAS_ADDRESS } from './highlight';
import type { Runner } from './run';

/**
 * Activates the sheet and selects the rows across the tracker's columns. Several separate runs
 * become one multi-area selection where Excel can select RangeAreas (ExcelApi 1.18), as many runs
 * as fit one address; elsewhere the first run is selected.
 */
export function selectRows(run: Runner, target: RowTarget): Promise<void> {
  return run(
    'select',
    async (context) => {
      const sheet = context.workbook.worksheets.getItem(target.sheet);
      sheet.activate();
      const areas = addressRowTarget(target);
      if (areas.length > 1 && isExcelApiSupported('1.18')) {
        const [first] = chunkAreaAddresses(areas, MAX_AREAS_ADDRESS);
        sheet.getRanges(first.join(',')).select();
      } else if (areas.length > 0) {
        sheet.getRange(areas[0]).select();
      }
      await context.sync();
    },
    `the sheet "${target.sheet}"`,
  );
}
