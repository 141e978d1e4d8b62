/**
 * Serving a built edition on loopback.
 *
 * - `serveStatic`: `sirv` with what deploy/nginx adds around it (base path, folder redirect,
 *   404 page, headers), used by `npm run preview`, `npm run pdf` and the benchmark; records the
 *   bytes it sends (for the benchmark) and, on request, sends the security headers of deploy/nginx.
 * - `serveNginx`: the production configuration itself (deploy/nginx/<edition>.conf) run by a
 *   real nginx on a free loopback port, without TLS; the browser tests use it, so that they run
 *   under exactly the Content-Security-Policy and headers that are shipped.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { createServer, request, type Server, type ServerResponse } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sirv from 'sirv';
import type { Edition } from '../src/domain/editions.ts';
import { config, type Config } from '../src/config.ts';
import { OUTPUTS } from '../src/outputs/index.ts';
import { contentType } from '../src/outputs/output.ts';

/** The shipped server configuration (deploy/nginx). */
export const DEPLOY_NGINX = path.resolve(import.meta.dirname, '../deploy/nginx');
/** Where deploy/README.md tells operators to put deploy/nginx; the site files include from there. */
const INSTALLED_DIR = '/etc/nginx/wegwijs/';

export interface StaticServer {
  url: string;
  server?: Server;
  bytesSent(): number;
  resetBytes(): void;
  close(): Promise<void>;
}

/**
 * The headers deploy/nginx sends with every response of an edition: the `add_header` lines of
 * headers.conf, with `$wegwijs_robots` as set in <edition>.conf (an empty value sends nothing).
 */
export function deployHeaders(edition: Edition, dir = DEPLOY_NGINX): Record<string, string> {
  const variables: Record<string, string> = {};
  for (const m of readFileSync(path.join(dir, `${edition}.conf`), 'utf8').matchAll(/^\s*set\s+\$(\w+)\s+"([^"]*)";/gm)) variables[m[1]!] = m[2]!;
  const headers: Record<string, string> = {};
  for (const m of readFileSync(path.join(dir, 'headers.conf'), 'utf8').matchAll(/^\s*add_header\s+(\S+)\s+(?:"([^"]*)"|(\$\w+))/gm)) {
    const value = m[3] ? (variables[m[3].slice(1)] ?? '') : m[2]!;
    if (value) headers[m[1]!] = value;
  }
  return headers;
}

export interface ServeOptions {
  /** Extra headers on every response, e.g. deployHeaders('publiek'). */
  headers?: Record<string, string>;
  /** Serve `dir` under this path (WEGWIJS_BASE, e.g. `/wegwijs/`) instead of the root. */
  base?: string;
}

/**
 * The files of `dir` on loopback, as deploy/nginx serves them: `sirv` finds the file (index.html
 * of a folder) and its type; around it, what nginx's configuration adds: the base path, a folder
 * without its slash redirected (`try_files $uri $uri/`), 404.html with status 404
 * (`error_page 404`), and the given headers on every response, errors included.
 */
export async function serveStatic(dir: string, port = 0, options: ServeOptions = {}): Promise<StaticServer> {
  const root = path.resolve(dir);
  const base = options.base ?? '/';
  const headers = options.headers ?? {};
  let sent = 0;
  // `dev`: looked up on every request rather than listed once at start, so a rebuilt dist is
  // served as it is now (preview keeps running across builds).
  const files = sirv(root, {
    dev: true,
    extensions: ['html'],
    setHeaders: (res, pathname, stats) => {
      for (const [name, value] of Object.entries(headers)) res.setHeader(name, value);
      // Outputs with their registry type (src/outputs/, the longest matching URL ending), as deploy/nginx/outputs.conf sends them.
      const output = OUTPUTS.filter((o) => pathname.endsWith(o.match)).sort((a, b) => b.match.length - a.match.length)[0];
      if (output) res.setHeader('Content-Type', contentType(output));
      sent += stats.size;
    },
  });
  const notFound = async (res: ServerResponse) => {
    const page = await readFile(path.join(root, '404.html')).catch(() => undefined);
    if (!page) return void res.writeHead(404, headers).end('Not found');
    res.writeHead(404, { ...headers, 'Content-Type': 'text/html;charset=utf-8', 'Content-Length': page.length }).end(page);
    sent += page.length;
  };
  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost');
    const redirect = () => void res.writeHead(301, { ...headers, Location: `${url.pathname}/${url.search}` }).end();
    if (`${url.pathname}/` === base) return redirect();
    if (!url.pathname.startsWith(base)) return notFound(res);
    const rest = `/${url.pathname.slice(base.length)}`;
    if (!rest.endsWith('/')) {
      let local: string | undefined;
      try {
        local = path.join(root, decodeURIComponent(rest));
      } catch {
        local = undefined;
      }
      if (local?.startsWith(root) && (await stat(local).catch(() => undefined))?.isDirectory()) return redirect();
    }
    req.url = `${rest}${url.search}`;
    files(req, res, () => void notFound(res));
  });
  await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://127.0.0.1:${actualPort}`,
    server,
    bytesSent: () => sent,
    resetBytes: () => { sent = 0; },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** The nginx binary: WEGWIJS_NGINX, or Debian's. */
export function nginxPath(settings: Config = config()): string {
  return settings.nginx;
}

export function hasNginx(settings: Config = config()): boolean {
  return existsSync(nginxPath(settings));
}

async function freePort(): Promise<number> {
  const server = createNetServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || !address) throw new Error('geen vrije poort gevonden');
  return address.port;
}

/**
 * deploy/nginx/<edition>.conf made runnable on loopback: the lines marked `# wegwijs:listen`
 * become one `listen 127.0.0.1:<port>`, `# wegwijs:root` points at `root`, `# wegwijs:tls`
 * lines go, and includes of /etc/nginx/wegwijs/ resolve to `includeDir` (where serveNginx puts
 * copies of deploy/nginx, their includes rewritten the same way). Everything else (headers,
 * caching, access control, error pages) is exactly what is shipped. Wrapped in a minimal main
 * configuration with pid, logs and temp files under `prefix`.
 */
export function nginxTestConfig(opts: { edition: Edition; root: string; port: number; prefix: string; includeDir: string; deployDir?: string; mimeTypes?: string; server?: string }): string {
  const deployDir = opts.deployDir ?? DEPLOY_NGINX;
  let listened = false;
  const serverFile = opts.server ?? `${opts.edition}.conf`;
  const server = readFileSync(path.join(deployDir, serverFile), 'utf8')
    .split('\n')
    .flatMap((line) => {
      if (line.includes('# wegwijs:tls')) return [];
      if (line.includes('# wegwijs:listen')) {
        if (listened) return [];
        listened = true;
        return [`    listen 127.0.0.1:${opts.port};`];
      }
      if (line.includes('# wegwijs:root')) return [`    root ${JSON.stringify(path.resolve(opts.root))};`];
      return [line];
    })
    .join('\n')
    .replaceAll(INSTALLED_DIR, `${opts.includeDir}/`);
  if (!listened) throw new Error(`${serverFile} heeft geen regel met "# wegwijs:listen"`);
  const brotli = brotliModules();
  const mimeTypes = opts.mimeTypes ?? ['/etc/nginx/mime.types', path.join(path.dirname(path.dirname(nginxPath())), 'conf/mime.types')].find((f) => existsSync(f));
  const p = (name: string) => JSON.stringify(path.join(opts.prefix, name));
  return [
    '# Generated by tools/serve.ts for a test run: the shipped site configuration on loopback.',
    // Debian loads them through /etc/nginx/modules-enabled/ (libnginx-mod-http-brotli-static,
    // libnginx-mod-http-brotli-filter); without them the shipped `brotli_static on;` and
    // `brotli on;` stop nginx, as they would in production.
    ...brotli.map((module) => `load_module ${JSON.stringify(module)};`),
    'worker_processes 1;',
    `pid ${p('nginx.pid')};`,
    `error_log ${p('error.log')} warn;`,
    'events { worker_connections 256; }',
    'http {',
    mimeTypes ? `    include ${JSON.stringify(mimeTypes)};` : '    types { text/html html; text/css css; application/javascript js; application/json json; application/xml xml; text/plain txt; image/svg+xml svg; image/webp webp; image/png png; application/wasm wasm; }',
    '    default_type application/octet-stream;',
    "    log_format wegwijs '$status $body_bytes_sent $request_uri';",
    `    access_log ${p('access.log')} wegwijs;`,
    ...['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `    ${t}_temp_path ${p(t)};`),
    '    sendfile on;',
    server.replace(/^/gm, '    '),
    '}',
    '',
  ].join('\n');
}

/** Debian's brotli modules (libnginx-mod-http-brotli-static and -filter), those installed. */
export function brotliModules(): string[] {
  const dirs = ['/usr/lib/nginx/modules', path.join(path.dirname(path.dirname(nginxPath())), 'modules')];
  return ['ngx_http_brotli_static_module.so', 'ngx_http_brotli_filter_module.so'].flatMap((name) => dirs.map((dir) => path.join(dir, name)).find((file) => existsSync(file)) ?? []);
}

function httpGet(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = request(url, { method: 'HEAD' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

/**
 * Runs nginx (in the foreground, as a child process) with the shipped configuration of
 * `edition` serving `dir` on a free loopback port. Works as root (workers then run as root too,
 * so they can read private temporary folders) and as any other user (high port, everything
 * under a temporary prefix).
 */
export async function serveNginx(dir: string, edition: Edition, options: { server?: string; base?: string } = {}): Promise<StaticServer> {
  const prefix = await mkdtemp(path.join(tmpdir(), 'wegwijs-nginx-'));
  // Under a sub-path the root is a folder that holds the edition at the base (deploy/README.md).
  let root = dir;
  if (options.base && options.base !== '/') {
    root = path.join(prefix, 'root');
    const at = path.join(root, options.base);
    await mkdir(path.dirname(at.replace(/\/+$/, '')), { recursive: true });
    await symlink(path.resolve(dir), at.replace(/\/+$/, ''));
  }
  const port = await freePort();
  const conf = path.join(prefix, 'nginx.conf');
  // The shipped files include each other from /etc/nginx/wegwijs/: copies that include from here.
  const includeDir = path.join(prefix, 'wegwijs');
  await mkdir(includeDir);
  for (const name of (await readdir(DEPLOY_NGINX)).filter((n) => n.endsWith('.conf'))) {
    await writeFile(path.join(includeDir, name), (await readFile(path.join(DEPLOY_NGINX, name), 'utf8')).replaceAll(INSTALLED_DIR, `${includeDir}/`));
  }
  await writeFile(conf, nginxTestConfig({ edition, root, port, prefix, includeDir, ...(options.server ? { server: options.server } : {}) }));
  const globals = ['daemon off;', ...(process.getuid?.() === 0 ? ['user root;'] : [])].join(' ');
  const child: ChildProcess = spawn(nginxPath(), ['-p', prefix, '-c', conf, '-e', path.join(prefix, 'error.log'), '-g', globals], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => { stderr += chunk.toString('utf8'); });
  const exited = new Promise<number | null>((resolve) => child.on('exit', resolve));
  const url = `http://127.0.0.1:${port}`;
  const errorLog = () => readFile(path.join(prefix, 'error.log'), 'utf8').catch(() => '');
  const deadline = Date.now() + 10_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`nginx is gestopt (exitcode ${child.exitCode}):\n${stderr}${await errorLog()}`);
    if (await httpGet(`${url}${options.base ?? '/'}`).then(() => true, () => false)) break;
    if (Date.now() > deadline) {
      child.kill('SIGTERM');
      throw new Error(`nginx antwoordt niet op ${url}:\n${stderr}${await errorLog()}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  let offset = 0;
  const logged = () => readFileSync(path.join(prefix, 'access.log'), 'utf8');
  return {
    url,
    bytesSent: () => logged().slice(offset).split('\n').reduce((sum, line) => sum + (Number(line.split(' ')[1]) || 0), 0),
    resetBytes: () => { offset = logged().length; },
    close: async () => {
      if (child.exitCode === null) {
        child.kill('SIGQUIT');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 5_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      await rm(prefix, { recursive: true, force: true });
    },
  };
}
