/**
 * The configuration as /beheer/config.yml serves it, from the settings (src/config.ts):
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
import { config, type Config } from '../config.ts';
import { href } from '../data/routes.ts';
import type { Edition } from '../domain/editions.ts';
import { cmsConfigYaml, DEFAULT_BACKEND, generateCmsConfig } from './config.ts';
import { readVocabulary } from '../load/vocabularies.ts';
import { collectionsWithMdx } from '../load/discovery.ts';

export function contentFolder(settings: Config = config()): string {
  const repo = path.resolve(settings.cms.repo);
  return path.relative(repo, path.resolve(settings.contentDir)).split(path.sep).join('/') || '.';
}

export function cmsConfigFor(edition: Edition, dev: boolean, settings: Config = config()): string {
  return cmsConfigYaml(
    generateCmsConfig({
      contentFolder: contentFolder(settings),
      backend: settings.cms.backend ?? DEFAULT_BACKEND,
      ...(dev ? { localBackendUrl: settings.cms.proxy } : {}),
      siteUrl: href(edition, ''),
      // Read on every request under the dev server (a stat while unchanged): a new theme is in the form on the next load.
      terms: (name) => readVocabulary(settings.contentDir, name).terms,
      mdx: collectionsWithMdx(settings.contentDir),
    }),
  );
}
