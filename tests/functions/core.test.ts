/**
 * The SMARTCITY custom functions as pure code (src/functions/core.ts), on the report's own data.
 * Line numbers refer to the 2015 report text (seed/000_538fd9eeac6a60e1.txt); the few printed
 * numbers needed are copied here with their line.
 */
import { framework2015, grid2015 } from "../../src/engine/bundled";
import * as core from "../../src/functions/core";
import { err, ok } from "./fn-result";
import type { Cell } from "../../src/engine/table";

const f = framework2015();
const grid = grid2015();
/** Appendix layout: 0 rank, 1 city, 2..18 the 16 indicators and the bonus, 19 printed total. */
const SCORES = [2, 19] as const;
const header: Cell[][] = [(grid[0] as string[]).slice(...SCORES)];
const body = grid.slice(1);
/** A row as Excel passes it: numbers, not the CSV's text. */
const scoresOf = (row: string[]): number[][] => [row.slice(...SCORES).map(Number)];
const rowOf = (city: string): string[] => {
  const row = body.find((r) => r[1] === city);
  if (!row) throw new Error(`no row for ${city}`);
  return row;
};
const column = (name: string): number[][] => {
  const c = (grid[0] as string[]).indexOf(name);
  return body.map((r) => [Number(r[c])]);
};
const printedTotals = body.map((r) => [Number(r[19])]);
/** Competition ranks by their definition (O(n²)): 1 + the number of strictly better values. */
const competition = (values: number[], descending = true): number[] =>
  values.map((v) => 1 + values.filter((w) => (descending ? w > v : w < v)).length);
/** |value − printed| within half a unit of the printed last decimal (plus float noise). */
const expectRoundsTo = (value: number, printed: number, decimals = 2): void =>
  expect(Math.abs(value - printed)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);

test("the bundled appendix has the 151 cities of 附件 1 (lines 4790–4952)", () => {
  expect(body).toHaveLength(151);
  expect(rowOf("无锡")[0]).toBe("1"); // line 4790
  expect(rowOf("漯河")[19]).toBe("19.04"); // line 4952
});

describe("TOTAL", () => {
  test("无锡: the sum of its printed components is 80.21; the appendix prints 80.20 (line 4790)", () => {
    // 附件 1, line 4790: 4.70 9.50 4.50 9.00 3.00 3.73 6.00 7.50 3.50 2.00 3.44 2.00 3.74 4.80 4.00 4.00 4.80 | 80.20
    const row = grid[1] as string[];
    expect(row[1]).toBe("无锡");
    const total = ok(core.total(f, scoresOf(row), null));
    expect(total).toBeCloseTo(80.21, 9);
    expect(Math.abs(total - 80.2)).toBeCloseTo(0.01, 9); // METHOD.md: 62 rows differ by 0.01
    expect(ok(core.total(f, scoresOf(row), header))).toBe(total); // headers only check
  });

  test("all 151 totals lie within 0.01 of the printed total; 62 differ by exactly 0.01 (METHOD.md)", () => {
    let off = 0;
    for (const row of body) {
      const total = ok(core.total(f, scoresOf(row), header));
      const printed = Number(row[19]);
      expect(Math.abs(total - printed)).toBeLessThanOrEqual(0.01 + 1e-9);
      if (Math.abs(total - printed) > 0.005) off += 1;
    }
    expect(off).toBe(62);
  });

  test("the CSV's numeric text counts as its number; blanks (0 from Excel, null elsewhere) count 0", () => {
    const row = grid[1] as string[];
    expect(ok(core.total(f, [row.slice(...SCORES)], null))).toBeCloseTo(80.21, 9);
    expect(ok(core.total(f, [[1.5, 0, null, "", 2]], null))).toBe(3.5);
    expect(ok(core.total(f, [[1.5], [2.25]], null))).toBe(3.75); // a column works as well as a row
  });

  test("text, TRUE/FALSE and error values are #VALUE! naming the cell from the parameter address", () => {
    const scores = scoresOf(grid[1] as string[]);
    (scores[0] as Cell[])[4] = "n/a";
    expect(err(core.total(f, scores as Cell[][], null, "Sheet1!C2:S2"))).toMatchObject({
      error: "invalidValue",
      message: 'Sheet1!G2 holds text "n/a", not a score.',
    });
    expect(err(core.total(f, [[1, true]], null, "Sheet1!C2:D2")).message).toBe(
      "Sheet1!D2 holds TRUE, not a score."
    );
    expect(err(core.total(f, [[1, "#N/A"]], null, "'My Data'!$C$5:$D$5")).message).toBe(
      "'My Data'!D5 holds the error #N/A, not a score."
    );
    // Without an address (e.g. an old Excel), the position inside the range:
    expect(err(core.total(f, [[1, "x"]], null)).message).toBe(
      'scores (row 1, column 2) holds text "x", not a score.'
    );
  });

  test("with header names: a score above its weight is #VALUE! naming the cell (Sheet1!G2)", () => {
    const scores = scoresOf(grid[1] as string[]);
    (scores[0] as number[])[4] = 5.5; // column G = 公共资源交易平台, weight 5 (line 2189)
    const e = err(core.total(f, scores, header, "Sheet1!C2:S2", "Sheet1!C1:S1"));
    expect(e).toMatchObject({
      error: "invalidValue",
      message: "Sheet1!G2: 公共资源交易平台 is 5.5, above its weight of 5.",
    });
    // Without headers nothing is checked: the same row just adds up.
    expect(ok(core.total(f, scores, null))).toBeCloseTo(80.21 + 2.5, 9);
  });

  test("with header names: negative scores, unknown, blank and repeated headers are errors naming the cell", () => {
    const scores = scoresOf(grid[1] as string[]);
    (scores[0] as number[])[0] = -1;
    expect(err(core.total(f, scores, header, "Sheet1!C2:S2")).message).toBe(
      "Sheet1!C2: 基础网络建设水平 is negative (-1)."
    );
    const names = (header[0] as Cell[]).slice();
    names[2] = "城市";
    expect(
      err(core.total(f, scoresOf(grid[1] as string[]), [names], "Sheet1!C2:S2", "Sheet1!C1:S1"))
        .message
    ).toBe(`Sheet1!E1: "城市" is not an indicator or bonus item of ${f.nameEn}.`);
    names[2] = "智慧管理"; // a dimension is not a column of scores
    expect(
      err(core.total(f, scoresOf(grid[1] as string[]), [names], undefined, "Sheet1!C1:S1")).message
    ).toContain('Sheet1!E1: "智慧管理" is not');
    names[2] = 0; // a blank header cell reaches the function as 0
    expect(
      err(core.total(f, scoresOf(grid[1] as string[]), [names], undefined, "Sheet1!C1:S1")).message
    ).toBe("Sheet1!E1 is blank; indicators needs the name of the indicator of each score.");
    names[2] = "Basic information resources & government data sharing"; // English name of column D
    expect(
      err(core.total(f, scoresOf(grid[1] as string[]), [names], undefined, "Sheet1!C1:S1")).message
    ).toBe("基础信息资源建设与共享 is named twice in indicators, at Sheet1!D1 and Sheet1!E1.");
    expect(err(core.total(f, [[1, 2]], [["基础网络建设水平"]])).message).toBe(
      "indicators has 1 cells but scores has 2; give one indicator name per score."
    );
  });

  test("an all-blank header range (Excel passes blanks as 0) means no headers", () => {
    expect(ok(core.total(f, [[4, 9]], [[0, 0]]))).toBe(13);
    expect(ok(core.total(f, [[4, 9]], [[null, ""]]))).toBe(13);
  });
});

describe("DIMENSION", () => {
  // 图表 7 (captioned 图表 6 in the text, line 536; 图表 7 in the contents, line 192), line 539:
  // 1 无锡 18.70 15.73 13.50 8.94 5.74 12.80 4.80 80.20
  const wuxi: [string, number][] = [
    ["智慧基础设施", 18.7],
    ["智慧管理", 15.73],
    ["智慧服务", 13.5],
    ["智慧经济", 8.94],
    ["智慧人群", 5.74],
    ["保障体系", 12.8],
  ];
  test.each(wuxi)("无锡 %s = %d (图表 7, line 539)", (name, printed) => {
    expect(ok(core.dimension(f, scoresOf(rowOf("无锡")), header, name))).toBeCloseTo(printed, 9);
  });

  test("English names and ids name dimensions too; other columns (city, total) are ignored", () => {
    const row = rowOf("无锡");
    expect(ok(core.dimension(f, scoresOf(row), header, "Smart Infrastructure"))).toBeCloseTo(
      18.7,
      9
    );
    expect(ok(core.dimension(f, scoresOf(row), header, "people"))).toBeCloseTo(5.74, 9);
    const wide: Cell[] = [...row]; // the whole appendix row: rank, city, 17 scores, total
    expect(ok(core.dimension(f, [wide], [grid[0] as Cell[]], "智慧经济"))).toBeCloseTo(8.94, 9);
  });

  test("errors: unknown dimension, missing column, text, above weight, negative", () => {
    const row = scoresOf(rowOf("无锡"));
    expect(err(core.dimension(f, row, header, "基础网络建设水平")).message).toMatch(
      /^"基础网络建设水平" is not a dimension of .*; use one of 智慧基础设施, 智慧管理/u
    );
    expect(err(core.dimension(f, row, header, 0)).error).toBe("invalidValue");
    const e = err(
      core.dimension(
        f,
        [[4.7, 9.5]],
        [["基础网络建设水平", "基础信息资源建设与共享"]],
        "智慧基础设施"
      )
    );
    expect(e).toMatchObject({
      error: "notAvailable",
      message: 'No column named "城市云平台应用情况" among the indicators; 智慧基础设施 needs it.',
    });
    const bad: Cell[][] = [[...(row[0] as number[])]];
    (bad[0] as Cell[])[1] = "9,5x";
    expect(err(core.dimension(f, bad, header, "智慧基础设施", "Sheet1!C2:S2"))).toMatchObject({
      error: "invalidValue",
      message: 'Sheet1!D2 (基础信息资源建设与共享) holds text "9,5x", not a score.',
    });
    // Text in a column the dimension does not use is no concern of it.
    expect(ok(core.dimension(f, bad, header, "智慧管理"))).toBeCloseTo(15.73, 9);
    (bad[0] as Cell[])[1] = 10.5;
    expect(err(core.dimension(f, bad, header, "智慧基础设施", "Sheet1!C2:S2")).message).toBe(
      "Sheet1!D2: 基础信息资源建设与共享 is 10.5, above its weight of 10."
    );
    (bad[0] as Cell[])[1] = -0.5;
    expect(err(core.dimension(f, bad, header, "智慧基础设施", "Sheet1!C2:S2")).message).toBe(
      "Sheet1!D2: 基础信息资源建设与共享 is negative (-0.5)."
    );
    (bad[0] as Cell[])[1] = 0; // a blank score cell
    expect(ok(core.dimension(f, bad, header, "智慧基础设施"))).toBeCloseTo(18.7 - 9.5, 9);
  });
});

describe("RANK and RANKS", () => {
  // The appendix rank column (附件 1, lines 4790–4952) orders by unrounded totals; 图表 7 prints
  // competition ranks: the one printed tie, 淮安 and 荆州 at 35.56, is 86, 86 (lines 630–631).
  const reportRanks = body.map((r) => (r[1] === "荆州" ? 86 : Number(r[0])));

  test("RANKS of the 151 printed totals = 图表 7's competition ranks", () => {
    const ranks = ok(core.rankAll(printedTotals, null, null));
    expect(ranks.map((r) => r[0])).toEqual(reportRanks);
    expect(ranks[body.findIndex((r) => r[1] === "荆州")]).toEqual([86]);
  });

  test("RANK of each printed total = RANKS = competition ranks by definition", () => {
    const values = printedTotals.map((r) => r[0] as number);
    const expected = competition(values);
    expect(expected).toEqual(reportRanks);
    values.forEach((v, i) =>
      expect(ok(core.rankOne(v, printedTotals, null, null))).toBe(expected[i])
    );
  });

  test("on the computed totals (SMARTCITY.TOTAL of each row) RANK and RANKS agree with the definition", () => {
    const totals = body.map((row) => [ok(core.total(f, scoresOf(row), header))]);
    const values = totals.map((r) => r[0] as number);
    const expected = competition(values);
    expect(ok(core.rankAll(totals, 0, "competition")).map((r) => r[0])).toEqual(expected);
    values.forEach((v, i) => expect(ok(core.rankOne(v, totals, 0, null))).toBe(expected[i]));
  });

  test("ties: the 31 cities at 9.5 on 基础信息资源建设与共享 all rank 1 (METHOD.md; line 1610: 得分前 31 名城市得分均为 9.5 分)", () => {
    const values = column("基础信息资源建设与共享");
    const at95 = values.map((r, i) => (r[0] === 9.5 ? i : -1)).filter((i) => i >= 0);
    expect(at95).toHaveLength(31);
    const ranks = ok(core.rankAll(values, null, null)).map((r) => r[0]);
    at95.forEach((i) => expect(ranks[i]).toBe(1));
    expect(Math.min(...ranks.filter((r, i) => !at95.includes(i)).map(Number))).toBe(32); // the next rank skips
    expect(ok(core.rankOne(9.5, values, null, null))).toBe(1);
    // (图表 34's lower ranks are not used: METHOD.md, it lists two cities twice and omits two.)

    const dense = ok(core.rankAll(values, 0, "dense")).map((r) => r[0]);
    at95.forEach((i) => expect(dense[i]).toBe(1));
    expect(Math.min(...dense.filter((r, i) => !at95.includes(i)).map(Number))).toBe(2);
    expect(ok(core.rankOne(6.5, values, 0, "Dense"))).toBe(
      1 + new Set(values.map((r) => r[0]).filter((v) => (v as number) > 6.5)).size
    );

    const ordinal = ok(core.rankAll(values, 0, "ordinal")).map((r) => r[0]);
    expect(at95.map((i) => ordinal[i])).toEqual(Array.from({ length: 31 }, (_, k) => k + 1)); // ties in cell order
    expect([...ordinal].sort((a, b) => Number(a) - Number(b))).toEqual(
      Array.from({ length: 151 }, (_, k) => k + 1)
    );
    expect(ok(core.rankOne(9.5, values, 0, "ordinal"))).toBe(1); // the first occurrence's rank

    const ascending = ok(core.rankAll(values, 1, null)).map((r) => r[0]);
    at95.forEach((i) => expect(ascending[i]).toBe(151 - 31 + 1));
    expect(ascending).toEqual(
      competition(
        values.map((r) => r[0] as number),
        false
      )
    );
    expect(ok(core.rankOne(9.5, values, 1, null))).toBe(121);
  });

  test("order follows RANK.EQ: 0, blank or omitted = highest first, any other number or TRUE = lowest first", () => {
    const values = [[5], [9], [5], [1]];
    expect(ok(core.rankAll(values, null, null))).toEqual([[2], [1], [2], [4]]);
    expect(ok(core.rankAll(values, "", null))).toEqual([[2], [1], [2], [4]]);
    for (const order of [1, -1, 2, true])
      expect(ok(core.rankAll(values, order, null))).toEqual([[2], [4], [2], [1]]);
    expect(err(core.rankAll(values, "up", null))).toMatchObject({
      error: "invalidValue",
      message: 'order must be 0 (highest first) or 1 (lowest first), not text "up".',
    });
    expect(err(core.rankOne(5, values, null, "olympic"))).toMatchObject({
      error: "invalidValue",
      message: 'method must be "competition", "dense" or "ordinal", not "olympic".',
    });
  });

  test("a value missing from the list is #N/A; text, TRUE/FALSE and errors are skipped; blanks (0) are ranked", () => {
    expect(err(core.rankOne(80.21, printedTotals, null, null))).toMatchObject({
      error: "notAvailable",
      message: "80.21 does not occur among the numbers in values, so it has no rank.",
    });
    const mixed: Cell[][] = [[3], ["7"], [true], ["#N/A"], [0], [null], [1]];
    expect(ok(core.rankAll(mixed, null, null))).toEqual([[1], [""], [""], [""], [3], [""], [2]]);
    expect(ok(core.rankOne(0, mixed, null, null))).toBe(3);
    expect(err(core.rankOne(7, mixed, null, null)).error).toBe("notAvailable"); // "7" is text, as for RANK.EQ
    expect(err(core.rankOne("7", mixed, null, null))).toMatchObject({
      error: "invalidValue",
      message: 'value must be a number, not text "7".',
    });
    expect(
      ok(
        core.rankAll(
          [
            [2, 8],
            [4, 8],
          ],
          null,
          null
        )
      )
    ).toEqual([
      [4, 1],
      [3, 1],
    ]); // shape kept, row by row
  });
});

describe("WEIGHT", () => {
  // Weights from the chapters' "权重为 N 分" statements (line of each), and 总分 105 / 加分项 5 (line 310).
  const weights: [string, number, number][] = [
    ["基础网络建设水平", 5, 1502],
    ["基础信息资源建设与共享", 10, 1610],
    ["城市云平台应用情况", 5, 1714],
    ["政府在线服务水平", 10, 2079],
    ["公共资源交易平台", 5, 2189],
    ["社会化媒体参与度", 5, 2299],
    ["社会化民生服务水平", 10, 2677],
    ["数据开放服务水平", 10, 2789],
    ["城市创新创业水平", 5, 3172], // the text says 10 (line 3170); 1.20 分 = 24% (line 3172) and 图表 67 rate = score/5
    ["经济产出能耗水平", 5, 3280],
    ["互联网产业发展水平", 5, 3390],
    ["信息服务业从业人员情况", 5, 3746],
    ["市民生活网络化水平", 5, 3854],
    ["发展规划制定情况", 5, 4202],
    ["市民信息化宣传培训", 5, 4312],
    ["绩效考核情况", 5, 4422],
    ["智慧基础设施", 20, 1283],
    ["智慧管理", 20, 1857],
    ["智慧服务", 20, 2453],
    ["智慧经济", 15, 2948],
    ["智慧人群", 10, 3525],
    ["保障体系", 15, 3978],
    ["加分项", 5, 310],
    ["总分", 105, 310],
  ];
  test.each(weights)("%s weighs %d (line %d)", (name, weight) => {
    expect(ok(core.weight(f, name))).toBe(weight);
  });

  test("every indicator and dimension of the framework is covered, and the weights add up to 105", () => {
    const names = weights.map(([n]) => n);
    for (const x of [...f.indicators, ...f.dimensions, ...f.bonus]) expect(names).toContain(x.name);
    expect(
      weights
        .filter(([n]) => f.indicators.some((i) => i.name === n))
        .reduce((s, [, w]) => s + w, 0) + 5
    ).toBe(105);
  });

  test("English names, ids, case, spaces and full-width forms resolve", () => {
    expect(ok(core.weight(f, "total"))).toBe(105);
    expect(ok(core.weight(f, " TOTAL "))).toBe(105);
    expect(ok(core.weight(f, "Smart Economy"))).toBe(15);
    expect(ok(core.weight(f, "infra.data"))).toBe(10);
    expect(ok(core.weight(f, "基础网络\u3000建设水平"))).toBe(5);
  });

  test("unknown or blank names are #N/A saying what is wrong", () => {
    expect(err(core.weight(f, "智慧农业"))).toMatchObject({
      error: "notAvailable",
      message: `"智慧农业" is not an indicator, dimension, bonus or total of ${f.nameEn}.`,
    });
    expect(err(core.weight(f, "")).message).toContain("WEIGHT needs the name");
    expect(err(core.weight(f, 0)).message).toBe(
      `"0" is not an indicator, dimension, bonus or total of ${f.nameEn}.`
    );
  });
});

describe("RATE", () => {
  test("score / weight by name, as the report's 得分率 columns", () => {
    // 图表 34, line 1617: 无锡 基础信息资源建设与共享 9.50 → 95.00%
    expect(ok(core.rate(f, 9.5, "基础信息资源建设与共享"))).toBeCloseTo(0.95, 12);
    // 图表 67, line 3177: 北京 城市创新创业水平 4.80 → 96.00% (weight 5, not the text's 10)
    expect(ok(core.rate(f, 4.8, "城市创新创业水平"))).toBeCloseTo(0.96, 12);
    // line 3172: 1.20 分 → 24%
    expect(ok(core.rate(f, 1.2, "城市创新创业水平"))).toBeCloseTo(0.24, 12);
    // 图表 27, line 1290: 无锡 智慧基础设施 18.70 → 93.50%
    expect(ok(core.rate(f, 18.7, "智慧基础设施"))).toBeCloseTo(0.935, 12);
    // 图表 16, line 819: 无锡 总分 80.20 → 76.38%
    expectRoundsTo(100 * ok(core.rate(f, 80.2, "总分")), 76.38);
    expect(ok(core.rate(f, 4.8, "加分项"))).toBeCloseTo(0.96, 12);
  });

  test("a number is the weight itself; numeric text counts; a blank score is 0", () => {
    expect(ok(core.rate(f, 3, 4))).toBe(0.75);
    expect(ok(core.rate(f, "4.70", "5"))).toBeCloseTo(0.94, 12);
    expect(ok(core.rate(f, null, "基础网络建设水平"))).toBe(0);
  });

  test("errors: text score #VALUE!, unknown name #N/A, weight ≤ 0 #NUM!", () => {
    expect(err(core.rate(f, "high", 5))).toMatchObject({
      error: "invalidValue",
      message: 'score must be a number, not text "high".',
    });
    expect(err(core.rate(f, 1, "智慧农业")).error).toBe("notAvailable");
    expect(err(core.rate(f, 1, 0))).toMatchObject({
      error: "invalidNumber",
      message: "The weight must be positive, not 0.",
    });
    expect(err(core.rate(f, 1, -5)).error).toBe("invalidNumber");
  });
});

describe("QD", () => {
  test("QD of the 151 printed totals = Q3 − Q1 with QUARTILE.EXC = the 114th minus the 38th value (METHOD.md)", () => {
    const sorted = printedTotals.map((r) => r[0] as number).sort((a, b) => a - b);
    const expected = (sorted[113] as number) - (sorted[37] as number);
    expect(ok(core.qd(printedTotals))).toBeCloseTo(expected, 9);
    expect(ok(core.qd(printedTotals))).toBeCloseTo(16.65, 9);
    const computed = body.map((row) => [ok(core.total(f, scoresOf(row), header))]);
    const s2 = computed.map((r) => r[0] as number).sort((a, b) => a - b);
    expect(ok(core.qd(computed))).toBeCloseTo((s2[113] as number) - (s2[37] as number), 9);
  });

  // The quartile deviations the report states that Q3 − Q1 (QUARTILE.EXC) on the appendix
  // reproduces, to the printed decimals.
  const reproduced: [string, number, number][] = [
    ["基础网络建设水平", 1.24, 1502],
    ["基础信息资源建设与共享", 3.6, 1608],
    ["社会化媒体参与度", 1.95, 2299],
    ["社会化民生服务水平", 4, 2677],
    ["数据开放服务水平", 1.5, 2789],
    ["城市创新创业水平", 0.9, 3172],
    ["互联网产业发展水平", 1.22, 3390],
    ["信息服务业从业人员情况", 1.5, 3746],
    ["市民生活网络化水平", 1.34, 3854],
    ["发展规划制定情况", 0.8, 4202],
    ["市民信息化宣传培训", 2, 4312],
    ["绩效考核情况", 1.2, 4422],
  ];
  test.each(reproduced)("QD of %s = %d as stated (line %d)", (name, printed) => {
    expectRoundsTo(ok(core.qd(column(name))), printed);
  });

  test("the four indicator QDs the report states but the appendix does not give (METHOD.md: 'nearly all')", () => {
    // Pinned so a change shows; the report's figures differ from Q3 − Q1 of its own appendix:
    expect(ok(core.qd(column("城市云平台应用情况")))).toBeCloseTo(1.2, 9); // report 0.9 (line 1714)
    expect(ok(core.qd(column("政府在线服务水平")))).toBeCloseTo(4.5, 9); // report 1.5 (line 2079)
    expect(ok(core.qd(column("公共资源交易平台")))).toBeCloseTo(1.5, 9); // report 0.8 (line 2189)
    expect(ok(core.qd(column("经济产出能耗水平")))).toBeCloseTo(1.0, 9); // report 1.2 (line 3282)
  });

  test("QD of dimension scores built with DIMENSION, row by row", () => {
    const qdOf = (dimension: string, rows = body): number =>
      ok(core.qd(rows.map((row) => [ok(core.dimension(f, scoresOf(row), header, dimension))])));
    expectRoundsTo(qdOf("智慧基础设施"), 4.77); // line 1283
    expectRoundsTo(qdOf("智慧经济"), 2.74); // line 2948
    expectRoundsTo(qdOf("智慧人群"), 2.31); // line 3525
    expectRoundsTo(qdOf("保障体系"), 2.3); // line 3980
    // 智慧管理 5.28 (line 1857) needs the hidden decimals of 社会化媒体参与度 (METHOD.md): 5.27 as
    // printed, 5.275 with the reconstructed decimals.
    expect(qdOf("智慧管理")).toBeCloseTo(5.27, 9);
    expectRoundsTo(qdOf("智慧管理", grid2015(true).slice(1)), 5.28);
    // 智慧服务: the report says 2 (line 2453); its appendix gives 6.5 − 2.5 = 4.
    expect(qdOf("智慧服务")).toBeCloseTo(4, 9);
  });

  test("text and TRUE/FALSE are ignored, blanks (0) count, fewer than 3 numbers is #NUM!", () => {
    expect(ok(core.qd([[1, 2, 3, 4, 5, 6, 7]]))).toBe(4); // Q1 = 2, Q3 = 6
    expect(ok(core.qd([[1], ["x"], [2], [true], [3], [4], [5], [6], [7]]))).toBe(4);
    expect(ok(core.qd([[0, 2, 3, 4, 5, 6, 7]]))).toBe(4); // a blank from Excel is 0: Q1 = 2 still
    expect(err(core.qd([[1, 2, "3"]]))).toMatchObject({
      error: "invalidNumber",
      message: "QD needs at least 3 numbers (QUARTILE.EXC); got 2.",
    });
  });
});

describe("REGION, PROVINCE, LEVEL", () => {
  const fields = (city: Cell): (string | core.FnError)[] => [
    core.cityField(city, "region"),
    core.cityField(city, "province"),
    core.cityField(city, "level"),
  ];
  test("无锡 is 华东, 江苏, 地级市 (METHOD.md regions; 图表 16, line 819)", () => {
    expect(fields("无锡")).toEqual(["华东", "江苏", "地级市"]);
  });
  test("name variants resolve: 杭州市, full-width spaces, 延边朝鲜族自治州 / 延边", () => {
    expect(fields("杭州市")).toEqual(["华东", "浙江", "省会"]);
    expect(fields("杭\u3000州")).toEqual(["华东", "浙江", "省会"]);
    expect(fields("延边朝鲜族自治州")).toEqual(["东北", "吉林", "地级市"]);
    expect(fields("延边")).toEqual(["东北", "吉林", "地级市"]);
    expect(fields("北京")).toEqual(["华北", "北京", "直辖市"]);
    expect(fields("宁波")).toEqual(["华东", "浙江", "计划单列市"]);
  });
  test("an unknown, ambiguous or blank city is #N/A with a clear message, never a guess", () => {
    expect(core.cityField("Gotham", "region")).toMatchObject({
      error: "notAvailable",
      message: 'Unknown city "Gotham": not a prefecture-level or higher city of mainland China',
    });
    expect(err(core.cityField("浙江", "province")).message).toContain("浙江 is a province");
    expect(err(core.cityField("海南", "region")).message).toMatch(/^Ambiguous city "海南"/u);
    expect(err(core.cityField(0, "level")).message).toBe(
      'Unknown city "0": not a prefecture-level or higher city of mainland China'
    );
    expect(err(core.cityField("", "level")).message).toBe("City name is empty");
  });
});
