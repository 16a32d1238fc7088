/**
 * The objects of a summary sheet, queued in the last sync once all values are in place: Excel
 * tables, conditional formats, native charts bound to the sheet's cells, internal hyperlinks.
 */
import type {
  ChartSpec,
  ColorScalePoint,
  ConditionalFormatSpec,
  SheetLayout,
  TableSpec,
} from "../layout/types";
import type { Features } from "./host";
import { blockRow } from "../layout/rows";
import { needsQuotePrefix } from "./cell-input";
import { quotedSheet } from "./sheet-plan";

const CHART_TYPES = {
  columnClustered: "ColumnClustered",
  columnStacked: "ColumnStacked",
  barClustered: "BarClustered",
  barStacked: "BarStacked",
  line: "Line",
  pie: "Pie",
  radar: "Radar",
} as const satisfies Record<ChartSpec["type"], string>;

const CRITERION_TYPES = {
  lowestValue: "LowestValue",
  highestValue: "HighestValue",
  number: "Number",
  percentile: "Percentile",
} as const satisfies Record<ColorScalePoint["type"], string>;

/** Table name → a name not used by any table left in the workbook (Excel: unique ignoring case). */
export function freeTableName(name: string, taken: Set<string>): string {
  let chosen = name;
  for (let k = 2; taken.has(chosen.toLowerCase()); k++) chosen = `${name}_${k}`;
  taken.add(chosen.toLowerCase());
  return chosen;
}

function queueTable(sheet: Excel.Worksheet, spec: TableSpec, name: string): void {
  const table = sheet.tables.add(sheet.getRange(spec.range), true);
  table.name = name;
  table.style = spec.style;
  table.showBandedRows = spec.showBandedRows;
  table.showFilterButton = spec.showFilterButton;
}

function criterion(point: ColorScalePoint): Excel.ConditionalColorScaleCriterion {
  const formula =
    point.type === "number" || point.type === "percentile" ? String(point.value ?? 0) : null;
  return { type: CRITERION_TYPES[point.type], formula: formula as string, color: point.color };
}

function queueConditionalFormat(sheet: Excel.Worksheet, spec: ConditionalFormatSpec): void {
  const range = sheet.getRange(spec.range);
  if (spec.type === "dataBar") {
    const format = range.conditionalFormats.add("DataBar");
    format.dataBar.barDirection = "LeftToRight";
    format.dataBar.positiveFormat.fillColor = spec.color;
    return;
  }
  const format = range.conditionalFormats.add("ColorScale");
  const criteria: Excel.ConditionalColorScaleCriteria = {
    minimum: criterion(spec.minimum),
    maximum: criterion(spec.maximum),
  };
  if (spec.midpoint) criteria.midpoint = criterion(spec.midpoint);
  format.colorScale.criteria = criteria;
}

/**
 * A value axis that runs top to bottom (rank 1 at the top: a bump chart). The category axis then
 * crosses it at its maximum, so the labels stay at the bottom of the plot (ExcelApi 1.8; with 1.7
 * they move to the top, and a note says so).
 */
function queueReversedValueAxis(
  valueAxis: Excel.ChartAxis,
  features: Features,
  skip: (note: string) => void
): void {
  valueAxis.reversePlotOrder = true;
  if (features.axisCrossing) valueAxis.position = "Maximum";
  else skip("category labels below a reversed rank axis (ExcelApi 1.8)");
}

/**
 * A chart from the first series' values, then every series set explicitly (values, category
 * labels, name): the default binding of `charts.add` guesses series from the range shape, which
 * cannot express a categories column that is not adjacent to the series columns.
 */
function queueChart(
  sheet: Excel.Worksheet,
  spec: ChartSpec,
  features: Features,
  skip: (note: string) => void
): void {
  const [first, ...rest] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(
    CHART_TYPES[spec.type],
    sheet.getRange(first.valuesRange),
    "Columns"
  );
  chart.name = spec.key;
  chart.title.text = spec.title;
  const categories = sheet.getRange(spec.categoriesRange);
  const series0 = chart.series.getItemAt(0);
  series0.name = first.name;
  series0.setValues(sheet.getRange(first.valuesRange));
  series0.setXAxisValues(categories);
  for (const s of rest) {
    const series = chart.series.add(s.name);
    series.setValues(sheet.getRange(s.valuesRange));
    series.setXAxisValues(categories);
  }
  if (spec.type !== "pie") {
    const { categoryAxis, valueAxis } = chart.axes;
    if (spec.categoryAxisTitle !== undefined && spec.type !== "radar")
      categoryAxis.title.text = spec.categoryAxisTitle;
    if (spec.valueAxisTitle !== undefined) valueAxis.title.text = spec.valueAxisTitle;
    if (spec.valueAxisNumberFormat !== undefined && features.axisNumberFormat)
      valueAxis.numberFormat = spec.valueAxisNumberFormat;
    // Every category label (Excel otherwise skips labels that do not fit), rotated if asked.
    if (spec.showAllCategoryLabels) categoryAxis.tickLabelSpacing = 1;
    if (spec.categoryLabelRotation !== undefined && features.axisLabelRotation)
      categoryAxis.textOrientation = spec.categoryLabelRotation;
    if (spec.valueAxisMin !== undefined) valueAxis.minimum = spec.valueAxisMin;
    if (spec.valueAxisMax !== undefined) valueAxis.maximum = spec.valueAxisMax;
    if (spec.valueAxisReversed) queueReversedValueAxis(valueAxis, features, skip);
  }
  if (spec.legend === "none") chart.legend.visible = false;
  else {
    chart.legend.visible = true;
    chart.legend.position = spec.legend === "right" ? "Right" : "Bottom";
  }
  chart.setPosition(spec.anchor.from, spec.anchor.to);
}

/** Queues tables, conditional formats, charts and links of one sheet; returns what was skipped. */
export function queueSheetObjects(
  sheet: Excel.Worksheet,
  layout: SheetLayout,
  context: {
    features: Features;
    tableNames: Set<string>;
    sheetName: (key: string) => string | undefined;
  }
): string[] {
  const { features } = context;
  const skipped: string[] = [];
  for (const spec of layout.tables)
    queueTable(sheet, spec, freeTableName(spec.name, context.tableNames));
  if (features.conditionalFormats)
    layout.conditionalFormats.forEach((spec) => queueConditionalFormat(sheet, spec));
  else if (layout.conditionalFormats.length > 0)
    skipped.push(`${layout.key}: conditional formats (ExcelApi 1.6)`);
  if (features.chartSeries)
    layout.charts.forEach((spec) =>
      queueChart(sheet, spec, features, (note) => skipped.push(`${layout.key}: ${note}`))
    );
  else if (layout.charts.length > 0) skipped.push(`${layout.key}: charts (ExcelApi 1.7)`);
  for (const block of layout.blocks) {
    for (const link of block.links ?? []) {
      const target = context.sheetName(link.sheetKey);
      if (target === undefined) continue;
      if (!features.hyperlinks) {
        skipped.push(`${layout.key}: links (ExcelApi 1.7)`);
        break;
      }
      // The cell already holds its text; pass it again only when Excel cannot reinterpret it.
      const text = blockRow(block, link.row)?.[link.column];
      const cell = sheet.getRangeByIndexes(block.row + link.row, block.column + link.column, 1, 1);
      cell.hyperlink = {
        documentReference: `${quotedSheet(target)}!${link.cell}`,
        ...(typeof text === "string" && !needsQuotePrefix(text) ? { textToDisplay: text } : {}),
      };
    }
  }
  return skipped;
}
