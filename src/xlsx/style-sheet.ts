/**
 * xl/styles.xml: the fonts, fills, borders, number formats and cell formats (xf) of a layout,
 * collected before any sheet is written. Each distinct combination of named styles (merged in
 * order, later wins property by property) and number format becomes one `cellXfs` entry.
 */
import { STYLES } from "../layout/styles";
import type { CellStyle, StyleName } from "../layout/types";
import { escapeXml, NS } from "./ooxml";

/** Excel's built-in number formats that need no <numFmt> (ECMA-376 §18.8.30). */
const BUILT_IN_FORMATS: Record<string, number> = {
  General: 0,
  "0": 1,
  "0.00": 2,
  "#,##0": 3,
  "#,##0.00": 4,
  "0%": 9,
  "0.00%": 10,
  "0.00E+00": 11,
  "@": 49,
};
const FIRST_CUSTOM_FORMAT = 164;
const DEFAULT_FONT = `<font><sz val="11"/><color theme="1"/><name val="Calibri"/><family val="2"/><scheme val="minor"/></font>`;

const argb = (color: string): string => `FF${color.replace(/^#/, "").toUpperCase()}`;

/** A cell format as written: its xf index, and whether an empty cell with it still shows (fill, border). */
export type CellFormat = { xf: number; visibleWhenEmpty: boolean };

export class StyleSheet {
  private readonly fonts = new Map<string, number>([[DEFAULT_FONT, 0]]);
  private readonly fills = new Map<string, number>([
    [`<fill><patternFill patternType="none"/></fill>`, 0],
    [`<fill><patternFill patternType="gray125"/></fill>`, 1],
  ]);
  private readonly borders = new Map<string, number>([
    [`<border><left/><right/><top/><bottom/><diagonal/></border>`, 0],
  ]);
  private readonly customFormats = new Map<string, number>();
  private readonly xfs = new Map<string, number>([
    [`<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>`, 0],
  ]);
  private readonly cache = new Map<string, CellFormat>();

  /** The cell format of named styles applied in order plus a number format (both optional). */
  format(names: readonly StyleName[], numberFormat: string | undefined): CellFormat {
    const key = `${names.join(",")}|${numberFormat ?? ""}`;
    let found = this.cache.get(key);
    if (!found) {
      const style: CellStyle = Object.assign({}, ...names.map((n) => STYLES[n]));
      found = this.add(style, numberFormat);
      this.cache.set(key, found);
    }
    return found;
  }

  private add(s: CellStyle, numberFormat: string | undefined): CellFormat {
    const numFmtId = numberFormat === undefined ? 0 : this.numberFormatId(numberFormat);
    const fontId = this.fontId(s);
    const fillId = s.fill ? index(this.fills, fillXml(s.fill)) : 0;
    const borderId = s.borderBottom ? index(this.borders, borderXml(s.borderBottom)) : 0;
    const alignment = alignmentXml(s);
    const applies =
      (numFmtId !== 0 ? ` applyNumberFormat="1"` : "") +
      (fontId !== 0 ? ` applyFont="1"` : "") +
      (fillId !== 0 ? ` applyFill="1"` : "") +
      (borderId !== 0 ? ` applyBorder="1"` : "") +
      (alignment ? ` applyAlignment="1"` : "");
    const head = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${applies}`;
    const xf = index(this.xfs, alignment ? `${head}>${alignment}</xf>` : `${head}/>`);
    return { xf, visibleWhenEmpty: fillId !== 0 || borderId !== 0 };
  }

  private numberFormatId(format: string): number {
    const builtIn = BUILT_IN_FORMATS[format];
    if (builtIn !== undefined) return builtIn;
    let id = this.customFormats.get(format);
    if (id === undefined)
      this.customFormats.set(format, (id = FIRST_CUSTOM_FORMAT + this.customFormats.size));
    return id;
  }

  private fontId(s: CellStyle): number {
    if (!s.bold && !s.italic && !s.underline && s.fontSize === undefined && !s.fontColor) return 0;
    const xml =
      `<font>${s.bold ? "<b/>" : ""}${s.italic ? "<i/>" : ""}${s.underline ? "<u/>" : ""}` +
      `<sz val="${s.fontSize ?? 11}"/>${s.fontColor ? `<color rgb="${argb(s.fontColor)}"/>` : `<color theme="1"/>`}` +
      `<name val="Calibri"/><family val="2"/>${s.fontSize === undefined ? `<scheme val="minor"/>` : ""}</font>`;
    return index(this.fonts, xml);
  }

  /** The complete styles part. */
  xml(): string {
    const list = (tag: string, items: Iterable<string>, count: number): string =>
      `<${tag} count="${count}">${[...items].join("")}</${tag}>`;
    const numFmts = [...this.customFormats].map(
      ([code, id]) => `<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`
    );
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="${NS.main}">` +
      (numFmts.length > 0 ? list("numFmts", numFmts, numFmts.length) : "") +
      list("fonts", this.fonts.keys(), this.fonts.size) +
      list("fills", this.fills.keys(), this.fills.size) +
      list("borders", this.borders.keys(), this.borders.size) +
      `<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>` +
      list("cellXfs", this.xfs.keys(), this.xfs.size) +
      `<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>` +
      `<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>` +
      `</styleSheet>`
    );
  }
}

/** The index of `xml` in an insertion-ordered map, adding it when new. */
function index(map: Map<string, number>, xml: string): number {
  let i = map.get(xml);
  if (i === undefined) map.set(xml, (i = map.size));
  return i;
}

const fillXml = (color: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;

const borderXml = (color: string): string =>
  `<border><left/><right/><top/><bottom style="thin"><color rgb="${argb(color)}"/></bottom><diagonal/></border>`;

/** <alignment>; wrapped text aligns to the top unless a vertical alignment is given. */
function alignmentXml(s: CellStyle): string {
  const vertical = s.verticalAlignment ?? (s.wrapText ? "top" : undefined);
  const indent = s.indent !== undefined && s.indent > 0 ? Math.min(250, Math.round(s.indent)) : 0;
  const attributes =
    (s.horizontalAlignment ? ` horizontal="${s.horizontalAlignment}"` : "") +
    (vertical ? ` vertical="${vertical}"` : "") +
    (s.wrapText ? ` wrapText="1"` : "") +
    (indent > 0 ? ` indent="${indent}"` : "");
  return attributes ? `<alignment${attributes}/>` : "";
}
