/** Memory sampling (src/pipeline/memory.ts) happens only when timings are asked for (WEGWIJS_TIMINGS). */
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { sampleMemory } from '../../src/pipeline/memory.ts';

describe('sampleMemory', () => {
  it('does nothing without WEGWIJS_TIMINGS', () => {
    expect(sampleMemory(process.pid, 250, loadConfig({}).timings).stop()).toBe(0);
  });

  it.runIf(process.platform === 'linux')('reports the peak resident memory of the process tree with WEGWIJS_TIMINGS', () => {
    const peak = sampleMemory(process.pid, 250, loadConfig({ WEGWIJS_TIMINGS: '1' }).timings).stop();
    expect(peak).toBeGreaterThan(10 * 1024 * 1024);
    expect(peak).toBeLessThan(64 * 1024 * 1024 * 1024);
  });
});
