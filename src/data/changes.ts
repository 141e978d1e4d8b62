/**
 * History and changes of an edition, built once per edition (memoised per Site): git is read
 * once per build (src/load/git-history.ts) and combined with each entry's `wijzigingen` by the
 * pure domain modules (src/domain/history.ts, src/domain/changes.ts). Only the edition's own
 * selection goes in, so its change log, feed, calendars and open data cannot name an entry
 * outside it.
 */
import { contentDir } from '../config.ts';
import { gitHistory, relativeToContent, type GitHistory } from '../load/git-history.ts';
import { buildChangeLog, type ChangeLog } from '../domain/changes.ts';
import { entryHistory, historyStart, type Commit, type EntryHistory } from '../domain/history.ts';
import { keyOf, type AnyEntry, type EntryKey } from '../domain/types.ts';
import type { Site } from './site.ts';

export interface SiteHistory {
  git: GitHistory['status'];
  /** The history of an entry of the edition. */
  of(key: EntryKey): EntryHistory;
  changes: ChangeLog;
}

const memo = new WeakMap<Site, SiteHistory>();

export function commitsOf(git: GitHistory, entry: AnyEntry): readonly Commit[] | undefined {
  return entry.file ? git.commits(relativeToContent(git, entry.file)) : undefined;
}

export function siteHistory(site: Site): SiteHistory {
  let history = memo.get(site);
  if (history) return history;
  const git = gitHistory(contentDir());
  const histories = new Map<EntryKey, EntryHistory>();
  const sources = site.entries.map((entry) => {
    const key = keyOf(entry);
    const commits = commitsOf(git, entry);
    const { publicerenVanaf } = entry.data;
    const fromPublication = site.profile.historyFromPublication;
    histories.set(key, entryHistory(entry.data.wijzigingen, commits, { commitMessages: site.profile.historyCommitMessages, publicerenVanaf, peildatum: site.peildatum, fromPublication }));
    return { key, wijzigingen: entry.data.wijzigingen, publicerenVanaf, commits, since: historyStart(publicerenVanaf, site.peildatum, fromPublication) };
  });
  history = {
    git: git.status,
    of: (key) => histories.get(key) ?? { source: 'wijzigingen', lines: [] },
    changes: buildChangeLog(sources, site.peildatum),
  };
  memo.set(site, history);
  return history;
}
