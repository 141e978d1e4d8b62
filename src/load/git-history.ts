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
import { GIT_LOG_ARGS, parseGitLog, type Commit } from '../domain/history.ts';

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
