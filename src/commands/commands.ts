/**
 * Entry point of the function file (commands.html): once Office is ready, tie each ribbon function
 * command to its manifest `FunctionName`.
 */
import { COMMANDS } from './actions';

/** Associates every command with Office; resolves once they are registered. */
export async function registerCommands(): Promise<void> {
  await Office.onReady();
  for (const [name, command] of Object.entries(COMMANDS)) {
    Office.actions.associate(name, (event: Office.AddinCommands.Event) => {
      void command(event);
    });
  }
}

void registerCommands();
