/**
 * The configuration as /beheer/config.yml serves it, from the environment:
 *
 * - `WEGWIJS_CMS_BACKEND`: the deployed git backend as JSON, e.g.
 *   `{"name":"gitlab","repo":"vws/wegwijs","api_root":"https://gitlab.example.nl/api/v4",…}`
 *   (default: the GitLab placeholder in config.ts);
 * - `WEGWIJS_CMS_REPO`: the folder decap-server works on (default the working directory); the
 *   collections' folders are the content folder (WEGWIJS_CONTENT) relative to it;
 * - `WEGWIJS_CMS_PROXY`: under the dev server only, decap-server's API
 *   (default http://localhost:8081/api/v1, as `npm run beheer` starts it).
 */
import path from 'node:path';
import { contentDir } from '../config.ts';
import { href } from '../data/routes.ts';
import type { Edition } from '../domain/editions.ts';
import { cmsConfigYaml, DEFAULT_BACKEND, generateCmsConfig } from './config.ts';

export function contentFolder(env: NodeJS.ProcessEnv = process.env): string {
  const repo = path.resolve(env['WEGWIJS_CMS_REPO'] ?? '.');
  return path.relative(repo, path.resolve(contentDir(env))).split(path.sep).join('/') || '.';
}

export function cmsConfigFor(edition: Edition, dev: boolean, env: NodeJS.ProcessEnv = process.env): string {
  const backend = env['WEGWIJS_CMS_BACKEND'] ? (JSON.parse(env['WEGWIJS_CMS_BACKEND']) as Record<string, unknown>) : DEFAULT_BACKEND;
  return cmsConfigYaml(
    generateCmsConfig({
      contentFolder: contentFolder(env),
      backend,
      ...(dev ? { localBackendUrl: env['WEGWIJS_CMS_PROXY'] ?? 'http://localhost:8081/api/v1' } : {}),
      siteUrl: href(edition, ''),
    }),
  );
}
