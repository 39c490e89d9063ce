/**
 * Where the command writes, made safe before any slow work starts: no output is the tracker (the
 * tracker file is never written), no two outputs are one file, every output's place can be written;
 * then each output is written to a temporary file beside it and renamed, so a failure leaves the old
 * file or nothing, never half a file. Every refusal is a UsageError (exit 2) naming the path and why.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import {
  access,
  lstat,
  mkdir,
  open,
  realpath,
  rename,
  stat,
  unlink,
  writeFile,
} from 'node:fs/promises';
import type { Stats } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from './options';

/** The outputs a build can be asked for, by their flag. */
export type OutputFlags = { json?: string; narrative?: string; out?: string };

/** Checked outputs: `write` takes the path as the user gave it. */
export type OutputFiles = { write(path: string, data: string | Uint8Array): Promise<void> };

type Planned = { flag: string; path: string; target: string; stats: Stats | null };

/** Folders that are views of the running system, not places for files. */
const SYSTEM_FOLDERS = ['/proc', '/sys', '/dev'];

const REASONS: Record<string, string> = {
  EACCES: 'permission denied (the folder is read-only to you)',
  EPERM: 'permission denied',
  EROFS: 'the disk or share is read-only',
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is used up',
  ENOENT: 'its folder does not exist',
  ENOTDIR: 'part of the path is a file, not a folder',
  EISDIR: 'it is a folder',
  ENAMETOOLONG: 'the name is too long',
  EINVAL: 'the name is not allowed here',
  ELOOP: 'it is a loop of links',
};

function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? (error as Error).message;
}

function refuse(planned: Pick<Planned, 'flag' | 'path'>, why: string): UsageError {
  return new UsageError(`${planned.flag} '${planned.path}' cannot be written: ${why}.`);
}

function inSystemFolder(path: string): boolean {
  return SYSTEM_FOLDERS.some((folder) => path === folder || path.startsWith(`${folder}/`));
}

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/**
 * True when the file system holding `file` (which exists) ignores case: the same name with its
 * letters' case swapped is the same file. A name without letters cannot tell, and counts as no.
 */
export async function isCaseInsensitive(file: string): Promise<boolean> {
  const name = basename(file);
  const swapped = [...name]
    .map((c) => (c === c.toLowerCase() ? c.toUpperCase() : c.toLowerCase()))
    .join('');
  if (swapped === name) return false;
  const [original, other] = await Promise.all([
    stat(file),
    statOrNull(join(dirname(file), swapped)),
  ]);
  return other !== null && other.ino === original.ino && other.dev === original.dev;
}

/** Where a path really leads (symlinks followed), and the file there now, if any. */
async function locate(flag: string, path: string): Promise<Planned> {
  const planned = { flag, path };
  const absolute = resolve(path);
  if (inSystemFolder(absolute)) {
    const folder = `/${absolute.split('/')[1]}`;
    throw refuse(
      planned,
      `it is in ${folder}, a view of the running system, not a folder for files`,
    );
  }
  let target: string;
  try {
    target = await realpath(absolute);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT') throw refuse(planned, reasonOf(error));
    if ((await lstat(absolute).catch(() => null))?.isSymbolicLink()) {
      throw refuse(planned, 'it is a link to a file that does not exist');
    }
    try {
      await mkdir(dirname(absolute), { recursive: true });
      target = join(await realpath(dirname(absolute)), basename(absolute));
    } catch (cause) {
      throw refuse(planned, reasonOf(cause));
    }
  }
  if (inSystemFolder(target))
    throw refuse(planned, `it leads to ${target}, a view of the running system, not a file`);
  return { flag, path, target, stats: await statOrNull(target) };
}

function sameFile(a: Stats | null, b: Stats | null): boolean {
  return a !== null && b !== null && a.dev === b.dev && a.ino === b.ino;
}

/** Creates and removes a temporary file beside the target: proof that the output can be written. */
async function probe(planned: Planned): Promise<void> {
  const { stats, target } = planned;
  if (stats?.isDirectory()) throw refuse(planned, 'it is a folder; name a file inside it');
  if (stats !== null && !stats.isFile()) {
    throw refuse(planned, 'it is a device or other special file, not an ordinary file');
  }
  try {
    if (stats !== null) await access(target, constants.W_OK);
    const temp = tempPathFor(target);
    await (await open(temp, 'wx')).close();
    await unlink(temp);
  } catch (error) {
    throw refuse(
      planned,
      stats !== null ? `${reasonOf(error)} (the file is read-only)` : reasonOf(error),
    );
  }
}

function tempPathFor(target: string): string {
  return join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/**
 * Checks every output the flags name against the tracker `input` (which exists) and each other,
 * and that each can be written, before any report is built. Throws a UsageError saying which
 * output and why.
 */
export async function prepareOutputs(input: string, flags: OutputFlags): Promise<OutputFiles> {
  const inputPath = await realpath(input);
  const inputStats = await stat(inputPath);
  const folds = await isCaseInsensitive(inputPath);
  const key = (path: string): string => (folds ? path.toLowerCase() : path);
  const requests = (['json', 'narrative', 'out'] as const)
    .filter((flag) => flags[flag] !== undefined)
    .map((flag) => ({ flag: `--${flag}`, path: flags[flag] as string }));
  const planned: Planned[] = [];
  for (const { flag, path } of requests) {
    const output = await locate(flag, path);
    if (sameFile(output.stats, inputStats) || key(output.target) === key(inputPath)) {
      throw new UsageError(
        `${flag} '${path}' is the tracker itself: the tracker is never written. Name another file for the output.`,
      );
    }
    const twin = planned.find(
      (p) => sameFile(p.stats, output.stats) || key(p.target) === key(output.target),
    );
    if (twin !== undefined) {
      throw new UsageError(
        `${twin.flag} and ${flag} both name '${path}': give each output its own file.`,
      );
    }
    await probe(output);
    planned.push(output);
  }
  return {
    async write(path, data) {
      const output = planned.find((p) => p.path === path);
      if (output === undefined) throw new Error(`Output '${path}' was not prepared`);
      const temp = tempPathFor(output.target);
      try {
        await writeFile(temp, data, { flag: 'wx' });
        await rename(temp, output.target);
      } catch (error) {
        await unlink(temp).catch(() => undefined);
        throw refuse(output, reasonOf(error));
      }
    },
  };
}
