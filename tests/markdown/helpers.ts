/**
 * Shared test helpers for the remark plugins in src/markdown/.
 *
 * Fixtures live in `tests/markdown/fixtures/<plugin>/<case>/`:
 * - `input.md`: the Markdown;
 * - `options.json` (optional): plugin options;
 * - `frontmatter.json` (optional): put on `file.data.astro.frontmatter`, as Astro does;
 * - `output.html`: expected HTML from remark-parse + remark-gfm + plugin(s) +
 *   remark-rehype + rehype-stringify;
 * - `messages.txt` (optional): expected messages, one per line, as
 *   `line:column severity ruleId reason`; absent means "no messages".
 *
 * Run with `UPDATE_FIXTURES=1` to (re)write `output.html` and `messages.txt`.
 */

import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { evaluate } from '@mdx-js/mdx';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified, type PluggableList } from 'unified';
import { VFile } from 'vfile';
import { config } from '../../src/config.ts';
import { describe, expect, it } from 'vitest';

export const fixturesRoot = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures');
const update = config().tests.updateFixtures;

/** A VFile as Astro makes it: value, path and frontmatter on `data.astro`. */
export function makeFile(value: string, frontmatter?: Record<string, unknown>, filePath = 'content/voorbeeld.md'): VFile {
  return new VFile({ value, path: filePath, data: frontmatter ? { astro: { frontmatter } } : {} });
}

/** remark-parse + remark-gfm + `plugins` + remark-rehype + rehype-stringify. */
export function markdownToHtml(file: VFile, plugins: PluggableList): { html: string; file: VFile } {
  const processor = unified().use(remarkParse).use(remarkGfm).use(plugins).use(remarkRehype).use(rehypeStringify);
  const result = processor.processSync(file);
  return { html: String(result.value), file: result };
}

/** Messages in fixture format: `line:column severity ruleId reason`. */
export function formatMessages(file: VFile): string {
  return file.messages
    .map((message) => {
      const severity = message.fatal ? 'error' : message.fatal === false ? 'warn' : 'info';
      return `${message.line ?? '?'}:${message.column ?? '?'} ${severity} ${message.ruleId ?? '-'} ${message.reason}`;
    })
    .join('\n');
}

/**
 * Register one test per fixture folder of `plugin`; `build` turns a case's
 * options into the plugin list (so a fixture can run several plugins).
 */
export function describeFixtures(name: string, build: (options: unknown) => PluggableList): void {
  const root = path.join(fixturesRoot, name);
  const cases = readdirSync(root, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

  describe(`${name} fixtures`, () => {
    it('has fixtures', () => {
      expect(cases.length).toBeGreaterThan(0);
    });

    for (const name of cases) {
      it(name, () => {
        const folder = path.join(root, name);
        const read = (file: string): string | undefined => {
          const full = path.join(folder, file);
          return existsSync(full) ? readFileSync(full, 'utf8') : undefined;
        };
        const input = read('input.md');
        if (input === undefined) throw new Error(`${folder}: input.md ontbreekt`);
        const optionsText = read('options.json');
        const frontmatterText = read('frontmatter.json');
        const options: unknown = optionsText === undefined ? undefined : JSON.parse(optionsText);
        const frontmatter = frontmatterText === undefined ? undefined : (JSON.parse(frontmatterText) as Record<string, unknown>);
        const { html, file } = markdownToHtml(makeFile(input, frontmatter, `${name}/input.md`), build(options));
        const messages = formatMessages(file);

        if (update) {
          writeFileSync(path.join(folder, 'output.html'), `${html}\n`);
          const messagesPath = path.join(folder, 'messages.txt');
          if (messages) writeFileSync(messagesPath, `${messages}\n`);
          else rmSync(messagesPath, { force: true });
          return;
        }

        const expectedHtml = read('output.html');
        if (expectedHtml === undefined) throw new Error(`${folder}: output.html ontbreekt (draai met UPDATE_FIXTURES=1)`);
        expect(`${html}\n`).toBe(expectedHtml);
        expect(messages ? `${messages}\n` : '').toBe(read('messages.txt') ?? '');
      });
    }
  });
}

// --- A tiny JSX runtime that renders MDX output to an HTML string. ---------

interface Rendered {
  html: string;
}

const Fragment = Symbol('Fragment');

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

function renderChild(child: unknown): string {
  if (child === null || child === undefined || typeof child === 'boolean') return '';
  if (Array.isArray(child)) return child.map(renderChild).join('');
  if (typeof child === 'string' || typeof child === 'number') return escapeHtml(String(child));
  return (child as Rendered).html;
}

function jsx(type: unknown, props: Record<string, unknown>): Rendered {
  const { children, ...rest } = props;
  if (type === Fragment) return { html: renderChild(children) };
  if (typeof type === 'function') return (type as (props: unknown) => Rendered)(props);
  const attributes = Object.entries(rest)
    .map(([key, value]) => ` ${key === 'className' ? 'class' : key}="${escapeHtml(String(value))}"`)
    .join('');
  return { html: `<${String(type)}${attributes}>${renderChild(children)}</${String(type)}>` };
}

/**
 * Compile and run `file` as MDX (`@mdx-js/mdx`, as Astro's MDX integration
 * does) with `remarkPlugins`, and render the result to HTML.
 */
export async function mdxToHtml(file: VFile, remarkPlugins: PluggableList): Promise<string> {
  const module = await evaluate(file, { remarkPlugins, jsx, jsxs: jsx, Fragment, development: false });
  const content = module.default as (props: Record<string, unknown>) => Rendered;
  return content({}).html;
}
