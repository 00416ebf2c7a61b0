import { expect, test } from './fixtures';
import { seriousViolations } from './pages/axe-findings';
import { tourEveryScreen } from './pages/screen-tour';

/**
 * axe-core on every screen and dialog, in English and in Japanese: no serious or critical
 * violation. One page load per language walks all screens (tests/e2e/pages/screen-tour.ts);
 * every finding is collected first, so one run reports all of them.
 */
for (const locale of ['en-US', 'ja-JP'] as const) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });
    test(`axe finds no serious or critical violation on any screen (${locale})`, async ({ atlas, page, context }) => {
      // Long: axe reads every element's colours, and CI machines are shared.
      test.setTimeout(480_000);
      await atlas.open();
      await expect(page.locator('html')).toHaveAttribute('lang', locale.slice(0, 2));
      const found: Record<string, string[]> = {};
      await tourEveryScreen(atlas, context, async (screen, shown, scope) => {
        const violations = await seriousViolations(shown, scope);
        if (violations.length > 0) found[screen] = violations;
      });
      expect(found).toEqual({});
    });
  });
}
