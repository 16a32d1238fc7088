/** Shared pieces of chart proxies: type checks and the schemas of titles, axes, legends, fills. */
import type { Ref } from "./model";
import { excelEnums } from "./enums";
import { invalidArgument } from "./errors";
import type { BagSchema } from "./proxy";
import { normalizeColor } from "./range-format";
import { FakeRange } from "./range";

export const CHART_TYPES = new Set<string>(
  Object.values(excelEnums.ChartType).filter((t) => t !== "Invalid")
);
export const SERIES_BY = new Set<string>(Object.values(excelEnums.ChartSeriesBy));

export function checkChartType(v: unknown, location: string): string {
  if (typeof v !== "string" || !CHART_TYPES.has(v))
    throw invalidArgument(location, `unknown chart type '${String(v)}'`);
  return v;
}

export const font: BagSchema = {
  entity: "ChartFont",
  props: { bold: false, italic: false, color: "#595959", size: 10, name: "Calibri" },
};
export const fill: BagSchema = {
  entity: "ChartFill",
  props: {},
  methods: {
    setSolidColor: (p, color) => (p.color = normalizeColor(color, "ChartFill.setSolidColor")),
    clear: (p) => delete p.color,
  },
};
export const line: BagSchema = {
  entity: "ChartLineFormat",
  props: { color: null, lineStyle: "Continuous", weight: 0.75 },
};
const showOnSet = (name: string, _v: unknown, p: Record<string, unknown>): void => {
  if (name === "text") p.visible = true;
};
const title = (entity: string): BagSchema => ({
  entity,
  props: { text: "", visible: false, overlay: false },
  nav: { format: { entity: `${entity}Format`, props: {}, nav: { font } } },
  onSet: showOnSet,
});
export const axis = (type: string): BagSchema => ({
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
    /** Where the other axis crosses this one. */
    position: "Automatic",
    tickLabelPosition: "NextToAxis",
    categoryType: "Automatic",
    /** null: automatic (Excel thins out labels that do not fit). */
    tickLabelSpacing: null,
    textOrientation: 0,
  },
  readOnly: ["type", "axisGroup"],
  check: (name, v) => {
    if (name === "position" && !["Automatic", "Maximum", "Minimum", "Custom"].includes(v as string))
      throw invalidArgument("ChartAxis.position", `unknown position '${String(v)}'`);
    if (name === "tickLabelSpacing" && !(Number.isInteger(v) && (v as number) >= 1))
      throw invalidArgument("ChartAxis.tickLabelSpacing", "must be an integer from 1 to 31999");
    if (name === "textOrientation" && !(Number.isInteger(v) && Math.abs(v as number) <= 90))
      if (v !== 180) throw invalidArgument("ChartAxis.textOrientation", "must be -90…90 or 180");
  },
  nav: {
    title: title("ChartAxisTitle"),
    format: { entity: "ChartAxisFormat", props: {}, nav: { font, line } },
    majorGridlines: { entity: "ChartGridlines", props: { visible: type === "Value" } },
  },
});
export const dataLabels: BagSchema = {
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
export const chartNav: Record<string, BagSchema> = {
  title: { ...title("ChartTitle"), props: { text: "", visible: true, overlay: false } },
  legend: {
    entity: "ChartLegend",
    props: { position: "Right", visible: true, overlay: false },
    nav: { format: { entity: "ChartLegendFormat", props: {}, nav: { font, fill } } },
    check: (name, v) => {
      if (
        name === "position" &&
        !Object.values(excelEnums.ChartLegendPosition).includes(v as never)
      )
        throw invalidArgument("ChartLegend.position", `unknown position '${String(v)}'`);
    },
  },
  dataLabels,
  format: { entity: "ChartAreaFormat", props: {}, nav: { font, fill } },
};

export function rangeRef(arg: unknown, location: string): Ref {
  if (!(arg instanceof FakeRange)) throw invalidArgument(location, "expected a Range");
  const m = arg._model();
  if (!m) throw invalidArgument(location, "null range");
  return m;
}
