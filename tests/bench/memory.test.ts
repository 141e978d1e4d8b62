/** Memory sampling (src/pipeline/memory.ts) happens only when timings are asked for (WEGWIJS_TIMINGS). */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sampleMemory } from '../../src/pipeline/memory.ts';

afterEach(() => {
  vi.unstubAllEnvs();
});

describe('sampleMemory', () => {
  it('does nothing without WEGWIJS_TIMINGS', () => {
    vi.stubEnv('WEGWIJS_TIMINGS', undefined);
    expect(sampleMemory().stop()).toBe(0);
  });

  it.runIf(process.platform === 'linux')('reports the peak resident memory of the process tree with WEGWIJS_TIMINGS', () => {
    vi.stubEnv('WEGWIJS_TIMINGS', '1');
    const peak = sampleMemory().stop();
    expect(peak).toBeGreaterThan(10 * 1024 * 1024);
    expect(peak).toBeLessThan(64 * 1024 * 1024 * 1024);
  });
});
