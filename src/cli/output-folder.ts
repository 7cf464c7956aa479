import { lstatSync, mkdirSync, mkdtempSync, readdirSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, join, resolve, sep } from 'node:path';
import { FactcheckError } from '../errors/factcheck-error.ts';
import { messages } from '../messages/index.ts';

/** Places no run writes into: the root, the kernel's and devices' folders, and the home folder itself. */
const SYSTEM = ['/proc', '/sys', '/dev'];

/** Files the command writes into an output folder, staged first and moved into place together. */
export interface OutputFolder {
  /** Writes a file, by its path inside the output folder, into the staging folder. */
  stage(relative: string, text: string): void;
  /** Moves every staged file into place, removes charts an earlier run wrote that this one did not, and returns the paths written. */
  commit(): string[];
  /** Removes the staging folder (after a failure, the output folder is as it was). */
  discard(): void;
}

const isLink = (path: string): boolean => {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
};

/** Runs a file-system step, turning a failure into an error that names the path and says what to do. */
function attempt<T>(path: string, work: () => T): T {
  try {
    return work();
  } catch (error) {
    if (error instanceof FactcheckError) throw error;
    throw new FactcheckError('CANNOT_WRITE', messages.cannotWrite(path, (error as Error).message));
  }
}

/**
 * An output folder for one run of the command. Nothing is written in place until every output is
 * made: files are staged in a hidden folder inside it, then each is moved into place, so a run
 * that fails leaves the last run's outputs whole. Links are never written through (a link in
 * place of an output, or of `charts/`, is refused), charts an earlier run wrote and this one did
 * not are removed (only chart files: `.vl.json` and `.svg`), and obviously wrong places (`/`,
 * `/proc`, `/sys`, `/dev`, the home folder itself) are refused before anything is written.
 */
export function outputFolder(dir: string): OutputFolder {
  const absolute = resolve(dir);
  if (absolute === sep || absolute === resolve(homedir()) || SYSTEM.some((place) => absolute === place || absolute.startsWith(`${place}${sep}`))) {
    throw new FactcheckError('CANNOT_WRITE', messages.outPlaceRefused(dir));
  }
  attempt(dir, () => mkdirSync(dir, { recursive: true }));
  const staging = attempt(dir, () => mkdtempSync(join(dir, '.wulong-run-')));
  const staged: string[] = [];
  return {
    stage(relative, text) {
      const path = join(staging, relative);
      attempt(join(dir, relative), () => {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
      });
      staged.push(relative);
    },
    commit() {
      // Every place is checked before the first file moves, so a refusal changes nothing.
      for (const relative of staged) {
        const target = join(dir, relative);
        for (const place of [dirname(target), target]) if (place !== dir && isLink(place)) throw new FactcheckError('CANNOT_WRITE', messages.outLinkRefused(place));
      }
      for (const relative of staged) {
        const target = join(dir, relative);
        attempt(target, () => {
          mkdirSync(dirname(target), { recursive: true });
          renameSync(join(staging, relative), target);
        });
      }
      const charts = join(dir, 'charts');
      const kept = new Set(staged.filter((relative) => dirname(relative) === 'charts').map((relative) => relative.slice('charts/'.length)));
      for (const name of attempt(charts, () => readdirSync(charts))) {
        if (/\.(vl\.json|svg)$/.test(name) && !kept.has(name) && !isLink(join(charts, name))) attempt(join(charts, name), () => unlinkSync(join(charts, name)));
      }
      rmSync(staging, { recursive: true, force: true });
      return staged.map((relative) => join(dir, relative));
    },
    discard() {
      rmSync(staging, { recursive: true, force: true });
    },
  };
}
