/** Charts: creation from a source range (series derived as Excel does), titles, axes, legend, series. */
import { Box, colCount, parseAddress, qualifiedAddress, rowCount } from "./address";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { excelEnums } from "./enums";
import { FakeErrorCode, FakeOfficeError, invalidArgument, notModelled } from "./errors";
import type { ChartModel, Ref, SeriesModel } from "./model";
import { BagSchema, FakeBag, FakeClientResult, FakeObject, childProps, defineProps, resultOf } from "./proxy";
import { DEFAULT_COLUMN_WIDTH, DEFAULT_ROW_HEIGHT, normalizeColor } from "./range-format";
import { FakeRange } from "./range";
import type { SheetModel } from "./sheet";
import { displayText } from "./values";

const CHART_TYPES = new Set<string>(Object.values(excelEnums.ChartType).filter((t) => t !== "Invalid"));
const SERIES_BY = new Set<string>(Object.values(excelEnums.ChartSeriesBy));

function checkChartType(v: unknown, location: string): string {
  if (typeof v !== "string" || !CHART_TYPES.has(v)) throw invalidArgument(location, `unknown chart type '${String(v)}'`);
  return v;
}

const font: BagSchema = { entity: "ChartFont", props: { bold: false, italic: false, color: "#595959", size: 10, name: "Calibri" } };
const fill: BagSchema = {
  entity: "ChartFill",
  props: {},
  methods: {
    setSolidColor: (p, color) => (p.color = normalizeColor(color, "ChartFill.setSolidColor")),
    clear: (p) => delete p.color,
  },
};
const line: BagSchema = { entity: "ChartLineFormat", props: { color: null, lineStyle: "Continuous", weight: 0.75 } };
const showOnSet = (name: string, _v: unknown, p: Record<string, unknown>): void => {
  if (name === "text") p.visible = true;
};
const title = (entity: string): BagSchema => ({
  entity,
  props: { text: "", visible: false, overlay: false },
  nav: { format: { entity: `${entity}Format`, props: {}, nav: { font } } },
  onSet: showOnSet,
});
const axis = (type: string): BagSchema => ({
  entity: "ChartAxis",
  props: {
    type,
    axisGroup: "Primary",
    minimum: null,
    maximum: null,
    majorUnit: null,
    minorUnit: null,
    numberFormat: "General",
    visible: true,
    displayUnit: "None",
    reversePlotOrder: false,
    tickLabelPosition: "NextToAxis",
    categoryType: "Automatic",
  },
  readOnly: ["type", "axisGroup"],
  nav: {
    title: title("ChartAxisTitle"),
    format: { entity: "ChartAxisFormat", props: {}, nav: { font, line } },
    majorGridlines: { entity: "ChartGridlines", props: { visible: type === "Value" } },
  },
});
const dataLabels: BagSchema = {
  entity: "ChartDataLabels",
  props: {
    showValue: false,
    showPercentage: false,
    showCategoryName: false,
    showSeriesName: false,
    showLegendKey: false,
    position: "BestFit",
    numberFormat: "General",
    separator: ", ",
  },
  nav: { format: { entity: "ChartDataLabelFormat", props: {}, nav: { font, fill } } },
};
const chartNav: Record<string, BagSchema> = {
  title: { ...title("ChartTitle"), props: { text: "", visible: true, overlay: false } },
  legend: {
    entity: "ChartLegend",
    props: { position: "Right", visible: true, overlay: false },
    nav: { format: { entity: "ChartLegendFormat", props: {}, nav: { font, fill } } },
    check: (name, v) => {
      if (name === "position" && !Object.values(excelEnums.ChartLegendPosition).includes(v as never))
        throw invalidArgument("ChartLegend.position", `unknown position '${String(v)}'`);
    },
  },
  dataLabels,
  format: { entity: "ChartAreaFormat", props: {}, nav: { font, fill } },
};

type Kind = "empty" | "num" | "text";

/** Excel's default series layout for charts.add(type, range, seriesBy): series along the longer
 * side (Auto), a first row without numbers is series names, a first column without numbers is
 * category labels; XY scatter uses the first column as X values. */
export function deriveSeries(ref: Ref, seriesBy: string, type: string): SeriesModel[] {
  const { sheet, box } = ref;
  const kind = (r: number, c: number): Kind => {
    const v = sheet.get(r, c)?.v;
    return v === undefined || v === "" ? "empty" : typeof v === "number" ? "num" : "text";
  };
  const rows = rowCount(box);
  const cols = colCount(box);
  const corner = kind(box.r0, box.c0);
  let headerRow = rows > 1 && corner !== "num";
  for (let c = box.c0 + 1; headerRow && c <= box.c1; c++) headerRow = kind(box.r0, c) !== "num";
  let labelCol = cols > 1 && corner !== "num";
  for (let r = box.r0 + 1; labelCol && r <= box.r1; r++) labelCol = kind(r, box.c0) !== "num";
  const byColumns = seriesBy === "Columns" || (seriesBy !== "Rows" && rows >= cols);
  // Normalise to "series along columns" by viewing the box transposed when needed.
  const [names, labels] = byColumns ? [headerRow, labelCol] : [labelCol, headerRow];
  const at = (i: number, j: number): { r: number; c: number } =>
    byColumns ? { r: box.r0 + i, c: box.c0 + j } : { r: box.r0 + j, c: box.c0 + i };
  const length = byColumns ? rows : cols;
  const count = byColumns ? cols : rows;
  const first = names ? 1 : 0;
  const line = (j: number): Ref => {
    const a = at(first, j);
    const b = at(length - 1, j);
    return { sheet, box: { r0: a.r, c0: a.c, r1: b.r, c1: b.c } };
  };
  let x = labels ? line(0) : undefined;
  let from = labels ? 1 : 0;
  if (type.startsWith("XYScatter") && !labels && count - from > 1) {
    x = line(0);
    from = 1;
  }
  const series: SeriesModel[] = [];
  for (let j = from; j < count; j++) {
    const head = at(0, j);
    const nameBox = { r0: head.r, c0: head.c, r1: head.r, c1: head.c };
    series.push({
      name: names ? displayText(sheet.get(head.r, head.c)) : `Series${series.length + 1}`,
      ...(names ? { nameRef: { sheet, box: nameBox } } : {}),
      values: line(j),
      ...(x ? { xValues: x } : {}),
      props: {},
    });
  }
  return series;
}

function rangeRef(arg: unknown, location: string): Ref {
  if (!(arg instanceof FakeRange)) throw invalidArgument(location, "expected a Range");
  const m = arg._model();
  if (!m) throw invalidArgument(location, "null range");
  return m;
}

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
        get: () => (bag ??= new FakeBag(context, schema, () => childProps(this._model()?.props ?? null, name))),
      });
    }
  }

  override _guard(m: ChartModel): void {
    if (m.deleted || m.sheet.deleted) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The chart was deleted.");
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
    this._op("setPosition", [typeof startCell === "string" ? startCell : null, typeof endCell === "string" ? endCell : null], (m) => {
      const sheet = m.sheet;
      const start = cellBox(sheet, startCell, "Chart.setPosition");
      const p = m.position;
      p.top = offset(sheet.rowHeights, start.r0, DEFAULT_ROW_HEIGHT);
      p.left = offset(sheet.colWidths, start.c0, DEFAULT_COLUMN_WIDTH);
      p.start = qualifiedAddress(sheet.name, { ...start, r1: start.r0, c1: start.c0 }).split("!")[1];
      if (endCell !== undefined) {
        const end = cellBox(sheet, endCell, "Chart.setPosition");
        p.height = Math.max(0, offset(sheet.rowHeights, end.r1 + 1, DEFAULT_ROW_HEIGHT) - p.top);
        p.width = Math.max(0, offset(sheet.colWidths, end.c1 + 1, DEFAULT_COLUMN_WIDTH) - p.left);
        p.end = qualifiedAddress(sheet.name, { r0: end.r1, c0: end.c1, r1: end.r1, c1: end.c1 }).split("!")[1];
      }
    });
  }

  setData(sourceData: FakeRange, seriesBy = "Auto"): void {
    this._sameContext(sourceData);
    this._op("setData", seriesBy, (m) => {
      if (!SERIES_BY.has(seriesBy)) throw invalidArgument("Chart.setData", `seriesBy '${seriesBy}'`);
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
    if (typeof v !== "number" || !(v >= 0)) throw invalidArgument(`Chart.${key}`, "expected a non-negative number");
    m.position[key] = v;
  },
});

defineProps<ChartModel>(
  FakeChart,
  {
    id: { get: (m) => m.id },
    name: { get: (m) => m.name, set: (m, v) => (m.name = String(v)) },
    chartType: { get: (m) => m.type, set: (m, v) => (m.type = checkChartType(v, "Chart.chartType")) },
    top: positionProp("top"),
    left: positionProp("left"),
    width: positionProp("width"),
    height: positionProp("height"),
  },
  ["axes", "series", ...Object.keys(chartNav)],
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
        get: () => (bag ??= new FakeBag(context, axis(type), () => childProps(childProps(this._model()?.props ?? null, "axes"), name))),
      });
    }
  }

  getItem(type: string, _group = "Primary"): FakeBag {
    const name = type === "Category" ? "categoryAxis" : type === "Value" ? "valueAxis" : "seriesAxis";
    return (this as unknown as Record<string, FakeBag>)[name] as FakeBag;
  }
}
defineProps<ChartModel>(FakeChartAxes, {}, ["categoryAxis", "valueAxis", "seriesAxis"]);

interface SeriesRef {
  chart: ChartModel;
  series: SeriesModel;
}

const seriesDefaults: Record<string, unknown> = {
  chartType: null,
  gapWidth: 150,
  overlap: 0,
  hasDataLabels: false,
  smooth: false,
  markerStyle: "Automatic",
  markerSize: 7,
};

export class FakeChartSeries extends FakeObject<SeriesRef> {
  private _format?: FakeBag;
  private _labels?: FakeBag;

  constructor(context: FakeRequestContext, resolve: () => SeriesRef | null) {
    super(context, "ChartSeries", resolve);
  }

  override _guard(m: SeriesRef): void {
    if (!m.chart.series.includes(m.series)) throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The series was deleted.");
  }

  get format(): FakeBag {
    return (this._format ??= new FakeBag(
      this.context,
      { entity: "ChartSeriesFormat", props: {}, nav: { fill, line } },
      () => childProps(this._model()?.series.props ?? null, "format"),
    ));
  }

  get dataLabels(): FakeBag {
    return (this._labels ??= new FakeBag(this.context, dataLabels, () => childProps(this._model()?.series.props ?? null, "dataLabels")));
  }

  setValues(sourceData: FakeRange): void {
    this._setRef("setValues", sourceData, (m, ref) => (m.series.values = ref));
  }

  setXAxisValues(sourceData: FakeRange): void {
    this._setRef("setXAxisValues", sourceData, (m, ref) => (m.series.xValues = ref));
  }

  private _setRef(where: string, sourceData: FakeRange, store: (m: SeriesRef, ref: Ref) => void): void {
    this.context._host.requireApi(`ChartSeries.${where}`);
    this._sameContext(sourceData);
    this._op(where, undefined, (m) => {
      const ref = rangeRef(sourceData, `ChartSeries.${where}`);
      if (rowCount(ref.box) > 1 && colCount(ref.box) > 1)
        throw invalidArgument(`ChartSeries.${where}`, "series data must be a single row or column");
      store(m, ref);
    });
  }

  /** Values ("Values") or categories ("Categories"/"XValues") as displayed text (ExcelApi 1.12). */
  getDimensionValues(dimension: string): FakeClientResult<string[]> {
    this.context._host.requireApi("ChartSeries.getDimensionValues");
    return resultOf(this, "getDimensionValues", (m) => {
      const ref = dimension === "Values" ? m.series.values : m.series.xValues;
      const out: string[] = [];
      if (!ref) return out;
      for (let r = ref.box.r0; r <= ref.box.r1; r++)
        for (let c = ref.box.c0; c <= ref.box.c1; c++) out.push(displayText(ref.sheet.get(r, c)));
      return out;
    });
  }

  delete(): void {
    this.context._host.requireApi("ChartSeries.delete");
    this._op("delete", undefined, (m) => (m.chart.series = m.chart.series.filter((s) => s !== m.series)));
  }
}

const seriesProps: Record<string, { get: (m: SeriesRef) => unknown; set?: (m: SeriesRef, v: unknown) => void }> = {
  name: {
    get: (m) => m.series.name,
    set: (m, v) => {
      m.series.name = String(v);
      delete m.series.nameRef;
    },
  },
  plotOrder: { get: (m) => m.chart.series.indexOf(m.series) },
};
for (const [key, fallback] of Object.entries(seriesDefaults)) {
  seriesProps[key] = {
    get: (m) => (key in m.series.props ? m.series.props[key] : fallback),
    set: (m, v) => {
      if (key === "chartType") checkChartType(v, "ChartSeries.chartType");
      m.series.props[key] = v;
    },
  };
}
defineProps<SeriesRef>(FakeChartSeries, seriesProps, ["format", "dataLabels"]);

export class FakeChartSeriesCollection extends FakeCollection<ChartModel, SeriesRef, FakeChartSeries> {
  constructor(context: FakeRequestContext, resolve: () => ChartModel | null) {
    super(context, "ChartSeriesCollection", resolve);
  }

  _list(chart: ChartModel): SeriesRef[] {
    return chart.series.map((series) => ({ chart, series }));
  }

  _wrap(m: SeriesRef): FakeChartSeries {
    return new FakeChartSeries(this.context, () => m);
  }

  getItemAt(index: number): FakeChartSeries {
    return new FakeChartSeries(this.context, () => {
      const chart = this._model();
      if (!chart) return null;
      const series = chart.series[index];
      if (!series) throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, "ChartSeriesCollection.getItemAt");
      return { chart, series };
    });
  }

  /** Adds an empty series (ExcelApi 1.7); give it data with setValues / setXAxisValues. */
  add(name?: string, index?: number): FakeChartSeries {
    this.context._host.requireApi("ChartSeriesCollection.add");
    let created: SeriesRef | undefined;
    this._op("add", [name ?? null, index ?? null], (chart) => {
      const series: SeriesModel = { name: name ?? `Series${chart.series.length + 1}`, props: {} };
      const at = index === undefined || index === null ? chart.series.length : index;
      if (!(at >= 0 && at <= chart.series.length)) throw invalidArgument("ChartSeriesCollection.add", "index out of range");
      chart.series.splice(at, 0, series);
      created = { chart, series };
    });
    return new FakeChartSeries(this.context, () => created ?? null);
  }

  getCount(): FakeClientResult<number> {
    this.context._host.requireApi("ChartSeriesCollection.getCount");
    return resultOf(this, "getCount", (chart) => chart.series.length);
  }
}
defineProps<ChartModel>(FakeChartSeriesCollection, { count: { get: (chart) => chart.series.length } });

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
      if (!SERIES_BY.has(seriesBy)) throw invalidArgument("ChartCollection.add", `seriesBy '${seriesBy}'`);
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

  private find(pick: (list: ChartModel[]) => ChartModel | undefined, location: string, nullable: boolean): FakeChart {
    return new FakeChart(
      this.context,
      () => {
        const sheet = this._model();
        if (!sheet) return null;
        const chart = pick(sheet.charts);
        if (!chart && !nullable) throw new FakeOfficeError(FakeErrorCode.itemNotFound, undefined, location);
        return chart ?? null;
      },
      nullable,
    );
  }

  getItem(name: string): FakeChart {
    return this.find((l) => l.find((c) => c.name === name || c.id === name), "ChartCollection.getItem", false);
  }

  getItemOrNullObject(name: string): FakeChart {
    this.context._host.requireApi("ChartCollection.getItemOrNullObject");
    return this.find((l) => l.find((c) => c.name === name || c.id === name), "ChartCollection.getItemOrNullObject", true);
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
