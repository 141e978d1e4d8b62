/**
 * A route map's versions as JSON (`routekaarten/<id>/versies.json`, internal edition only,
 * `profile.routemapVersions`): what the "Gewijzigd sinds" island (src/scripts/changes-since.ts)
 * reads when a reader picks another date than the previous week's meeting.
 */
import { versionsJson, versionsJsonPath } from '../data/versions.ts';
import type { Entry } from '../domain/types.ts';
import { defineOutput } from './output.ts';

export const routemapVersionsJson = defineOutput<Entry<'routekaarten'>>({
  name: 'versies van een routekaart',
  editions: (profile) => profile.routemapVersions,
  files: (site) => site.of('routekaarten').map((entry) => ({ path: versionsJsonPath(entry.id), props: entry })),
  type: 'application/json',
  match: '.json',
  render: (site, entry) => versionsJson(site, entry),
});
