/**
 * The output file of the command line: never the input (by any spelling), written through a temp
 * file in the target folder and renamed, the temp file removed on every error path and on
 * SIGINT/SIGTERM. The temp name is short (`.smartcity-<8 hex>.tmp`), so it is legal wherever the
 * output name is.
 */
import { randomBytes } from "node:crypto";
import { promises as fs, unlinkSync } from "node:fs";
import * as path from "node:path";

/** Exit codes of a run stopped by a signal (128 + signal number, as shells report them). */
export const SIGNAL_EXIT = { SIGINT: 130, SIGTERM: 143 } as const;
export type StopSignal = keyof typeof SIGNAL_EXIT;

/** The real path of a file, or of its folder joined with its name when the file does not exist. */
async function realOrPlanned(file: string): Promise<string> {
  try {
    return await fs.realpath(file);
  } catch {
    const folder = await fs.realpath(path.dirname(file)).catch(() => path.dirname(file));
    return path.join(folder, path.basename(file));
  }
}

/**
 * Whether two absolute paths name the same file: same spelling after resolving `..`, the same
 * real path (symlinks), or the same device and inode (hard links, case-insensitive names).
 */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  if ((await realOrPlanned(a)) === (await realOrPlanned(b))) return true;
  const [sa, sb] = await Promise.all([fs.stat(a).catch(() => null), fs.stat(b).catch(() => null)]);
  return sa !== null && sb !== null && sa.dev === sb.dev && sa.ino === sb.ino;
}

export type TargetProblem = { kind: "input" | "framework"; file: string } | { kind: "folder" };

/** Why `target` must not be written: it is one of the `protected` files, or a folder. */
export async function targetProblem(
  target: string,
  protectedFiles: readonly { kind: "input" | "framework"; file: string; resolved: string }[]
): Promise<TargetProblem | null> {
  for (const p of protectedFiles) {
    if (await sameFile(target, p.resolved)) return { kind: p.kind, file: p.file };
  }
  const stat = await fs.stat(target).catch(() => null);
  return stat?.isDirectory() ? { kind: "folder" } : null;
}

/** A temp file name in `folder`: short, hidden, unlikely to clash. */
export function tempNameIn(folder: string): string {
  return path.join(folder, `.smartcity-${randomBytes(4).toString("hex")}.tmp`);
}

/** Temp files of writes in progress: removed by the signal and exit handlers. */
const pending = new Set<string>();
let onStop: ((signal: StopSignal) => void) | null = null;

function removePending(): void {
  for (const temp of pending) {
    try {
      unlinkSync(temp);
    } catch {
      // already gone
    }
  }
  pending.clear();
}

function stop(signal: StopSignal): void {
  removePending();
  onStop?.(signal);
  process.exit(SIGNAL_EXIT[signal]);
}
const stopOnInt = (): void => stop("SIGINT");
const stopOnTerm = (): void => stop("SIGTERM");

function guard(temp: string, notify: (signal: StopSignal) => void): void {
  if (pending.size === 0) {
    process.on("SIGINT", stopOnInt);
    process.on("SIGTERM", stopOnTerm);
    process.on("exit", removePending);
  }
  onStop = notify;
  pending.add(temp);
}

function release(temp: string): void {
  pending.delete(temp);
  if (pending.size === 0) {
    process.off("SIGINT", stopOnInt);
    process.off("SIGTERM", stopOnTerm);
    process.off("exit", removePending);
    onStop = null;
  }
}

/**
 * Creates the temp file, lets `produce` make the bytes (the slow part, so an interruption while
 * rendering is covered too), writes and syncs them, and renames the temp file onto `target`.
 * On any error, and on SIGINT/SIGTERM (then exit 130/143 after `onSignal`), the temp file is
 * removed. Returns the number of bytes written.
 */
export async function writeThroughTemp(
  target: string,
  produce: () => Promise<Uint8Array>,
  onSignal: (signal: StopSignal) => void
): Promise<number> {
  return streamThroughTemp(target, async (write) => write(await produce()), onSignal);
}

/**
 * `writeThroughTemp` for output produced in chunks: `produce` hands each chunk to `write`
 * (awaiting it), so the whole file is never held in memory.
 */
export async function streamThroughTemp(
  target: string,
  produce: (write: (chunk: Uint8Array) => Promise<void>) => Promise<void>,
  onSignal: (signal: StopSignal) => void
): Promise<number> {
  const { temp, handle } = await createTemp(path.dirname(target), onSignal);
  let open: fs.FileHandle | null = handle;
  let bytes = 0;
  try {
    await produce(async (chunk) => {
      bytes += chunk.length;
      await handle.write(chunk);
    });
    await handle.sync();
    await handle.close();
    open = null;
    await fs.rename(temp, target);
    return bytes;
  } catch (e) {
    await open?.close().catch(() => undefined);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    throw e;
  } finally {
    release(temp);
  }
}

/** Creates a new temp file (never reusing an existing name) under the signal guard. */
async function createTemp(
  folder: string,
  onSignal: (signal: StopSignal) => void
): Promise<{ temp: string; handle: fs.FileHandle }> {
  for (let attempt = 0; ; attempt++) {
    const temp = tempNameIn(folder);
    guard(temp, onSignal);
    try {
      return { temp, handle: await fs.open(temp, "wx") };
    } catch (e) {
      release(temp); // not ours: never remove a file this run did not create
      if ((e as NodeJS.ErrnoException).code !== "EEXIST" || attempt >= 3) throw e;
    }
  }
}
