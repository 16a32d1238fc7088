/** Tests of the Excel fake: each rule it models (see README.md in this folder). */
/* eslint-disable office-addins/call-sync-before-read, office-addins/load-object-before-read,
   office-addins/call-sync-after-load, office-addins/no-context-sync-in-loop --
   these tests break the Office rules on purpose, to check the fake enforces them (chunked
   writes sync in a loop by design). */
import { FakeExcel, FakeOfficeError, createFakeExcel } from "./index";

async function rejection(p: Promise<unknown>): Promise<FakeOfficeError> {
  try {
    await p;
  } catch (e) {
    return e as FakeOfficeError;
  }
  throw new Error("expected a rejection");
}

function thrown(f: () => unknown): FakeOfficeError {
  try {
    f();
  } catch (e) {
    return e as FakeOfficeError;
  }
  throw new Error("expected an error");
}

let fake: FakeExcel;
beforeEach(() => {
  fake = createFakeExcel({ sheets: ["Sheet1", "Data"] });
});

describe("load / sync semantics", () => {
  it("throws PropertyNotLoaded until load() and sync()", async () => {
    fake.setCells("Sheet1", "A1", [[1, "a"]]);
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      const before = thrown(() => range.values);
      expect(before).toMatchObject({ name: "RichApi.Error", code: "PropertyNotLoaded" });
      expect(before.message).toBe(
        `The property 'values' is not available. Before reading the property's value, call the load method on the containing object and call "context.sync()" on the associated request context.`
      );
      range.load("values");
      expect(() => range.values).toThrow(/not available/); // loaded but not synced
      await context.sync();
      expect(range.values).toEqual([[1, "a"]]);
      expect(() => range.address).toThrow(/'address' is not available/); // not requested
    });
  });

  it("accepts every load() form and reads nested navigation properties", async () => {
    fake.setCells("Sheet1", "A1", [[1, 2]]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").format.font.bold = true;
      const a = sheet.getRange("A1:B1").load("address, rowCount");
      const b = sheet.getRange("A1").load(["values", "format/font/bold"]);
      const c = sheet.getRange("B1").load({ select: "numberFormat", expand: "format/fill" });
      const d = sheet.getRange("A1").load({ text: true, format: { font: { bold: true } } });
      const e = sheet.getRange("A1").load();
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      expect([a.address, a.rowCount]).toEqual(["Sheet1!A1:B1", 1]);
      expect([b.values, b.format.font.bold]).toEqual([[[1]], true]);
      expect([c.numberFormat, c.format.fill.color]).toEqual([[["General"]], "#FFFFFF"]);
      expect([d.text, d.format.font.bold]).toEqual([[["1"]], true]);
      expect(e.valueTypes).toEqual([["Double"]]);
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Data"]);
    });
  });

  it("returns locally set values without a load, as Office.js does", async () => {
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      expect(range.values).toEqual([[5]]);
      await context.sync();
    });
  });

  it("resolves isNullObject and ClientResult values at sync", async () => {
    await fake.Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Nope");
      const present = context.workbook.worksheets.getItemOrNullObject("data");
      const count = context.workbook.worksheets.getCount();
      expect(() => missing.isNullObject).toThrow(/isNullObject/);
      expect(() => count.value).toThrow(/has not been loaded/);
      await context.sync();
      expect([missing.isNullObject, present.isNullObject, count.value]).toEqual([true, false, 2]);
    });
  });

  it("applies queued operations in order at sync; a failing one stops the rest", async () => {
    const error = await rejection(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Sheet1");
        sheet.getRange("A1").values = [["first"]];
        context.workbook.worksheets.getItem("Missing").getRange("A1").values = [[1]];
        sheet.getRange("A2").values = [["never"]];
        await context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "ItemNotFound",
      debugInfo: { errorLocation: "WorksheetCollection.getItem" },
    });
    expect(fake.cellValue("Sheet1", "A1")).toBe("first");
    expect(fake.cellValue("Sheet1", "A2")).toBe("");
  });

  it("syncs what is still queued when the batch ends", async () => {
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("C3").values = [[7]];
      return Promise.resolve();
    });
    expect(fake.cellValue("Sheet1", "C3")).toBe(7);
    expect(fake.stats.syncs).toBe(0);
    expect(fake.stats.requests).toHaveLength(1);
    expect(fake.stats.requests[0]?.implicit).toBe(true);
  });

  it("rejects batches that return no promise, proxies used after their run, and mixed contexts", async () => {
    const run = fake.Excel.run as unknown as (b: (c: unknown) => unknown) => Promise<unknown>;
    expect((await rejection(run(() => undefined))).code).toBe("RunMustReturnPromise");

    let leaked: Excel.Range | undefined;
    await fake.Excel.run(async (context) => {
      leaked = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      await context.sync();
    });
    const range = leaked as Excel.Range;
    range.values = [[1]];
    expect((await rejection(range.context.sync())).code).toBe("InvalidObjectPath");

    const other = fake.Excel.run(async (c1) => {
      const r1 = c1.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      await fake.Excel.run(async (c2) => {
        expect(
          thrown(() => c2.workbook.worksheets.getItem("Sheet1").tables.add(r1, true)).code
        ).toBe("InvalidRequestContext");
        return c2.sync();
      });
    });
    await other;
  });
});

describe("sync counter and payload estimate", () => {
  it("counts explicit syncs and round trips", async () => {
    await fake.Excel.run(async (context) => {
      await context.sync(); // empty: no round trip
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
      await context.sync();
    });
    expect(fake.stats).toMatchObject({ runs: 1, syncs: 3, operations: 2 });
    expect(fake.stats.requests).toHaveLength(2);
    expect(fake.stats.requests[0]?.requestBytes).toBeGreaterThan(100);
  });

  it("rejects a request over 5 MB (RequestPayloadSizeLimitExceeded) and applies nothing of it", async () => {
    const rows = Array.from({ length: 80_000 }, (_, i) => [
      `城市名称很长的文本 ${i}`,
      i * 1.5,
      "某省某市",
      "东部地区",
    ]);
    const error = await rejection(
      fake.Excel.run(async (context) => {
        const sheet = context.workbook.worksheets.getItem("Data");
        sheet.getRange("A1").values = [["kept? no"]];
        sheet.getRange(`A1:D${rows.length}`).values = rows;
        await context.sync();
      })
    );
    expect(error).toMatchObject({ name: "RichApi.Error", code: "RequestPayloadSizeLimitExceeded" });
    expect(fake.cellValue("Data", "A1")).toBe("");
    expect(fake.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);

    fake.resetStats();
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      for (let start = 0; start < rows.length; start += 20_000) {
        sheet.getRangeByIndexes(start, 0, 20_000, 4).values = rows.slice(start, start + 20_000);
        await context.sync();
      }
    });
    expect(fake.stats.syncs).toBe(4);
    expect(fake.stats.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    expect(fake.cellValue("Data", "B80000")).toBe(79_999 * 1.5);
  });

  it("rejects a response over the limit (ResponsePayloadSizeLimitExceeded); the limit is an option", async () => {
    const small = createFakeExcel({ payloadLimitBytes: 2_000 });
    small.setCells(
      "Sheet1",
      "A1",
      Array.from({ length: 300 }, (_, i) => [i, "text"])
    );
    const error = await rejection(
      small.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B300").load("values");
        await context.sync();
      })
    );
    expect(error.code).toBe("ResponsePayloadSizeLimitExceeded");
    const unlimited = createFakeExcel({ payloadLimitBytes: null });
    await unlimited.Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:A200000").values = Array.from(
        { length: 200_000 },
        () => ["x".repeat(30)]
      );
      return context.sync();
    });
    expect(unlimited.stats.maxRequestBytes).toBeGreaterThan(5 * 1024 * 1024);
  });
});

describe("the = rule and other typing conversions", () => {
  async function write(values: unknown[][]): Promise<void> {
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Sheet1")
        .getRangeByIndexes(0, 0, values.length, 1).values = values as never;
      return context.sync();
    });
  }

  it("turns '=', '+' and '-' text into formulas and keeps apostrophe-escaped text", async () => {
    await write([
      ["=1+1"],
      ["=SUM(B1:B3)"],
      ["'=1+1"],
      ["+1+1"],
      ["-abc"],
      ["-5"],
      ["-"],
      ["'-"],
      ["=-2^2"],
      ['="a"&"b"'],
      ["=1/0"],
    ]);
    const cell = (a: string) => [fake.cellValue("Sheet1", a), fake.cellFormula("Sheet1", a)];
    expect(cell("A1")).toEqual([2, "=1+1"]);
    expect(cell("A2")).toEqual(["#NAME?", "=SUM(B1:B3)"]);
    expect(cell("A3")).toEqual(["=1+1", null]);
    expect(fake.cell("Sheet1", "A3")).toEqual({ value: "=1+1", quotePrefix: true });
    expect(cell("A4")).toEqual([2, "=+1+1"]);
    expect(cell("A5")).toEqual(["#NAME?", "=-abc"]);
    expect(cell("A6")).toEqual([-5, null]);
    expect(cell("A7")).toEqual(["-", null]);
    expect(cell("A8")).toEqual(["-", null]);
    expect(cell("A9")).toEqual([4, "=-2^2"]);
    expect(cell("A10")).toEqual(["ab", '="a"&"b"']);
    expect(cell("A11")).toEqual(["#DIV/0!", "=1/0"]);
    await fake.Excel.run(async (context) => {
      const r = context.workbook.worksheets
        .getItem("Sheet1")
        .getRange("A1:A3")
        .load("values, formulas, valueTypes, text");
      await context.sync();
      expect(r.values).toEqual([[2], ["#NAME?"], ["=1+1"]]);
      expect(r.formulas).toEqual([["=1+1"], ["=SUM(B1:B3)"], ["=1+1"]]);
      expect(r.valueTypes).toEqual([["Double"], ["Error"], ["String"]]);
    });
  });

  it("converts numeric, percent, boolean and error text like Excel typing", async () => {
    await write([["123"], ["12.5%"], ["1,234"], ["TRUE"], ["#N/A"], ["001"], ["abc"]]);
    expect(fake.values("Sheet1", "A1:A7")).toEqual([
      [123],
      [0.125],
      [1234],
      [true],
      ["#N/A"],
      [1],
      ["abc"],
    ]);
    expect(fake.cell("Sheet1", "A2")).toEqual({ value: 0.125, numberFormat: "0.00%" });
  });

  it("uses the evaluateFormula option when given", async () => {
    fake = createFakeExcel({ evaluateFormula: (f) => (f === "=A1*2" ? 42 : undefined) });
    await write([["=A1*2"], ["=2*3"]]);
    expect([fake.cellValue("Sheet1", "A1"), fake.cellValue("Sheet1", "A2")]).toEqual([42, 6]);
  });

  it("checks array shape, fills from a single value, leaves null / NaN cells unchanged", async () => {
    fake.setCells("Sheet1", "A1", [["keep", "keep"]]);
    const error = await rejection(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        return context.sync();
      })
    );
    expect(error).toMatchObject({
      code: "InvalidArgument",
      debugInfo: { errorLocation: "Range.values" },
    });
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:B1").values = [[null, Number.NaN]] as never;
      sheet.getRange("C1:D2").values = "x" as never;
      return context.sync();
    });
    expect(fake.values("Sheet1", "A1:D2")).toEqual([
      ["keep", "keep", "x", "x"],
      ["", "", "x", "x"],
    ]);
  });
});

describe("sheet-name rules", () => {
  async function add(name: string): Promise<FakeOfficeError | null> {
    try {
      await fake.Excel.run(async (context) => {
        context.workbook.worksheets.add(name);
        return context.sync();
      });
      return null;
    } catch (e) {
      return e as FakeOfficeError;
    }
  }

  it("accepts 31 characters and non-ASCII names", async () => {
    expect(await add("x".repeat(31))).toBeNull();
    expect(await add("总排名 Overall")).toBeNull();
  });

  it.each([
    ["x".repeat(32)],
    [""],
    ["a[b"],
    ["a]b"],
    ["a:b"],
    ["a*b"],
    ["a?b"],
    ["a/b"],
    ["a\\b"],
    ["'quoted"],
    ["end'"],
    ["History"],
  ])("rejects %j with InvalidArgument", async (name) => {
    expect(await add(name)).toMatchObject({ name: "RichApi.Error", code: "InvalidArgument" });
  });

  it("rejects a duplicate ignoring case with ItemAlreadyExists, also on rename", async () => {
    expect(await add("DATA")).toMatchObject({
      code: "ItemAlreadyExists",
      debugInfo: { errorLocation: "WorksheetCollection.add" },
    });
    const error = await rejection(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").name = "data";
        return context.sync();
      })
    );
    expect(error.code).toBe("ItemAlreadyExists");
  });

  it("adds at the end, deletes, refuses to delete the last visible sheet, quotes addresses", async () => {
    await fake.Excel.run(async (context) => {
      const sheets = context.workbook.worksheets;
      const added = sheets.add("My Sheet");
      added.position = 0;
      sheets.getItem("Data").delete();
      const range = added.getRange("A1:B2").load("address");
      const active = sheets.getActiveWorksheet().load("name");
      await context.sync();
      expect(range.address).toBe("'My Sheet'!A1:B2");
      expect(active.name).toBe("Sheet1");
    });
    expect(fake.snapshot().sheets.map((s) => s.name)).toEqual(["My Sheet", "Sheet1"]);
    const error = await rejection(
      fake.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").delete();
        context.workbook.worksheets.getItem("My Sheet").delete();
        return context.sync();
      })
    );
    expect(error.code).toBe("InvalidOperation");
  });
});

describe("cell-edit mode failures", () => {
  it("fails the next N runs and lets a bounded retry succeed", async () => {
    fake.failNextRuns(2);
    let attempts = 0;
    const write = () =>
      fake.Excel.run(async (context) => {
        attempts++;
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["done"]];
        await context.sync();
      });
    for (let i = 0; i < 3; i++) {
      try {
        await write();
        break;
      } catch (e) {
        expect((e as FakeOfficeError).code).toBe("InvalidOperationInCellEditMode");
      }
    }
    expect(attempts).toBe(3);
    expect(fake.stats.failedRuns).toBe(2);
    expect(fake.cellValue("Sheet1", "A1")).toBe("done");
  });

  it("fails while in edit mode unless delayForCellEdit is set", async () => {
    fake.setCellEditMode(true);
    const batch = async (context: Excel.RequestContext) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    };
    expect((await rejection(fake.Excel.run(batch))).code).toBe("InvalidOperationInCellEditMode");
    const delayed = fake.Excel.run({ delayForCellEdit: true }, batch);
    fake.setCellEditMode(false);
    await delayed;
    expect(fake.cellValue("Sheet1", "A1")).toBe(1);
  });
});

describe("settings persisted in the document", () => {
  it("stores workbook.settings as JSON across runs and in snapshots", async () => {
    await fake.Excel.run(async (context) => {
      context.workbook.settings.add("createdSheets", ["总排名", "Stats"]);
      context.workbook.settings.add("temp", 1);
      return context.sync();
    });
    await fake.Excel.run(async (context) => {
      const s = context.workbook.settings.getItemOrNullObject("createdSheets").load("value");
      const none = context.workbook.settings.getItemOrNullObject("none");
      context.workbook.settings.getItem("temp").delete();
      await context.sync();
      expect([s.value, none.isNullObject]).toEqual([["总排名", "Stats"], true]);
    });
    expect(fake.snapshot().settings).toEqual({ createdSheets: ["总排名", "Stats"] });
    const reopened = createFakeExcel({ workbook: fake.snapshot() });
    await reopened.Excel.run(async (context) => {
      const items = context.workbook.settings.load("items");
      await context.sync();
      expect(items.items.map((i) => [i.key, i.value])).toEqual([
        ["createdSheets", ["总排名", "Stats"]],
      ]);
    });
  });

  it("Office.context.document.settings is staged until saveAsync and shares the store", async () => {
    const settings = fake.Office.context.document.settings;
    settings.set("binding", { id: "scores" });
    expect(settings.get("binding")).toEqual({ id: "scores" });
    expect(fake.snapshot().settings).toEqual({});
    await new Promise((resolve) => settings.saveAsync(resolve));
    expect(fake.snapshot().settings).toEqual({ binding: { id: "scores" } });
    await fake.Excel.run(async (context) => {
      const s = context.workbook.settings.getItem("binding").load("value");
      await context.sync();
      expect(s.value).toEqual({ id: "scores" });
    });
  });
});

describe("bindings and change events", () => {
  it("fires binding.onDataChanged and worksheet.onChanged for edits inside the bound range", async () => {
    fake.setCells("Data", "A1", [
      ["City", "Score"],
      ["Beijing", 90],
    ]);
    const seen: string[] = [];
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const table = sheet.tables.add("A1:B2", true);
      context.workbook.bindings.add(table.getRange(), "Table", "scores");
      const binding = context.workbook.bindings.getItem("scores");
      binding.onDataChanged.add(async (args) => {
        const range = args.binding.getRange().load("address");
        await args.binding.context.sync();
        seen.push(`binding ${range.address}`);
      });
      sheet.onChanged.add(
        async (args) => void seen.push(`sheet ${args.address} ${args.triggerSource}`)
      );
      await context.sync();
    });
    await fake.simulateEdit("Data", "B2", 95);
    expect(fake.cellValue("Data", "B2")).toBe(95);
    expect(seen.sort()).toEqual(["binding Data!A1:B2", "sheet B2 Application"]);
    seen.length = 0;
    await fake.simulateEdit("Data", "D9", "outside");
    expect(seen).toEqual(["sheet D9 Application"]);
  });

  it("removes a handler with Excel.run on the registration's context, as Office documents", async () => {
    fake.setCells("Data", "A1", [["City"], ["Beijing"]]);
    let calls = 0;
    const registration = await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const result = sheet.onChanged.add(async () => void calls++);
      await context.sync();
      return result;
    });
    await fake.simulateEdit("Data", "A2", "Tianjin");
    expect(calls).toBe(1);

    // The finished run's context and its objects work again inside a run given that context.
    const leaked = await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Data").getRange("A2");
      await context.sync();
      return range;
    });
    await fake.Excel.run(leaked, async (context) => {
      leaked.load("values");
      await context.sync();
      expect(leaked.values).toEqual([["Tianjin"]]);
    });
    await fake.Excel.run(registration.context, async (context) => {
      registration.remove();
      await context.sync();
    });
    expect(fake.host.doc.findSheet("Data")?.onChanged.size).toBe(0);
    await fake.simulateEdit("Data", "A2", "Shanghai");
    expect(calls).toBe(1);
    // Closed again once that run is over.
    leaked.values = [["x"]];
    expect((await rejection(leaked.context.sync())).code).toBe("InvalidObjectPath");
    expect(fake.stats.failedRuns).toBe(0);
  });

  it("fires events for add-in writes too, unless runtime.enableEvents is false", async () => {
    const seen: string[] = [];
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets
        .getItem("Data")
        .onChanged.add(async (args) => void seen.push(args.address));
      await context.sync();
      context.workbook.worksheets.getItem("Data").getRange("A1:B1").values = [[1, 2]];
      await context.sync();
      context.runtime.enableEvents = false;
      context.workbook.worksheets.getItem("Data").getRange("C1").values = [[3]];
      await context.sync();
    });
    await fake.flushEvents();
    expect(seen).toEqual(["A1:B1"]);
  });
});

describe("tables, charts, conditional formats, freeze panes", () => {
  it("normalises table headers like Excel and refuses overlapping tables", async () => {
    fake.setCells("Data", "A1", [
      ["Score", "score", "", 2015],
      [1, 2, 3, 4],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const table = sheet.tables.add("A1:D2", true);
      table.style = "TableStyleLight9";
      table.showBandedRows = false;
      const header = table.getHeaderRowRange().load("values");
      const columns = table.columns.load("items/name");
      await context.sync();
      expect(header.values).toEqual([["Score", "score2", "Column3", "2015"]]);
      expect(columns.items.map((c) => c.name)).toEqual(["Score", "score2", "Column3", "2015"]);
      sheet.tables.add("B2:C3", true);
      expect((await rejection(context.sync())).code).toBe("InvalidOperation");
      table.style = "Fancy";
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    });
    expect(fake.snapshot().sheets[1]?.tables).toEqual([
      expect.objectContaining({
        name: "Table1",
        range: "Data!A1:D2",
        style: "TableStyleLight9",
        showBandedRows: false,
      }),
    ]);
  });

  it("derives chart series from the source range and records titles, axes and position", async () => {
    fake.setCells("Data", "A1", [
      ["", "Tech", "Gov"],
      ["Beijing", 9, 8],
      ["Shanghai", 7, 6],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const chart = sheet.charts.add(
        fake.Excel.ChartType.columnStacked,
        sheet.getRange("A1:C3"),
        "Columns"
      );
      chart.title.text = "Top cities";
      chart.axes.categoryAxis.title.text = "City";
      chart.axes.valueAxis.title.text = "Score";
      chart.legend.position = "Bottom";
      chart.setPosition("E2", "L20");
      const extra = chart.series.add("Total");
      extra.setValues(sheet.getRange("B2:B3"));
      extra.setXAxisValues(sheet.getRange("A2:A3"));
      const first = chart.series.getItemAt(0).load("name");
      const charts = sheet.charts.load("items/name");
      await context.sync();
      expect(first.name).toBe("Tech");
      expect(charts.items.map((c) => c.name)).toEqual(["Chart 1"]);
    });
    const chart = fake.snapshot().sheets[1]?.charts[0];
    expect(chart).toMatchObject({
      name: "Chart 1",
      type: "ColumnStacked",
      source: "Data!A1:C3",
      position: { start: "E2", end: "L20", top: 15, left: 192 },
      props: {
        title: { text: "Top cities", visible: true },
        legend: { position: "Bottom" },
        axes: {
          categoryAxis: { title: { text: "City", visible: true } },
          valueAxis: { title: { text: "Score" } },
        },
      },
    });
    expect(chart?.series.map((s) => [s.name, s.values, s.xValues])).toEqual([
      ["Tech", "Data!B2:B3", "Data!A2:A3"],
      ["Gov", "Data!C2:C3", "Data!A2:A3"],
      ["Total", "Data!B2:B3", "Data!A2:A3"],
    ]);
  });

  it("records conditional formats, freeze panes, merges and formats; validates rules", async () => {
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const bars = sheet
        .getRange("B2:B10")
        .conditionalFormats.add(fake.Excel.ConditionalFormatType.dataBar);
      bars.dataBar.barDirection = "LeftToRight";
      bars.dataBar.positiveFormat.fillColor = "#5B9BD5";
      const scale = sheet.getRange("C2:E4").conditionalFormats.add("ColorScale");
      scale.colorScale.criteria = {
        minimum: { type: "LowestValue", color: "#F8696B" },
        maximum: { type: "HighestValue", color: "#63BE7B" },
      };
      const rule = sheet.getRange("F2:F10").conditionalFormats.add("CellValue");
      rule.cellValue.format.font.color = "#9C0006";
      rule.cellValue.rule = { formula1: "=0", operator: "LessThan" };
      sheet.freezePanes.freezeRows(1);
      sheet.getRange("A1:C1").merge();
      const header = sheet.getRange("A1:F1");
      header.format.font.bold = true;
      header.format.fill.color = "d9e1f2";
      header.format.horizontalAlignment = "Center";
      sheet.getRange("B2:B3").numberFormat = [["0.00"], ["0.00%"]];
      sheet.getRange("A:A").format.columnWidth = 120;
      await context.sync();
      rule.cellValue.rule = { formula1: "=0", operator: "Sideways" } as never;
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    });
    const sheet = fake.snapshot().sheets[0];
    expect(sheet?.conditionalFormats.map((c) => [c.type, c.range])).toEqual([
      ["CellValue", "Sheet1!F2:F10"],
      ["ColorScale", "Sheet1!C2:E4"],
      ["DataBar", "Sheet1!B2:B10"],
    ]);
    expect(sheet?.conditionalFormats[2]?.props).toEqual({
      dataBar: { barDirection: "LeftToRight", positiveFormat: { fillColor: "#5B9BD5" } },
    });
    expect(sheet?.freezePanes).toEqual({ rows: 1, columns: 0 });
    expect(sheet?.merges).toEqual(["A1:C1"]);
    expect(sheet?.columnWidths).toEqual({ A: 120 });
    expect(sheet?.cells.A1?.style).toEqual({
      "fill.color": "#D9E1F2",
      "font.bold": true,
      horizontalAlignment: "Center",
    });
    expect(sheet?.cells.B3).toEqual({ value: "", numberFormat: "0.00%" });
  });
});

describe("ranges", () => {
  it("navigates by address, index and offset; computes the used range", async () => {
    fake.setCells("Data", "B2", [
      [1, 2],
      [3, 4],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const base = sheet.getRange("Data!B2:C3");
      const list = [
        base.getCell(1, 1),
        base.getResizedRange(1, 0),
        base.getOffsetRange(0, 2),
        sheet.getRangeByIndexes(0, 0, 2, 3),
        sheet.getUsedRange(),
        base.getLastRow(),
        sheet.getRange("B:C"),
      ].map((r) => r.load("address"));
      const empty = context.workbook.worksheets.getItem("Sheet1").getUsedRangeOrNullObject(true);
      await context.sync();
      expect(list.map((r) => r.address)).toEqual([
        "Data!C3",
        "Data!B2:C4",
        "Data!D2:E3",
        "Data!A1:C2",
        "Data!B2:C3",
        "Data!B3:C3",
        "Data!B:C",
      ]);
      expect(empty.isNullObject).toBe(true);
      sheet.getRange("ZZZZ1").load("address");
      expect((await rejection(context.sync())).code).toBe("InvalidArgument");
    });
  });

  it("reads formats uniformly (null when mixed), renders text, autofits, clears", async () => {
    fake.setCells("Sheet1", "A1", [[1234.5, 0.25, "长文本长文本"]]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").numberFormat = [["#,##0.00"]];
      sheet.getRange("B1").numberFormat = [["0.0%"]];
      sheet.getRange("A1").format.font.bold = true;
      sheet.getRange("A1:C1").format.autofitColumns();
      const font = sheet.getRange("A1:B1").format.font.load("bold, size");
      const text = sheet.getRange("A1:C1").load("text");
      const widths = sheet.getRange("C1").format.load("columnWidth");
      await context.sync();
      expect([font.bold, font.size]).toEqual([null, 11]);
      expect(text.text).toEqual([["1,234.50", "25.0%", "长文本长文本"]]);
      expect(widths.columnWidth).toBeGreaterThan(48);
      sheet.getRange("A1:C1").clear("Contents");
      await context.sync();
    });
    expect(fake.cell("Sheet1", "A1")).toEqual({
      value: "",
      numberFormat: "#,##0.00",
      style: { "font.bold": true },
    });
    expect(fake.cell("Sheet1", "C1")).toBeNull();
  });
});

describe("more of the API surface", () => {
  it("sets borders per edge and reads them back", async () => {
    await fake.Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2");
      const bottom = range.format.borders.getItem("EdgeBottom");
      bottom.style = "Continuous";
      bottom.color = "#000000";
      range.format.borders.getItem("InsideHorizontal").style = "Dash";
      const top = range.format.borders.getItem("EdgeTop").load("style, sideIndex");
      bottom.load("style");
      await context.sync();
      expect([top.style, top.sideIndex, bottom.style]).toEqual(["None", "EdgeTop", "Continuous"]);
    });
    expect(fake.cell("Sheet1", "A1")?.style).toEqual({ "borders.EdgeBottom.style": "Dash" });
    expect(fake.cell("Sheet1", "B2")?.style).toEqual({
      "borders.EdgeBottom.color": "#000000",
      "borders.EdgeBottom.style": "Continuous",
    });
  });

  it("offers a standalone context and Excel.RequestContext", async () => {
    fake.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["direct"]];
    await fake.context.sync();
    const context = new fake.Excel.RequestContext();
    const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1").load("values");
    await context.sync();
    expect(range.values).toEqual([["direct"]]);
  });

  it("creates a header row when hasHeaders is false; charts treat a numeric first column as a series", async () => {
    fake.setCells("Data", "A1", [
      [1, 10],
      [2, 20],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      const table = sheet.tables.add("A1:B2", false);
      const range = table.getRange().load("address, values");
      const chart = sheet.charts.add("Line", sheet.getRange("A2:B3"));
      const series = chart.series.load("items/name");
      const byName = sheet.tables.getItemOrNullObject("table1");
      await context.sync();
      expect(range.address).toBe("Data!A1:B3");
      expect(range.values).toEqual([
        ["Column1", "Column2"],
        [1, 10],
        [2, 20],
      ]);
      expect(series.items.map((x) => x.name)).toEqual(["Series1", "Series2"]);
      expect(byName.isNullObject).toBe(false);
    });
  });

  it("tracks the selection and the active sheet; freezeAt freezes through a cell", async () => {
    await fake.Excel.run(async (context) => {
      const data = context.workbook.worksheets.getItem("Data");
      data.getRange("C5").select();
      data.freezePanes.freezeAt(data.getRange("B2"));
      const selected = context.workbook.getSelectedRange().load("address");
      const active = context.workbook.worksheets.getActiveWorksheet().load("name");
      await context.sync();
      expect([selected.address, active.name]).toEqual(["Data!C5", "Data"]);
    });
    expect(fake.snapshot().sheets[1]?.freezePanes).toEqual({ rows: 2, columns: 2 });
    expect(fake.snapshot().activeSheet).toBe("Data");
  });
});

describe("requirement sets and the Office namespace", () => {
  it("answers isSetSupported from the option and refuses newer APIs with ApiNotFound", async () => {
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(fake.Office.context.requirements.isSetSupported("ExcelApi", "1.13")).toBe(false);
    const old = createFakeExcel({ requirementSets: { ExcelApi: "1.8" } });
    expect(old.Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(false);
    await old.Excel.run(async (context) => {
      context.application.suspendApiCalculationUntilNextSync();
      expect(thrown(() => context.application.suspendScreenUpdatingUntilNextSync())).toMatchObject({
        code: "ApiNotFound",
        debugInfo: { errorLocation: "Application.suspendScreenUpdatingUntilNextSync" },
      });
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
    });
    expect(old.stats.requests[0]?.suspendedCalculation).toBe(true);
    expect(old.stats.suspendCalculationCalls).toBe(1);
  });

  it("installs the globals and registers ribbon actions", async () => {
    const uninstall = fake.install();
    try {
      expect(globalThis.Excel).toBe(fake.Excel);
      Office.actions.associate("generate", (event) => {
        void Office.addin.showAsTaskpane();
        (event as Office.AddinCommands.Event).completed();
      });
      await fake.runAction("generate");
      expect(fake.stats.taskpaneShown).toBe(1);
      const info = await Office.onReady();
      expect(info.host).toBe("Excel");
    } finally {
      uninstall();
    }
    expect((globalThis as { Excel?: unknown }).Excel).toBeUndefined();
  });
});

describe("snapshot", () => {
  it("is plain JSON that restores to an identical workbook", async () => {
    fake.setCells("Data", "A1", [
      ["City", "Score", "Note"],
      ["Beijing", 90.5, "'=1+1"],
      ["Shanghai", 88, "=1+2"],
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Data");
      sheet.tables.add("A1:C3", true);
      sheet.charts.add("BarClustered", sheet.getRange("A1:B3"), "Auto");
      sheet.getRange("B2:B3").conditionalFormats.add("DataBar");
      sheet.freezePanes.freezeAt("A1");
      sheet.getRange("B2:B3").numberFormat = [["0.00"], ["0.00"]];
      context.workbook.settings.add("k", { a: 1 });
      context.workbook.bindings.add("Data!A1:C3", "Table", "b1");
      return context.sync();
    });
    const snap = fake.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.sheets[1]?.cells).toEqual({
      A1: { value: "City" },
      B1: { value: "Score" },
      C1: { value: "Note" },
      A2: { value: "Beijing" },
      B2: { value: 90.5, numberFormat: "0.00" },
      C2: { value: "=1+1", quotePrefix: true },
      A3: { value: "Shanghai" },
      B3: { value: 88, numberFormat: "0.00" },
      C3: { value: 3, formula: "=1+2" },
    });
    expect(snap.bindings).toEqual([
      { id: "b1", type: "Table", range: "Data!A1:C3", table: "Table1" },
    ]);
    expect(createFakeExcel({ workbook: snap }).snapshot()).toEqual(snap);
  });

  it("shows a source sheet unchanged when only another sheet is written", async () => {
    fake.setCells("Data", "A1", [["City"], ["=1+1 text?"]]);
    const before = fake.snapshot({ sheets: ["Data"] });
    await fake.Excel.run(async (context) => {
      context.workbook.worksheets.add("Summary").getRange("A1").values = [["x"]];
      return context.sync();
    });
    expect(fake.snapshot({ sheets: ["Data"] })).toEqual(before);
  });
});

describe("efficiency", () => {
  it("writes and reads back 100,000 rows in chunks under 4 MB", async () => {
    const rowCount = 100_000;
    const rows = Array.from({ length: rowCount }, (_, i) => [
      i + 1,
      `City ${i}`,
      "East",
      ...Array.from({ length: 13 }, (_, j) => (i * 7 + j) % 100),
    ]);
    await fake.Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.add("Big");
      const chunk = 10_000;
      for (let start = 0; start < rowCount; start += chunk) {
        const part = rows.slice(start, start + chunk);
        const range = sheet.getRangeByIndexes(start, 0, part.length, 16);
        range.values = part;
        range.numberFormat = part.map((r) => r.map((_, j) => (j > 2 ? "0.00" : "General")));
        await context.sync();
      }
      const used = sheet.getUsedRange().load("address");
      await context.sync();
      expect(used.address).toBe("Big!A1:P100000");
    });
    expect(fake.stats.maxRequestBytes).toBeLessThan(4 * 1024 * 1024);
    expect(fake.values("Big", "A100000:C100000")).toEqual([[100_000, "City 99999", "East"]]);
  });
});
