/**
 * The layering the README promises, enforced: every folder of src/ has a layer, and a file may
 * import only from its own layer or those below it (the model: Starlight's
 * `__tests__/basics/no-internal-barrel-imports.test.ts`, a test that reads the source). Only the
 * Astro-facing layers may import `astro:*` modules, so everything below them runs in plain Node
 * and is tested directly. src/ never imports tools/ or scripts/ (tooling and entry points sit
 * above the product).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

/** Bottom to top. A folder (or top-level file) of src/ named here may import its own and lower layers. */
const LAYERS: readonly (readonly string[])[] = [
  ['schemas'],
  // The collection modules are domain knowledge, one module per collection: they use the core's
  // pure helpers (dates, Kamerstuk links) and the core iterates over their registry, so they
  // share the core's layer; `runtimeCycles` below keeps the two acyclic module by module.
  ['domain', 'collections'],
  ['config', 'markdown', 'load', 'verify', 'scripts'],
  ['check', 'data', 'content.config'],
  ['cms', 'import', 'integrations', 'pipeline', 'middleware', 'layouts', 'outputs'],
  ['components'],
  ['pages', 'env.d'],
];
/** The layers whose code runs inside Astro and may use `astro:*` virtual modules. */
const ASTRO_FACING = new Set(['data', 'content.config', 'middleware', 'layouts', 'components', 'pages', 'env.d']);

export interface SourceFile {
  /** Path relative to the repository root, with `/`. */
  file: string;
  text: string;
}

const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;

/** The area of a path under src/: its first folder, or the file's name without extension. */
function area(rel: string): string | undefined {
  const parts = rel.split('/');
  if (parts[0] !== 'src') return parts[0] === 'tools' || parts[0] === 'scripts' ? parts[0] : undefined;
  return parts.length > 2 ? parts[1] : parts[1]!.replace(/\.[^.]+$/, '');
}

const layerOf = (name: string) => LAYERS.findIndex((layer) => layer.includes(name));

export function layerViolations(files: readonly SourceFile[]): string[] {
  const problems: string[] = [];
  for (const { file, text } of files) {
    const from = area(file);
    if (!from || from === 'tools' || from === 'scripts') continue;
    const own = layerOf(from);
    if (own < 0) {
      problems.push(`${file}: src/${from} has no layer in LAYERS`);
      continue;
    }
    for (const match of text.matchAll(IMPORT)) {
      const spec = match[2]!;
      if (spec.startsWith('astro:')) {
        if (!ASTRO_FACING.has(from)) problems.push(`${file}: imports ${spec}, but src/${from} must run without Astro`);
        continue;
      }
      if (!spec.startsWith('.')) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      const to = area(target);
      if (!to || to === from) continue;
      if (to === 'tools' || to === 'scripts') {
        problems.push(`${file}: imports ${target}, but src/ never imports ${to}/`);
        continue;
      }
      const theirs = layerOf(to);
      if (theirs > own) problems.push(`${file}: imports ${target}: src/${from} (layer ${own}) may not import src/${to} (layer ${theirs})`);
    }
  }
  return problems;
}

/** A value import (`import { x }`, `export { x } from`, `import()`); `import type`/`export type` are erased and left out. */
const VALUE_IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])([^'"\n]+)\1/g;
const TYPE_ONLY = /^\s*(?:import|export)\s+type\b[^;]*?from\s*(['"])([^'"\n]+)\1/gm;

/**
 * Import cycles between modules of src/ through value imports (each cycle once, as a list of
 * files): within a layer folders may import each other, but a cycle of modules would leave one
 * of them half-initialised when another is loaded first.
 */
export function runtimeCycles(files: readonly SourceFile[]): string[][] {
  const known = new Set(files.map((f) => f.file));
  const edges = new Map<string, string[]>();
  for (const { file, text } of files) {
    const typeOnly = new Set([...text.matchAll(TYPE_ONLY)].map((m) => m.index! + m[0].length - m[2]!.length - 1));
    const targets: string[] = [];
    for (const match of text.matchAll(VALUE_IMPORT)) {
      const spec = match[2]!;
      if (!spec.startsWith('.') || typeOnly.has(match.index! + match[0].length - spec.length - 1)) continue;
      const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), spec));
      if (known.has(target)) targets.push(target);
    }
    edges.set(file, targets);
  }
  const cycles: string[][] = [];
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string) => {
    state.set(file, 'open');
    stack.push(file);
    for (const next of edges.get(file) ?? []) {
      if (state.get(next) === 'open') cycles.push(stack.slice(stack.indexOf(next)));
      else if (!state.has(next)) visit(next);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of [...known].sort()) if (!state.has(file)) visit(file);
  return cycles;
}

function sourceFiles(): SourceFile[] {
  return readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile() && /\.(ts|mts|mjs|js|astro)$/.test(d.name))
    .map((d) => {
      const abs = path.join(d.parentPath, d.name);
      return { file: path.relative(ROOT, abs).split(path.sep).join('/'), text: readFileSync(abs, 'utf8') };
    });
}

describe('import layers', () => {
  it('src/ imports only downwards, and astro:* only in the Astro-facing layers', () => {
    expect(layerViolations(sourceFiles())).toEqual([]);
  });

  it('reports a planted upward import, an astro:* import in the core, and an import of tooling', () => {
    const planted = [
      ...sourceFiles(),
      { file: 'src/domain/planted.ts', text: "import { getSite } from '../data/site.ts';\n" },
      { file: 'src/check/planted.ts', text: "import { runBuild } from '../pipeline/run.ts';\n" },
      { file: 'src/domain/planted-astro.ts', text: "import { getCollection } from 'astro:content';\n" },
      { file: 'src/load/planted-tool.ts', text: "const m = await import('../../tools/serve.ts');\n" },
    ];
    expect(layerViolations(planted)).toEqual([
      'src/domain/planted.ts: imports src/data/site.ts: src/domain (layer 1) may not import src/data (layer 3)',
      'src/check/planted.ts: imports src/pipeline/run.ts: src/check (layer 3) may not import src/pipeline (layer 4)',
      'src/domain/planted-astro.ts: imports astro:content, but src/domain must run without Astro',
      'src/load/planted-tool.ts: imports tools/serve.ts, but src/ never imports tools/',
    ]);
  });

  it('has no import cycle through value imports (the collections and the domain core share a layer, not a cycle)', () => {
    expect(runtimeCycles(sourceFiles())).toEqual([]);
  });

  it('reports a planted cycle between a collection module and the domain core, and not a type-only one', () => {
    const planted = [
      { file: 'src/collections/planted.ts', text: "import { whyNotPublic } from '../domain/planted.ts';\nimport type { AnyEntry } from '../domain/types.ts';\n" },
      { file: 'src/domain/planted.ts', text: "import { REGISTRY } from '../collections/planted.ts';\n" },
      { file: 'src/domain/types.ts', text: "import type { schemas } from '../collections/planted.ts';\n" },
    ];
    expect(runtimeCycles(planted)).toEqual([['src/collections/planted.ts', 'src/domain/planted.ts']]);
  });

  it('gives every folder of src/ a layer', () => {
    const folders = readdirSync(path.join(ROOT, 'src'), { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== 'styles').map((d) => d.name);
    expect(folders.filter((f) => layerOf(f) < 0)).toEqual([]);
  });
});
