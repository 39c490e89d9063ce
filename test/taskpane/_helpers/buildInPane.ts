/**
 * Building in the rendered pane as an officer does: press Build report, then wait until the host
 * was written to and Build report is offered again, which is when the new outcome is on show.
 */
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { FakeHost } from './fakeHost';

/** A build on a busy machine can take seconds: waiting longer costs nothing when it is quick. */
const SLOW = { timeout: 15_000 };

/** Press Build report and wait for its outcome to be shown. */
export async function buildInPane(host: FakeHost): Promise<void> {
  const before = host.callsOf('writeReport').length;
  await userEvent.click(await screen.findByRole('button', { name: 'Build report' }));
  await waitFor(() => expect(host.callsOf('writeReport')).toHaveLength(before + 1), SLOW);
  await waitFor(
    () =>
      expect(
        screen.getByRole('button', { name: 'Build report' }).getAttribute('aria-disabled'),
      ).toBeNull(),
    SLOW,
  );
  await screen.findByRole('heading', { name: 'Headline figures' }, SLOW);
}
