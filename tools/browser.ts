/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser downloads do not work
 * here). Path overridable with WEGWIJS_CHROMIUM (or CHROMIUM_PATH; src/config.ts).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';
import { config, type Config } from '../src/config.ts';

export function chromiumPath(settings: Config = config()): string {
  return settings.chromium;
}

export function hasChromium(settings: Config = config()): boolean {
  return existsSync(chromiumPath(settings));
}

export async function launchChromium(): Promise<Browser> {
  const executablePath = chromiumPath();
  if (!existsSync(executablePath)) {
    throw new Error(`Chromium niet gevonden op ${executablePath}. Installeer het (apt-get install -y chromium) of zet WEGWIJS_CHROMIUM op het pad van de browser.`);
  }
  return chromium.launch({
    executablePath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}
