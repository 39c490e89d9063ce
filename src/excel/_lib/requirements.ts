/** Runtime checks for Excel API sets newer than the one the manifest declares (ExcelApi 1.6). */

/**
 * True when this Excel supports `ExcelApi` at `version`. Features that need a newer set than the
 * manifest's fall back rather than fail, so Office 2019 and 2021 keep working.
 */
export function isExcelApiSupported(version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported('ExcelApi', version);
}
