/**
 * The worker thread that writes the largest sheets of a summary (sheet-workers.ts starts it;
 * docs/adr/0015-parallel-sheet-parts.md): it rebuilds the main thread's layout from the same
 * options, waits for the sheets asked of it, writes their worksheet parts (checked, guarded,
 * deflated) and hands the bytes over. Any failure is reported, never thrown into the void.
 */
import { parentPort, workerData } from "node:worker_threads";
import { writeOffloadedSheets, type OffloadRequest } from "../xlsx/parallel";
import type { WorkerData, WorkerReply } from "./sheet-workers";
import { rebuildSummaryLayout } from "./summary-layout";

/** Fails as SMARTCITY_WORKERS_FAIL asks (tests of the writer's fallback). */
function forcedFailure(kind: string | undefined): void {
  if (kind === "throw") throw new Error("failure forced by SMARTCITY_WORKERS_FAIL");
  if (kind === "exit") process.exit(3);
  if (kind === "memory") {
    const hoard: number[][] = [];
    for (;;) hoard.push(new Array<number>(1 << 20).fill(hoard.length));
  }
  // Never answers nor returns to its event loop, and uses no CPU: only terminate() ends it.
  if (kind === "hang") for (;;) Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0);
}

async function work(port: NonNullable<typeof parentPort>, data: WorkerData): Promise<void> {
  const asked = new Promise<OffloadRequest>((resolve) => port.once("message", resolve));
  if (data.fail === "early") process.exit(3); // before the request: the writer must not wait
  try {
    const { layout, releaseSource } = await rebuildSummaryLayout(
      data.options,
      data.cwd,
      data.language
    );
    const request = await asked;
    releaseSource(request.sheets); // the grid serves only the source sheet's rows
    forcedFailure(data.fail);
    const result = await writeOffloadedSheets(layout, {}, request);
    const reply: WorkerReply = { type: "done", result };
    port.postMessage(
      reply,
      result.parts.flatMap((p) => p.blocks.map((b) => b.buffer as ArrayBuffer))
    );
  } catch (e) {
    const reply: WorkerReply = {
      type: "failed",
      message: e instanceof Error ? e.message : String(e),
    };
    port.postMessage(reply);
  }
}

if (parentPort) void work(parentPort, workerData as WorkerData);
