/** Workbook, Application, Runtime, settings (stored with the document) and bindings. */
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { excelEnums } from "./enums";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import type { BindingModel, WorkbookModel } from "./model";
import { FakeClientResult, FakeEventSource, FakeObject, defineProps, resultOf } from "./proxy";
import { FakeRange } from "./range";
import { FakeTable, FakeTableCollection, resolveTarget } from "./table";
import { FakeWorksheetCollection } from "./worksheet";

function notFound(location: string): FakeOfficeError {
  return new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, location);
}

export class FakeApplication extends FakeObject<WorkbookModel> {
  constructor(context: FakeRequestContext, resolve: () => WorkbookModel | null) {
    super(context, "Application", resolve);
  }

  /** Marks the current request; recorded in stats.requests[i].suspendedCalculation. */
  suspendApiCalculationUntilNextSync(): void {
    this.context._host.requireApi("Application.suspendApiCalculationUntilNextSync");
    this.context._host.stats.suspendCalculationCalls++;
    this._op(
      "suspendApiCalculationUntilNextSync",
      undefined,
      (_m, s) => (s.suspendedCalculation = true)
    );
  }

  suspendScreenUpdatingUntilNextSync(): void {
    this.context._host.requireApi("Application.suspendScreenUpdatingUntilNextSync");
    this.context._host.stats.suspendScreenUpdatingCalls++;
    this._op(
      "suspendScreenUpdatingUntilNextSync",
      undefined,
      (_m, s) => (s.suspendedScreenUpdating = true)
    );
  }

  calculate(_calculationType: string): void {
    this._op("calculate", undefined, () => undefined);
  }
}
defineProps<WorkbookModel>(FakeApplication, { calculationMode: { get: () => "Automatic" } });

export class FakeRuntime extends FakeObject<WorkbookModel> {
  constructor(context: FakeRequestContext) {
    super(context, "Runtime", () => context._host.doc);
  }
}
defineProps<WorkbookModel>(FakeRuntime, {
  enableEvents: {
    get: (m) => m.enableEvents,
    set: (m, v) => {
      if (typeof v !== "boolean")
        throw invalidArgument("Runtime.enableEvents", "expected true or false");
      m.enableEvents = v;
    },
  },
});

// ---- Settings: key → JSON value, persisted in the document ----

interface SettingRef {
  doc: WorkbookModel;
  key: string;
}

export class FakeSetting extends FakeObject<SettingRef> {
  constructor(context: FakeRequestContext, resolve: () => SettingRef | null, nullable = false) {
    super(context, "Setting", resolve, nullable);
  }

  delete(): void {
    this._op("delete", undefined, (m) => m.doc.settings.delete(m.key));
  }
}
defineProps<SettingRef>(FakeSetting, {
  key: { get: (m) => m.key },
  value: {
    get: (m) => {
      const json = m.doc.settings.get(m.key);
      return json === undefined ? null : (JSON.parse(json) as unknown);
    },
    set: (m, v) => m.doc.settings.set(m.key, serialize(v, "Setting.value")),
  },
});

function serialize(value: unknown, location: string): string {
  const json = JSON.stringify(value);
  if (json === undefined)
    throw invalidArgument(location, "setting values must be JSON-serialisable");
  return json;
}

export class FakeSettingCollection extends FakeCollection<WorkbookModel, SettingRef, FakeSetting> {
  constructor(context: FakeRequestContext, resolve: () => WorkbookModel | null) {
    super(context, "SettingCollection", resolve);
  }

  _list(doc: WorkbookModel): SettingRef[] {
    return [...doc.settings.keys()].map((key) => ({ doc, key }));
  }

  _wrap(m: SettingRef): FakeSetting {
    return new FakeSetting(this.context, () => m);
  }

  /** Adds or replaces a setting; the value is stored as JSON. */
  add(key: string, value: unknown): FakeSetting {
    this._op("add", [key, value], (doc) => {
      if (typeof key !== "string" || key === "")
        throw invalidArgument("SettingCollection.add", "empty key");
      doc.settings.set(key, serialize(value, "SettingCollection.add"));
    });
    return new FakeSetting(this.context, () => {
      const doc = this._model();
      return doc && { doc, key };
    });
  }

  getItem(key: string): FakeSetting {
    return new FakeSetting(this.context, () => {
      const doc = this._model();
      if (doc && !doc.settings.has(key)) throw notFound("SettingCollection.getItem");
      return doc && { doc, key };
    });
  }

  getItemOrNullObject(key: string): FakeSetting {
    return new FakeSetting(
      this.context,
      () => {
        const doc = this._model();
        return doc && doc.settings.has(key) ? { doc, key } : null;
      },
      true
    );
  }

  getCount(): FakeClientResult<number> {
    return resultOf(this, "getCount", (doc) => doc.settings.size);
  }
}
defineProps<WorkbookModel>(FakeSettingCollection, {});

// ---- Bindings ----

export class FakeBinding extends FakeObject<BindingModel> {
  constructor(context: FakeRequestContext, resolve: () => BindingModel | null, nullable = false) {
    super(context, "Binding", resolve, nullable);
  }

  override _guard(m: BindingModel): void {
    if (this.context._host.doc.bindings.get(m.id) !== m)
      throw new FakeOfficeError("InvalidBinding", "The binding is no longer valid.", "Binding");
  }

  get onDataChanged(): FakeEventSource<BindingModel> {
    return new FakeEventSource(this, "onDataChanged", (m) => m.onDataChanged);
  }

  get onSelectionChanged(): FakeEventSource<BindingModel> {
    return new FakeEventSource(this, "onSelectionChanged", (m) => m.onSelectionChanged);
  }

  /** The bound cells (for a table binding, the table's current range). */
  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const m = this._model();
      if (m) this._guard(m);
      return m && { sheet: m.sheet, box: m.table ? m.table.box : m.box };
    });
  }

  getTable(): FakeTable {
    return new FakeTable(this.context, () => {
      const m = this._model();
      if (m && !m.table)
        throw new FakeOfficeError(
          FakeErrorCode.invalidOperation,
          "Not a table binding.",
          "Binding.getTable"
        );
      return m?.table ?? null;
    });
  }

  delete(): void {
    this.context._host.requireApi("Binding.delete");
    this._op("delete", undefined, (m, s) => s.context._host.doc.bindings.delete(m.id));
  }
}
defineProps<BindingModel>(FakeBinding, { id: { get: (m) => m.id }, type: { get: (m) => m.type } });

export class FakeBindingCollection extends FakeCollection<
  WorkbookModel,
  BindingModel,
  FakeBinding
> {
  constructor(context: FakeRequestContext, resolve: () => WorkbookModel | null) {
    super(context, "BindingCollection", resolve);
  }

  _list(doc: WorkbookModel): BindingModel[] {
    return [...doc.bindings.values()];
  }

  _wrap(m: BindingModel): FakeBinding {
    return new FakeBinding(this.context, () => m);
  }

  /** Binds a Range or address ("Sheet1!A1:C9"); an existing id is replaced, as in Office. A "Table"
   * binding over a table's range follows the table. */
  add(range: FakeRange | string, bindingType: string, id: string): FakeBinding {
    this.context._host.requireApi("BindingCollection.add");
    this._sameContext(range);
    this._op("add", [typeof range === "string" ? range : null, bindingType, id], (doc) => {
      if (!Object.values(excelEnums.BindingType).includes(bindingType as never))
        throw invalidArgument("BindingCollection.add", `binding type '${bindingType}'`);
      if (typeof id !== "string" || id === "")
        throw invalidArgument("BindingCollection.add", "empty id");
      const ref = resolveTarget({ doc }, range, "BindingCollection.add");
      const table =
        bindingType === "Table"
          ? doc.tables.find(
              (t) =>
                t.sheet === ref.sheet &&
                t.box.r0 <= ref.box.r0 &&
                t.box.r1 >= ref.box.r1 &&
                t.box.c0 <= ref.box.c0 &&
                t.box.c1 >= ref.box.c1
            )
          : undefined;
      doc.bindings.set(id, {
        id,
        type: bindingType,
        sheet: ref.sheet,
        box: ref.box,
        ...(table ? { table } : {}),
        onDataChanged: new Set(),
        onSelectionChanged: new Set(),
      });
    });
    return this.getItem(id);
  }

  getItem(id: string): FakeBinding {
    return new FakeBinding(this.context, () => {
      const doc = this._model();
      return doc && (doc.bindings.get(id) ?? throwNotFound("BindingCollection.getItem"));
    });
  }

  getItemOrNullObject(id: string): FakeBinding {
    this.context._host.requireApi("BindingCollection.getItemOrNullObject");
    return new FakeBinding(this.context, () => this._model()?.bindings.get(id) ?? null, true);
  }

  getItemAt(index: number): FakeBinding {
    return new FakeBinding(this.context, () => {
      const doc = this._model();
      return doc && (this._list(doc)[index] ?? throwNotFound("BindingCollection.getItemAt"));
    });
  }

  getCount(): FakeClientResult<number> {
    this.context._host.requireApi("BindingCollection.getCount");
    return resultOf(this, "getCount", (doc) => doc.bindings.size);
  }
}
defineProps<WorkbookModel>(FakeBindingCollection, { count: { get: (doc) => doc.bindings.size } });

function throwNotFound(location: string): never {
  throw notFound(location);
}

// ---- Workbook ----

export class FakeWorkbook extends FakeObject<WorkbookModel> {
  readonly worksheets: FakeWorksheetCollection;
  readonly tables: FakeTableCollection;
  readonly bindings: FakeBindingCollection;
  readonly application: FakeApplication;
  private _settings?: FakeSettingCollection;

  constructor(context: FakeRequestContext) {
    const doc = (): WorkbookModel => context._host.doc;
    super(context, "Workbook", doc);
    this.worksheets = new FakeWorksheetCollection(context, doc);
    this.tables = new FakeTableCollection(context, () => ({ doc: doc() }));
    this.bindings = new FakeBindingCollection(context, doc);
    this.application = new FakeApplication(context, doc);
  }

  get settings(): FakeSettingCollection {
    this.context._host.requireApi("Workbook.settings");
    return (this._settings ??= new FakeSettingCollection(this.context, () => this._model()));
  }

  /** The selection (set by range.select()); A1 of the active sheet by default. */
  getSelectedRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const doc = this._model();
      if (!doc) return null;
      if (doc.selection) return doc.selection;
      if (!doc.active) throw notFound("Workbook.getSelectedRange");
      return { sheet: doc.active, box: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }

  getActiveCell(): FakeRange {
    this.context._host.requireApi("Workbook.getActiveCell");
    return new FakeRange(this.context, () => {
      const doc = this._model();
      const sel = doc?.selection;
      if (sel)
        return {
          sheet: sel.sheet,
          box: { r0: sel.box.r0, c0: sel.box.c0, r1: sel.box.r0, c1: sel.box.c0 },
        };
      if (doc && !doc.active) throw notFound("Workbook.getActiveCell");
      return doc && doc.active && { sheet: doc.active, box: { r0: 0, c0: 0, r1: 0, c1: 0 } };
    });
  }
}
defineProps<WorkbookModel>(FakeWorkbook, { name: { get: () => "Book1.xlsx" } }, [
  "worksheets",
  "tables",
  "bindings",
  "settings",
  "application",
]);
