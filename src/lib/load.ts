// Reading a region folder into the model: read and check every file, then compute. Kept
// apart from model.ts so that pages (which only read a finished model) do not bundle the
// readers of CSV, YAML and MDX.
import { readRegion, type ReadOptions } from './read-region.ts';
import { buildMonitor, type Modus, type MonitorResult } from './model.ts';
import { hasErrors } from './problems.ts';

/** The model of the region in `dir`, or no model when there are errors; every problem either way. */
export function loadMonitor(dir: string, modus: Modus, options: ReadOptions = {}): MonitorResult {
  const { data, problems } = readRegion(dir, options);
  if (hasErrors(problems)) return { problems };
  const monitor = buildMonitor(data, modus, problems);
  return { monitor: hasErrors(problems) ? undefined : monitor, problems };
}
