/**
 * axe-core on the HTML the plugins produce (the expected fixture outputs), in
 * headless Chromium. Skipped when no Chromium is installed (set
 * WEGWIJS_CHROMIUM or CHROMIUM_PATH to its path).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumPath } from '../../tools/browser.ts';
import { fixturesRoot } from './helpers.ts';

const executablePath = chromiumPath();
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

const outputs = ['remark-woo-redactions', 'pipeline'].flatMap((plugin) =>
  readdirSync(path.join(fixturesRoot, plugin)).map((name) => [`${plugin}/${name}`, path.join(fixturesRoot, plugin, name, 'output.html')] as const),
);

function page(body: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Toets</title>
<style>.sr-only{position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0,0,0,0);white-space:nowrap;border:0}</style>
</head><body><main><h1>Toets</h1><article>${body}</article></main></body></html>`;
}

describe.skipIf(!existsSync(executablePath))('accessibility (axe-core)', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu'] });
  });

  afterAll(async () => {
    await browser?.close();
  });

  async function violations(body: string): Promise<string[]> {
    const context = await browser.newContext();
    try {
      const tab = await context.newPage();
      await tab.setContent(page(body));
      await tab.addScriptTag({ path: axePath });
      return await tab.evaluate(async () => {
        const axe = (globalThis as unknown as { axe: { run: (options: unknown) => Promise<{ violations: Array<{ id: string; nodes: unknown[] }> }> } }).axe;
        const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
        return result.violations.map((violation) => violation.id);
      });
    } finally {
      await context.close();
    }
  }

  it.each(outputs)('%s has no axe violations', async (_name, file) => {
    expect(await violations(readFileSync(file, 'utf8'))).toEqual([]);
  });

  it('flags two legends with the same label on one page (use legendLabel or legend: false there)', async () => {
    const legend = readFileSync(path.join(fixturesRoot, 'remark-woo-redactions', 'zonder-grond', 'output.html'), 'utf8');
    expect(await violations(legend + legend)).toContain('landmark-unique');
  });
});
