import { measureBuildRoundTrips } from './support/roundTrips';

const FOUR_MB = 4_000_000;

describe('round trips of a whole build (read, summary, highlight, settings)', () => {
  it.each([
    [72, 3],
    [5_000, 3],
    [100_000, 8],
  ])(
    'a rebuild over %i rows takes at most %i syncs, each request and response ≤ 4 MB',
    async (rows, most) => {
      const measured = await measureBuildRoundTrips(rows);
      expect(measured.highlightRules).toBeGreaterThan(0);
      expect(measured.syncs).toBeLessThanOrEqual(most);
      expect(measured.largestRequestBytes).toBeLessThanOrEqual(FOUR_MB);
      expect(measured.largestResponseBytes).toBeLessThanOrEqual(FOUR_MB);
    },
  );
});
