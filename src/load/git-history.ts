/**
 * Reads the git history of the content folder: one `git log --name-only` for the whole folder
 * (never one call per file: 10,000 entries would be 10,000 processes), parsed by
 * src/domain/history.ts into the commits per file. Memoised: read once per process (the Astro
 * build), whichever page asks first.
 *
 * Content outside a git repository (a fresh export, the tests' temporary folders) has no git
 * history: every entry then falls back to its `wijzigingen`. A shallow clone (CI checkouts with
 * `fetch-depth: 1`, the trap Starlight's "last updated" fell into) would make every file look
 * created by the last commit: it is detected, reported as a warning in the build output, and
 * treated as no git history. `.ci/run` fetches the full history first.
 */
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GIT_LOG_ARGS, dateOf, parseGitLog, type Commit } from '../domain/history.ts';

export type GitStatus = 'git' | 'no-repository' | 'shallow' | 'no-git';

export interface GitHistory {
  status: GitStatus;
  /** Commits of a file, newest first; `undefined` when git knows nothing of it (uncommitted, no repository). */
  commits(file: string): readonly Commit[] | undefined;
  /** The folder the paths are relative to. */
  dir: string;
}

function git(dir: string, args: readonly string[]): string {
  return execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
}

/** Whether `dir` is inside a git work tree, and whether that clone is shallow. */
export function gitState(dir: string): GitStatus {
  try {
    if (git(dir, ['rev-parse', '--is-inside-work-tree']).trim() !== 'true') return 'no-repository';
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no-git' : 'no-repository';
  }
  try {
    return git(dir, ['rev-parse', '--is-shallow-repository']).trim() === 'true' ? 'shallow' : 'git';
  } catch {
    return 'git';
  }
}

/** The commit checked out in `dir`'s repository, or '' outside one: part of the build digest. */
export function gitHead(dir: string): string {
  try {
    return git(dir, ['rev-parse', 'HEAD']).trim();
  } catch {
    return '';
  }
}

const NONE = () => undefined;

/** Reads the history of every file under `dir` (not memoised; see `gitHistory`). */
export function readGitHistory(dir: string, warn: (message: string) => void = (m) => console.warn(m)): GitHistory {
  const absolute = path.resolve(dir);
  const status = gitState(absolute);
  if (status === 'shallow') {
    warn(`[WARN] [wegwijs] ${dir} staat in een ondiepe git-kloon (shallow clone): de wijzigingsgeschiedenis komt alleen uit "wijzigingen". Haal de volledige geschiedenis op met: git fetch --unshallow`);
  }
  if (status !== 'git') return { status, commits: NONE, dir: absolute };
  let output: string;
  try {
    output = git(absolute, GIT_LOG_ARGS);
  } catch {
    // A repository without commits yet.
    return { status: 'git', commits: NONE, dir: absolute };
  }
  const byFile = parseGitLog(output);
  return { status, commits: (file) => byFile.get(file), dir: absolute };
}

const cache = new Map<string, GitHistory>();
/** The history of `dir`, read once per process. */
export function gitHistory(dir: string): GitHistory {
  const key = path.resolve(dir);
  let history = cache.get(key);
  if (!history) cache.set(key, (history = readGitHistory(dir)));
  return history;
}

/** The path of an entry's file relative to the content folder, as git's `--relative` prints it. */
export function relativeToContent(history: GitHistory, file: string): string {
  return path.relative(history.dir, path.resolve(file)).split(path.sep).join('/');
}

/** A past content of a file: the commit, its date and subject, and the file's bytes then. */
export interface PastContent {
  commit: string;
  date: string;
  subject: string;
  /** The file's content at that commit; undefined when the commit deleted it. */
  bytes?: Buffer | undefined;
}

/** At most this many past contents per file are read (the newest): enough for every meeting's version. */
export const MAX_PAST_CONTENTS = 40;

/**
 * The past contents of `files` (paths relative to `dir`), newest first, at most `limit` per file:
 * one `git log` for all of them and one `git cat-file --batch` for all their contents, so a
 * build with many route maps still starts two processes. Empty outside a usable git history.
 */
export function readPastContents(dir: string, files: readonly string[], limit = MAX_PAST_CONTENTS): Map<string, PastContent[]> {
  const out = new Map<string, PastContent[]>();
  const absolute = path.resolve(dir);
  if (files.length === 0 || gitState(absolute) !== 'git') return out;
  let log: string;
  let prefix: string;
  try {
    prefix = git(absolute, ['rev-parse', '--show-prefix']).trim();
    log = git(absolute, ['-c', 'core.quotepath=off', 'log', '--no-merges', '--relative', '--name-only', '--format=%x1e%H%x1f%ct%x1f%s', '--', ...files]);
  } catch {
    return out; // no commits yet
  }
  const wanted = new Set(files);
  for (const record of log.split('\x1e')) {
    const [header = '', ...names] = record.split('\n');
    const [commit, time, ...subject] = header.split('\x1f');
    if (!commit || !time) continue;
    for (const name of names.map((n) => n.trim()).filter((n) => wanted.has(n))) {
      const list = out.get(name) ?? out.set(name, []).get(name)!;
      if (list.length < limit) list.push({ commit, date: dateOf(Number(time)), subject: subject.join('\x1f').trim() });
    }
  }
  const requests = [...out].flatMap(([file, list]) => list.map((past) => ({ past, spec: `${past.commit}:${prefix}${file}` })));
  if (requests.length === 0) return out;
  const raw = execFileSync('git', ['-C', absolute, 'cat-file', '--batch'], { input: requests.map((r) => r.spec).join('\n') + '\n', stdio: ['pipe', 'pipe', 'ignore'], maxBuffer: 1 << 30 });
  let at = 0;
  for (const request of requests) {
    const end = raw.indexOf(0x0a, at);
    const header = raw.subarray(at, end).toString('utf8');
    at = end + 1;
    if (header.endsWith(' missing')) continue; // deleted in that commit
    const size = Number(header.split(' ')[2]);
    request.past.bytes = raw.subarray(at, at + size);
    at += size + 1;
  }
  return out;
}

const pastCache = new Map<string, Map<string, PastContent[]>>();
/** `readPastContents`, once per process for the same folder and files. */
export function pastContents(dir: string, files: readonly string[]): Map<string, PastContent[]> {
  const key = `${path.resolve(dir)}\n${[...files].sort().join('\n')}`;
  let result = pastCache.get(key);
  if (!result) pastCache.set(key, (result = readPastContents(dir, files)));
  return result;
}
