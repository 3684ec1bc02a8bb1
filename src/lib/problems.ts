// Printing problems the way DATA.md promises: one line each, then a count.
import type { Problem } from './types.ts';

export function formatProblem(problem: Problem): string {
  const position = problem.line !== undefined ? `${problem.file}:${problem.line}` : problem.file;
  const label = problem.file.endsWith('.csv') ? 'kolom' : 'veld';
  const column = problem.column && !problem.message.includes(`"${problem.column}"`) ? `${label} "${problem.column}": ` : '';
  const prefix = problem.severity === 'waarschuwing' ? 'waarschuwing: ' : '';
  return `${position}: ${prefix}${column}${problem.message}`;
}

/** Errors first, then by file and line, so the output reads like the folder. */
export function sortProblems(problems: Problem[]): Problem[] {
  return [...problems].sort(
    (a, b) =>
      (a.severity === b.severity ? 0 : a.severity === 'fout' ? -1 : 1) ||
      a.file.localeCompare(b.file) ||
      (a.line ?? 0) - (b.line ?? 0),
  );
}

export function countLine(problems: Problem[]): string {
  const errors = problems.filter((p) => p.severity === 'fout').length;
  const warnings = problems.length - errors;
  const part = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (problems.length === 0) return 'Geen problemen gevonden.';
  return `${part(errors, 'fout', 'fouten')} en ${part(warnings, 'waarschuwing', 'waarschuwingen')} gevonden.`;
}

export function hasErrors(problems: Problem[]): boolean {
  return problems.some((p) => p.severity === 'fout');
}
