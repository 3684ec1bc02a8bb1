// Checking the region in a worker thread, so that `npm run build` can load Astro and the
// build's modules on the main thread at the same time (on two or more cores the check then
// costs almost no wall time). The worker runs `loadMonitor` of src/lib/load.ts unchanged and sends
// back the problems and the model (a structured clone: plain data, shared references kept).
import { enableCompileCache } from 'node:module';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
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

/** Runs `loadMonitor(dir, modus, readOptions)` in a worker thread. */
export function checkInWorker(dir: string, modus: Modus, readOptions?: ReadOptions): Promise<MonitorResult & { timing: CheckTiming }> {
  return new Promise((resolvePromise, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir, modus, readOptions } satisfies Job });
    worker.once('message', (result: MonitorResult & { timing: CheckTiming }) => {
      resolvePromise(result);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`De controle van de regiomap stopte onverwacht (code ${code}).`)));
  });
}

if (!isMainThread && parentPort) {
  // Node's compile cache is per thread: the build's main thread turns it on for itself only.
  enableCompileCache?.();
  const { dir, modus, readOptions } = workerData as Job;
  const start = performance.now();
  const { loadMonitor } = await import('../lib/load.ts');
  const loaded = performance.now();
  const { readOptionsFromEnv } = await import('./common.ts');
  const result = loadMonitor(dir, modus, readOptions ?? readOptionsFromEnv());
  const timing: CheckTiming = { modulesMs: Math.round(loaded - start), checkMs: Math.round(performance.now() - loaded) };
  parentPort.postMessage({ ...result, timing });
}
