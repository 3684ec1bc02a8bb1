// Astro's own step times, from its log at level info: used by bench/phases.ts (our build) and
// bench/bare.ts (the baseline), so that bench/run.ts can put them side by side.

export interface AstroStep {
  step: string;
  ms: number;
}

/** The step times in Astro's info log: `<step>...` followed by `✓ Completed in 1.2s.`, and the like. */
export function stepsFromLog(text: string): AstroStep[] {
  const steps: AstroStep[] = [];
  // Open steps per log prefix (`[build]`, or none); a `✓ Completed` closes the earliest open
  // step with its prefix (Astro logs some steps, like "Rearranging server assets", without an end).
  const open = new Map<string, string[]>();
  const ms = (value: string, unit: string) => Math.round(Number(value) * (unit === 's' ? 1000 : 1));
  let vite = 0;
  for (const raw of text.split('\n')) {
    // eslint-disable-next-line no-control-regex
    const line = raw.replace(/\u001b\[[0-9;]*m/g, '').replace(/^\d\d:\d\d:\d\d\s+/, '').trim();
    const prefix = line.match(/^\[[\w@/.-]+\]/)?.[0] ?? '';
    const rest = line.slice(prefix.length).trim();
    let m: RegExpMatchArray | null;
    if (/^[^✓]*\.\.\.$/.test(rest) || rest === 'generating static routes') open.set(prefix, [...(open.get(prefix) ?? []), rest.replace(/\.\.\.$/, '')]);
    else if ((m = rest.match(/^✓ Completed in ([\d.]+)(ms|s)\.?$/))) steps.push({ step: open.get(prefix)?.shift() ?? 'completed', ms: ms(m[1], m[2]) });
    // Astro builds the server (prerender) side first, then the client side.
    else if ((m = line.match(/^\[vite\] ✓ built in ([\d.]+)(ms|s)/))) steps.push({ step: vite++ === 0 ? 'vite build (prerender)' : 'vite build (client)', ms: ms(m[1], m[2]) });
    else if ((m = line.match(/^\[types\] Generated ([\d.]+)(ms|s)/))) steps.push({ step: 'content sync and types', ms: ms(m[1], m[2]) });
    else if ((m = line.match(/^\[build\] (\d+) page\(s\) built in ([\d.]+)(ms|s)/))) steps.push({ step: "pages built (Astro's total)", ms: ms(m[2], m[3]) });
  }
  return steps;
}

/** Runs `work` with Astro's stdout captured (printed too when `echo`), and returns its steps. */
export async function withCapturedSteps(work: () => Promise<void>, echo = false): Promise<AstroStep[]> {
  const log: string[] = [];
  const write = process.stdout.write.bind(process.stdout);
  process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => {
    log.push(String(chunk));
    return echo ? write(chunk, ...(rest as [])) : true;
  }) as typeof process.stdout.write;
  try {
    await work();
  } finally {
    process.stdout.write = write;
  }
  return stepsFromLog(log.join(''));
}
