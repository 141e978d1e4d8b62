/**
 * Map offsets inside a text node's value back to source positions.
 */

import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { offsetToPoint, type AnyNode } from './index.ts';

/** Finds source points for offsets in one text node's value. */
export interface Locator {
  /** Point of `value[index]`, where `match` is the text found there. */
  point(index: number, match: string): Point | undefined;
  /** Position of `value.slice(start, end)`. */
  position(start: number, end: number): Position | undefined;
}

/**
 * Create a locator for `node` (a text-like node with a string `value`).
 *
 * When the value equals its source slice (no escapes, character references or
 * smartypants rewrites) the mapping is exact. Otherwise the n-th occurrence
 * of the matched text is looked up in the source slice; failing that, the line
 * is derived from the newlines in the value and the column is approximate.
 */
export function createLocator(node: AnyNode, file: VFile): Locator {
  const value = typeof node.value === 'string' ? node.value : '';
  const start = node.position?.start;
  const end = node.position?.end;
  const source = typeof file.value === 'string' ? file.value : undefined;
  const slice =
    source !== undefined && start?.offset !== undefined && end?.offset !== undefined
      ? source.slice(start.offset, end.offset)
      : undefined;
  const exact = slice === value;

  function point(index: number, match: string): Point | undefined {
    if (!start) return undefined;
    if (slice !== undefined) {
      let relative = exact ? index : -1;
      if (!exact && match !== '') {
        let nth = 0;
        let from = value.indexOf(match);
        while (from !== -1 && from < index) {
          nth++;
          from = value.indexOf(match, from + 1);
        }
        let found = slice.indexOf(match);
        while (found !== -1 && nth > 0) {
          nth--;
          found = slice.indexOf(match, found + 1);
        }
        relative = found;
      }
      if (relative !== -1) return offsetToPoint(slice, relative, start);
    }
    // Right line; column counted in the value, so approximate after escapes.
    const approximate = offsetToPoint(value, index, start);
    return { line: approximate.line, column: approximate.column };
  }

  function position(from: number, to: number): Position | undefined {
    const text = value.slice(from, to);
    const startPoint = point(from, text);
    if (!startPoint) return undefined;
    return { start: startPoint, end: offsetToPoint(text, text.length, startPoint) };
  }

  return { point, position };
}
