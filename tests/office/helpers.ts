/** Shared helpers of the Office writer tests: synthetic score sheets, a fake per test, cell comparison, the ribbon click. */
import type * as OutcomeModule from "../../src/office/command-outcome";
import type { GenerateResult } from "../../src/office/generate";
import { framework2015 } from "../../src/engine/bundled";
import { cellA1 } from "../../src/layout";
import type { Block, CellValue, SheetLayout } from "../../src/layout";
import {
  createFakeExcel,
  type FakeExcel,
  type FakeExcelOptions,
  type SheetSnapshot,
} from "../fakes/excel";

const REGIONS = ["华东", "华南", "华北", "东北", "华中", "西北", "西南"];
const LEVELS = ["直辖市", "计划单列市", "省会", "地级市"];

/**
 * A score sheet of `n` synthetic cities in the 2015 framework: header row of indicator names
 * plus city, region, province and level; deterministic 2-decimal scores (xorshift).
 */
export function syntheticGrid(n: number): (string | number)[][] {
  const framework = framework2015();
  let seed = 2015;
  const random = (): number => {
    seed ^= seed << 13;
    seed ^= seed >>> 17;
    seed ^= seed << 5;
    return ((seed >>> 0) % 1_000_000) / 1_000_000;
  };
  const header = [
    "城市",
    "区域",
    "省份",
    "行政级别",
    ...framework.indicators.map((i) => i.name),
    ...framework.bonus.map((b) => b.name),
  ];
  const rows = Array.from({ length: n }, (_, k) => [
    `城市${k + 1}`,
    REGIONS[k % REGIONS.length] ?? "",
    `省${k % 31}`,
    LEVELS[k % 97 === 0 ? k % 4 : 3] ?? "",
    ...framework.indicators.map((i) => Math.round(random() * i.weight * 100) / 100),
    ...framework.bonus.map((b) => Math.round(random() * b.weight * 100) / 100),
  ]);
  return [header, ...rows];
}

/** A fake installed as globalThis.Excel / Office for the duration of `fn`. */
export async function withFake<T>(
  options: FakeExcelOptions,
  fn: (fake: FakeExcel) => Promise<T>
): Promise<T> {
  const fake = createFakeExcel(options);
  const uninstall = fake.install();
  try {
    return await fn(fake);
  } finally {
    uninstall();
  }
}

/** What Excel should hold for a layout value: numbers as is, text as text, null as empty. */
export function expectedCell(value: CellValue): string | number {
  return value === null ? "" : value;
}

/**
 * Differences between a block and the sheet's cells (value, no formula, number format), as
 * "A5: expected … found …" lines; [] when they agree.
 */
export function blockDifferences(sheet: SheetSnapshot, block: Block, round = false): string[] {
  const problems: string[] = [];
  const formatAt = (i: number, j: number): string | undefined => {
    let found: string | undefined;
    for (const f of block.numberFormats)
      if (i >= f.row && i < f.row + f.rows && j >= f.column && j < f.column + f.columns)
        found = f.format;
    return found;
  };
  for (let i = 0; i < block.rows; i++) {
    for (let j = 0; j < block.columns; j++) {
      const address = cellA1(block.row + i, block.column + j);
      const cell = sheet.cells[address];
      let want: CellValue | undefined = block.values[i]?.[j] ?? null;
      let got = cell?.value ?? "";
      if (round && typeof got === "number") got = Math.round(got * 1e6) / 1e6 + 0;
      if (round && typeof want === "number") want = Math.round(want * 1e6) / 1e6 + 0;
      if (got !== expectedCell(want))
        problems.push(
          `${sheet.name}!${address}: expected ${JSON.stringify(want)}, found ${JSON.stringify(got)}`
        );
      if (cell?.formula !== undefined)
        problems.push(`${sheet.name}!${address}: became a formula ${cell.formula}`);
      const format = formatAt(i, j);
      if (format !== undefined && cell?.numberFormat !== format)
        problems.push(
          `${sheet.name}!${address}: number format ${String(cell?.numberFormat)} instead of ${format}`
        );
    }
  }
  return problems;
}

/** Differences between a whole layout sheet and the snapshot of the sheet written for it. */
export function sheetDifferences(
  sheet: SheetSnapshot,
  layout: SheetLayout,
  round = false
): string[] {
  return layout.blocks.flatMap((b) => blockDifferences(sheet, b, round));
}

/** Loads commands.ts as taskpane.html does and clicks the ribbon button. */
export async function clickRibbon(fake: FakeExcel): Promise<GenerateResult> {
  let outcome: typeof OutcomeModule | undefined;
  await jest.isolateModulesAsync(async () => {
    await import("../../src/commands/commands");
    outcome = await import("../../src/office/command-outcome");
  });
  await fake.runAction("generateSummary");
  const last = outcome?.lastCommandOutcome();
  if (!last || !("result" in last)) throw new Error(`no result: ${JSON.stringify(last)}`);
  return last.result;
}

/** A summary sheet of one block of `values` at `row` (no formats, tables or charts unless given). */
export function plainSheet(
  key: string,
  name: string,
  values: CellValue[][],
  more: Partial<SheetLayout> & { row?: number } = {}
): SheetLayout {
  const { row = 0, ...rest } = more;
  const block: Block = {
    key: "b",
    row,
    column: 0,
    rows: values.length,
    columns: values[0]?.length ?? 0,
    values,
    numberFormats: [],
    styles: [],
  };
  return {
    key,
    name,
    title: name,
    blocks: [block],
    columnWidths: [],
    tables: [],
    conditionalFormats: [],
    charts: [],
    ...rest,
  };
}
