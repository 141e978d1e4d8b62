/**
 * The heap limit of Astro's threads (src/pipeline/render.ts): Node's own unless the machine has
 * memory to spare or WEGWIJS_RENDER_HEAP_MB says otherwise. A 100,000-entry build failed on
 * Node's own limit (a render worker ran out about nine minutes into Astro's stage).
 */
import { describe, expect, it } from 'vitest';
import { renderHeapMb } from '../../src/pipeline/render.ts';

const GB = 2 ** 30;

describe('renderHeapMb', () => {
  it('is half the machine when that is more than Node\'s own limit', () => {
    expect(renderHeapMb({ renderHeapMb: undefined }, { total: 24 * GB, own: 4 * GB })).toBe(12 * 1024);
  });

  it('leaves Node\'s own limit on a machine without memory to spare', () => {
    expect(renderHeapMb({ renderHeapMb: undefined }, { total: 8 * GB, own: 4 * GB })).toBeUndefined();
  });

  it('takes the setting as given; 0 is Node\'s own limit', () => {
    expect(renderHeapMb({ renderHeapMb: 10240 }, { total: 8 * GB, own: 4 * GB })).toBe(10240);
    expect(renderHeapMb({ renderHeapMb: 0 }, { total: 64 * GB, own: 4 * GB })).toBeUndefined();
  });
});
