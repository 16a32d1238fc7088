/**
 * Native Excel charts (DrawingML) of a workbook's sheets.
 *
 * For each sheet with charts the writer emits: xl/charts/chartN.xml (a DrawingML c:chartSpace whose
 * series reference the sheet's cells, 'Sheet'!$B$2:$B$11, with a cache of the values so viewers
 * draw them before any recalculation), xl/drawings/drawingN.xml (one xdr:twoCellAnchor with a
 * graphicFrame per chart); the package writer adds the relationships, the sheet's <drawing r:id>
 * and the content types. Element order follows the ECMA-376
 * schema (CT_ChartSpace, CT_BarChart, CT_CatAx, CT_ValAx, CT_Worksheet), which Excel enforces.
 */
import { parseA1 } from "../layout/ranges";
import type { ChartSpec, ChartType } from "../layout/types";
import { columnLetters } from "../engine/text";
import { escapeXml, NS } from "./ooxml";

/** A chart with the values of its ranges, as read from the layout (for the caches). */
export type ChartData = {
  spec: ChartSpec;
  /** Category labels, one per row of `spec.categoriesRange`. */
  categories: string[];
  /** Parallel to `spec.series`: the name and the values of each series. */
  series: { name: string; values: (number | null)[] }[];
};

const DEFAULT_COLORS = [
  "4472C4",
  "ED7D31",
  "A5A5A5",
  "FFC000",
  "5B9BD5",
  "70AD47",
  "264478",
  "9E480E",
];
const CATEGORY_AXIS_ID = 111111111;
const VALUE_AXIS_ID = 222222222;

/** 'Sheet name'!$B$2:$B$11 for a sheet-local range (always quoted, quotes doubled). */
export function absoluteRef(sheetName: string, a1: string): string {
  const r = parseA1(a1);
  const cell = (row: number, column: number): string => `$${columnLetters(column)}$${row + 1}`;
  const from = cell(r.row, r.column);
  const to = cell(r.row + r.rows - 1, r.column + r.columns - 1);
  return `'${sheetName.replace(/'/g, "''")}'!${from === to ? from : `${from}:${to}`}`;
}

const richText = (text: string, size = 1200, bold = true): string =>
  `<c:tx><c:rich><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz="${size}" b="${bold ? 1 : 0}"/></a:pPr>` +
  `<a:r><a:rPr lang="zh-CN" sz="${size}" b="${bold ? 1 : 0}"/><a:t>${escapeXml(text)}</a:t></a:r></a:p></c:rich></c:tx>`;

const titleXml = (text: string | undefined, size = 1400): string =>
  text ? `<c:title>${richText(text, size)}<c:overlay val="0"/></c:title>` : "";

function strRef(ref: string, values: readonly string[]): string {
  const pts = values.map((v, i) => `<c:pt idx="${i}"><c:v>${escapeXml(v)}</c:v></c:pt>`).join("");
  return `<c:strRef><c:f>${escapeXml(ref)}</c:f><c:strCache><c:ptCount val="${values.length}"/>${pts}</c:strCache></c:strRef>`;
}

function numRef(ref: string, values: readonly (number | null)[]): string {
  const pts = values
    .map((v, i) =>
      v === null || !Number.isFinite(v) ? "" : `<c:pt idx="${i}"><c:v>${v}</c:v></c:pt>`
    )
    .join("");
  return `<c:numRef><c:f>${escapeXml(ref)}</c:f><c:numCache><c:formatCode>General</c:formatCode><c:ptCount val="${values.length}"/>${pts}</c:numCache></c:numRef>`;
}

const solidFill = (color: string, line: boolean): string =>
  line
    ? `<c:spPr><a:ln w="28575" cap="rnd"><a:solidFill><a:srgbClr val="${color}"/></a:solidFill><a:round/></a:ln></c:spPr>`
    : `<c:spPr><a:solidFill><a:srgbClr val="${color}"/></a:solidFill></c:spPr>`;

/** The <c:ser> elements of a chart, children in CT_BarSer / CT_LineSer / CT_PieSer / CT_RadarSer order. */
function seriesXml(sheetName: string, chart: ChartData): string {
  const { spec } = chart;
  const type = spec.type;
  const categories = strRef(absoluteRef(sheetName, spec.categoriesRange), chart.categories);
  return spec.series
    .map((s, i) => {
      const data = chart.series[i] ?? { name: s.name, values: [] };
      const color = (s.color ?? `#${DEFAULT_COLORS[i % DEFAULT_COLORS.length]}`)
        .replace(/^#/, "")
        .toUpperCase();
      const head = `<c:idx val="${i}"/><c:order val="${i}"/><c:tx>${strRef(absoluteRef(sheetName, s.nameRange), [data.name])}</c:tx>`;
      const values = `<c:cat>${categories}</c:cat><c:val>${numRef(absoluteRef(sheetName, s.valuesRange), data.values)}</c:val>`;
      if (type === "pie") return `<c:ser>${head}${values}</c:ser>`;
      if (type === "line" || type === "radar") {
        const marker = `<c:marker><c:symbol val="circle"/><c:size val="5"/></c:marker>`;
        return `<c:ser>${head}${solidFill(color, true)}${marker}${values}${type === "line" ? `<c:smooth val="0"/>` : ""}</c:ser>`;
      }
      return `<c:ser>${head}${solidFill(color, false)}<c:invertIfNegative val="0"/>${values}</c:ser>`;
    })
    .join("");
}

const isBar = (t: ChartType): boolean =>
  t === "columnClustered" || t === "columnStacked" || t === "barClustered" || t === "barStacked";
const isHorizontal = (t: ChartType): boolean => t === "barClustered" || t === "barStacked";
const isStacked = (t: ChartType): boolean => t === "columnStacked" || t === "barStacked";

/** Category label rotation (c:txPr, after c:tickLblPos in CT_CatAx): DrawingML angles are 60,000ths of a degree. */
function labelRotation(spec: ChartSpec): string {
  const degrees = spec.categoryLabelRotation;
  if (degrees === undefined || !Number.isFinite(degrees)) return "";
  const rot = Math.round(Math.max(-90, Math.min(90, degrees)) * 60000);
  return `<c:txPr><a:bodyPr rot="${rot}" vert="horz"/><a:lstStyle/><a:p><a:pPr><a:defRPr/></a:pPr><a:endParaRPr lang="en-US"/></a:p></c:txPr>`;
}

/**
 * The category and value axes (none for pie). Horizontal bars list the first category on top. A
 * reversed value axis (rank 1 on top) crosses the category axis at its maximum, so the category
 * labels stay at the bottom (or left). With negative values the category labels sit at the low
 * end of the value axis ("low"), beside the plot instead of on top of the bars left of zero.
 */
function axesXml(spec: ChartSpec, hasNegative: boolean): string {
  if (spec.type === "pie") return "";
  const horizontal = isHorizontal(spec.type);
  const reversed = horizontal;
  const valueReversed = spec.valueAxisReversed === true;
  const catPos = horizontal ? "l" : "b";
  const valPos = horizontal ? "b" : "l";
  const scaleLimits =
    (spec.valueAxisMax !== undefined ? `<c:max val="${spec.valueAxisMax}"/>` : "") +
    (spec.valueAxisMin !== undefined ? `<c:min val="${spec.valueAxisMin}"/>` : "");
  const valueFormat = spec.valueAxisNumberFormat
    ? `<c:numFmt formatCode="${escapeXml(spec.valueAxisNumberFormat)}" sourceLinked="0"/>`
    : `<c:numFmt formatCode="General" sourceLinked="1"/>`;
  const axisTitle = (text: string | undefined): string =>
    text ? `<c:title>${richText(text, 1000)}<c:overlay val="0"/></c:title>` : "";
  const category =
    `<c:catAx><c:axId val="${CATEGORY_AXIS_ID}"/><c:scaling><c:orientation val="${reversed ? "maxMin" : "minMax"}"/></c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${catPos}"/>${axisTitle(spec.categoryAxisTitle)}<c:numFmt formatCode="General" sourceLinked="1"/>` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="${hasNegative ? "low" : "nextTo"}"/>${labelRotation(spec)}<c:crossAx val="${VALUE_AXIS_ID}"/>` +
    `<c:crosses val="${valueReversed ? "max" : "autoZero"}"/><c:auto val="1"/><c:lblAlgn val="ctr"/><c:lblOffset val="100"/>` +
    (spec.showAllCategoryLabels
      ? `<c:tickLblSkip val="1"/><c:noMultiLvlLbl val="1"/>`
      : `<c:noMultiLvlLbl val="0"/>`) +
    `</c:catAx>`;
  const value =
    `<c:valAx><c:axId val="${VALUE_AXIS_ID}"/><c:scaling><c:orientation val="${valueReversed ? "maxMin" : "minMax"}"/>${scaleLimits}</c:scaling>` +
    `<c:delete val="0"/><c:axPos val="${valPos}"/><c:majorGridlines/>${axisTitle(spec.valueAxisTitle)}${valueFormat}` +
    `<c:majorTickMark val="out"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/><c:crossAx val="${CATEGORY_AXIS_ID}"/>` +
    `<c:crosses val="${reversed ? "max" : "autoZero"}"/><c:crossBetween val="between"/></c:valAx>`;
  return category + value;
}

/** The plot element (c:barChart, c:lineChart, c:pieChart, c:radarChart) with its series. */
function plotXml(sheetName: string, chart: ChartData): string {
  const { type } = chart.spec;
  const series = seriesXml(sheetName, chart);
  const axisIds = `<c:axId val="${CATEGORY_AXIS_ID}"/><c:axId val="${VALUE_AXIS_ID}"/>`;
  if (isBar(type)) {
    const grouping = isStacked(type) ? "stacked" : "clustered";
    const overlap = isStacked(type) ? `<c:overlap val="100"/>` : "";
    return (
      `<c:barChart><c:barDir val="${isHorizontal(type) ? "bar" : "col"}"/><c:grouping val="${grouping}"/><c:varyColors val="0"/>` +
      `${series}<c:gapWidth val="${isStacked(type) ? 60 : 150}"/>${overlap}${axisIds}</c:barChart>`
    );
  }
  if (type === "line")
    return `<c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>${series}<c:marker val="1"/>${axisIds}</c:lineChart>`;
  if (type === "radar")
    return `<c:radarChart><c:radarStyle val="marker"/><c:varyColors val="0"/>${series}${axisIds}</c:radarChart>`;
  return `<c:pieChart><c:varyColors val="1"/>${series}<c:firstSliceAng val="0"/></c:pieChart>`;
}

/** A complete xl/charts/chartN.xml part for one chart on sheet `sheetName`. */
export function chartSpaceXml(sheetName: string, chart: ChartData): string {
  const hasNegative = chart.series.some((x) => x.values.some((v) => v !== null && v < 0));
  const { spec } = chart;
  const legend =
    spec.legend === "none"
      ? ""
      : `<c:legend><c:legendPos val="${spec.legend === "right" ? "r" : "b"}"/><c:overlay val="0"/></c:legend>`;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<c:chartSpace xmlns:c="${NS.chart}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">` +
    `<c:date1904 val="0"/><c:roundedCorners val="0"/><c:chart>${titleXml(spec.title)}<c:autoTitleDeleted val="${spec.title ? 0 : 1}"/>` +
    `<c:plotArea><c:layout/>${plotXml(sheetName, chart)}${axesXml(spec, hasNegative)}</c:plotArea>${legend}` +
    `<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>`
  );
}

/** One anchor of a drawing: the chart covers the cells `from` … `to` (both included). */
export type Anchor = { from: string; to: string; relationshipId: string; name: string };

/** A complete xl/drawings/drawingN.xml part holding one graphic frame per chart. */
export function drawingXml(anchors: readonly Anchor[]): string {
  const marker = (tag: string, row: number, column: number): string =>
    `<xdr:${tag}><xdr:col>${column}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:${tag}>`;
  const frames = anchors.map((a, i) => {
    const from = parseA1(a.from);
    const to = parseA1(a.to);
    return (
      `<xdr:twoCellAnchor>${marker("from", from.row, from.column)}${marker("to", to.row + to.rows, to.column + to.columns)}` +
      `<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="${i + 2}" name="${escapeXml(a.name)}"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr>` +
      `<xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm><a:graphic><a:graphicData uri="${NS.chart}">` +
      `<c:chart xmlns:c="${NS.chart}" r:id="${escapeXml(a.relationshipId)}"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>`
    );
  });
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n` +
    `<xdr:wsDr xmlns:xdr="${NS.spreadsheetDrawing}" xmlns:a="${NS.drawingMl}" xmlns:r="${NS.rel}">${frames.join("")}</xdr:wsDr>`
  );
}
