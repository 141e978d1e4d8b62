/**
 * Vitest global setup: builds the example knowledge base once (both editions, Pagefind indexes,
 * leak scan) into a temporary dist, for the output and browser tests. The reference date is
 * fixed so that "current phase" and "coming weeks" are stable.
 */
import { rmSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { config } from '../../src/config.ts';
import { runScript, tempDir } from '../helpers.ts';

export const EXAMPLE_PEILDATUM = '2020-05-26';

declare module 'vitest' {
  export interface ProvidedContext {
    exampleDist: string;
  }
}

interface ExampleBuild {
  dist: string;
  users: number;
  remove(): void;
}
/** One build for every project that asks (build and browser share it): kept on the main process's globalThis. */
const shared = globalThis as { wegwijsExample?: ExampleBuild };

function buildExample(): ExampleBuild {
  const dir = tempDir('wegwijs-example-');
  const dist = `${dir}/dist`;
  const result = runScript('build.ts', { WEGWIJS_DIST: dist, WEGWIJS_PEILDATUM: EXAMPLE_PEILDATUM, WEGWIJS_STAGING: `${dir}/staging` }, ['--quiet']);
  if (result.code !== 0) throw new Error(`Het bouwen van de voorbeeldinhoud is mislukt:\n${result.output}`);
  return { dist, users: 0, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export default function setup(project: TestProject) {
  if (config().tests.skipExampleBuild) return;
  const example = (shared.wegwijsExample ??= buildExample());
  example.users++;
  project.provide('exampleDist', example.dist);
  return () => {
    if (--example.users > 0) return;
    example.remove();
    delete shared.wegwijsExample;
  };
}
