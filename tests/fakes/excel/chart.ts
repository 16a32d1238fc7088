/** Charts: creation from a source range, titles, axes, legend, position; the chart collection. */
import { Box, parseAddress, qualifiedAddress } from "./address";
import { SERIES_BY, axis, chartNav, checkChartType, rangeRef } from "./chart-parts";
import { FakeChartSeriesCollection, deriveSeries } from "./chart-series";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, invalidArgument, notModelled } from "./errors";
import type { ChartModel } from "./model";
import { FakeBag, FakeClientResult, FakeObject, childProps, defineProps, resultOf } from "./proxy";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT } from "./range-format";
import { FakeRange } from "./range";
import type { SheetModel } from "./sheet";

/** Points from the sheet's top-left corner to row r / column c. */
function offset(sizes: Map<number, number>, index: number, standard: number): number {
  let total = index * standard;
  for (const [i, size] of sizes) if (i < index) total += size - standard;
  return total;
}

function cellBox(sheet: SheetModel, arg: unknown, location: string): Box {
  if (typeof arg === "string") return parseAddress(arg, location).box;
  const ref = rangeRef(arg, location);
  if (ref.sheet !== sheet) throw invalidArgument(location, "the cell is on another worksheet");
  return ref.box;
}

export class FakeChart extends FakeObject<ChartModel> {
  private _axes?: FakeChartAxes;

  constructor(context: FakeRequestContext, resolve: () => ChartModel | null, nullable = false) {
    super(context, "Chart", resolve, nullable);
    for (const [name, schema] of Object.entries(chartNav)) {
      let bag: FakeBag | undefined;
      Object.defineProperty(this, name, {
        get: () =>
          (bag ??= new FakeBag(context, schema, () =>
            childProps(this._model()?.props ?? null, name)
          )),
      });
    }
  }

  override _guard(m: ChartModel): void {
    if (m.deleted || m.sheet.deleted)
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The chart was deleted.");
  }

  get axes(): FakeChartAxes {
    return (this._axes ??= new FakeChartAxes(this.context, () => this._model()));
  }

  get series(): FakeChartSeriesCollection {
    return new FakeChartSeriesCollection(this.context, () => this._model());
  }

  /** Anchors the chart from the top-left of startCell to the bottom-right of endCell. */
  setPosition(startCell: FakeRange | string, endCell?: FakeRange | string): void {
    this._sameContext(startCell);
    this._sameContext(endCell);
    this._op(
      "setPosition",
      [
        typeof startCell === "string" ? startCell : null,
        typeof endCell === "string" ? endCell : null,
      ],
      (m) => {
        const sheet = m.sheet;
        const start = cellBox(sheet, startCell, "Chart.setPosition");
        const p = m.position;
        p.top = offset(sheet.rowHeights, start.r0, DEFAULT_ROW_HEIGHT);
        p.left = offset(sheet.colWidths, start.c0, DEFAULT_COLUMN_WIDTH);
        p.start = qualifiedAddress(sheet.name, { ...start, r1: start.r0, c1: start.c0 }).split(
          "!"
        )[1];
        if (endCell !== undefined) {
          const end = cellBox(sheet, endCell, "Chart.setPosition");
          p.height = Math.max(0, offset(sheet.rowHeights, end.r1 + 1, DEFAULT_ROW_HEIGHT) - p.top);
          p.width = Math.max(0, offset(sheet.colWidths, end.c1 + 1, DEFAULT_COLUMN_WIDTH) - p.left);
          p.end = qualifiedAddress(sheet.name, {
            r0: end.r1,
            c0: end.c1,
            r1: end.r1,
            c1: end.c1,
          }).split("!")[1];
        }
      }
    );
  }

  setData(sourceData: FakeRange, seriesBy = "Auto"): void {
    this._sameContext(sourceData);
    this._op("setData", seriesBy, (m) => {
      if (!SERIES_BY.has(seriesBy))
        throw invalidArgument("Chart.setData", `seriesBy '${seriesBy}'`);
      const ref = rangeRef(sourceData, "Chart.setData");
      m.source = ref;
      m.seriesBy = seriesBy;
      m.series = deriveSeries(ref, seriesBy, m.type);
    });
  }

  delete(): void {
    this._op("delete", undefined, (m) => {
      m.deleted = true;
      m.sheet.charts = m.sheet.charts.filter((c) => c !== m);
    });
  }

  activate(): void {
    this._op("activate", undefined, () => undefined);
  }

  getImage(): never {
    throw notModelled("Chart.getImage", "chart images");
  }
}

const positionProp = (key: "top" | "left" | "width" | "height") => ({
  get: (m: ChartModel) => m.position[key],
  set: (m: ChartModel, v: unknown) => {
    if (typeof v !== "number" || !(v >= 0))
      throw invalidArgument(`Chart.${key}`, "expected a non-negative number");
    m.position[key] = v;
  },
});

defineProps<ChartModel>(
  FakeChart,
  {
    id: { get: (m) => m.id },
    name: { get: (m) => m.name, set: (m, v) => (m.name = String(v)) },
    chartType: {
      get: (m) => m.type,
      set: (m, v) => (m.type = checkChartType(v, "Chart.chartType")),
    },
    top: positionProp("top"),
    left: positionProp("left"),
    width: positionProp("width"),
    height: positionProp("height"),
  },
  ["axes", "series", ...Object.keys(chartNav)]
);

export class FakeChartAxes extends FakeObject<ChartModel> {
  constructor(context: FakeRequestContext, resolve: () => ChartModel | null) {
    super(context, "ChartAxes", resolve);
    for (const [name, type] of [
      ["categoryAxis", "Category"],
      ["valueAxis", "Value"],
      ["seriesAxis", "Series"],
    ] as const) {
      let bag: FakeBag | undefined;
      Object.defineProperty(this, name, {
        get: () =>
          (bag ??= new FakeBag(context, axis(type), () =>
            childProps(childProps(this._model()?.props ?? null, "axes"), name)
          )),
      });
    }
  }

  getItem(type: string, _group = "Primary"): FakeBag {
    const name =
      type === "Category" ? "categoryAxis" : type === "Value" ? "valueAxis" : "seriesAxis";
    return (this as unknown as Record<string, FakeBag>)[name] as FakeBag;
  }
}
defineProps<ChartModel>(FakeChartAxes, {}, ["categoryAxis", "valueAxis", "seriesAxis"]);

export class FakeChartCollection extends FakeCollection<SheetModel, ChartModel, FakeChart> {
  constructor(context: FakeRequestContext, resolve: () => SheetModel | null) {
    super(context, "ChartCollection", resolve);
  }

  _list(sheet: SheetModel): ChartModel[] {
    return sheet.charts;
  }

  _wrap(chart: ChartModel): FakeChart {
    return new FakeChart(this.context, () => chart);
  }

  /** charts.add(type, sourceData, seriesBy = "Auto"): a chart named "Chart N" bound to sourceData. */
  add(type: string, sourceData: FakeRange, seriesBy = "Auto"): FakeChart {
    this._sameContext(sourceData);
    let created: ChartModel | undefined;
    this._op("add", [type, seriesBy], (sheet, s) => {
      checkChartType(type, "ChartCollection.add");
      if (!SERIES_BY.has(seriesBy))
        throw invalidArgument("ChartCollection.add", `seriesBy '${seriesBy}'`);
      const source = rangeRef(sourceData, "ChartCollection.add");
      created = {
        id: s.context._host.doc.newId(),
        name: `Chart ${++sheet.chartCounter}`,
        sheet,
        type,
        seriesBy,
        source,
        series: deriveSeries(source, seriesBy, type),
        position: { top: 0, left: 0, width: 360, height: 216 },
        props: {},
        deleted: false,
      };
      sheet.charts.push(created);
    });
    return new FakeChart(this.context, () => created ?? null);
  }

  private find(
    pick: (list: ChartModel[]) => ChartModel | undefined,
    location: string,
    nullable: boolean
  ): FakeChart {
    return new FakeChart(
      this.context,
      () => {
        const sheet = this._model();
        if (!sheet) return null;
        const chart = pick(sheet.charts);
        if (!chart && !nullable)
          throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, location);
        return chart ?? null;
      },
      nullable
    );
  }

  getItem(name: string): FakeChart {
    return this.find(
      (l) => l.find((c) => c.name === name || c.id === name),
      "ChartCollection.getItem",
      false
    );
  }

  getItemOrNullObject(name: string): FakeChart {
    this.context._host.requireApi("ChartCollection.getItemOrNullObject");
    return this.find(
      (l) => l.find((c) => c.name === name || c.id === name),
      "ChartCollection.getItemOrNullObject",
      true
    );
  }

  getItemAt(index: number): FakeChart {
    return this.find((l) => l[index], "ChartCollection.getItemAt", false);
  }

  getCount(): FakeClientResult<number> {
    this.context._host.requireApi("ChartCollection.getCount");
    return resultOf(this, "getCount", (sheet) => sheet.charts.length);
  }
}
defineProps<SheetModel>(FakeChartCollection, { count: { get: (sheet) => sheet.charts.length } });
