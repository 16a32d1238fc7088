/**
 * The exported custom functions (src/functions/functions.ts) as Excel calls them: values in, a
 * value back or a thrown CustomFunctions.Error. A minimal global `CustomFunctions` stands in for
 * the Office runtime. Line numbers refer to the 2015 report text.
 */
import { parseFramework } from "../../src/engine/framework";
import { framework2015, grid2015 } from "../../src/engine/bundled";
import { setActiveFramework } from "../../src/functions/active-framework";
import * as fn from "../../src/functions/functions";

/** The runtime's error: `code` is a CustomFunctions.ErrorCode value, `message` what Excel shows. */
class StubError extends Error {
  constructor(
    readonly code: string,
    message?: string
  ) {
    super(message);
  }
}
const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
  nullReference: "#NULL!",
  invalidName: "#NAME?",
  invalidReference: "#REF!",
} as const;

beforeAll(() => {
  (globalThis as unknown as { CustomFunctions: unknown }).CustomFunctions = {
    Error: StubError,
    ErrorCode,
  };
});
afterAll(() => {
  delete (globalThis as unknown as { CustomFunctions?: unknown }).CustomFunctions;
});

/** Calls `call`, expects it to throw the stub's error, and returns that error. */
function thrown(call: () => unknown): StubError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(StubError);
    return e as StubError;
  }
  throw new Error("expected a CustomFunctions.Error");
}

const grid = grid2015();
const header = [(grid[0] as string[]).slice(2, 19)];
const wuxi = [(grid[1] as string[]).slice(2, 19).map(Number)]; // 附件 1, line 4790
const totals = grid.slice(1).map((r) => [Number(r[19])]);
/** Excel passes an omitted optional argument as null; the invocation always comes last. */
const omitted = null as unknown as undefined;
const invocation = (...parameterAddresses: string[]): CustomFunctions.Invocation =>
  ({
    address: "Sheet1!U2",
    functionName: "SMARTCITY.TOTAL",
    parameterAddresses,
  }) as CustomFunctions.Invocation;

describe("values", () => {
  test("TOTAL and DIMENSION of 无锡 (附件 1 line 4790; 图表 7 line 539)", () => {
    expect(fn.total(wuxi)).toBeCloseTo(80.21, 9); // printed 80.20: METHOD.md, 62 rows off by 0.01
    expect(fn.total(wuxi, header, omitted, invocation("Sheet1!C2:S2", "Sheet1!C1:S1"))).toBeCloseTo(
      80.21,
      9
    );
    // Excel passes an omitted optional range as null and still passes the invocation last:
    expect(fn.total(wuxi, omitted, omitted, invocation("Sheet1!C2:S2"))).toBeCloseTo(80.21, 9);
    // Scenario weights (infrastructure × 1.5): 80.21 + 18.7 × 0.5; a blank weight names its cell.
    const weights = [[7.5, 15, 7.5, 10, 5, 5, 10, 10, 5, 5, 5, 5, 5, 5, 5, 5, 5]];
    const at = invocation("Sheet1!C2:S2", "Sheet1!C1:S1", "Sheet1!C160:S160");
    expect(fn.total(wuxi, header, weights, at)).toBeCloseTo(89.56, 9);
    const blank = [[...(weights[0] as number[]).slice(0, 16), 0]];
    const e = thrown(() => fn.total(wuxi, header, blank, at));
    expect([e.code, e.message.slice(0, 45)]).toEqual([
      "#NUM!",
      "Sheet1!S160: the scenario weight of 加分项 is 0;",
    ]);
    expect(
      fn.dimension(wuxi, header, "智慧管理", invocation("Sheet1!C2:S2", "Sheet1!C1:S1"))
    ).toBeCloseTo(15.73, 9);
    expect(fn.dimension(wuxi, header, "保障体系", invocation())).toBeCloseTo(12.8, 9);
  });

  test("RANK and RANKS: competition ranks by default (淮安, 荆州 86, 86: 图表 7 lines 630–631)", () => {
    expect(fn.rank(80.2, totals)).toBe(1);
    expect(fn.rank(35.56, totals)).toBe(86);
    expect(fn.rank(35.56, totals, 0, "ordinal")).toBe(86);
    expect(fn.rank(19.04, totals, 1)).toBe(1);
    const ranks = fn.ranks(totals);
    expect(ranks).toHaveLength(151);
    expect(ranks.slice(84, 88)).toEqual([[85], [86], [86], [88]]);
    expect(fn.ranks(totals, 0, "ordinal").slice(84, 88)).toEqual([[85], [86], [87], [88]]);
    expect(fn.ranks([[5, 9, 5, 1]], 0, "dense")).toEqual([[2, 1, 2, 3]]);
    expect(fn.ranks([[5, "x", 1]], 1)).toEqual([[2, "", 1]]);
  });

  test("RATE, WEIGHT, QD", () => {
    expect(fn.rate(9.5, "基础信息资源建设与共享")).toBeCloseTo(0.95, 12); // 图表 34, line 1617
    expect(fn.rate(4.8, "城市创新创业水平")).toBeCloseTo(0.96, 12); // 图表 67, line 3177
    expect(fn.rate(21, 105)).toBe(0.2);
    expect(fn.weight("总分")).toBe(105);
    expect(fn.weight("加分项")).toBe(5);
    expect(fn.weight("城市创新创业水平")).toBe(5); // not the text's 10 (line 3170)
    expect(fn.qd(totals)).toBeCloseTo(16.65, 9);
    expect(fn.qd(grid.slice(1).map((r) => [Number(r[3])]))).toBeCloseTo(3.6, 9); // line 1608
  });

  test("REGION, PROVINCE, LEVEL", () => {
    expect([fn.region("无锡"), fn.province("无锡"), fn.level("无锡")]).toEqual([
      "华东",
      "江苏",
      "地级市",
    ]);
    expect([fn.region("杭州市"), fn.province("杭州市"), fn.level("杭州市")]).toEqual([
      "华东",
      "浙江",
      "省会",
    ]);
    expect([
      fn.region("延边朝鲜族自治州"),
      fn.province("延边朝鲜族自治州"),
      fn.level("延边朝鲜族自治州"),
    ]).toEqual(["东北", "吉林", "地级市"]);
  });
});

describe("error messages follow Office's display language (English outside Office)", () => {
  const withDisplayLanguage = (displayLanguage: string | undefined, call: () => void): void => {
    const g = globalThis as unknown as { Office?: unknown };
    g.Office = displayLanguage === undefined ? undefined : { context: { displayLanguage } };
    try {
      call();
    } finally {
      delete g.Office;
    }
  };
  const aboveWeight = (): StubError => {
    const row = [[...(wuxi[0] as number[])]];
    (row[0] as number[])[4] = 12;
    return thrown(() => fn.total(row, header, omitted, invocation("Sheet1!C2:S2", "Sheet1!C1:S1")));
  };

  test.each([
    ["zh-CN", "Sheet1!G2：公共资源交易平台 为 12，超过其满分 5。"],
    ["zh-TW", "Sheet1!G2：公共资源交易平台 为 12，超过其满分 5。"],
    ["en-US", "Sheet1!G2: 公共资源交易平台 is 12, above its weight of 5."],
    ["de-DE", "Sheet1!G2: 公共资源交易平台 is 12, above its weight of 5."],
    [undefined, "Sheet1!G2: 公共资源交易平台 is 12, above its weight of 5."],
  ])("display language %p", (displayLanguage, message) => {
    withDisplayLanguage(displayLanguage, () => expect(aboveWeight().message).toBe(message));
  });

  test("a cell's content and the framework are worded in Chinese too", () => {
    withDisplayLanguage("zh-CN", () => {
      const e = thrown(() => fn.rank(Number.NaN, totals, 0, "olympic"));
      expect(e.message).toBe(
        'method 必须是 "competition"、"dense" 或 "ordinal"，而不是 "olympic"。'
      );
      const w = thrown(() => fn.weight("智慧农业"));
      expect(w.message).toBe(
        `“智慧农业”不是“${framework2015().name}”的一级指标、二级指标、加分项或总分。`
      );
      const c = thrown(() => fn.region("Gotham"));
      expect([c.code, c.message]).toEqual([
        "#N/A",
        "未知城市“Gotham”：不是内置城市表中的中国大陆地级及以上城市",
      ]);
    });
  });
});

describe("errors are CustomFunctions.Error with the right code and a message saying what and where", () => {
  test("TOTAL: a score above its weight → #VALUE! naming the cell from the parameter address", () => {
    const row = [[...(wuxi[0] as number[])]];
    (row[0] as number[])[4] = 12;
    const e = thrown(() =>
      fn.total(row, header, omitted, invocation("Sheet1!C2:S2", "Sheet1!C1:S1"))
    );
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toBe("Sheet1!G2: 公共资源交易平台 is 12, above its weight of 5.");
  });

  test("TOTAL: text in a score cell → #VALUE! naming the cell; an unknown header names the header cell", () => {
    const row: unknown[][] = [[...(wuxi[0] as number[])]];
    (row[0] as unknown[])[16] = "很好";
    const e = thrown(() => fn.total(row, undefined, omitted, invocation("Scores!C7:S7")));
    expect([e.code, e.message]).toEqual(["#VALUE!", 'Scores!S7 holds text "很好", not a score.']);
    const names = [[...(header[0] as string[])]];
    (names[0] as string[])[16] = "总分";
    const h = thrown(() =>
      fn.total(wuxi, names, omitted, invocation("Scores!C7:S7", "Scores!$C$1:$S$1"))
    );
    expect([h.code, h.message]).toEqual([
      "#VALUE!",
      `Scores!S1: "总分" is not an indicator or bonus item of ${framework2015().nameEn}.`,
    ]);
  });

  test("DIMENSION: unknown dimension #VALUE!, missing indicator column #N/A", () => {
    const e = thrown(() => fn.dimension(wuxi, header, "智慧农业", invocation()));
    expect(e.code).toBe("#VALUE!");
    expect(e.message).toMatch(/^"智慧农业" is not a dimension of .*; use one of 智慧基础设施/u);
    const n = thrown(() =>
      fn.dimension([[9, 3]], [["政府在线服务水平", "公共资源交易平台"]], "智慧管理", invocation())
    );
    expect([n.code, n.message]).toEqual([
      "#N/A",
      'No column named "社会化媒体参与度" among the indicators; 智慧管理 needs it.',
    ]);
  });

  test("RANK: a value not in the list → #N/A; a bad method or order → #VALUE!", () => {
    const e = thrown(() => fn.rank(80.21, totals));
    expect([e.code, e.message]).toEqual([
      "#N/A",
      "80.21 does not occur among the numbers in values, so it has no rank.",
    ]);
    expect(thrown(() => fn.rank(80.2, totals, 0, "fractional")).code).toBe("#VALUE!");
    expect(thrown(() => fn.ranks(totals, "down" as unknown as number)).message).toBe(
      'order must be 0 (highest first) or 1 (lowest first), not text "down".'
    );
  });

  test("RATE, WEIGHT, QD", () => {
    const w = thrown(() => fn.weight("智慧农业"));
    expect([w.code, w.message]).toEqual([
      "#N/A",
      `"智慧农业" is not an indicator, dimension, bonus or total of ${framework2015().nameEn}.`,
    ]);
    expect(thrown(() => fn.rate(5, 0))).toMatchObject({
      code: "#NUM!",
      message: "The weight must be positive, not 0.",
    });
    expect(thrown(() => fn.rate(5, "智慧农业")).code).toBe("#N/A");
    expect(thrown(() => fn.qd([[1], [2]]))).toMatchObject({
      code: "#NUM!",
      message: "QD needs at least 3 numbers (QUARTILE.EXC); got 2.",
    });
  });

  test("REGION, PROVINCE, LEVEL: an unknown city → #N/A naming it", () => {
    for (const call of [fn.region, fn.province, fn.level]) {
      const e = thrown(() => call("Gotham"));
      expect([e.code, e.message]).toEqual([
        "#N/A",
        'Unknown city "Gotham": not a prefecture-level or higher city of mainland China',
      ]);
    }
  });
});

test("the functions use the active framework (set by the task pane in the shared runtime)", () => {
  const parsed = parseFramework({
    name: "Mini index",
    dimensions: [
      {
        name: "Roads",
        indicators: [
          { name: "Potholes", weight: 4 },
          { name: "Lights", weight: 6 },
        ],
      },
    ],
    bonus: { name: "Extra", weight: 2 },
  });
  if (!parsed.ok) throw new Error(parsed.errors.join(" "));
  try {
    setActiveFramework(parsed.framework);
    expect(fn.weight("total")).toBe(12);
    expect(fn.weight("Roads")).toBe(10);
    expect(fn.total([[3, 5, 1]], [["Potholes", "Lights", "Extra"]], omitted, invocation())).toBe(9);
    expect(
      thrown(() =>
        fn.total([[5, 5]], [["Potholes", "Lights"]], omitted, invocation("Sheet1!B2:C2"))
      ).message
    ).toBe("Sheet1!B2: Potholes is 5, above its weight of 4.");
    expect(thrown(() => fn.weight("加分项")).code).toBe("#N/A");
  } finally {
    setActiveFramework(framework2015());
  }
  expect(fn.weight("总分")).toBe(105);
});
