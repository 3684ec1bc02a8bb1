// Checking the region in a worker thread, so that `npm run build` can load Astro and the
// build's modules on the main thread at the same time (on two or more cores the check then
// costs almost no wall time). The worker runs `loadMonitor` of src/lib/load.ts unchanged and sends
// back the problems and the model (a structured clone: plain data, shared references kept).
import { enableCompileCache } from 'node:module';
import { isMainThread, parentPort, Worker } from 'node:worker_threads';
import type { Modus, MonitorResult } from '../lib/model.ts';
import type { ReadOptions } from '../lib/read-region.ts';

interface Job {
  dir: string;
  modus: Modus;
  /** Options for reading the region; not given: from the environment (MONITOR_VANDAAG). */
  readOptions?: ReadOptions;
}

/** How long the worker spent, in ms: loading its modules, and the check itself. */
export interface CheckTiming {
  modulesMs: number;
  checkMs: number;
}

/** A started check: its thread loads the check's modules at once and checks one region when asked. */
export interface CheckWorker {
  check(dir: string, modus: Modus, readOptions?: ReadOptions): Promise<MonitorResult & { timing: CheckTiming }>;
}

/**
 * Starts the worker thread before the region is known: loading its modules is a quarter of the
 * check, and `npm run build` can start it before loading its own modules. Until asked, the
 * thread does not keep the process alive.
 */
export function startCheckWorker(): CheckWorker {
  const worker = new Worker(new URL(import.meta.url));
  worker.unref();
  const result = new Promise<MonitorResult & { timing: CheckTiming }>((resolvePromise, reject) => {
    worker.once('message', (uitkomst: MonitorResult & { timing: CheckTiming }) => {
      resolvePromise(uitkomst);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`De controle van de regiomap stopte onverwacht (code ${code}).`)));
  });
  // Handled where check() is awaited; a worker never asked must not count as unhandled.
  result.catch(() => {});
  let gevraagd = false;
  return {
    check(dir, modus, readOptions) {
      if (gevraagd) throw new Error('Een controle-thread controleert één regio.');
      gevraagd = true;
      worker.ref();
      worker.postMessage({ dir, modus, readOptions } satisfies Job);
      return result;
    },
  };
}

if (!isMainThread && parentPort) {
  const port = parentPort;
  // Node's compile cache is per thread: the build's main thread turns it on for itself only.
  enableCompileCache?.();
  const start = performance.now();
  const [{ loadMonitor }, { readOptionsFromEnv }] = await Promise.all([import('../lib/load.ts'), import('./common.ts')]);
  const modulesMs = Math.round(performance.now() - start);
  port.once('message', ({ dir, modus, readOptions }: Job) => {
    const begin = performance.now();
    const result = loadMonitor(dir, modus, readOptions ?? readOptionsFromEnv());
    const timing: CheckTiming = { modulesMs, checkMs: Math.round(performance.now() - begin) };
    port.postMessage({ ...result, timing });
  });
}
