/**
 * Golden files: the 2015 summary's sheets (printed appendix) as compact JSON under
 * tests/golden/summary-2015/<sheet key>.json (Chinese) and tests/golden/summary-2015/en/ (English),
 * numbers rounded to 6 decimals. Review a change,
 * then regenerate with `UPDATE_GOLDEN=1 npx jest tests/layout/golden`.
 */
import * as fs from "fs";
import * as path from "path";
import type { SheetLayout } from "../../src/layout";
import { layout2015 } from "./helpers";

const root = path.resolve(__dirname, "..", "golden", "summary-2015");
const update = process.env.UPDATE_GOLDEN === "1";

/** Numbers rounded to 6 decimals (float noise), recursively; -0 becomes 0. */
function rounded(value: unknown): unknown {
  if (typeof value === "number") return Math.round(value * 1e6) / 1e6 + 0;
  if (Array.isArray(value)) return value.map(rounded);
  if (value !== null && typeof value === "object")
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** One line per field, one line per row of values: readable diffs. */
function serialize(sheet: SheetLayout): string {
  const { blocks, ...rest } = rounded(sheet) as SheetLayout;
  const lines = Object.entries(rest).map(
    ([k, v]) => `  ${JSON.stringify(k)}: ${JSON.stringify(v)},`
  );
  const blockText = blocks.map((b) => {
    const { values, ...head } = b;
    const rows = values.map((r) => `      ${JSON.stringify(r)}`).join(",\n");
    return `    ${JSON.stringify(head).slice(0, -1)}, "values": [\n${rows}\n    ]}`;
  });
  return `{\n${lines.join("\n")}\n  "blocks": [\n${blockText.join(",\n")}\n  ]\n}\n`;
}

describe.each(["zh", "en"] as const)("golden summary-2015 (%s)", (language) => {
  const layout = layout2015(language);
  const dir = language === "zh" ? root : path.join(root, language);
  if (update) fs.mkdirSync(dir, { recursive: true });

  test.each(layout.sheets.map((s) => [s.key, s] as [string, SheetLayout]))(
    "sheet %s equals its golden file",
    (key, sheet) => {
      const file = path.join(dir, `${key}.json`);
      const text = serialize(sheet);
      expect(JSON.parse(text)).toEqual(rounded(sheet)); // the serializer loses nothing
      if (update) fs.writeFileSync(file, text, "utf8");
      expect(fs.existsSync(file)).toBe(true);
      expect(JSON.parse(text)).toEqual(JSON.parse(fs.readFileSync(file, "utf8")));
    }
  );

  test("no stale golden files", () => {
    const expected = new Set(layout.sheets.map((s) => `${s.key}.json`));
    const files = fs.readdirSync(dir).filter((f) => f.endsWith(".json"));
    expect(files.filter((f) => !expected.has(f))).toEqual([]);
  });
});
