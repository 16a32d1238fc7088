/** Chart series: Excel's default layout from a source range, and the series proxies. */
import { colCount, rowCount } from "./address";
import { checkChartType, dataLabels, fill, line, rangeRef } from "./chart-parts";
import { FakeCollection } from "./collection";
import type { FakeRequestContext } from "./context";
import { FakeErrorCode, FakeOfficeError, invalidArgument } from "./errors";
import type { ChartModel, Ref, SeriesModel } from "./model";
import { FakeBag, FakeClientResult, FakeObject, childProps, defineProps, resultOf } from "./proxy";
import { FakeRange } from "./range";
import { displayText } from "./values";

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
    if (!m.chart.series.includes(m.series))
      throw new FakeOfficeError(FakeErrorCode.itemNotFound, "The series was deleted.");
  }

  get format(): FakeBag {
    return (this._format ??= new FakeBag(
      this.context,
      { entity: "ChartSeriesFormat", props: {}, nav: { fill, line } },
      () => childProps(this._model()?.series.props ?? null, "format")
    ));
  }

  get dataLabels(): FakeBag {
    return (this._labels ??= new FakeBag(this.context, dataLabels, () =>
      childProps(this._model()?.series.props ?? null, "dataLabels")
    ));
  }

  setValues(sourceData: FakeRange): void {
    this._setRef("setValues", sourceData, (m, ref) => (m.series.values = ref));
  }

  setXAxisValues(sourceData: FakeRange): void {
    this._setRef("setXAxisValues", sourceData, (m, ref) => (m.series.xValues = ref));
  }

  private _setRef(
    where: string,
    sourceData: FakeRange,
    store: (m: SeriesRef, ref: Ref) => void
  ): void {
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
    this._op(
      "delete",
      undefined,
      (m) => (m.chart.series = m.chart.series.filter((s) => s !== m.series))
    );
  }
}

const seriesProps: Record<
  string,
  { get: (m: SeriesRef) => unknown; set?: (m: SeriesRef, v: unknown) => void }
> = {
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

export class FakeChartSeriesCollection extends FakeCollection<
  ChartModel,
  SeriesRef,
  FakeChartSeries
> {
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
      if (!series)
        throw new FakeOfficeError(
          FakeErrorCode.itemNotFound,
          undefined,
          "ChartSeriesCollection.getItemAt"
        );
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
      if (!(at >= 0 && at <= chart.series.length))
        throw invalidArgument("ChartSeriesCollection.add", "index out of range");
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
defineProps<ChartModel>(FakeChartSeriesCollection, {
  count: { get: (chart) => chart.series.length },
});
