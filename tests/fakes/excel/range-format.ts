/** RangeFormat, RangeFont, RangeFill, RangeBorder(s): cell styles, column widths, row heights. */
import { Box, colCount, rowCount } from "./address";
import type { FakeRequestContext } from "./context";
import { excelEnums } from "./enums";
import { invalidArgument } from "./errors";
import type { Ref } from "./model";
import { FakeObject, PropTable, defineProps } from "./proxy";
import { displayText } from "./values";

export const DEFAULT_COLUMN_WIDTH = 48; // points: 8.43 characters of Calibri 11 = 64 px
export const DEFAULT_ROW_HEIGHT = 15;

/** The value every cell of the box has for a style key, or null when they differ (as Excel). */
function uniform(ref: Ref, key: string, fallback: string | number | boolean): unknown {
  const { sheet, box } = ref;
  const seen = new Set<unknown>();
  let stored = 0;
  sheet.forEachStored(box, (cell) => {
    stored++;
    seen.add(cell.s?.[key] ?? fallback);
  });
  const area = rowCount(box) * colCount(box);
  if (stored < area) {
    if (sheet.colStyles.size === 0 && sheet.rowStyles.size === 0) seen.add(fallback);
    else if (area <= 100_000) {
      for (let r = box.r0; r <= box.r1; r++)
        for (let c = box.c0; c <= box.c1; c++)
          if (!sheet.get(r, c)) seen.add(sheet.styleAt(r, c)?.[key] ?? fallback);
    } else seen.add(fallback);
  }
  return seen.size === 1 ? [...seen][0] : null;
}

export function normalizeColor(value: unknown, location: string): string {
  if (typeof value !== "string") throw invalidArgument(location, "colour must be a string");
  if (/^#?[0-9a-f]{6}$/i.test(value)) return `#${value.replace("#", "").toUpperCase()}`;
  if (/^[a-z]+$/i.test(value)) return value;
  throw invalidArgument(location, `invalid colour '${value}'`);
}

function oneOf(values: Record<string, string>, location: string) {
  const allowed = new Set(Object.values(values));
  return (v: unknown): string => {
    if (typeof v !== "string" || !allowed.has(v))
      throw invalidArgument(location, `unexpected value '${String(v)}'`);
    return v;
  };
}

function bool(location: string) {
  return (v: unknown): boolean => {
    if (typeof v !== "boolean") throw invalidArgument(location, "expected true or false");
    return v;
  };
}

function size(location: string) {
  return (v: unknown): number => {
    if (typeof v !== "number" || !(v >= 1 && v <= 409))
      throw invalidArgument(location, "font size must be 1..409");
    return v;
  };
}

/** A style property stored on each cell under `key`. */
function styleProp(
  key: string,
  fallback: string | number | boolean,
  check: (v: unknown) => string | number | boolean,
  part: (b: Box) => Box | null = (b) => b
) {
  return {
    get: (m: Ref) => {
      const box = part(m.box);
      return box ? uniform({ sheet: m.sheet, box }, key, fallback) : fallback;
    },
    set: (m: Ref, v: unknown) => {
      const value = check(v);
      const box = part(m.box);
      if (box) m.sheet.applyStyle(box, { [key]: value });
    },
  };
}

export class FakeRangeFont extends FakeObject<Ref> {
  constructor(context: FakeRequestContext, resolve: () => Ref | null) {
    super(context, "RangeFont", resolve);
  }
}
defineProps<Ref>(FakeRangeFont, {
  bold: styleProp("font.bold", false, bool("RangeFont.bold")),
  italic: styleProp("font.italic", false, bool("RangeFont.italic")),
  strikethrough: styleProp("font.strikethrough", false, bool("RangeFont.strikethrough")),
  underline: styleProp(
    "font.underline",
    "None",
    oneOf(excelEnums.RangeUnderlineStyle, "RangeFont.underline")
  ),
  color: styleProp("font.color", "#000000", (v) => normalizeColor(v, "RangeFont.color")),
  size: styleProp("font.size", 11, size("RangeFont.size")),
  name: styleProp("font.name", "Calibri", (v) => String(v)),
});

export class FakeRangeFill extends FakeObject<Ref> {
  constructor(context: FakeRequestContext, resolve: () => Ref | null) {
    super(context, "RangeFill", resolve);
  }

  clear(): void {
    this._op("clear", undefined, (m) => m.sheet.applyStyle(m.box, { "fill.color": undefined }));
  }
}
defineProps<Ref>(FakeRangeFill, {
  color: styleProp("fill.color", "#FFFFFF", (v) => normalizeColor(v, "RangeFill.color")),
});

/** Which cells of a box carry a border index, and under which (cell-side) key. */
function borderTarget(index: string): { side: string; part: (b: Box) => Box | null } {
  switch (index) {
    case "EdgeTop":
      return { side: "EdgeTop", part: (b) => ({ ...b, r1: b.r0 }) };
    case "EdgeBottom":
      return { side: "EdgeBottom", part: (b) => ({ ...b, r0: b.r1 }) };
    case "EdgeLeft":
      return { side: "EdgeLeft", part: (b) => ({ ...b, c1: b.c0 }) };
    case "EdgeRight":
      return { side: "EdgeRight", part: (b) => ({ ...b, c0: b.c1 }) };
    case "InsideHorizontal":
      return { side: "EdgeBottom", part: (b) => (b.r1 > b.r0 ? { ...b, r1: b.r1 - 1 } : null) };
    case "InsideVertical":
      return { side: "EdgeRight", part: (b) => (b.c1 > b.c0 ? { ...b, c1: b.c1 - 1 } : null) };
    default:
      return { side: index, part: (b) => b };
  }
}

export class FakeRangeBorder extends FakeObject<Ref> {
  constructor(context: FakeRequestContext, resolve: () => Ref | null, sideIndex: string) {
    super(context, "RangeBorder", resolve);
    const { side, part } = borderTarget(sideIndex);
    const props: PropTable<Ref> = {
      sideIndex: { get: () => sideIndex },
      style: styleProp(
        `borders.${side}.style`,
        "None",
        oneOf(excelEnums.BorderLineStyle, "RangeBorder.style"),
        part
      ),
      color: styleProp(
        `borders.${side}.color`,
        "#000000",
        (v) => normalizeColor(v, "RangeBorder.color"),
        part
      ),
      weight: styleProp(
        `borders.${side}.weight`,
        "Thin",
        oneOf(excelEnums.BorderWeight, "RangeBorder.weight"),
        part
      ),
    };
    Object.defineProperty(this, "_props", { value: props });
  }
}
defineProps<Ref>(FakeRangeBorder, {
  sideIndex: { get: () => "" },
  style: { get: () => "", set: () => undefined },
  color: { get: () => "", set: () => undefined },
  weight: { get: () => "", set: () => undefined },
});

export class FakeRangeBorderCollection extends FakeObject<Ref> {
  constructor(context: FakeRequestContext, resolve: () => Ref | null) {
    super(context, "RangeBorderCollection", resolve);
  }

  getItem(index: string): FakeRangeBorder {
    if (!Object.values(excelEnums.BorderIndex).includes(index as never))
      throw invalidArgument("RangeBorderCollection.getItem", `unknown border '${index}'`);
    return new FakeRangeBorder(this.context, () => this._model(), index);
  }
}
defineProps<Ref>(FakeRangeBorderCollection, {});

/** Autofit estimate: about 7 px per character of Calibri 11 (CJK counts double), +10 px padding. */
export function textWidthPoints(text: string, fontSize: number, bold: boolean): number {
  let units = 0;
  for (const ch of text) units += (ch.codePointAt(0) ?? 0) >= 0x2e80 ? 2 : 1;
  const px = units * 7 * (fontSize / 11) * (bold ? 1.08 : 1) + 10;
  return Math.round(px * 0.75 * 4) / 4;
}

export class FakeRangeFormat extends FakeObject<Ref> {
  private _font?: FakeRangeFont;
  private _fill?: FakeRangeFill;
  private _borders?: FakeRangeBorderCollection;

  constructor(context: FakeRequestContext, resolve: () => Ref | null) {
    super(context, "RangeFormat", resolve);
  }

  get font(): FakeRangeFont {
    return (this._font ??= new FakeRangeFont(this.context, () => this._model()));
  }

  get fill(): FakeRangeFill {
    return (this._fill ??= new FakeRangeFill(this.context, () => this._model()));
  }

  get borders(): FakeRangeBorderCollection {
    return (this._borders ??= new FakeRangeBorderCollection(this.context, () => this._model()));
  }

  /** Widens each column to its longest displayed text (an estimate; empty columns unchanged). */
  autofitColumns(): void {
    this.context._host.requireApi("RangeFormat.autofitColumns");
    this._op("autofitColumns", undefined, (m) => {
      const widest = new Map<number, number>();
      m.sheet.forEachStored(m.box, (cell, _r, c) => {
        const text = displayText(cell);
        if (!text) return;
        const w = textWidthPoints(
          text,
          Number(cell.s?.["font.size"] ?? 11),
          cell.s?.["font.bold"] === true
        );
        widest.set(c, Math.max(widest.get(c) ?? 0, w));
      });
      for (const [c, w] of widest) m.sheet.colWidths.set(c, Math.min(w, 1600));
    });
  }

  autofitRows(): void {
    this.context._host.requireApi("RangeFormat.autofitRows");
    this._op("autofitRows", undefined, (m) => {
      for (let r = m.box.r0; r <= m.box.r1 && r - m.box.r0 < 100_000; r++)
        m.sheet.rowHeights.delete(r);
    });
  }
}

function sizes(
  read: (m: Ref, i: number) => number,
  write: (m: Ref, i: number, v: number) => void,
  along: "rows" | "cols",
  location: string
) {
  const span = (b: Box): [number, number] => (along === "rows" ? [b.r0, b.r1] : [b.c0, b.c1]);
  return {
    get: (m: Ref) => {
      const [from, to] = span(m.box);
      const first = read(m, from);
      for (let i = from + 1; i <= to; i++) if (read(m, i) !== first) return null;
      return first;
    },
    set: (m: Ref, v: unknown) => {
      if (typeof v !== "number" || !(v >= 0))
        throw invalidArgument(location, "size must be a non-negative number");
      const [from, to] = span(m.box);
      for (let i = from; i <= to; i++) write(m, i, v);
    },
  };
}

defineProps<Ref>(
  FakeRangeFormat,
  {
    columnWidth: sizes(
      (m, c) => m.sheet.colWidths.get(c) ?? DEFAULT_COLUMN_WIDTH,
      (m, c, v) => m.sheet.colWidths.set(c, v),
      "cols",
      "RangeFormat.columnWidth"
    ),
    rowHeight: sizes(
      (m, r) => m.sheet.rowHeights.get(r) ?? DEFAULT_ROW_HEIGHT,
      (m, r, v) => m.sheet.rowHeights.set(r, v),
      "rows",
      "RangeFormat.rowHeight"
    ),
    horizontalAlignment: styleProp(
      "horizontalAlignment",
      "General",
      oneOf(excelEnums.HorizontalAlignment, "RangeFormat.horizontalAlignment")
    ),
    verticalAlignment: styleProp(
      "verticalAlignment",
      "Bottom",
      oneOf(excelEnums.VerticalAlignment, "RangeFormat.verticalAlignment")
    ),
    wrapText: styleProp("wrapText", false, bool("RangeFormat.wrapText")),
    indentLevel: styleProp("indentLevel", 0, (v) => Number(v)),
  },
  ["font", "fill", "borders"]
);
