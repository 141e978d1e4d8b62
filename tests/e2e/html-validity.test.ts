/**
 * HTML validity: the Nu Html Checker (vnu-jar, run once on both built editions) reports no errors
 * on any page. Needs Java (`apt-get install -y default-jre-headless`; .ci/run installs it).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { config } from '../../src/config.ts';

const hasJava = spawnSync('java', ['-version']).status === 0;
if (!hasJava) {
  const message = 'Java ontbreekt: de HTML-validatie (Nu Html Checker) draait NIET. Installeer het met: apt-get install -y default-jre-headless.';
  if (config().tests.ci) throw new Error(message);
  console.warn(`\n${'!'.repeat(100)}\n${message}\n${'!'.repeat(100)}\n`);
}

interface VnuMessage { type: string; subType?: string; url: string; message: string; lastLine?: number; extract?: string }

(hasJava ? describe : describe.skip)('Nu Html Checker', () => {
  it('finds no errors in either edition', () => {
    const jar = String(createRequire(import.meta.url)('vnu-jar'));
    const dist = inject('exampleDist');
    const dirs = ['intern', 'publiek'].map((e) => path.join(dist, e));
    // vnu exits 1 when it reports errors; its JSON report goes to stderr.
    let report = '';
    try {
      execFileSync('java', ['-Xss2m', '-jar', jar, '--format', 'json', '--skip-non-html', ...dirs], { stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
    } catch (error) {
      report = String((error as { stderr?: Buffer }).stderr ?? '');
    }
    const messages: VnuMessage[] = report ? (JSON.parse(report) as { messages: VnuMessage[] }).messages : [];
    const errors = messages.filter((m) => m.type === 'error' || m.subType === 'fatal');
    const summary = errors.slice(0, 20).map((m) => `${path.relative(dist, new URL(m.url).pathname)}:${m.lastLine ?? '?'}: ${m.message}`);
    expect(summary, `${errors.length} fouten`).toEqual([]);
  }, 300_000);
});
