/**
 * Debian's Chromium driven by playwright-core (Playwright's own browser downloads do not work
 * here). Path overridable with WEGWIJS_CHROMIUM (or CHROMIUM_PATH).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.WEGWIJS_CHROMIUM ?? env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

export function hasChromium(env: NodeJS.ProcessEnv = process.env): boolean {
  return existsSync(chromiumPath(env));
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
