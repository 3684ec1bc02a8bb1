// Access to the files of one region folder. Everything the check accepts must be something
// the build can read the same way, so a path is only used when it is what it claims to be:
// a file where a file is expected, a folder where a folder is expected, and a symbolic link
// only when it leads to something inside the region folder (the build would otherwise
// publish whatever the link points at, or fail on a link that leads nowhere).
import { lstatSync, readdirSync, readFileSync, readlinkSync, realpathSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';
import type { Problem } from './types.ts';
import { melding, type Melding } from './meldingen/index.ts';

export type Soort = 'bestand' | 'map' | 'geen' | 'fout';

export interface RegioBestanden {
  /** What is at `rel` (relative to the region, with `/`); a bad link is reported once and gives 'fout'. */
  soort(rel: string): Soort;
  /** The bytes of the file at `rel`, or undefined (reported) when it is no readable file. */
  lees(rel: string): Buffer | undefined;
  /** The visible names in the folder at `rel` (sorted), or none when it is no folder. */
  namen(rel: string): string[];
  /** Reports that `rel` should be a file (or folder) but is the other kind. */
  verkeerdeSoort(rel: string, verwacht: 'bestand' | 'map', hint?: string): void;
}

const code = (error: unknown) => (error as { code?: string }).code ?? 'onbekende fout';

export function regioBestanden(dir: string, problems: Problem[]): RegioBestanden {
  let root: string;
  try {
    root = realpathSync(dir);
  } catch {
    root = dir;
  }
  const cache = new Map<string, Soort>();
  const fout = (file: string, m: Melding) => problems.push({ ...m, file });

  const soort = (rel: string): Soort => {
    const known = cache.get(rel);
    if (known) return known;
    const path = join(dir, rel);
    let result: Soort;
    try {
      const link = lstatSync(path);
      if (link.isSymbolicLink()) {
        let target = '';
        try {
          target = readlinkSync(path);
        } catch {
          // Unreadable link text: the message below names no target.
        }
        let real: string | undefined;
        try {
          real = realpathSync(path);
        } catch {
          real = undefined;
        }
        if (real === undefined) {
          fout(rel, melding('bestand.link-leeg', { doel: target }));
          result = 'fout';
        } else if (real !== root && !real.startsWith(root + sep)) {
          fout(rel, melding('bestand.link-buiten', { doel: target }));
          result = 'fout';
        } else result = statSync(path).isDirectory() ? 'map' : 'bestand';
      } else result = link.isDirectory() ? 'map' : link.isFile() ? 'bestand' : 'fout';
      if (result === 'fout' && !link.isSymbolicLink()) fout(rel, melding('bestand.geen-gewoon-bestand'));
    } catch (error) {
      if (code(error) === 'ENOENT' || code(error) === 'ENOTDIR') result = 'geen';
      else {
        fout(rel, melding('bestand.onleesbaar', { reden: String(code(error)) }));
        result = 'fout';
      }
    }
    cache.set(rel, result);
    return result;
  };

  const verkeerdeSoort = (rel: string, verwacht: 'bestand' | 'map', hint?: string) => {
    fout(rel, melding('bestand.verkeerde-soort', { verwacht, hint }));
  };

  return {
    soort,
    verkeerdeSoort,
    lees(rel) {
      const s = soort(rel);
      if (s === 'map') verkeerdeSoort(rel, 'bestand');
      if (s !== 'bestand') return undefined;
      try {
        return readFileSync(join(dir, rel));
      } catch (error) {
        fout(rel, melding('bestand.onleesbaar', { reden: String(code(error)) }));
        return undefined;
      }
    },
    namen(rel) {
      if (soort(rel) !== 'map') return [];
      try {
        return readdirSync(join(dir, rel))
          .filter((name) => !name.startsWith('.'))
          .sort();
      } catch (error) {
        fout(rel, melding('bestand.map-onleesbaar', { reden: String(code(error)) }));
        return [];
      }
    },
  };
}
