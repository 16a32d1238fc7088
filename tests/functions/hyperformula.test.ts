/**
 * The SMARTCITY functions inside a real formula engine (HyperFormula, GPL-3.0, test-only), next to
 * native functions, on the 151 rows of the 2015 appendix (附件 1, lines 4790–4952).
 *
 * HyperFormula 3.5 has no RANK / RANK.EQ (they evaluate to #NAME?, asserted below), so the
 * "native RANK" column is RANK.EQ's definition in native functions: =COUNTIF(range,">"&x)+1.
 */
import { DetailedCellError, HyperFormula } from "hyperformula";
import { dataset2015, grid2015 } from "../../src/engine/bundled";
import { SmartCityPlugin, smartCityTranslations } from "./hyperformula-plugin";

const grid = grid2015();
const N = grid.length - 1; // 151
const LAST = N + 1; // last data row, 1-based: 152
/** Columns: A rank, B city, C..S 16 indicators + bonus, T printed total, then our formulas. */
const U = 20,
  V = 21,
  W = 22,
  X = 23,
  Y = 24,
  Z = 25,
  AA = 26,
  AB = 27,
  AC = 28,
  AD = 29,
  AE = 30;

function sheet(): (string | number)[][] {
  const rows: (string | number)[][] = [
    [
      ...(grid[0] as string[]),
      "TOTAL",
      "SUM",
      "SMARTCITY.RANK",
      "COUNTIF rank",
      "RANKS",
      "DIMENSION",
      "SUM C:E",
      "RATE",
      "TOTAL with headers",
      "RANKS of T",
      "COUNTIF rank of T",
    ],
  ];
  grid.slice(1).forEach((r, i) => {
    const n = i + 2;
    rows.push([
      Number(r[0]),
      r[1] as string,
      ...r.slice(2, 20).map(Number),
      `=SMARTCITY.TOTAL(C${n}:S${n})`,
      `=SUM(C${n}:S${n})`,
      `=SMARTCITY.RANK(U${n},U$2:U$${LAST})`,
      `=COUNTIF(U$2:U$${LAST},">"&U${n})+1`,
      ...(n === 2 ? [`=SMARTCITY.RANKS(U2:U${LAST})`] : [null as unknown as string]),
      `=SMARTCITY.DIMENSION(C${n}:S${n},C$1:S$1,"智慧基础设施")`,
      `=SUM(C${n}:E${n})`,
      `=SMARTCITY.RATE(U${n},"总分")`,
      `=SMARTCITY.TOTAL(C${n}:S${n},C$1:S$1)`,
      n === 2 ? `=SMARTCITY.RANKS(T2:T${LAST})` : (null as unknown as string),
      `=COUNTIF(T$2:T$${LAST},">"&T${n})+1`,
    ]);
  });
  return rows;
}

let hf: HyperFormula;
const at = (row: number, col: number): unknown => hf.getCellValue({ sheet: 0, row, col });
const column = (col: number): unknown[] => Array.from({ length: N }, (_, i) => at(i + 1, col));
/** Evaluates one formula in a scratch cell of sheet 0 and clears it again. */
function evaluate(formula: string): unknown {
  const address = { sheet: 0, row: LAST + 5, col: 0 };
  hf.setCellContents(address, [[formula]]);
  const value = hf.getCellValue(address);
  hf.setCellContents(address, [[null]]);
  return value;
}

beforeAll(() => {
  // Registered globally, next to the built-ins (a `functionPlugins` list replaces them).
  HyperFormula.registerFunctionPlugin(SmartCityPlugin, smartCityTranslations);
  hf = HyperFormula.buildFromArray(sheet(), { licenseKey: "gpl-v3" });
});
afterAll(() => {
  hf.destroy();
  HyperFormula.unregisterFunctionPlugin(SmartCityPlugin);
});

test("built-ins stay available and the SMARTCITY. names (with a dot) are registered", () => {
  const names = HyperFormula.getRegisteredFunctionNames("enGB");
  expect(names).toEqual(
    expect.arrayContaining([
      "SUM",
      "COUNTIF",
      "QUARTILE.EXC",
      "SMARTCITY.TOTAL",
      "SMARTCITY.RANKS",
      "SMARTCITY.LEVEL",
    ])
  );
  // No native RANK in HyperFormula 3.5: if this fails, it gained one; compare with it directly.
  expect(names).not.toContain("RANK");
  expect((evaluate("=RANK(1,A2:A4)") as DetailedCellError).value).toBe("#NAME?");
});

test("=SMARTCITY.TOTAL(C2:S2) = =SUM(C2:S2) for all 151 rows, within 0.01 of the printed total", () => {
  const total = column(U);
  const sum = column(V);
  expect(column(AC)).toEqual(total); // with the header row C$1:S$1: all checks pass, same totals
  total.forEach((t, i) => {
    expect(typeof t).toBe("number");
    expect(t as number).toBeCloseTo(sum[i] as number, 9);
    expect(Math.abs((t as number) - Number((grid[i + 1] as string[])[19]))).toBeLessThanOrEqual(
      0.01 + 1e-9
    );
  });
  expect(at(1, U)).toBeCloseTo(80.21, 9); // 无锡, printed 80.20 (line 4790)
});

test("=SMARTCITY.RANK(U2,U$2:U$152) = native RANK.EQ (COUNTIF) for all 151 rows", () => {
  const ours = column(W);
  const native = column(X);
  expect(ours).toEqual(native);
  expect(ours.every((r) => Number.isInteger(r))).toBe(true);
  expect(at(1, W)).toBe(1); // 无锡
});

test("=SMARTCITY.RANKS(U2:U152) spills 151 ranks equal to the native column", () => {
  expect(column(Y)).toEqual(column(X));
  expect(hf.getCellFormula({ sheet: 0, row: 2, col: Y })).toBeUndefined(); // a spilled value, not a formula
  // On the printed totals, with 图表 7's one tie: 淮安 and 荆州 both 86 (lines 630–631).
  expect(column(AD)).toEqual(column(AE));
  expect([at(86, AD), at(87, AD)]).toEqual([86, 86]);
  // A row spills as a row:
  expect(evaluate("=SUM(SMARTCITY.RANKS({3,1,3,2}))")).toBe(1 + 4 + 1 + 3);
});

test("DIMENSION = SUM of its columns, RATE = total / 105, QD = QUARTILE.EXC(…,3) − QUARTILE.EXC(…,1)", () => {
  const dim = column(Z);
  const sum = column(AA);
  dim.forEach((d, i) => expect(d as number).toBeCloseTo(sum[i] as number, 9));
  expect(at(1, Z)).toBeCloseTo(18.7, 9); // 无锡 智慧基础设施 (图表 7, line 539)
  column(AB).forEach((r, i) => expect(r as number).toBeCloseTo((column(U)[i] as number) / 105, 9));
  const qd = evaluate(`=SMARTCITY.QD(T2:T${LAST})`) as number;
  const native = evaluate(`=QUARTILE.EXC(T2:T${LAST},3)-QUARTILE.EXC(T2:T${LAST},1)`) as number;
  expect(qd).toBeCloseTo(native, 9);
  expect(qd).toBeCloseTo(16.65, 9);
  expect(evaluate('=SMARTCITY.WEIGHT("总分")')).toBe(105);
  expect(evaluate("=SMARTCITY.QD(D2:D152)")).toBeCloseTo(3.6, 9); // 基础信息资源建设与共享, line 1608
});

test("REGION / PROVINCE / LEVEL of every city = the report's own grouping (METHOD.md)", () => {
  const meta = dataset2015().cities;
  meta.forEach((c, i) => {
    const n = i + 2;
    expect([
      evaluate(`=SMARTCITY.REGION(B${n})`),
      evaluate(`=SMARTCITY.PROVINCE(B${n})`),
      evaluate(`=SMARTCITY.LEVEL(B${n})`),
    ]).toEqual([c.region, c.province, c.level]);
  });
});

test("=SMARTCITY.TOTAL(C2:S2,C$1:S$1,weights) = the scenario total in native SUM, for all 151 rows", () => {
  // Row 160: scenario weights from the framework's (row 161): 智慧基础设施 20 → 30, so its three
  // indicators × 1.5; 城市创新创业水平 (K) 5 → 8; the rest unchanged.
  const [weightsRow, frameworkRow] = [LAST + 7, LAST + 8]; // 0-based: 1-based rows 160 and 161
  const columns = Array.from({ length: 17 }, (_, j) => String.fromCharCode(67 + j)); // C..S
  hf.setCellContents({ sheet: 0, row: frameworkRow, col: 2 }, [
    columns.map((c) => `=SMARTCITY.WEIGHT(${c}$1)`),
  ]);
  hf.setCellContents({ sheet: 0, row: weightsRow, col: 2 }, [
    columns.map((c, j) => (j < 3 ? `=${c}161*1.5` : c === "K" ? 8 : `=${c}161`)),
  ]);
  try {
    for (let n = 2; n <= LAST; n++) {
      const ours = evaluate(`=SMARTCITY.TOTAL(C${n}:S${n},C$1:S$1,C$160:S$160)`) as number;
      const native = evaluate(`=SUM(C${n}:S${n})+0.5*SUM(C${n}:E${n})+0.6*K${n}`) as number;
      expect(ours).toBeCloseTo(native, 9);
    }
    expect(evaluate("=SMARTCITY.TOTAL(C2:S2,C$1:S$1,C$160:S$160)")).toBe(91.66); // 无锡, by hand
    // The framework's weights give the plain total; a weight left blank is #NUM! naming its cell.
    expect(evaluate("=SMARTCITY.TOTAL(C2:S2,C$1:S$1,C$161:S$161)")).toBeCloseTo(80.21, 9);
    hf.setCellContents({ sheet: 0, row: weightsRow, col: 6 }, [[null]]);
    const e = evaluate("=SMARTCITY.TOTAL(C2:S2,C$1:S$1,C$160:S$160)") as DetailedCellError;
    expect([e.value, e.message.slice(0, 60)]).toEqual([
      "#NUM!",
      "Sheet1!G160: the scenario weight of 公共资源交易平台 is 0; weights m",
    ]);
  } finally {
    hf.setCellContents({ sheet: 0, row: weightsRow, col: 2 }, [columns.map(() => null)]);
    hf.setCellContents({ sheet: 0, row: frameworkRow, col: 2 }, [columns.map(() => null)]);
  }
});

describe("errors surface as HyperFormula cell errors carrying our message", () => {
  const error = (formula: string): DetailedCellError => {
    const v = evaluate(formula);
    expect(v).toBeInstanceOf(DetailedCellError);
    return v as DetailedCellError;
  };

  test("a score above its weight, named by its cell", () => {
    const g2 = { sheet: 0, row: 1, col: 6 }; // G2: 无锡 公共资源交易平台 (weight 5)
    hf.setCellContents(g2, [[5.5]]);
    try {
      expect(at(1, AC)).toBeInstanceOf(DetailedCellError);
      const e = at(1, AC) as DetailedCellError;
      expect([e.value, e.message]).toEqual([
        "#VALUE!",
        "Sheet1!G2: 公共资源交易平台 is 5.5, above its weight of 5.",
      ]);
      expect(at(1, U)).toBeCloseTo(80.21 + 2.5, 9); // without headers nothing is checked, as SUM:
      expect(at(1, V)).toBeCloseTo(80.21 + 2.5, 9);
    } finally {
      hf.setCellContents(g2, [[3]]);
    }
    expect(at(1, AC)).toBeCloseTo(80.21, 9);
  });

  test("text and error values in scores, a blank header, a value not in the list", () => {
    expect(error('=SMARTCITY.TOTAL({1,"x"})').message).toBe(
      'scores (row 1, column 2) holds text "x", not a score.'
    );
    const e = error("=SMARTCITY.TOTAL(A2:B2)"); // rank and city columns
    expect([e.value, e.message]).toEqual(["#VALUE!", 'Sheet1!B2 holds text "无锡", not a score.']);
    hf.setCellContents({ sheet: 0, row: LAST + 2, col: 2 }, [["=1/0", 3]]);
    expect(error(`=SMARTCITY.TOTAL(C${LAST + 3}:D${LAST + 3})`).message).toBe(
      `Sheet1!C${LAST + 3} holds the error #DIV/0!, not a score.`
    );
    // A blank header range (blanks arrive as 0) means no headers:
    expect(evaluate(`=SMARTCITY.TOTAL(C2:D2,C${LAST + 4}:D${LAST + 4})`)).toBeCloseTo(4.7 + 9.5, 9);
    expect(error(`=SMARTCITY.TOTAL(C2:D2,C$1:C$1)`).message).toBe(
      "indicators has 1 cells but scores has 2; give one indicator name per score."
    );
    const na = error("=SMARTCITY.RANK(80.21,T2:T152)");
    expect([na.value, na.message]).toEqual([
      "#N/A",
      "80.21 does not occur among the numbers in values, so it has no rank.",
    ]);
    expect(error('=SMARTCITY.WEIGHT("智慧农业")').value).toBe("#N/A");
    expect(error("=SMARTCITY.QD(T2:T3)").value).toBe("#NUM!");
    expect(error('=SMARTCITY.REGION("Gotham")').message).toBe(
      'Unknown city "Gotham": not a prefecture-level or higher city of mainland China'
    );
    expect(error('=SMARTCITY.RANKS(U2:U152,0,"olympic")').value).toBe("#VALUE!");
  });
});
