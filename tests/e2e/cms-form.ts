/** Driving Decap's forms in Chromium, shared by the CMS browser tests. */
import type { Page } from 'playwright-core';

/**
 * Picks `option` in the relation or select field whose input has id `<name>-field-…` (the last
 * such field on the page), after typing `type`. The list re-renders while the relation widget
 * searches: wait for the option, then choose it with the keyboard (arrow down to it, Enter), which
 * does not depend on a stable element. Options read "Titel · zichtbaarheid · status"
 * (src/cms/config.ts, optionLabel).
 */
export async function pick(page: Page, name: string, type: string, option: string): Promise<void> {
  const input = page.locator(`input[id^="${name}-field-"]`).last();
  await input.click();
  await input.fill(type);
  const label = new RegExp(`^${option.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}( · |$)`);
  const wanted = page.getByRole('option', { name: label }).first();
  await wanted.waitFor({ timeout: 30_000 });
  const options = await page.getByRole('option').allInnerTexts();
  const index = options.findIndex((text) => label.test(text));
  if (index < 0) throw new Error(`"${option}" staat niet in de lijst: ${options.join(', ')}`);
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}
