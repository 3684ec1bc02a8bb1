// Measuring a command of this project as a child process: wall time, the peak RSS of its
// process tree (sampled from /proc) and the exact max RSS of its largest process
// (/usr/bin/time). Shared by bench/run.ts and bench/schaal.ts.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const OUTPUT = join(ROOT, 'bench/output');
/** The Node binary of this run (npm scripts: the project's Node 24), for every child: ours and bare alike. */
export const NODE = process.execPath;
export const TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

export const say = (text: string) => process.stdout.write(`${text}\n`);

export interface Measured {
  ms: number;
  /** Highest sum of RSS over the child's process tree, sampled every 100 ms from /proc (MB). */
  treeMb?: number;
  /** Max RSS of the largest single process of the tree, from /usr/bin/time (exact, MB). */
  maxProcessMb?: number;
  /** CPU time (user + system) of the command and the children it waited for, from /usr/bin/time (ms). */
  cpuMs?: number;
  /** Processes seen in the tree (the build, Pagefind's binary, ...). */
  processes: Set<string>;
  stdout: string;
  stderr: string;
}
export const peakMb = (m: Measured) => Math.max(m.treeMb ?? 0, m.maxProcessMb ?? 0) || undefined;

export const HAS_PROC = existsSync('/proc/self/status');
function childrenOf(pid: number): number[] {
  const kids: number[] = [];
  try {
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      const text = readFileSync(`/proc/${pid}/task/${task}/children`, 'utf8').trim();
      if (text) kids.push(...text.split(/\s+/).map(Number));
    }
  } catch {
    // the process ended meanwhile
  }
  return kids;
}
/** RSS (kB) and name of every process in the tree below and including `root`. */
function treeRss(root: number): { kb: number; names: string[] } {
  let kb = 0;
  const names: string[] = [];
  const todo = [root];
  while (todo.length > 0) {
    const pid = todo.pop()!;
    try {
      const status = readFileSync(`/proc/${pid}/status`, 'utf8');
      kb += Number(status.match(/^VmRSS:\s+(\d+)/m)?.[1] ?? 0);
      names.push(status.match(/^Name:\s+(.*)$/m)?.[1] ?? '?');
    } catch {
      continue;
    }
    todo.push(...childrenOf(pid));
  }
  return { kb, names };
}

export function measure(args: string[], env: Record<string, string>): Promise<Measured> {
  const timeFile = join(OUTPUT, `.time-${process.pid}.txt`);
  rmSync(timeFile, { force: true });
  const [command, argv] = TIME ? [TIME, ['-f', '%M %U %S', '-o', timeFile, NODE, ...args]] : [NODE, args];
  return new Promise((resolvePromise, reject) => {
    const started = performance.now();
    const child = spawn(command, argv, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    let treeKb = 0;
    const processes = new Set<string>();
    const sample = () => {
      if (!HAS_PROC || child.pid === undefined) return;
      const { kb, names } = treeRss(child.pid);
      treeKb = Math.max(treeKb, kb);
      for (const n of names) processes.add(n);
    };
    const timer = setInterval(sample, 100);
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = performance.now() - started;
      clearInterval(timer);
      if (code !== 0) {
        reject(new Error(`${args.join(' ')} failed (${code}):\n${stdout}\n${stderr}`));
        return;
      }
      let maxProcessMb: number | undefined;
      let cpuMs: number | undefined;
      if (TIME && existsSync(timeFile)) {
        const [kb, user, system] = (readFileSync(timeFile, 'utf8').trim().split('\n').at(-1) ?? '').split(' ').map(Number);
        if (kb > 0) maxProcessMb = (kb * 1024) / 1e6;
        if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
        rmSync(timeFile, { force: true });
      }
      processes.delete('time');
      resolvePromise({ ms, treeMb: treeKb > 0 ? (treeKb * 1024) / 1e6 : undefined, maxProcessMb, cpuMs, processes, stdout, stderr });
    });
  });
}

/**
 * The arguments after `node` of an npm script of this project (`npm run build`: the compile
 * cache preload and src/cli/build.ts), paths made absolute: measured as a user starts it, without
 * npm's own start-up.
 */
export function scriptArgs(name: string): string[] {
  const scripts = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts;
  const [node, ...args] = (scripts[name] ?? '').split(' ');
  if (node !== 'node' || args.length === 0) throw new Error(`npm script "${name}" is not "node <args>": ${scripts[name]}`);
  return args.map((arg) => (arg.startsWith('./') || arg.startsWith('src/') ? join(ROOT, arg) : arg));
}

/** Our build exactly as a user runs it: `npm run build`'s command with REGIO_DIR and OUT_DIR. */
export async function buildOurs(regio: string, out: string): Promise<Measured> {
  for (let attempt = 1; ; attempt++) {
    const m = await measure(scriptArgs('build'), { REGIO_DIR: regio, OUT_DIR: out });
    // Builds in one checkout take turns: a run that waited for another build (a test run,
    // say) measured the wait as well. Run it again.
    if (!m.stdout.includes('Er loopt al een build') || attempt === 4) return m;
    say('    (waited for another build in this checkout; running again)');
  }
}
