/**
 * The ribbon's function commands, by the names the manifest's `FunctionName` elements use. They
 * run in the shared runtime, the same JavaScript context as the task pane, so they talk to it
 * through the ribbon channel. Kept apart from the registration (commands.ts) so tests and the
 * manifest check can read them without registering anything. Office is always told a command
 * finished (`event.completed`), or its button stays busy and later clicks queue behind it.
 */
import type { TrackerHost } from '../core/port';
import { createExcelHost } from '../excel/createExcelHost';
import { ribbon, type RibbonChannel } from '../taskpane/ribbonChannel';

/** What Office hands a function command; only `completed` is needed here. */
export type CommandEvent = Pick<Office.AddinCommands.Event, 'completed'>;

/** What the commands need from Office and the pane; tests pass their own. */
export type CommandDeps = {
  host: () => TrackerHost;
  channel: RibbonChannel;
  /** `Office.addin.showAsTaskpane` (SharedRuntime 1.1): shows the pane, loaded or not. */
  showTaskpane: () => Promise<void>;
};

const OFFICE_DEPS: CommandDeps = {
  host: () => createExcelHost(),
  channel: ribbon,
  showTaskpane: () => Office.addin.showAsTaskpane(),
};

/**
 * Build report: shows the pane and asks it to build, so the report, its figures and the
 * narrative appear where the user can read and edit them. The pane is shown, not reloaded, so an
 * edited narrative from an earlier build is replaced only by the build the user asked for.
 */
export async function buildReport(
  event: CommandEvent,
  deps: CommandDeps = OFFICE_DEPS,
): Promise<void> {
  try {
    await deps.showTaskpane();
  } catch {
    // The pane may still be there (hidden): the request below waits for it either way.
  } finally {
    deps.channel.requestBuild();
    event.completed();
  }
}

/**
 * Clear highlights: removes the add-in's conditional formats and nothing else. When Excel
 * refuses (a protected sheet, a cell being edited), the reason goes to the pane as a note and the
 * pane is shown, so the user is told what to do rather than left guessing.
 */
export async function clearHighlights(
  event: CommandEvent,
  deps: CommandDeps = OFFICE_DEPS,
): Promise<void> {
  try {
    await deps.host().clearHighlights();
  } catch (error) {
    const message =
      error instanceof Error && error.message !== '' ? error.message : 'Excel did not say why.';
    deps.channel.postNote({ title: 'Clear highlights did not finish', message });
    await deps.showTaskpane().catch(() => undefined);
  } finally {
    event.completed();
  }
}

/** Every function command, keyed by its manifest `FunctionName`. */
export const COMMANDS: Record<string, (event: CommandEvent) => Promise<void>> = {
  buildReport: (event) => buildReport(event),
  clearHighlights: (event) => clearHighlights(event),
};
