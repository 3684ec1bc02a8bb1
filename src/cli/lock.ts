// Astro keeps generated module lists in the project's .astro/ folder, whatever the
// region: two builds of different regions at once would read each other's lists. Builds
// in one checkout therefore take turns, using a lock file with the owner's pid.
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import { join } from 'node:path';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

export interface LockOptions {
  /**
   * Keep the lock until this process exits, not just until `work` is done. Astro writes files
   * in `.astro/` (its data store, generated types) on a timer after `build()` has returned; a
   * next build that started in between read this build's files (with content collections that
   * failed with "UnknownContentCollectionError"). The process ends right after the build
   * (search index, swapping folders), and not before those timers have run.
   */
  untilExit?: boolean;
}

export async function withBuildLock<T>(projectRoot: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const dir = join(projectRoot, '.astro');
  mkdirSync(dir, { recursive: true });
  const path = join(dir, 'bouw.lock');
  let told = false;
  for (;;) {
    try {
      const fd = openSync(path, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      break;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const owner = Number(readFileSync(path, 'utf8').trim() || 0);
      if (!owner || !alive(owner)) {
        rmSync(path, { force: true });
        continue;
      }
      if (!told) {
        process.stdout.write(`Er loopt al een build in deze map (proces ${owner}); even wachten…\n`);
        told = true;
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  const release = () => rmSync(path, { force: true });
  process.once('exit', release);
  try {
    return await work();
  } finally {
    if (!options.untilExit) release();
  }
}
