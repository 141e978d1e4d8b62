/**
 * `npm run beheer`: the CMS on a checkout. Starts decap-server (Decap's local backend: it reads
 * and writes the files of this working tree, no git host, no login) and Astro's dev server, whose
 * /intern/beheer/ page then uses it. Tests start the same pair on a copy of the content.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import path from 'node:path';
import { stripVTControlCharacters } from 'node:util';
import { childEnv } from '../config.ts';

const require = createRequire(import.meta.url);

export interface Started {
  process: ChildProcess;
  url: string;
  output(): string;
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

function start(command: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv; url: string; ready: RegExp; timeoutMs: number; echo?: boolean; parseUrl?: boolean }): Promise<Started> {
  // Not the test runner's environment: under Vitest (VITEST, NODE_ENV=test) Astro's dev server answers nothing.
  const env = childEnv(options.env, (key) => key.startsWith('VITEST') || key === 'NODE_ENV' || key === 'TEST');
  const child = spawn(command, args, { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const onData = (chunk: Buffer) => {
    const text = chunk.toString('utf8');
    output += text;
    if (options.echo) process.stderr.write(text);
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5000))]);
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`${path.basename(args[0] ?? command)} start niet binnen ${options.timeoutMs / 1000} s:\n${output}`));
    }, options.timeoutMs);
    const check = () => {
      // Colours (Astro colours its output when it thinks it may, e.g. under CI) must not hide the line.
      const plain = stripVTControlCharacters(output);
      if (options.ready.test(plain)) {
        clearTimeout(timer);
        // Astro moves to another port when the asked one is taken: take the one it reports.
        const reported = /Local\s+(http:\/\/[^\s/]+)/.exec(plain)?.[1];
        resolve({ process: child, url: options.parseUrl && reported ? reported : options.url, output: () => output, stop });
      }
    };
    child.stdout!.on('data', check);
    child.stderr!.on('data', check);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${path.basename(args[0] ?? command)} stopte (exitcode ${code}):\n${output}`));
    });
  });
}

/** decap-server in `fs` mode on `repoDir` (the folder the CMS's collection folders are relative to). */
export function startDecapServer(repoDir: string, port: number, echo = false): Promise<Started> {
  const bin = require.resolve('decap-server/dist/index.js');
  return start(process.execPath, [bin], {
    cwd: repoDir,
    env: { GIT_REPO_DIRECTORY: path.resolve(repoDir), PORT: String(port), BIND_HOST: '127.0.0.1', MODE: 'fs', LOG_LEVEL: 'info' },
    url: `http://127.0.0.1:${port}/api/v1`,
    ready: /listening on port|Decap CMS (File System )?Proxy Server/i,
    timeoutMs: 60_000,
    echo,
  });
}

/**
 * Astro's dev server with the CMS pointed at decap-server. Astro allows one dev server per
 * project: when another one runs (a colleague's `npm run dev` in the same checkout), this waits
 * for it to stop, up to `waitMs`, rather than replacing it.
 */
export async function startDevServer(options: { port: number; proxyUrl: string; repoDir: string; contentDir?: string; env?: NodeJS.ProcessEnv; echo?: boolean; waitMs?: number }): Promise<Started> {
  const deadline = Date.now() + (options.waitMs ?? 0);
  for (;;) {
    try {
      return await startDevServerOnce(options);
    } catch (error) {
      if (!(error instanceof Error) || !/Another astro dev server is already running/.test(error.message) || Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 5000));
    }
  }
}

function startDevServerOnce(options: { port: number; proxyUrl: string; repoDir: string; contentDir?: string; env?: NodeJS.ProcessEnv; echo?: boolean }): Promise<Started> {
  const astro = path.resolve('node_modules/astro/bin/astro.mjs');
  return start(process.execPath, [astro, 'dev', '--host', '127.0.0.1', '--port', String(options.port)], {
    cwd: process.cwd(),
    env: {
      ...options.env,
      WEGWIJS_CMS_PROXY: options.proxyUrl,
      WEGWIJS_CMS_REPO: path.resolve(options.repoDir),
      ...(options.contentDir ? { WEGWIJS_CONTENT: options.contentDir } : {}),
    },
    url: `http://127.0.0.1:${options.port}`,
    ready: /Local\s+http/i,
    parseUrl: true,
    timeoutMs: 180_000,
    echo: options.echo ?? false,
  });
}
