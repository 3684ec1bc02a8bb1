// `npm run dev`: live preview with concepts visible. Problems are printed, and the
// preview starts only when the region has no errors.
import { applySiteBase, printProblems, PROJECT_ROOT, readOptionsFromEnv, regioFromEnv } from './common.ts';
import { loadMonitor } from '../lib/load.ts';
import { hasErrors } from '../lib/problems.ts';
import { melding } from '../lib/meldingen/index.ts';

const dir = regioFromEnv();
const { monitor, problems } = loadMonitor(dir, 'voorbeeld', readOptionsFromEnv());
if (problems.length > 0) printProblems(problems);
if (!monitor || hasErrors(problems)) {
  process.stderr.write(`${melding('publiceren.voorbeeld-start-niet').message}\n`);
  process.exit(1);
}
const baseProblem = applySiteBase(monitor.regio);
if (baseProblem) {
  printProblems([baseProblem]);
  process.exit(1);
}
if (monitor.regio.site) process.env.MONITOR_SITE = monitor.regio.site;
const { setMonitor, setMonitorLoader } = await import('../site/site.ts');
setMonitor(monitor, dir);
setMonitorLoader(() => loadMonitor(dir, 'voorbeeld', readOptionsFromEnv()));
const { dev } = await import('astro');
const port = Number(process.env.PORT || 4321);
// Astro's own log is English, with stack traces and a line per request: the author sees the
// Dutch lines of the region's problems and of a page that failed instead (vite-regio-fouten.ts,
// vite-regio-watcher.ts). MONITOR_LOG=debug shows Astro's log, as in npm run build.
await dev({
  root: PROJECT_ROOT,
  server: { port, host: process.env.HOST || 'localhost' },
  logLevel: process.env.MONITOR_LOG === 'debug' ? 'debug' : 'silent',
});
process.stdout.write(`Voorbeeld van "${monitor.regio.naam}" (met concepten) op http://localhost:${port}/\n`);
