/**
 * The ribbon's function commands, by the names the manifest's `FunctionName` elements use. Kept
 * apart from the entry point (commands.ts) so tests and the manifest check can read them without
 * registering anything.
 */
import type { TrackerHost } from '../core/port';
import { createExcelHost } from '../excel/createExcelHost';

/** What Office hands a function command; only `completed` is needed here. */
export type CommandEvent = Pick<Office.AddinCommands.Event, 'completed'>;

/**
 * Clear highlights: removes the add-in's conditional formats and nothing else. A function command
 * cannot show a message without opening a dialog, so a failure is not shown here; the task pane
 * reports the same refusal (protected sheet, cell being edited) when the user next builds or clears
 * from it. Office is always told the command finished, or the ribbon button stays busy.
 */
export async function clearHighlights(
  event: CommandEvent,
  host: TrackerHost = createExcelHost(),
): Promise<void> {
  try {
    await host.clearHighlights();
  } catch {
    // Deliberately not shown: see the comment above. Nothing is left half-done by a refusal.
  } finally {
    event.completed();
  }
}

/** Every function command, keyed by its manifest `FunctionName`. */
export const COMMANDS: Record<string, (event: CommandEvent) => Promise<void>> = {
  clearHighlights: (event) => clearHighlights(event),
};
