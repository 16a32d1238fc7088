/**
 * Page setup (ExcelApi 1.9): `worksheet.pageLayout` (orientation, zoom, print area and titles,
 * headers and footers) and the manual page breaks `worksheet.horizontalPageBreaks` / `verticalPageBreaks`.
 * Stored on the sheet model and in the snapshot (`pageLayout`, `pageBreaks`).
 */
import { boxAddress, parseAddress, type Box } from "./address";
import { invalidArgument } from "./errors";
import type { FakeRequestContext } from "./context";
import { rangeRef } from "./chart-parts";
import { FakeBag, FakeObject, defineProps, type BagSchema } from "./proxy";
import type { SheetModel } from "./sheet";

/** Print title rows must be whole rows ("1:2"), columns whole columns ("A:A"), as Excel requires. */
function titleAddress(arg: unknown, kind: "rows" | "columns", location: string): string {
  const box: Box =
    typeof arg === "string" ? parseAddress(arg, location).box : rangeRef(arg, location).box;
  const text = boxAddress(box);
  const whole = kind === "rows" ? /^\$?\d+:\$?\d+$/u : /^\$?[A-Z]+:\$?[A-Z]+$/u;
  if (!whole.test(text)) throw invalidArgument(location, `print titles must be entire ${kind}`);
  return text;
}

const headerFooter: BagSchema = {
  entity: "HeaderFooter",
  props: {
    leftHeader: "",
    centerHeader: "",
    rightHeader: "",
    leftFooter: "",
    centerFooter: "",
    rightFooter: "",
  },
};

const ORIENTATIONS = new Set(["Portrait", "Landscape"]);

export const pageLayoutSchema: BagSchema = {
  entity: "PageLayout",
  props: {
    orientation: "Portrait",
    zoom: { scale: 100 },
    centerHorizontally: false,
    printGridlines: false,
    printTitleRows: null,
    printTitleColumns: null,
  },
  readOnly: ["printTitleRows", "printTitleColumns"],
  check: (name, value) => {
    if (name === "orientation" && !ORIENTATIONS.has(String(value)))
      throw invalidArgument("PageLayout.orientation", `unknown orientation '${String(value)}'`);
    if (name === "zoom" && (typeof value !== "object" || value === null))
      throw invalidArgument("PageLayout.zoom", "zoom must be set as one object");
  },
  methods: {
    setPrintTitleRows: (p, range) =>
      (p.printTitleRows = titleAddress(range, "rows", "PageLayout.setPrintTitleRows")),
    // Excel takes one address or several, comma-separated (printed in order).
    setPrintArea: (p, range) =>
      (p.printArea =
        typeof range === "string"
          ? range
              .split(",")
              .map((a) => boxAddress(parseAddress(a, "PageLayout.setPrintArea").box))
              .join(",")
          : boxAddress(rangeRef(range, "PageLayout.setPrintArea").box)),
    setPrintTitleColumns: (p, range) =>
      (p.printTitleColumns = titleAddress(range, "columns", "PageLayout.setPrintTitleColumns")),
  },
  nav: {
    headersFooters: {
      entity: "HeaderFooterGroup",
      props: { state: "Default" },
      nav: { defaultForAllPages: headerFooter },
    },
  },
};

export function createPageLayout(
  context: FakeRequestContext,
  sheet: () => SheetModel | null
): FakeBag {
  context._host.requireApi("Worksheet.pageLayout");
  return new FakeBag(context, pageLayoutSchema, () => sheet()?.pageLayout ?? null);
}

/** Manual page breaks before rows (horizontal) or columns (vertical). */
export class FakePageBreakCollection extends FakeObject<SheetModel> {
  constructor(
    context: FakeRequestContext,
    resolve: () => SheetModel | null,
    private readonly axis: "rows" | "columns"
  ) {
    super(context, "PageBreakCollection", resolve);
    context._host.requireApi(
      `Worksheet.${axis === "rows" ? "horizontalPageBreaks" : "verticalPageBreaks"}`
    );
  }

  /** A break before the top-left cell of `range`. */
  add(range: unknown): void {
    this._sameContext(range);
    this._op("add", typeof range === "string" ? range : null, (m) => {
      const location = "PageBreakCollection.add";
      const box =
        typeof range === "string"
          ? parseAddress(range, location).box
          : rangeRef(range, location).box;
      const list = m.pageBreaks[this.axis];
      const at = this.axis === "rows" ? box.r0 : box.c0;
      if (at === 0) throw invalidArgument(location, "no page break before the first row or column");
      if (!list.includes(at)) list.push(at);
      list.sort((a, b) => a - b);
    });
  }

  removePageBreaks(): void {
    this._op("removePageBreaks", undefined, (m) => (m.pageBreaks[this.axis] = []));
  }
}
defineProps<SheetModel>(FakePageBreakCollection, {});
