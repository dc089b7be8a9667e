/**
 * axe-core in the real page. Findings come back as one line each, with the rule, its
 * impact, where it is and what to read, so a failing test says what to fix.
 */
import { createRequire } from 'node:module';
import type { AxeResults, RunOptions } from 'axe-core';
import type { Page } from 'playwright-core';

const AXE_PATH = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

/** WCAG 2.0, 2.1 and 2.2 A and AA, plus axe's best practices, which all apply to a course player. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

export interface AxeFinding {
  rule: string;
  impact: string;
  targets: string[];
  help: string;
}

/** Runs axe on the whole document as it is now; injects axe first when the page has none. */
export async function axeFindings(page: Page): Promise<AxeFinding[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: AXE_PATH });
  const options: RunOptions = { runOnly: { type: 'tag', values: AXE_TAGS }, resultTypes: ['violations'] };
  return page.evaluate(async (options) => {
    const axe = (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } })
      .axe;
    const { violations } = await axe.run(document, options);
    return violations.map((v) => ({
      rule: v.id,
      impact: v.impact ?? 'unknown',
      targets: v.nodes.map((node) => node.target.join(' ')),
      help: `${v.help} (${v.helpUrl})`,
    }));
  }, options);
}

/** One line per finding: "page-check: color-contrast (serious) at .hint, .eyebrow: Elements must meet … ". */
export function formatFindings(where: string, findings: AxeFinding[]): string[] {
  return findings.map((f) => `${where}: ${f.rule} (${f.impact}) at ${f.targets.join(', ')}: ${f.help}`);
}
