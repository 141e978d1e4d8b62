/**
 * `npm run dev` runs the same integrity check as `npm run check` and the build: once when the dev
 * server starts and again after every change in the content folder (debounced), printing every
 * problem as `path:line: field: message`. An author previewing a page thus sees in the terminal
 * what would stop the build, including files no collection reads (content/vraagen/x.md).
 *
 * Only the dev server does this (`astro:server:setup`); `astro build` is checked by scripts/build.ts.
 * The checker is imported when the server starts, so loading the config stays cheap.
 */
import path from 'node:path';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import type { Problem } from '../domain/types.ts';

export interface DevCheckOptions {
  /** The content folder; default WEGWIJS_CONTENT or `content`, relative to the working directory. */
  contentDir?: string;
  /** Quiet period after the last change before checking again. */
  debounceMs?: number;
  /** Where the report goes; default stderr, unprefixed, so paths stay clickable. */
  print?: (text: string) => void;
}

interface Watcher {
  add(paths: string | readonly string[]): unknown;
  on(event: 'all', listener: (event: string, file: string) => void): unknown;
}

/** The integration: register it in astro.config.mjs. */
export function devCheck(options: DevCheckOptions = {}): AstroIntegration {
  return {
    name: 'wegwijs-dev-check',
    hooks: {
      'astro:server:setup': async ({ server, logger }) => {
        const checker = await startDevCheck({ ...options, watcher: server.watcher, logger });
        server.httpServer?.once('close', () => checker.close());
      },
    },
  };
}

export interface DevChecker {
  /** Resolves when the check that is running or scheduled has finished. */
  idle(): Promise<void>;
  close(): void;
}

/** The part of the integration that does not need a Vite server (tests drive it with a fake watcher). */
export async function startDevCheck(options: DevCheckOptions & { watcher: Watcher; logger: Pick<AstroIntegrationLogger, 'info' | 'warn' | 'error'> }): Promise<DevChecker> {
  const [{ runCheck, formatReport, formatWarnings }, config] = await Promise.all([
    import('../check/index.ts'),
    import('../config.ts'),
  ]);
  const contentDir = path.resolve(options.contentDir ?? config.contentDir());
  const debounceMs = options.debounceMs ?? 250;
  const print = options.print ?? ((text: string) => process.stderr.write(`${text}\n`));
  const { logger } = options;

  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let again = false;
  let closed = false;
  let pending: Promise<void> = Promise.resolve();
  let settle: (() => void) | undefined;

  async function check(): Promise<void> {
    const started = performance.now();
    let problems: readonly Problem[];
    let warnings: readonly Problem[] = [];
    let entries = 0;
    try {
      const result = await runCheck({ contentDir: path.relative(process.cwd(), contentDir) || '.', peildatum: config.referenceDate() });
      problems = result.problems;
      warnings = result.warnings;
      entries = result.entries.length;
    } catch (error) {
      logger.error(`de inhoudscontrole is mislukt: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (problems.length > 0) {
      logger.warn('inhoudscontrole: de build zou stoppen op deze problemen');
      print(formatReport(problems, warnings));
    } else {
      logger.info(`inhoud in orde: ${entries} items gecontroleerd in ${Math.round(performance.now() - started)} ms`);
      if (warnings.length > 0) print(formatWarnings(warnings));
    }
  }

  function run(): void {
    if (closed) return;
    if (running) {
      again = true;
      return;
    }
    running = check().finally(() => {
      running = undefined;
      if (again && !closed) {
        again = false;
        run();
      } else if (!timer) {
        settle?.();
        settle = undefined;
      }
    });
  }

  function schedule(): void {
    if (closed) return;
    if (!settle) pending = new Promise<void>((resolve) => (settle = resolve));
    clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run();
    }, debounceMs);
  }

  options.watcher.add(contentDir);
  options.watcher.on('all', (_event, file) => {
    const relative = path.relative(contentDir, path.resolve(file));
    if (relative.startsWith('..') || path.isAbsolute(relative)) return;
    schedule();
  });
  pending = new Promise<void>((resolve) => (settle = resolve));
  run();

  return {
    idle: () => pending,
    close() {
      closed = true;
      clearTimeout(timer);
      timer = undefined;
      settle?.();
    },
  };
}
