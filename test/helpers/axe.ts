/** Runs axe-core in a Playwright page that has it loaded (see `axeInitScript`). */
import axe from 'axe-core';
import type { Page } from 'playwright-core';

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** Add to a browser context so that every page has axe before its own scripts run. */
export const axeInitScript = { content: axe.source };

/** One line per violation: rule, help text and up to three targets. */
export async function axeViolations(page: Page): Promise<string[]> {
  return page.evaluate(async (tags) => {
    const result = await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: tags } });
    return result.violations.map((v) => `${v.id}: ${v.help} → ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`);
  }, AXE_TAGS);
}
