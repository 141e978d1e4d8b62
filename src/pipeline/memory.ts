/**
 * Peak memory of a process tree, sampled from /proc (Linux): the sum of the resident set sizes
 * of a process and all its descendants, polled while it runs. Used by the build (Astro runs in
 * a child process, Pagefind in its own binary) and by the benchmark, only when timings are asked
 * for (`WEGWIJS_TIMINGS`, which npm run bench sets): reading /proc for every process four times
 * a second is not free.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { config } from '../config.ts';

function children(): Map<number, number[]> {
  const map = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      const list = map.get(ppid) ?? map.set(ppid, []).get(ppid)!;
      list.push(Number(name));
    } catch {
      /* process ended */
    }
  }
  return map;
}

function rssBytes(pid: number): number {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const match = /VmRSS:\s+(\d+) kB/.exec(status);
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

function treeRss(root: number): number {
  const tree = children();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssBytes(pid);
    stack.push(...(tree.get(pid) ?? []));
  }
  return total;
}

/**
 * Samples the tree under `pid` (default: this process) every `ms` until stopped, which returns the
 * peak in bytes; when not `enabled` (default: `WEGWIJS_TIMINGS`) it does nothing and the peak is 0.
 */
export function sampleMemory(pid = process.pid, ms = 250, enabled = config().timings): { stop(): number } {
  if (!enabled) return { stop: () => 0 };
  let peak = 0;
  const tick = () => {
    try {
      peak = Math.max(peak, treeRss(pid));
    } catch {
      /* /proc not available */
    }
  };
  tick();
  const timer = setInterval(tick, ms);
  timer.unref();
  return {
    stop: () => {
      clearInterval(timer);
      tick();
      return peak;
    },
  };
}
