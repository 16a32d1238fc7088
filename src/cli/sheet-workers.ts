/**
 * The main thread's side of the parallel sheet writer (docs/adr/0015-parallel-sheet-parts.md):
 * a worker thread (sheet-worker.ts) started as soon as the command is parsed, so its read and
 * evaluation of the input run beside the main thread's; the .xlsx writer then asks it for the
 * largest sheets (`PartOffload`). Any failure of the worker (an error, an exit, running out of
 * its memory limit) rejects the request and the writer writes those sheets itself.
 *
 * A watchdog bounds the wait: a worker that has not delivered within `watchdogMs` of the request
 * is terminated and fails like the others. The worker keeps its parts in memory (no temp file), so
 * terminating it at any point leaves nothing behind.
 *
 * Environment: SMARTCITY_WORKERS=0 writes on one thread; SMARTCITY_WORKERS=1 starts the worker
 * from the smallest input it could help (over a million cells). Tests only:
 * SMARTCITY_WORKERS_FAIL=throw|exit|memory|hang makes the worker fail in that way once asked for
 * sheets (`early`: exit before it is asked); SMARTCITY_WORKERS_TIMEOUT_MS replaces the watchdog's bound (a short one for "hang").
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { MessageLanguage } from "../engine/messages";
import type { OffloadedSheets, OffloadRequest, PartOffload } from "../xlsx/parallel";
import type { SummarizeOptions } from "./args";

/** The compiled worker (absent under ts-jest, which runs the TypeScript: one thread then). */
const WORKER_SCRIPT = path.join(__dirname, "sheet-worker.js");
/** Inputs smaller than this make layouts under the writer's million cells: never a worker. */
const MIN_INPUT_BYTES = 512 << 10;
/**
 * By default the worker starts from this input size (about 30,000 cities of the 2015 framework):
 * measured on 2 cores, it costs as much as it saves at 20,000 cities (4.1-4.3 s against 3.5-4.7 s
 * on one thread, +90 MB) and pays from 50,000 (8.2 s against 9.3-10.5 s; 100,000: 11.5 against 15.8 s).
 */
const DEFAULT_INPUT_BYTES = 4 << 20;
/**
 * The share of cells the worker writes: it starts a little after the main thread, which also
 * writes every small part, the shared strings and the helper's entries.
 */
const WORKER_SHARE = 0.5;

export type WorkerData = {
  options: SummarizeOptions;
  cwd: string;
  language: MessageLanguage;
  fail: string | undefined;
};
export type WorkerReply =
  { type: "done"; result: OffloadedSheets } | { type: "failed"; message: string };

export type SheetWorker = PartOffload & { stop(): Promise<void> };

/** The worker did not deliver within the watchdog's bound (it was terminated). */
export class SheetWorkerTimeout extends Error {
  constructor(readonly seconds: number) {
    super(`the sheet worker did not answer within ${seconds} s`);
    this.name = "SheetWorkerTimeout";
  }
}

/**
 * The watchdog's bound, from the request (docs/adr/0015-parallel-sheet-parts.md, "Addendum:
 * the watchdog"): a floor for start-up and the rest of the worker's own read and layout, plus a
 * budget per handed-over cell about 35 times what the worker spends (~0.6 µs of CPU per cell at
 * 100,000 cities, read and layout included), so only a worker that has stopped, not a slow one on
 * a busy machine, is cut off: 7,000 cities (~0.55 million cells handed over) ~41 s, 100,000
 * cities (7.9 million) ~190 s.
 */
const WATCHDOG_FLOOR_MS = 30_000;
const WATCHDOG_MS_PER_CELL = 0.02;

export function watchdogMs(cells: number, env: NodeJS.ProcessEnv = process.env): number {
  const forced = Number(env.SMARTCITY_WORKERS_TIMEOUT_MS); // tests only
  if (Number.isInteger(forced) && forced > 0) return forced;
  return Math.round(WATCHDOG_FLOOR_MS + Math.max(cells, 0) * WATCHDOG_MS_PER_CELL);
}

/**
 * The worker's old-space limit: a base plus 16 MB per MB of input (100,000 cities, 12.3 MB of
 * CSV: 260 MB). Tighter caps cost GC time (10 MB per MB: ~+4 s of GC at 100,000 cities), looser
 * ones memory (20 MB per MB: ~+20 MB at the peak); see docs/adr/0015-parallel-sheet-parts.md.
 */
function heapLimitMb(inputBytes: number): number {
  return Math.round(64 + (inputBytes / (1 << 20)) * 16);
}

/** Starts the worker for a summary written to a file from a large input; null otherwise. */
export function startSheetWorker(
  options: SummarizeOptions,
  cwd: string,
  language: MessageLanguage,
  env: NodeJS.ProcessEnv = process.env
): SheetWorker | null {
  if (env.SMARTCITY_WORKERS === "0" || options.out === undefined || options.input === undefined)
    return null;
  if (!fs.existsSync(WORKER_SCRIPT)) return null;
  const size = fs.statSync(path.resolve(cwd, options.input), { throwIfNoEntry: false })?.size;
  const least = env.SMARTCITY_WORKERS === "1" ? MIN_INPUT_BYTES : DEFAULT_INPUT_BYTES;
  if (size === undefined || size < least) return null;
  const data: WorkerData = { options, cwd, language, fail: env.SMARTCITY_WORKERS_FAIL };
  const worker = new Worker(WORKER_SCRIPT, {
    workerData: data,
    resourceLimits: { maxOldGenerationSizeMb: heapLimitMb(size) },
    stdout: true, // the worker prints nothing; whatever it would is dropped
    stderr: true,
  });
  let settled = false;
  let watchdog: NodeJS.Timeout | undefined;
  let fail: (reason: Error) => void = () => undefined;
  const ended = new Promise<OffloadedSheets>((resolve, reject) => {
    fail = (reason) => {
      settled = true;
      reject(reason);
    };
    worker.on("message", (reply: WorkerReply) => {
      settled = true;
      if (reply.type === "done") resolve(reply.result);
      else reject(new Error(reply.message));
    });
    worker.on("error", (e) => fail(e));
    worker.on("exit", (code) => {
      if (!settled) fail(new Error(`the sheet worker exited (${code})`));
    });
  });
  ended.catch(() => undefined); // the writer awaits it when it asks
  void ended.finally(() => clearTimeout(watchdog)).catch(() => undefined);
  return {
    share: WORKER_SHARE,
    write: (request: OffloadRequest) => {
      if (settled) return ended; // failed already (read, layout): the writer does it all itself
      const bound = watchdogMs(request.cells, env);
      watchdog = setTimeout(() => {
        // Rejected first: the writer never waits on a worker that is being stopped.
        fail(new SheetWorkerTimeout(Math.ceil(bound / 1000)));
        void worker.terminate();
      }, bound);
      watchdog.unref();
      worker.postMessage(request);
      return ended;
    },
    stop: async () => {
      clearTimeout(watchdog);
      fail(new Error("the sheet worker was stopped"));
      await worker.terminate();
    },
  };
}
