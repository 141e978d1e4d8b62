/**
 * Change history of an entry, GOV.UK's pattern ("Eerst gepubliceerd", "Laatst bijgewerkt", "alle
 * wijzigingen"): the `wijzigingen` notes an author wrote, merged with the git commits that touched
 * the entry's file (date and subject only: never author names). Pure: git's output comes in as
 * text (src/load/git-history.ts runs the one `git log` of the build), entries come in as data.
 *
 * Without git history (a fresh export, content outside a repository, uncommitted files, a shallow
 * clone) an entry's history is its `wijzigingen` alone.
 */
import type { IsoDate } from '../schemas/index.ts';

export interface Commit {
  /** The commit date, as a calendar date in the Netherlands. */
  date: IsoDate;
  /** The commit's subject line. */
  subject: string;
}

/** Where an entry's history comes from. */
export type HistorySource = 'git' | 'wijzigingen';

/** One line of "alle wijzigingen": everything that happened to an entry on one day. */
export interface HistoryLine {
  datum: IsoDate;
  /** The author's change notes of that day. */
  notities: string[];
  /** Subjects of that day's commits, when the edition shows them (otherwise empty). */
  commits: string[];
  /** Whether a commit touched the file that day. */
  vastgelegd: boolean;
}

export interface EntryHistory {
  source: HistorySource;
  /** First commit of the file, or `publicerenVanaf` when that is later (and has come). */
  eerstGepubliceerd?: IsoDate;
  /** Last commit that touched the file; without git, the latest change note. */
  laatstGewijzigd?: IsoDate;
  /** Newest first. */
  lines: HistoryLine[];
}

/**
 * The `git log` arguments, run in the content folder: one call for the whole folder, paths
 * relative to it (`--relative`), record separator before each commit, unit separator between
 * committer time and subject. No author fields are asked for, so none can leak into a page.
 */
export const GIT_LOG_ARGS = ['-c', 'core.quotepath=off', 'log', '--no-merges', '--relative', '--name-only', '--format=%x1e%ct%x1f%s', '--', '.'] as const;

const dateFormats = new Map<string, Intl.DateTimeFormat>();
/** A Unix time (seconds) as the calendar date in `timeZone`. */
export function dateOf(epochSeconds: number, timeZone = 'Europe/Amsterdam'): IsoDate {
  let format = dateFormats.get(timeZone);
  if (!format) dateFormats.set(timeZone, (format = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })));
  return format.format(new Date(epochSeconds * 1000));
}

/**
 * Parses the output of `git log` with `GIT_LOG_ARGS` into the commits per file (path relative to
 * the folder git ran in, `/`-separated), newest first as git prints them.
 */
export function parseGitLog(output: string, timeZone = 'Europe/Amsterdam'): Map<string, Commit[]> {
  const byFile = new Map<string, Commit[]>();
  for (const record of output.split('\x1e')) {
    if (!record.trim()) continue;
    const newline = record.indexOf('\n');
    const header = newline === -1 ? record : record.slice(0, newline);
    const [time, ...subject] = header.split('\x1f');
    const seconds = Number(time);
    if (!Number.isFinite(seconds)) continue;
    const commit: Commit = { date: dateOf(seconds, timeZone), subject: subject.join('\x1f').trim() };
    if (newline === -1) continue;
    for (const line of record.slice(newline + 1).split('\n')) {
      const file = line.trim();
      if (!file) continue;
      const list = byFile.get(file);
      if (list) list.push(commit);
      else byFile.set(file, [commit]);
    }
  }
  return byFile;
}

export interface HistoryOptions {
  /** Show commit subjects (the internal edition); otherwise a commit is only "bijgewerkt". */
  commitMessages: boolean;
  /** The entry's `publicerenVanaf`. */
  publicerenVanaf?: IsoDate | undefined;
  /** The reference date: a `publicerenVanaf` after it is not a publication yet. */
  peildatum: IsoDate;
  /** Leave out what happened before the entry's publication (`publicerenVanaf`, once it has come). */
  fromPublication?: boolean;
}

/** The day from which an entry's history is shown: its publication, when asked for and it has come. */
export function historyStart(publicerenVanaf: IsoDate | undefined, peildatum: IsoDate, fromPublication = false): IsoDate | undefined {
  return fromPublication && publicerenVanaf && publicerenVanaf <= peildatum ? publicerenVanaf : undefined;
}

/**
 * An entry's history from its change notes and its file's commits (`undefined`: no git history
 * for this file). Commits are shown whatever their date: they are the file's real history.
 */
export function entryHistory(allNotes: readonly { datum: IsoDate; notitie: string }[], allCommits: readonly Commit[] | undefined, options: HistoryOptions): EntryHistory {
  const start = historyStart(options.publicerenVanaf, options.peildatum, options.fromPublication);
  const wijzigingen = start ? allNotes.filter((w) => w.datum >= start) : allNotes;
  const commits = start && allCommits ? allCommits.filter((c) => c.date >= start) : allCommits;
  const lines = new Map<IsoDate, HistoryLine>();
  const line = (datum: IsoDate) => {
    let l = lines.get(datum);
    if (!l) lines.set(datum, (l = { datum, notities: [], commits: [], vastgelegd: false }));
    return l;
  };
  for (const w of wijzigingen) line(w.datum).notities.push(w.notitie);
  const dates = (commits ?? []).map((c) => c.date).sort();
  for (const commit of commits ?? []) {
    const l = line(commit.date);
    l.vastgelegd = true;
    if (options.commitMessages && commit.subject && !l.commits.includes(commit.subject)) l.commits.push(commit.subject);
  }
  const git = allCommits !== undefined && allCommits.length > 0;
  const notes = wijzigingen.map((w) => w.datum).sort();
  // The first commit ever (before any filtering), or the publication when that came later.
  let eerst = git ? allCommits.map((c) => c.date).sort()[0] : undefined;
  const { publicerenVanaf, peildatum } = options;
  if (publicerenVanaf && publicerenVanaf <= peildatum && (!eerst || publicerenVanaf > eerst)) eerst = publicerenVanaf;
  const laatst = dates.at(-1) ?? (git ? start : notes.at(-1));
  return {
    source: git ? 'git' : 'wijzigingen',
    ...(eerst ? { eerstGepubliceerd: eerst } : {}),
    ...(laatst ? { laatstGewijzigd: laatst } : {}),
    lines: [...lines.values()].sort((a, b) => b.datum.localeCompare(a.datum)),
  };
}
