// Astro keeps generated module lists in the project's .astro/ folder, whatever the
// region: two builds of different regions at once would read each other's lists. Builds
// in one checkout therefore take turns, using a lock file that names its owner.
//
// A lock never blocks forever: it is taken over when its owner is gone (also when the process
// id now belongs to another program, see processes.ts), and a build that has waited
// `maxWaitMs` for a live owner gives up with a message naming it.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { currentProcess, isRunning, parseIdentity, type ProcessIdentity } from './processes.ts';
import { melding } from '../lib/meldingen/index.ts';

export interface LockOptions {
  /**
   * Keep the lock until this process exits, not just until `work` is done. Astro writes files
   * in `.astro/` (its data store, generated types) on a timer after `build()` has returned; a
   * next build that started in between read this build's files (with content collections that
   * failed with "UnknownContentCollectionError"). The process ends right after the build
   * (search index, swapping folders), and not before those timers have run.
   */
  untilExit?: boolean;
  /** How long to wait for a running owner; default 15 minutes. */
  maxWaitMs?: number;
  /** Where "waiting" is reported; default stdout. */
  log?: (line: string) => void;
}

export class LockTimeout extends Error {}

interface LockFile extends ProcessIdentity {
  /** ISO time the lock was taken, for the waiting message. */
  sinds?: string;
}

function readOwner(path: string): LockFile | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8').trim();
  } catch {
    return undefined;
  }
  const owner = parseIdentity(text) as LockFile | undefined;
  if (owner) {
    try {
      owner.sinds = (JSON.parse(text) as { sinds?: string }).sinds;
    } catch {
      // parseIdentity already read it
    }
    return owner;
  }
  // A lock of an older version held only the process id.
  const pid = Number(text);
  return Number.isInteger(pid) && pid > 0 ? { pid, host: currentProcess().host } : undefined;
}

function describe(owner: LockFile): string {
  const since = owner.sinds ? new Date(owner.sinds) : undefined;
  const time = since && !Number.isNaN(since.getTime()) ? `, sinds ${since.toLocaleTimeString('nl-NL')}` : '';
  return `proces ${owner.pid} op ${owner.host}${time}`;
}

export async function withBuildLock<T>(projectRoot: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const dir = join(projectRoot, '.astro');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'bouw.lock');
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const maxWaitMs = options.maxWaitMs ?? 15 * 60_000;
  const startedWaiting = Date.now();
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, JSON.stringify({ ...currentProcess(), sinds: new Date().toISOString() }));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = readOwner(path);
      if (!owner) {
        // Being written this instant, or left empty by a crash: a lock older than a few
        // seconds without an owner is stale.
        let age = 0;
        try {
          age = Date.now() - statSync(path).mtimeMs;
        } catch {
          continue;
        }
        if (age > 5_000) rmSync(path, { force: true });
        else await new Promise((resolve) => setTimeout(resolve, 50));
        continue;
      }
      if (!isRunning(owner)) {
        rmSync(path, { force: true });
        continue;
      }
      if (Date.now() - startedWaiting > maxWaitMs) {
        throw new LockTimeout(melding('publiceren.build-wachten-gestopt', { wie: describe(owner), minuten: Math.round(maxWaitMs / 60_000), pad: path }).message);
      }
      if (!told) {
        log(melding('publiceren.build-wacht', { wie: describe(owner) }).message);
        told = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const release = () => {
    // Only our own lock: another build may have taken over a lock it rightly judged stale.
    if (readOwner(path)?.pid === process.pid) rmSync(path, { force: true });
  };
  process.once('exit', release);
  try {
    return await work();
  } finally {
    if (!options.untilExit) {
      release();
      process.removeListener('exit', release);
    }
  }
}
