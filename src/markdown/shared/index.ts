/**
 * Small helpers shared by the Wegwijs remark plugins.
 *
 * Internal module: the plugins re-export what authors' tooling needs
 * (`offsetToPoint`), everything else is an implementation detail.
 */

import type { Node as UnistNode, Point, Position } from 'unist';
import { CONTINUE, SKIP, visitParents } from 'unist-util-visit-parents';
import type { VFile } from 'vfile';

/** A message on a file (type of `vfile-message`, without depending on it). */
export type VFileMessage = VFile['messages'][number];

/** Minimal structural view of an mdast/MDX node: enough to walk any tree. */
export interface AnyNode {
  type: string;
  value?: unknown;
  url?: unknown;
  children?: AnyNode[];
  data?: Record<string, unknown> | undefined;
  position?: Position | undefined;
}

/**
 * Whether a node was produced by one of our plugins (or another plugin) as a
 * rendered element: such text nodes are already "claimed" and must not be
 * rewritten again.
 */
export function isClaimed(node: AnyNode): boolean {
  return node.data !== undefined && typeof node.data['hName'] === 'string';
}

/** Node types whose text content is never rewritten by our plugins. */
const literalTypes = new Set([
  'code',
  'inlineCode',
  'html',
  'math',
  'inlineMath',
  'yaml',
  'toml',
  'mdxFlowExpression',
  'mdxTextExpression',
  'mdxjsEsm',
]);

/**
 * Walk every `text` node once, depth first (unist-util-visit-parents), and let
 * `replace` swap it for a list of nodes. Literal nodes (code, html,
 * expressions) are not entered.
 *
 * Why not `mdast-util-find-and-replace` (what remark-gfm uses for autolinks):
 * - it writes the text between matches as new nodes without `position` (and
 *   merges neighbouring text nodes), while our plugins give every piece its
 *   source position: the privacy guard, which runs after Woo redactions and
 *   Kamerstuk links, reports line and column from those positions
 *   (tests/markdown/fixtures/pipeline/seed-kamerbrief/messages.txt);
 * - it finds with one RegExp and, on a rejected match, resumes one character
 *   further, while the finders here are domain functions (`findRedactions`,
 *   `findKamerstukCitations`) with checks of their own over the whole value;
 * - it offers text nodes that already render as an element (`data.hName`, a
 *   redaction mark) and has no hook to replace a node before its children
 *   are walked (`enter`, used to unwrap redacted autolinks).
 * So the dependency was dropped rather than bent to fit.
 *
 * `replace` gets the ancestors (root first) so callers can skip text inside
 * links. Returned nodes are not walked again. Text nodes that already render
 * as an element (`data.hName`, e.g. redaction marks) are never offered.
 *
 * `enter` is called for every other non-literal node before its children:
 * return `'skip'` to leave it alone, or replacement nodes, which are then
 * walked in its place.
 */
export function transformText(
  tree: AnyNode,
  replace: (node: AnyNode, ancestors: readonly AnyNode[]) => AnyNode[] | undefined,
  enter?: (node: AnyNode, ancestors: readonly AnyNode[]) => AnyNode[] | 'skip' | undefined,
): void {
  visitParents(tree as UnistNode, (visited, parents) => {
    const parent = parents.at(-1) as AnyNode | undefined;
    if (!parent?.children) return CONTINUE; // the root
    const node = visited as AnyNode;
    const ancestors = parents as readonly AnyNode[];
    if (node.type === 'text') {
      const result = isClaimed(node) ? undefined : replace(node, ancestors);
      if (!result) return SKIP;
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...result);
      // Continue after the replacement: it is not walked again.
      return [SKIP, index + result.length];
    }
    if (literalTypes.has(node.type)) return SKIP;
    const entered = enter ? enter(node, ancestors) : undefined;
    if (entered === 'skip') return SKIP;
    if (entered) {
      // The node was replaced; walk the replacement in its place.
      const index = parent.children.indexOf(node);
      parent.children.splice(index, 1, ...entered);
      return index;
    }
    return CONTINUE;
  });
}

/**
 * Turn an offset in `text` into a 1-based line/column point, as unist does.
 * Handy for checkers that run the pure `find*` functions on raw Markdown.
 */
export function offsetToPoint(text: string, offset: number, start?: Point): Point {
  let line = start ? start.line : 1;
  let column = start ? start.column : 1;
  const end = Math.min(offset, text.length);
  for (let index = 0; index < end; index++) {
    if (text.charCodeAt(index) === 10 /* \n */) {
      line++;
      column = 1;
    } else {
      column++;
    }
  }
  const base = start ? start.offset : 0;
  return base === undefined ? { line, column } : { line, column, offset: base + end };
}

/** Human readable `regel L, kolom C` for a point (Dutch, for authors). */
export function describePoint(point: Point | undefined): string {
  return point ? `regel ${point.line}, kolom ${point.column}` : 'onbekende plaats';
}

/**
 * Mark `message` as an error (`fatal: true`) or a warning (`fatal: false`).
 * vfile reporters and our checker treat fatal messages as failures.
 */
export function setSeverity(message: VFileMessage, severity: 'error' | 'warn'): VFileMessage {
  message.fatal = severity === 'error';
  return message;
}

/**
 * After a transform reported errors: throw one `VFileMessage` that lists them
 * all (with line and column), so the build stops with every problem at once
 * instead of one per run. The individual (fatal) messages stay on
 * `file.messages`; the thrown summary is not added to it.
 */
export function failOnErrors(
  file: VFile,
  errors: readonly VFileMessage[],
  source: string,
  ruleId: string,
  heading: string,
): void {
  const first = errors[0];
  if (!first) return;
  const lines = errors.map((error) => `- ${describePoint(placeStart(error))}: ${error.reason}`);
  const reason = errors.length === 1 ? `${first.reason} (${describePoint(placeStart(first))})` : `${heading}\n${lines.join('\n')}`;
  // One finding keeps its own rule id; a list gets the summary rule id.
  const failure = file.message(reason, { place: first.place, ruleId: errors.length === 1 ? (first.ruleId ?? ruleId) : ruleId, source });
  // The findings are on `file.messages` already: do not add the summary too.
  file.messages.pop();
  failure.fatal = true;
  throw failure;
}

function placeStart(message: VFileMessage): Point | undefined {
  const place = message.place;
  if (!place) return undefined;
  return 'start' in place ? place.start : place;
}
