/**
 * Opens a workbook in LibreOffice (`soffice --headless --convert-to pdf`) to check that a real
 * spreadsheet application accepts it. Absent `soffice`, the check is skipped with a printed note
 * (CI installs Debian's libreoffice-calc-nogui).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** True when `soffice` can be run. */
export const hasLibreOffice = spawnSync('soffice', ['--version'], { stdio: 'ignore' }).status === 0;

/** Converts the workbook to PDF; returns whether a PDF came out (null when LibreOffice is absent). */
export function convertsToPdf(data: Uint8Array, name: string): boolean | null {
  if (!hasLibreOffice) {
    console.log(`LibreOffice (soffice) not installed: skipped opening ${name} in it.`);
    return null;
  }
  const dir = mkdtempSync(join(tmpdir(), 'cr-lo-'));
  const file = join(dir, name);
  writeFileSync(file, data);
  // Its own profile folder, so a LibreOffice running elsewhere on the machine is not disturbed.
  const profile = `-env:UserInstallation=file://${join(dir, 'profile')}`;
  spawnSync('soffice', [profile, '--headless', '--convert-to', 'pdf', '--outdir', dir, file], {
    stdio: 'ignore',
    timeout: 170_000,
  });
  return existsSync(file.replace(/\.xlsx?m?$/, '.pdf'));
}
