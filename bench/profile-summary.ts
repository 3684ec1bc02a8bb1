// Summarises a V8 .cpuprofile (from `node --cpu-prof`): self time per package / project file and
// the top functions. Used by bench/run.ts --profile; also usable by hand:
//
//   node bench/profile-summary.ts <file.cpuprofile> [top]
import { readFileSync } from 'node:fs';

interface CpuNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: CpuNode[];
  samples: number[];
  timeDeltas: number[];
  startTime: number;
  endTime: number;
}

export interface ProfileSummary {
  totalMs: number;
  /** Self time per bucket (package name, project folder, or a V8 category). */
  buckets: { name: string; ms: number }[];
  /** Self time per function. */
  functions: { name: string; where: string; ms: number }[];
  /**
   * Inclusive time of project frames: src/… as such, and our pages, components and src/lib as
   * Vite bundled them for rendering (`.prerender/chunks/…`, without Astro's own runtime chunks).
   */
  project: { name: string; where: string; ms: number }[];
  /** Inclusive time per bucket: samples with at least one frame of that place on the stack. */
  inclusive: { name: string; ms: number }[];
}

/** A short place name: `astro`, `@astrojs/mdx`, `src/lib/model.ts`, `.prerender/chunks/…`, `(gc)`, `node:internal`. */
export function bucketOf(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const nm = url.lastIndexOf('/node_modules/');
  if (nm >= 0) {
    const rest = url.slice(nm + '/node_modules/'.length).split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return 'node:internal';
  // Our pages as Vite bundled them for rendering, wherever the output folder is.
  const prerender = url.indexOf('/.prerender/');
  if (prerender >= 0) return url.slice(prerender + 1);
  const src = url.indexOf('/src/');
  if (src >= 0) return url.slice(src + 1).replace(/\?.*$/, '');
  const bench = url.indexOf('/bench/');
  if (bench >= 0) return url.slice(bench + 1);
  return url.replace(/^file:\/\//, '').split('/').slice(-2).join('/');
}

/** Our own code: src/ files, or the prerender chunks Vite made of them (not Astro's runtime). */
function isProjectFrame(url: string): boolean {
  if (url.includes('/node_modules/')) return false;
  if (/\/src\/(lib|cli|components|pages|layouts|scripts)\//.test(url)) return true;
  return /\/\.prerender\/chunks\//.test(url) && !/\/chunks\/(jsx-runtime|astro|server|_virtual)/.test(url);
}

export function summarise(profile: CpuProfile, top = 25): ProfileSummary {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++) {
    const dt = (profile.timeDeltas[i] ?? 0) / 1000;
    self.set(profile.samples[i], (self.get(profile.samples[i]) ?? 0) + dt);
  }
  const buckets = new Map<string, number>();
  const functions = new Map<string, { name: string; where: string; ms: number }>();
  const project = new Map<string, { name: string; where: string; ms: number }>();
  const inclusive = new Map<string, number>();
  for (const [id, ms] of self) {
    const node = byId.get(id)!;
    const { functionName, url, lineNumber } = node.callFrame;
    const bucket = bucketOf(url, functionName);
    buckets.set(bucket, (buckets.get(bucket) ?? 0) + ms);
    const key = `${functionName}|${url}|${lineNumber}`;
    const f = functions.get(key) ?? { name: functionName || '(anonymous)', where: `${bucket}:${lineNumber + 1}`, ms: 0 };
    f.ms += ms;
    functions.set(key, f);
    // Inclusive time of our own frames and of each place: walk up once per distinct frame.
    const seen = new Set<string>();
    const places = new Set<string>();
    for (let p: number | undefined = id; p !== undefined; p = parent.get(p)) {
      const frame = byId.get(p)!.callFrame;
      places.add(bucketOf(frame.url, frame.functionName));
      if (!isProjectFrame(frame.url)) continue;
      const k = `${frame.functionName}|${frame.url}|${frame.lineNumber}`;
      if (seen.has(k)) continue;
      seen.add(k);
      const e = project.get(k) ?? { name: frame.functionName || '(module)', where: `${bucketOf(frame.url, '')}:${frame.lineNumber + 1}`, ms: 0 };
      e.ms += ms;
      project.set(k, e);
    }
    for (const place of places) inclusive.set(place, (inclusive.get(place) ?? 0) + ms);
  }
  const sorted = <T extends { ms: number }>(items: Iterable<T>) => [...items].sort((a, b) => b.ms - a.ms).slice(0, top);
  return {
    totalMs: (profile.endTime - profile.startTime) / 1000,
    buckets: sorted([...buckets].map(([name, ms]) => ({ name, ms }))),
    functions: sorted(functions.values()),
    project: sorted(project.values()),
    inclusive: sorted([...inclusive].map(([name, ms]) => ({ name, ms }))),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [file, top = '25'] = process.argv.slice(2);
  const s = summarise(JSON.parse(readFileSync(file, 'utf8')) as CpuProfile, Number(top));
  const row = (ms: number) => `${ms.toFixed(0).padStart(7)} ms`;
  process.stdout.write(`total ${s.totalMs.toFixed(0)} ms\n\nself time per place:\n`);
  for (const b of s.buckets) process.stdout.write(`${row(b.ms)}  ${b.name}\n`);
  process.stdout.write('\nself time per function:\n');
  for (const f of s.functions) process.stdout.write(`${row(f.ms)}  ${f.name}  (${f.where})\n`);
  process.stdout.write('\ninclusive time per place:\n');
  for (const b of s.inclusive) process.stdout.write(`${row(b.ms)}  ${b.name}\n`);
  process.stdout.write('\ninclusive time of project code:\n');
  for (const f of s.project) process.stdout.write(`${row(f.ms)}  ${f.name}  (${f.where})\n`);
}
