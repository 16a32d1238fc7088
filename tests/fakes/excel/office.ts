/**
 * The part of the common `Office` namespace an Excel add-in touches: onReady, requirement-set
 * checks, document settings (staged until saveAsync, stored with the same per-document settings
 * as workbook.settings), ribbon action registration and showing the task pane.
 */
import type { FakeHost } from "./host";

export interface AsyncResult<T> {
  status: "succeeded" | "failed";
  value: T;
  error: null;
  asyncContext?: unknown;
}

type Callback<T> = (result: AsyncResult<T>) => void;

function succeeded<T>(value: T, asyncContext?: unknown): AsyncResult<T> {
  return {
    status: "succeeded",
    value,
    error: null,
    ...(asyncContext === undefined ? {} : { asyncContext }),
  };
}

/** Splits Office's optional (options, callback) arguments. */
function callbackOf<T>(a?: unknown, b?: unknown): { cb?: Callback<T>; ctx?: unknown } {
  if (typeof a === "function") return { cb: a as Callback<T> };
  const ctx = (a as { asyncContext?: unknown } | undefined)?.asyncContext;
  return typeof b === "function" ? { cb: b as Callback<T>, ctx } : { ctx };
}

export class FakeOfficeSettings {
  /** Local changes not yet saved: value, or null for a removal. */
  private staged = new Map<string, { value: unknown } | null>();

  constructor(private readonly host: FakeHost) {}

  get(name: string): unknown {
    const local = this.staged.get(name);
    if (local !== undefined)
      return local === null ? null : (JSON.parse(JSON.stringify(local.value)) as unknown);
    const json = this.host.doc.settings.get(name);
    return json === undefined ? null : (JSON.parse(json) as unknown);
  }

  set(name: string, value: unknown): void {
    this.staged.set(name, { value: JSON.parse(JSON.stringify(value ?? null)) as unknown });
  }

  remove(name: string): void {
    this.staged.set(name, null);
  }

  /** Persists staged changes into the document. */
  saveAsync(options?: unknown, callback?: unknown): void {
    for (const [name, entry] of this.staged) {
      if (entry === null) this.host.doc.settings.delete(name);
      else this.host.doc.settings.set(name, JSON.stringify(entry.value));
    }
    this.staged.clear();
    const { cb, ctx } = callbackOf<void>(options, callback);
    if (cb) setTimeout(() => cb(succeeded(undefined, ctx)), 0);
  }

  refreshAsync(callback?: Callback<FakeOfficeSettings>): void {
    this.staged.clear();
    if (callback) setTimeout(() => callback(succeeded(this)), 0);
  }

  addHandlerAsync(
    _eventType: string,
    _handler: unknown,
    options?: unknown,
    callback?: unknown
  ): void {
    const { cb, ctx } = callbackOf<void>(options, callback);
    if (cb) setTimeout(() => cb(succeeded(undefined, ctx)), 0);
  }
}

export interface FakeOfficeNamespace {
  context: {
    host: string;
    platform: string;
    displayLanguage: string;
    contentLanguage: string;
    diagnostics: { host: string; platform: string; version: string };
    requirements: { isSetSupported(name: string, minVersion?: string | number): boolean };
    document: { url: string; settings: FakeOfficeSettings };
  };
  onReady(
    callback?: (info: { host: string; platform: string }) => unknown
  ): Promise<{ host: string; platform: string }>;
  HostType: Record<string, string>;
  PlatformType: Record<string, string>;
  AsyncResultStatus: { Succeeded: "succeeded"; Failed: "failed" };
  addin: {
    showAsTaskpane(): Promise<void>;
    hide(): Promise<void>;
    setStartupBehavior(behavior: string): Promise<void>;
    getStartupBehavior(): Promise<string>;
    onVisibilityModeChanged(handler: unknown): Promise<() => Promise<void>>;
  };
  actions: { associate(name: string, action: (event: unknown) => unknown): void };
}

export function createOffice(
  host: FakeHost,
  actions: Map<string, (event: unknown) => unknown>
): FakeOfficeNamespace {
  const platform = host.options.platform ?? "OfficeOnline";
  let startup = "None";
  return {
    context: {
      host: "Excel",
      platform,
      displayLanguage: "en-US",
      contentLanguage: "en-US",
      diagnostics: { host: "Excel", platform, version: "16.0.0.0" },
      requirements: {
        isSetSupported: (name, minVersion) =>
          host.supports(name, minVersion === undefined ? undefined : String(minVersion)),
      },
      document: { url: "Book1.xlsx", settings: new FakeOfficeSettings(host) },
    },
    onReady(callback) {
      const info = { host: "Excel", platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    HostType: {
      Excel: "Excel",
      Word: "Word",
      PowerPoint: "PowerPoint",
      Outlook: "Outlook",
      OneNote: "OneNote",
    },
    PlatformType: {
      PC: "PC",
      OfficeOnline: "OfficeOnline",
      Mac: "Mac",
      iOS: "iOS",
      Android: "Android",
      Universal: "Universal",
    },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    addin: {
      showAsTaskpane: () => {
        host.stats.taskpaneShown++;
        return Promise.resolve();
      },
      hide: () => Promise.resolve(),
      setStartupBehavior: (behavior) => {
        startup = behavior;
        return Promise.resolve();
      },
      getStartupBehavior: () => Promise.resolve(startup),
      onVisibilityModeChanged: () => Promise.resolve(() => Promise.resolve()),
    },
    actions: { associate: (name, action) => void actions.set(name, action) },
  };
}
