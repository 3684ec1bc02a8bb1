// Where `npm run build` may write, and how the new site replaces the old one without ever
// deleting or changing a file the tool did not write.
//
// - The output folder is refused when it is, contains or lies inside the region folder or the
//   project (only the project's own git-ignored output folders are allowed), when it is a
//   file, or when it holds files this tool did not write: every site it builds carries a
//   manifest (MANIFEST) with the size and time of each file, and a file that is missing from
//   it or differs from it is the user's.
// - The site is built in a staging folder that names its owner, then swapped in. Normally
//   the whole folder is renamed (atomic); when the output folder is a mount point (a Docker
//   volume) or its parent cannot be written, the staging folder lives inside it and its
//   entries are moved instead.
// - A build that was killed leaves its staging folder behind; the next build finds it by its
//   owner file, restores the previous site if the kill came mid-swap, and removes it.
import {
  accessSync, constants, cpSync, existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, realpathSync,
  renameSync, rmSync, statSync, writeFileSync,
} from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { currentProcess, isRunning, parseIdentity, type ProcessIdentity } from './processes.ts';
import { melding, type Melding } from '../lib/meldingen/index.ts';

export const TOOL = 'onderwijsregio-monitor';
/** The manifest in the root of every built site: which files this tool wrote, with their size and time. */
export const MANIFEST = '.onderwijsregio-monitor.json';
const STAGING_IN_OUTPUT = '.onderwijsregio-bouw-';
const OWNER_FILE = 'eigenaar.json';
const PHASE_FILE = 'fase';

/** The project's own git-ignored output folders: the only places inside the project to build into. */
export const PROJECT_OUTPUT_FOLDERS = ['dist', 'dist-…', 'test/output/…', 'bench/output/…'];

export function isWithin(path: string, folder: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel));
}

/** The real path of `path`, also when its last parts do not exist yet (symlinks resolved). */
export function realPath(path: string): string {
  const missing: string[] = [];
  let existing = resolve(path);
  for (;;) {
    try {
      return join(realpathSync(existing), ...missing.reverse());
    } catch {
      const parent = dirname(existing);
      if (parent === existing) return resolve(path);
      missing.push(basename(existing));
      existing = parent;
    }
  }
}

function isProjectOutput(outDir: string, projectRoot: string): boolean {
  const rel = relative(projectRoot, outDir).split(sep);
  if (rel.length === 1) return rel[0] === 'dist' || rel[0].startsWith('dist-');
  return rel.length > 2 && ((rel[0] === 'test' && rel[1] === 'output') || (rel[0] === 'bench' && rel[1] === 'output'));
}

interface ManifestFile {
  tool: string;
  uitleg: string;
  bestanden: Record<string, string>;
}

/**
 * What the manifest records of a file: its size and modification time. Any edit changes one
 * of them; unlike a content hash this costs no reading of the whole site on every build
 * (about 0.1 s for a site of 500 files, measured).
 */
function fileStamp(path: string): string {
  const stat = statSync(path);
  return `${stat.size}:${Math.round(stat.mtimeMs)}`;
}

/** Every file below `dir` (relative, `/`-separated), skipping the entries `skip` accepts at the top. */
function listFiles(dir: string, skip: (name: string) => boolean = () => false): string[] {
  const files: string[] = [];
  const walk = (folder: string, prefix: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (prefix === '' && skip(entry.name)) continue;
      const rel = `${prefix}${entry.name}`;
      if (entry.isDirectory()) walk(join(folder, entry.name), `${rel}/`);
      else files.push(rel);
    }
  };
  walk(dir, '');
  return files.sort();
}

const isOurStagingName = (name: string) => name.startsWith(STAGING_IN_OUTPUT);

/** Writes the manifest of the finished site in `siteDir`. */
export function writeManifest(siteDir: string): void {
  const bestanden: Record<string, string> = {};
  for (const file of listFiles(siteDir)) bestanden[file] = fileStamp(join(siteDir, file));
  const manifest: ManifestFile = {
    tool: TOOL,
    uitleg: 'Deze map is gebouwd door onderwijsregio-monitor. De volgende build vervangt alleen een map waarvan elk bestand hier staat, met dezelfde grootte en tijd (grootte:tijd in ms).',
    bestanden,
  };
  writeFileSync(join(siteDir, MANIFEST), `${JSON.stringify(manifest, null, 1)}\n`);
}

function readManifest(outDir: string): ManifestFile | undefined {
  try {
    const value = JSON.parse(readFileSync(join(outDir, MANIFEST), 'utf8')) as ManifestFile;
    return value.tool === TOOL && value.bestanden && typeof value.bestanden === 'object' ? value : undefined;
  } catch {
    return undefined;
  }
}

const examples = (files: string[]) => `${files.slice(0, 3).join(', ')}${files.length > 3 ? ` en nog ${files.length - 3}` : ''}`;

/** Why the existing `outDir` (called `named` in the line) may not be replaced; undefined when it may. */
function foreignContents(outDir: string, named: string): Melding | undefined {
  const entries = readdirSync(outDir).filter((name) => !isOurStagingName(name));
  if (entries.length === 0) return undefined;
  const manifest = readManifest(outDir);
  if (!manifest) {
    return melding('publiceren.out-dir-vreemde-bestanden', { map: named, voorbeelden: examples(entries.sort()) });
  }
  const changed: string[] = [];
  for (const file of listFiles(outDir, isOurStagingName)) {
    if (file === MANIFEST) continue;
    const expected = manifest.bestanden[file];
    const stat = lstatSync(join(outDir, file));
    if (expected === undefined || !stat.isFile() || fileStamp(join(outDir, file)) !== expected) changed.push(file);
  }
  if (changed.length === 0) return undefined;
  return melding('publiceren.out-dir-gewijzigd', { map: named, aantal: changed.length, voorbeelden: examples(changed) });
}

export interface OutputTarget {
  /** The output folder as the user named it, resolved. */
  named: string;
  /** Its real path (symlinks resolved): the folder that is replaced. */
  outDir: string;
}

/** Checks where the build wants to write; every reason to refuse as one Dutch line. */
export function checkOutputTarget(options: { outDir: string; regioDir: string; projectRoot: string }): { target: OutputTarget; problems: string[] } {
  const named = resolve(options.outDir);
  const outDir = realPath(named);
  const regioDir = realPath(options.regioDir);
  const projectRoot = realPath(options.projectRoot);
  const target = { named, outDir };
  const refuse = (m: Melding) => ({ target, problems: [m.message] });

  if (isWithin(projectRoot, outDir)) return refuse(melding('publiceren.out-dir-bevat-programma', { map: named }));
  if (regioDir !== projectRoot && isWithin(regioDir, outDir)) return refuse(melding('publiceren.out-dir-bevat-regiomap', { map: named, regio: regioDir }));
  if (regioDir !== projectRoot && isWithin(outDir, regioDir)) return refuse(melding('publiceren.out-dir-in-regiomap', { map: named, regio: regioDir }));
  if (isWithin(outDir, projectRoot) && !isProjectOutput(outDir, projectRoot)) {
    return refuse(melding('publiceren.out-dir-in-programmamap', { map: named, toegestaan: [...PROJECT_OUTPUT_FOLDERS] }));
  }
  if (existsSync(outDir)) {
    const stat = statSync(outDir);
    if (!stat.isDirectory()) return refuse(melding('publiceren.out-dir-is-bestand', { map: named }));
    const reason = foreignContents(outDir, named);
    if (reason) return refuse(reason);
  }
  return { target, problems: [] };
}

interface Owner extends ProcessIdentity {
  tool: string;
  doel: string;
}

/** `<name>-<pid>-<start>`: a folder's owner is in its name, so a kill before its owner file is written leaves no orphan. */
function stagingName(prefix: string): string {
  const me = currentProcess();
  return `${prefix}${me.pid}-${me.start ?? 'x'}`;
}

function ownerFromName(folder: string, outDir: string): Owner | undefined {
  const match = /-(\d+)-(\w+)$/.exec(basename(folder));
  if (!match) return undefined;
  return { pid: Number(match[1]), host: currentProcess().host, start: match[2] === 'x' ? undefined : match[2], tool: TOOL, doel: outDir };
}

function readOwner(staging: string): Owner | undefined {
  try {
    const text = readFileSync(join(staging, OWNER_FILE), 'utf8');
    const identity = parseIdentity(text);
    const value = JSON.parse(text) as Partial<Owner>;
    if (!identity || value.tool !== TOOL || typeof value.doel !== 'string') return undefined;
    return { ...identity, tool: TOOL, doel: value.doel };
  } catch {
    return undefined;
  }
}

export interface Staging {
  outDir: string;
  /** 'map': the whole folder is renamed; 'inhoud': its entries are moved (mount point). */
  mode: 'map' | 'inhoud';
  /** Beside (or, for 'inhoud', inside) the output folder, on its file system. */
  folder: string;
  /** Where the finished site waits to be swapped in. */
  siteDir: string;
  /** In the project's work folder: Astro builds here (see buildDir). */
  buildFolder: string;
  /**
   * Astro's outDir. Astro moves its own assets into it by renaming (EXDEV across file
   * systems), from a server build that has to stay in the project to find its packages: so it
   * builds on the project's file system, and the finished site is moved (or copied) over.
   */
  buildDir: string;
}

function isMountPoint(dir: string): boolean {
  const parent = dirname(dir);
  return parent === dir || statSync(dir).dev !== statSync(parent).dev;
}

function canWrite(dir: string): boolean {
  try {
    accessSync(dir, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}

function stagingFolders(outDir: string): string[] {
  const parent = dirname(outDir);
  const prefix = `.${basename(outDir)}.bouw-`;
  const beside = existsSync(parent) ? readdirSync(parent).filter((n) => n.startsWith(prefix)).map((n) => join(parent, n)) : [];
  const inside = existsSync(outDir) && statSync(outDir).isDirectory()
    ? readdirSync(outDir).filter(isOurStagingName).map((n) => join(outDir, n))
    : [];
  return [...beside, ...inside];
}

function moveEntries(from: string, to: string, last?: string): void {
  const names = readdirSync(from).filter((n) => n !== last && !isOurStagingName(n));
  for (const name of names) renameSync(join(from, name), join(to, name));
  if (last && existsSync(join(from, last))) renameSync(join(from, last), join(to, last));
}

/**
 * Removes the staging folders of builds that were killed, after putting the previous site
 * back where a kill came in the middle of the swap. Only folders with our owner file whose
 * process is gone are touched. Returns the folders removed.
 */
export function cleanLeftovers(outDir: string, workDir: string): string[] {
  const removed: string[] = [];
  removed.push(...removeDeadWorkFolders(workDir, 'bouw-'));
  for (const folder of stagingFolders(outDir)) {
    const owner = readOwner(folder) ?? ownerFromName(folder, outDir);
    if (!owner || owner.doel !== outDir || isRunning(owner)) continue;
    const old = join(folder, 'oud');
    const phase = existsSync(join(folder, PHASE_FILE)) ? readFileSync(join(folder, PHASE_FILE), 'utf8').trim() : '';
    if (dirname(folder) === outDir) {
      // Entries swap: in phase "in" the new site had passed and was half moved in: finish it;
      // in phase "uit" the old site was half moved out: move it back.
      if (phase === 'in') {
        moveEntries(join(folder, 'site'), outDir, MANIFEST);
      } else if (phase === 'uit' && existsSync(old)) {
        moveEntries(old, outDir, MANIFEST);
      }
    } else if (!existsSync(outDir) && existsSync(old)) {
      // Killed between the two renames: the previous site goes back.
      renameSync(old, outDir);
    }
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

/**
 * A folder of this process in the project's work folder (`<prefix><pid>-<start>`), for a
 * build or a PDF: found again by `removeDeadWorkFolders` when the process was killed.
 */
export function createWorkFolder(workDir: string, prefix: string, doel?: string): string {
  const folder = join(workDir, stagingName(prefix));
  createOwnedFolder(folder, doel ?? folder);
  return folder;
}

/** Removes the work folders (`<prefix>…`) whose process is gone; returns them. */
export function removeDeadWorkFolders(workDir: string, prefix: string): string[] {
  const removed: string[] = [];
  for (const folder of existsSync(workDir) ? readdirSync(workDir).filter((n) => n.startsWith(prefix)).map((n) => join(workDir, n)) : []) {
    const owner = readOwner(folder) ?? ownerFromName(folder, folder);
    if (!owner || isRunning(owner)) continue;
    rmSync(folder, { recursive: true, force: true });
    removed.push(folder);
  }
  return removed;
}

function createOwnedFolder(folder: string, outDir: string): void {
  rmSync(folder, { recursive: true, force: true });
  mkdirSync(folder, { recursive: true });
  const owner: Owner = { ...currentProcess(), tool: TOOL, doel: outDir };
  writeFileSync(join(folder, OWNER_FILE), JSON.stringify(owner));
}

/** Creates the staging folders for a build into `outDir` (after checkOutputTarget). */
export function createStaging(outDir: string, workDir: string, options: { mode?: Staging['mode'] } = {}): Staging {
  const parent = dirname(outDir);
  mkdirSync(parent, { recursive: true });
  const exists = existsSync(outDir);
  const mode = options.mode ?? (exists && (isMountPoint(outDir) || !canWrite(parent)) ? 'inhoud' : 'map');
  if (mode === 'inhoud') mkdirSync(outDir, { recursive: true });
  const folder = mode === 'inhoud' ? join(outDir, stagingName(STAGING_IN_OUTPUT)) : join(parent, stagingName(`.${basename(outDir)}.bouw-`));
  createOwnedFolder(folder, outDir);
  const buildFolder = createWorkFolder(workDir, 'bouw-', outDir);
  return { outDir, mode, folder, siteDir: join(folder, 'site'), buildFolder, buildDir: join(buildFolder, 'site') };
}

/** Replaces the output folder by the finished site; throws (in Dutch) when it may not. */
export function swapIn(staging: Staging): void {
  const { outDir, folder, siteDir, buildDir } = staging;
  // The folder may have changed while Astro was building.
  if (existsSync(outDir)) {
    const reason = foreignContents(outDir, outDir);
    if (reason) throw new Error(reason.message);
  }
  try {
    renameSync(buildDir, siteDir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EXDEV') throw error;
    cpSync(buildDir, siteDir, { recursive: true, preserveTimestamps: true });
  }
  // Written where the site will stay: renames below keep every file's size and time.
  writeManifest(siteDir);
  rmSync(staging.buildFolder, { recursive: true, force: true });
  if (staging.mode === 'map') {
    if (existsSync(outDir)) renameSync(outDir, join(folder, 'oud'));
    renameSync(siteDir, outDir);
  } else {
    mkdirSync(join(folder, 'oud'));
    writeFileSync(join(folder, PHASE_FILE), 'uit');
    // The manifest first out and last in: a folder without one is never taken for a finished site.
    if (existsSync(join(outDir, MANIFEST))) renameSync(join(outDir, MANIFEST), join(folder, 'oud', MANIFEST));
    moveEntries(outDir, join(folder, 'oud'));
    writeFileSync(join(folder, PHASE_FILE), 'in');
    moveEntries(siteDir, outDir, MANIFEST);
  }
  rmSync(folder, { recursive: true, force: true });
}

/** Removes the staging folder of a failed build; the output folder is left as it was. */
export function discardStaging(staging: Staging): void {
  rmSync(staging.folder, { recursive: true, force: true });
  rmSync(staging.buildFolder, { recursive: true, force: true });
}
