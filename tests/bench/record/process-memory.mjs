// Peak resident memory of the extension's renderer (its pages and their workers share that process) during a job.
import { readdirSync, readFileSync } from 'node:fs';

function extensionRenderers() {
  const pids = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      if (cmd.includes('--type=renderer') && cmd.includes('--extension-process')) pids.push(pid);
    } catch {
      // The process ended while we looked.
    }
  }
  return pids;
}

function rssBytes(pids) {
  let total = 0;
  for (const pid of pids) {
    try {
      const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1];
      total += Number(kb ?? 0) * 1024;
    } catch {
      // Gone.
    }
  }
  return total;
}

/** Samples every 20 ms until stopped; returns the resident size before and at its peak. */
export function sampleMemory() {
  const pids = extensionRenderers();
  const before = rssBytes(pids);
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, rssBytes(pids))), 20);
  return () => {
    clearInterval(timer);
    peak = Math.max(peak, rssBytes(pids));
    return { before, peak };
  };
}
