/**
 * Proxy objects as in Office.js: setting a property or calling a method queues an operation;
 * reading a scalar property needs load() + sync() first (else PropertyNotLoaded); the object a
 * proxy stands for is resolved lazily, at the first queued operation that uses it.
 */
import { FakeErrorCode, FakeOfficeError, invalidArgument, propertyNotLoaded } from "./errors";
import type { Handler } from "./model";
import { jsonSize } from "./values";
import type { FakeRequestContext, SyncRun } from "./context";

export interface PropSpec<M> {
  get: (m: M) => unknown;
  set?: (m: M, value: unknown, s: SyncRun) => void;
  /** Not part of a bare load() (expensive or only readable on request). */
  onRequestOnly?: boolean;
}
export type PropTable<M> = Record<string, PropSpec<M>>;

/** Parsed load() argument: scalars to read, navigation properties to descend into. */
export interface LoadTree {
  all: boolean;
  scalars: Set<string>;
  nav: Map<string, LoadTree>;
  top?: number;
  skip?: number;
}

function emptyTree(all = false): LoadTree {
  return { all, scalars: new Set(), nav: new Map() };
}

function addPath(tree: LoadTree, path: string[]): void {
  const [head, ...rest] = path;
  if (!head) return;
  if (rest.length === 0) {
    tree.scalars.add(head);
    return;
  }
  let sub = tree.nav.get(head);
  if (!sub) {
    sub = emptyTree();
    tree.nav.set(head, sub);
  }
  addPath(sub, rest);
}

/** Accepts every form Office.js accepts: none, "a, b/c", ["a", "b/c"], {select, expand}, {a: true, b: {c: true}}. */
export function parseLoad(spec: unknown): LoadTree {
  if (spec === undefined || spec === null || spec === "") return emptyTree(true);
  const tree = emptyTree();
  const addList = (list: string[]): void => {
    for (const item of list) {
      const path = item
        .trim()
        .split("/")
        .map((p) => p.trim())
        .filter(Boolean);
      addPath(tree, path);
    }
  };
  if (typeof spec === "string") addList(spec.split(","));
  else if (Array.isArray(spec)) addList(spec.flatMap((s: unknown) => String(s).split(",")));
  else if (typeof spec === "object") {
    const o = spec as Record<string, unknown>;
    if (typeof o.select === "string") addList(o.select.split(","));
    if (typeof o.expand === "string")
      for (const e of o.expand.split(",")) {
        let node = tree;
        for (const part of e
          .split("/")
          .map((p) => p.trim())
          .filter(Boolean)) {
          let sub = node.nav.get(part);
          if (!sub) node.nav.set(part, (sub = emptyTree()));
          node = sub;
        }
        if (node !== tree) node.all = true;
      }
    if (typeof o.$top === "number") tree.top = o.$top;
    if (typeof o.$skip === "number") tree.skip = o.$skip;
    for (const [k, v] of Object.entries(o)) {
      if (k === "select" || k === "expand" || k.startsWith("$")) continue;
      if (v === true) tree.scalars.add(k);
      else if (v && typeof v === "object") tree.nav.set(k, parseLoad(v));
    }
    if (tree.scalars.size === 0 && tree.nav.size === 0 && typeof o.select !== "string")
      tree.all = true;
  }
  return tree;
}

export abstract class FakeObject<M = unknown> {
  /** Values readable now: loaded and synced, or set locally. */
  _values: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  _isNull: boolean | undefined;
  declare readonly _props: PropTable<M>;
  declare readonly _nav: readonly string[];
  private _cache: { m: M | null } | undefined;

  constructor(
    readonly context: FakeRequestContext,
    readonly _entity: string,
    private readonly _resolver: () => M | null,
    nullable = false
  ) {
    if (!nullable) {
      this._isNull = false;
      return;
    }
    context._enqueue({
      where: `${_entity}.isNullObject`,
      apply: (s) => {
        const isNull = this._model() === null;
        s.commit(() => (this._isNull = isNull));
      },
    });
  }

  /** The underlying model, resolved once (during a sync); null for a null object. */
  _model(): M | null {
    if (!this._cache) this._cache = { m: this._resolver() };
    return this._cache.m;
  }

  get isNullObject(): boolean {
    if (this._isNull === undefined) throw propertyNotLoaded(this._entity, "isNullObject");
    return this._isNull;
  }

  /** Queues an operation on the resolved model; skipped when the proxy is a null object. */
  _op(where: string, payload: unknown, fn: (m: M, s: SyncRun) => void, extraBytes = 0): void {
    this.context._enqueue({
      where: `${this._entity}.${where}`,
      payload,
      extraBytes,
      apply: (s) => {
        const m = this._model();
        if (m === null) return;
        this._guard(m);
        fn(m, s);
      },
    });
  }

  /** Checks the model is still usable (e.g. its sheet was not deleted); throws to fail the sync. */
  _guard(_m: M): void {}

  /** Throws synchronously (as Office.js does) when an argument proxy comes from another context. */
  _sameContext(arg: unknown): void {
    if (arg instanceof FakeObject && arg.context !== this.context)
      throw new FakeOfficeError(FakeErrorCode.invalidRequestContext, undefined, this._entity);
  }

  _read(name: string): unknown {
    if (name in this._values) return this._values[name];
    if (this._isNull === true) return null;
    throw propertyNotLoaded(this._entity, name);
  }

  _write(name: string, value: unknown, setter: NonNullable<PropSpec<M>["set"]>): void {
    this._values[name] = value;
    this._op(name, value, (m, s) => setter(m, value, s));
  }

  load(spec?: unknown): this {
    const tree = parseLoad(spec);
    this._op("load", undefined, (m, s) => this._collect(tree, m, s), 40 + jsonSize(spec ?? ""));
    return this;
  }

  /** Reads the requested properties now (inside a sync) and commits them after it succeeds. */
  _collect(tree: LoadTree, m: M, s: SyncRun): void {
    const props = this._props;
    const names = tree.all
      ? Object.keys(props).filter((n) => !props[n]?.onRequestOnly)
      : [...tree.scalars].filter((n) => !this._nav.includes(n));
    for (const name of names) {
      const spec = props[name];
      if (!spec)
        throw invalidArgument(
          `${this._entity}.load`,
          `property '${name}' does not exist on ${this._entity}`
        );
      const value = spec.get(m); // getters return fresh data
      s.responseBytes += jsonSize(value) + name.length + 4;
      s.commit(() => (this._values[name] = value));
    }
    const navs = new Map(tree.nav);
    for (const n of tree.scalars) if (this._nav.includes(n)) navs.set(n, emptyTree(true));
    for (const [name, sub] of navs) {
      if (!this._nav.includes(name))
        throw invalidArgument(
          `${this._entity}.load`,
          `navigation property '${name}' does not exist on ${this._entity}`
        );
      const child = (this as unknown as Record<string, unknown>)[name];
      if (!(child instanceof FakeObject)) continue;
      const cm: unknown = child._model();
      if (cm !== null) child._collect(sub, cm, s);
    }
  }

  toJSON(): Record<string, unknown> {
    return { ...this._values };
  }
}

/** Deep copy through JSON semantics so callers never share arrays with the document. */
export function copy<T>(value: T): T {
  if (value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) {
    return value.map((row: unknown) => (Array.isArray(row) ? row.slice() : copy(row))) as T;
  }
  return JSON.parse(JSON.stringify(value)) as T;
}

/** Installs property accessors on a proxy class: getters check "loaded", setters queue a write. */
export function defineProps<M>(
  cls: { prototype: object },
  props: PropTable<M>,
  nav: readonly string[] = []
): void {
  Object.defineProperty(cls.prototype, "_props", { value: props, configurable: true });
  Object.defineProperty(cls.prototype, "_nav", { value: nav, configurable: true });
  for (const [name, spec] of Object.entries(props)) {
    const descriptor: PropertyDescriptor = {
      configurable: true,
      enumerable: true,
      get(this: FakeObject<M>) {
        this.context._host.requireApi(`${this._entity}.${name}`);
        return this._read(name);
      },
    };
    if (spec.set) {
      descriptor.set = function (this: FakeObject<M>, value: unknown) {
        this.context._host.requireApi(`${this._entity}.${name}`);
        const setter = this._props[name]?.set; // per instance: some proxies refine their table
        if (setter) this._write(name, value, setter);
      };
    }
    Object.defineProperty(cls.prototype, name, descriptor);
  }
}

/** OfficeExtension.ClientResult: `value` readable after the sync that computes it. */
export class FakeClientResult<T> {
  private _has = false;
  private _v: T | undefined;

  get value(): T {
    if (!this._has) throw new FakeOfficeError(FakeErrorCode.valueNotLoaded);
    return this._v as T;
  }

  _set(v: T): void {
    this._has = true;
    this._v = v;
  }
}

/** Queues a method whose result is returned in a ClientResult. */
export function resultOf<M, T>(
  obj: FakeObject<M>,
  where: string,
  compute: (m: M) => T
): FakeClientResult<T> {
  const result = new FakeClientResult<T>();
  obj._op(where, undefined, (m, s) => {
    const v = copy(compute(m));
    s.responseBytes += jsonSize(v);
    s.commit(() => result._set(v));
  });
  return result;
}

/** OfficeExtension.EventHandlers: add/remove take effect at the next sync, like registration in Excel. */
export class FakeEventSource<M> {
  constructor(
    private readonly owner: FakeObject<M>,
    private readonly name: string,
    private readonly handlers: (m: M) => Set<Handler>
  ) {}

  add(handler: Handler): { context: FakeRequestContext; remove: () => void } {
    const owner = this.owner;
    owner.context._host.requireApi(`${owner._entity}.${this.name}`);
    owner._op(`${this.name}.add`, undefined, (m) => this.handlers(m).add(handler));
    return { context: owner.context, remove: () => this.remove(handler) };
  }

  remove(handler: Handler): void {
    this.owner._op(`${this.name}.remove`, undefined, (m) => this.handlers(m).delete(handler));
  }
}

/** A proxy over a nested plain-props object (chart title, axis, data bar…): reads and writes
 * at `path` inside the model's props, with defaults for properties never set. */
export interface BagSchema {
  entity: string;
  props: Record<string, unknown>;
  readOnly?: readonly string[];
  nav?: Record<string, BagSchema>;
  /** Validates a value before it is stored (throws InvalidArgument). */
  check?: (name: string, value: unknown) => void;
  /** Side effect of a write (e.g. setting a title's text makes it visible). */
  onSet?: (name: string, value: unknown, props: Record<string, unknown>) => void;
  /** Methods queued as operations on the props object (e.g. fill.setSolidColor). */
  methods?: Record<string, (props: Record<string, unknown>, ...args: unknown[]) => void>;
}

export class FakeBag extends FakeObject<Record<string, unknown>> {
  constructor(
    context: FakeRequestContext,
    private readonly schema: BagSchema,
    resolve: () => Record<string, unknown> | null
  ) {
    super(context, schema.entity, resolve);
    const props: PropTable<Record<string, unknown>> = {};
    for (const [name, fallback] of Object.entries(schema.props)) {
      props[name] = {
        get: (m) => copy(name in m ? m[name] : fallback),
        ...(schema.readOnly?.includes(name)
          ? {}
          : {
              set: (m: Record<string, unknown>, v: unknown) => {
                schema.check?.(name, v);
                m[name] = copy(v);
                schema.onSet?.(name, v, m);
              },
            }),
      };
    }
    const nav = Object.keys(schema.nav ?? {});
    Object.defineProperty(this, "_props", { value: props });
    Object.defineProperty(this, "_nav", { value: nav });
    for (const [name, spec] of Object.entries(props)) {
      Object.defineProperty(this, name, {
        enumerable: true,
        get: () => this._read(name),
        ...(spec.set
          ? {
              set: (v: unknown) => {
                // Members above the host's ExcelApi throw at once, as Office.js does.
                context._host.requireApi(`${schema.entity}.${name}`);
                this._write(name, v, spec.set as NonNullable<typeof spec.set>);
              },
            }
          : {}),
      });
    }
    for (const [name, fn] of Object.entries(schema.methods ?? {})) {
      Object.defineProperty(this, name, {
        value: (...args: unknown[]) => this._op(name, args, (m) => fn(m, ...args)),
      });
    }
    for (const [name, sub] of Object.entries(schema.nav ?? {})) {
      let child: FakeBag | undefined;
      Object.defineProperty(this, name, {
        enumerable: false,
        get: () => (child ??= new FakeBag(context, sub, () => childProps(this._model(), name))),
      });
    }
  }
}

/** props[name] as an object, created on first use. */
export function childProps(
  m: Record<string, unknown> | null,
  name: string
): Record<string, unknown> | null {
  if (m === null) return null;
  let child = m[name];
  if (!child || typeof child !== "object") {
    child = {};
    m[name] = child;
  }
  return child as Record<string, unknown>;
}
