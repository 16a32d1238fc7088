/**
 * Excel.RequestContext and Excel.run: the operation queue, context.sync() (payload estimate,
 * ordered application, commit of loaded values), and run-level failures.
 */
import type { Box } from "./address";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import { PendingEvent, emitAll, eventsFor } from "./events";
import type { FakeHost, RequestRecord } from "./host";
import type { SheetModel } from "./sheet";
import { FakeObject } from "./proxy";
import { jsonSize } from "./values";
import { FakeApplication, FakeRuntime, FakeWorkbook } from "./workbook";

/** A queued operation. `payload` is what the request would carry (sized with jsonSize at sync). */
export interface Op {
  where: string;
  payload?: unknown;
  extraBytes?: number;
  apply: (s: SyncRun) => void;
}

/** Fixed JSON overhead of one action / one request (ids, action type, object path). */
export const OP_OVERHEAD_BYTES = 60;
export const REQUEST_OVERHEAD_BYTES = 100;

/** State of one sync while its operations are applied. */
export class SyncRun {
  readonly commits: (() => void)[] = [];
  readonly events: PendingEvent[] = [];
  responseBytes = 0;
  suspendedCalculation = false;
  suspendedScreenUpdating = false;

  constructor(readonly context: FakeRequestContext) {}

  commit(fn: () => void): void {
    this.commits.push(fn);
  }

  /** Records a change of cells; the events it raises are sent after the sync. */
  changed(sheet: SheetModel, box: Box): void {
    for (const e of eventsFor(this.context._host, sheet, box, "ThisLocalAddin"))
      this.events.push(e);
  }
}

export class FakeRequestContext {
  readonly workbook: FakeWorkbook;
  readonly application: FakeApplication;
  readonly runtime: FakeRuntime;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
  _queue: Op[] = [];
  /** Set when the Excel.run that created this context has finished. */
  _closed = false;
  _run: { id: number; failure: string | null } | null = null;

  constructor(readonly _host: FakeHost) {
    this.workbook = new FakeWorkbook(this);
    this.application = this.workbook.application;
    this.runtime = new FakeRuntime(this);
  }

  _enqueue(op: Op): void {
    this._queue.push(op);
  }

  /** Sends the queued operations; resolves with `passThrough` (as Office.js does). */
  sync<T>(passThrough?: T): Promise<T> {
    this._host.stats.syncs++;
    return this._sync(false).then(() => passThrough as T);
  }

  async _sync(implicit: boolean): Promise<void> {
    const ops = this._queue;
    this._queue = [];
    await Promise.resolve();
    if (ops.length === 0) return; // Office.js makes no round trip for an empty queue
    const host = this._host;
    const record: RequestRecord = {
      run: this._run?.id ?? null,
      implicit,
      operations: ops.length,
      requestBytes: REQUEST_OVERHEAD_BYTES,
      responseBytes: 0,
      suspendedCalculation: false,
      suspendedScreenUpdating: false,
    };
    for (const op of ops) {
      record.requestBytes +=
        OP_OVERHEAD_BYTES +
        (op.payload === undefined ? 0 : jsonSize(op.payload)) +
        (op.extraBytes ?? 0);
    }
    host.stats.requests.push(record);
    host.stats.operations += ops.length;
    host.stats.maxRequestBytes = Math.max(host.stats.maxRequestBytes, record.requestBytes);
    const fail = (error: FakeOfficeError): never => {
      record.error = error.code;
      throw error;
    };
    if (this._closed)
      fail(
        new FakeOfficeError(
          FakeErrorCode.invalidObjectPath,
          'The object path isn\'t working for what you\'re trying to do. If you\'re using the object across multiple "context.sync" calls and outside the sequential execution of a ".run" batch, please use the "context.trackedObjects.add()" and "context.trackedObjects.remove()" methods to manage the object\'s lifetime.',
          ops[0]?.where
        )
      );
    if (this._run?.failure) fail(new FakeOfficeError(this._run.failure, undefined, ops[0]?.where));
    if (host.payloadLimit !== null && record.requestBytes > host.payloadLimit)
      fail(new FakeOfficeError(FakeErrorCode.requestPayloadSizeLimitExceeded));

    const s = new SyncRun(this);
    try {
      for (const op of ops) {
        try {
          op.apply(s);
        } catch (e) {
          if (e instanceof FakeOfficeError && !e.debugInfo.errorLocation)
            e.debugInfo.errorLocation = op.where;
          throw e;
        }
      }
    } catch (e) {
      if (e instanceof FakeOfficeError) record.error = e.code;
      emitAll(host, s.events);
      throw e;
    }
    record.responseBytes = REQUEST_OVERHEAD_BYTES + s.responseBytes;
    record.suspendedCalculation = s.suspendedCalculation;
    record.suspendedScreenUpdating = s.suspendedScreenUpdating;
    host.stats.maxResponseBytes = Math.max(host.stats.maxResponseBytes, record.responseBytes);
    if (host.payloadLimit !== null && record.responseBytes > host.payloadLimit) {
      emitAll(host, s.events);
      fail(new FakeOfficeError(FakeErrorCode.responsePayloadSizeLimitExceeded));
    }
    for (const commit of s.commits) commit();
    emitAll(host, s.events);
  }
}

interface RunOptions {
  delayForCellEdit?: boolean;
  previousObjects?: unknown;
}

function contextOf(x: unknown): FakeRequestContext | undefined {
  if (x instanceof FakeRequestContext) return x;
  if (x instanceof FakeObject) return x.context;
  if (Array.isArray(x) && x[0] instanceof FakeObject) return x[0].context;
  return undefined;
}

/**
 * Excel.run(batch), Excel.run(options, batch), Excel.run(object(s) | context, batch).
 * Creates a context, runs the batch, then syncs what is still queued (as Office.js does). A
 * context (or objects) passed in, even of a finished run, is reused: the batch runs with it and
 * its earlier objects (Office's documented way to remove an event handler), and it is closed
 * again afterwards if it was closed before.
 */
export async function runBatch(host: FakeHost, args: unknown[]): Promise<unknown> {
  host.stats.runs++;
  try {
    const batch = args[args.length - 1];
    if (typeof batch !== "function")
      throw invalidArgument("Excel.run", "the last argument must be a function");
    const first = args.length > 1 ? args[0] : undefined;
    const options: RunOptions =
      first && contextOf(first) === undefined ? (first as RunOptions) : {};
    const reused = contextOf(first) ?? contextOf(options.previousObjects);
    const context = reused ?? new FakeRequestContext(host);
    const failure = await host.takeRunFailure(options.delayForCellEdit === true);
    const previous = context._run;
    const wasClosed = context._closed;
    context._run = { id: ++host.runCounter, failure };
    // A context passed in is open again for this batch, its objects still valid (Office.js).
    context._closed = false;
    try {
      const ret: unknown = (batch as (c: FakeRequestContext) => unknown)(context);
      if (!ret || typeof (ret as Promise<unknown>).then !== "function")
        throw new FakeOfficeError(FakeErrorCode.runMustReturnPromise, undefined, "Excel.run");
      const result = await ret;
      await context._sync(true);
      return result;
    } finally {
      context._run = previous;
      context._closed = reused ? wasClosed : true;
    }
  } catch (e) {
    host.stats.failedRuns++;
    throw e;
  }
}
