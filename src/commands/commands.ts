/**
 * Ties each ribbon function command to its manifest `FunctionName`. The task pane's entry calls
 * it once Office is ready: with the shared runtime the manifest's function file is the pane's own
 * page, so there is no separate commands page.
 */
import { COMMANDS } from './actions';

/** Associates every command with Office. Call it after `Office.onReady`. */
export function registerCommands(): void {
  for (const [name, command] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void command(event);
    });
  }
}
