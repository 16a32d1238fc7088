import { framework2015 } from "../../src/engine/bundled";
import { findItem, parseFramework, weightOf } from "../../src/engine/framework";
import { frameworkProblemText } from "../../src/engine/messages";

describe("bundled 2015 framework (METHOD.md table)", () => {
  const f = framework2015();
  test("6 dimensions, 16 indicators, one bonus, 105 points", () => {
    expect(f.dimensions.map((d) => [d.name, d.weight])).toEqual([
      ["智慧基础设施", 20],
      ["智慧管理", 20],
      ["智慧服务", 20],
      ["智慧经济", 15],
      ["智慧人群", 10],
      ["保障体系", 15],
    ]);
    expect(f.indicators).toHaveLength(16);
    expect(f.bonus.map((b) => [b.name, b.weight])).toEqual([["加分项", 5]]);
    expect(f.maxTotal).toBe(105);
    expect(f.language).toBe("zh");
  });
  test("城市创新创业水平 weighs 5, not the 10 of the text (line 3170, METHOD.md)", () => {
    expect(weightOf(findItem(f, "城市创新创业水平")!)).toBe(5);
  });
  test("finds items by Chinese name, English name, id, ignoring spaces and full-width forms", () => {
    expect(findItem(f, "基础网络 建设水平")?.kind).toBe("indicator");
    expect(findItem(f, "Smart Governance")?.kind).toBe("dimension");
    expect(findItem(f, "infra.network")?.kind).toBe("indicator");
    expect(findItem(f, "加分项")?.kind).toBe("bonus");
    expect(findItem(f, "总分")).toEqual({ kind: "total", weight: 105 });
    expect(findItem(f, "ＴＯＴＡＬ")).toEqual({ kind: "total", weight: 105 });
    expect(findItem(f, "nothing")).toBeUndefined();
  });
});

describe("parseFramework validation", () => {
  const valid = {
    name: "Mini",
    dimensions: [
      {
        name: "A",
        indicators: [
          { name: "a1", weight: 2 },
          { name: "a2", weight: 3 },
        ],
      },
    ],
    bonus: { name: "B", weight: 1 },
  };
  test("a minimal framework: dimension weight defaults to its indicators, language inferred", () => {
    const r = parseFramework(valid);
    expect(r.ok).toBe(true);
    if (r.ok) {
      expect(r.framework.dimensions[0]?.weight).toBe(5);
      expect(r.framework.maxTotal).toBe(6);
      expect(r.framework.language).toBe("en");
    }
  });
  test.each([
    [{ ...valid, name: "" }, 'no "name"'],
    [{ ...valid, dimensions: [] }, "non-empty"],
    [
      { ...valid, dimensions: [{ name: "A", indicators: [{ name: "a1", weight: -1 }] }] },
      "positive number",
    ],
    [{ ...valid, dimensions: [{ name: "A", indicators: [{ name: "a1" }] }] }, "has no weight"],
    [
      { ...valid, dimensions: [{ name: "A", weight: 9, indicators: [{ name: "a1", weight: 2 }] }] },
      "add up to 2",
    ],
    [
      {
        ...valid,
        dimensions: [
          {
            name: "A",
            indicators: [
              { name: "a1", weight: 2 },
              { name: "a1", weight: 2 },
            ],
          },
        ],
      },
      "used twice",
    ],
    [{ ...valid, maxTotal: 100 }, "maxTotal"],
    [{ ...valid, bonus: { name: "总分", weight: 1 } }, "reserved"],
    [{ ...valid, bonus: { name: "B", weight: 1e308 } }, "from 0.000001 to 1000000"],
    [{ ...valid, bonus: { name: "B", weight: 1e-300 } }, "from 0.000001 to 1000000"],
    [{ ...valid, bonus: { name: "B", weight: Infinity } }, "positive number"],
    [{ ...valid, bonus: { name: "B", weight: "5" } }, 'found "5"'],
    ["not an object", "JSON object"],
  ])("rejects %#: %s", (input, message) => {
    const r = parseFramework(input);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.errors.join(" ")).toContain(message);
      // The same problems as catalogue entries, in both languages.
      expect(r.problems.map((p) => frameworkProblemText(p, "en"))).toEqual(r.errors);
      for (const p of r.problems) expect(frameworkProblemText(p, "zh")).toMatch(/[\u4e00-\u9fff]/u);
    }
  });
  test("a stated dimension weight may differ from its indicators when it says so", () => {
    const r = parseFramework({
      name: "X",
      dimensions: [
        { name: "A", weight: 9, weightDiffers: true, indicators: [{ name: "a1", weight: 2 }] },
      ],
    });
    expect(r.ok && r.framework.maxTotal).toBe(9);
  });
});

describe("names JavaScript objects already carry", () => {
  const named = (name: string, id?: string) => ({
    name: "X",
    dimensions: [{ name, id, indicators: [{ name: "a1", weight: 1 }] }],
  });
  test.each(["__proto__", "constructor", "toString", "hasOwnProperty", "prototype"])(
    "%s as a name is rejected with a readable message",
    (name) => {
      const r = parseFramework(named(name));
      expect(r).toMatchObject({
        ok: false,
        errors: [
          `dimensions[0].name "${name}" is reserved (a built-in property name of JavaScript objects); rename it.`,
        ],
      });
      if (!r.ok)
        expect(frameworkProblemText(r.problems[0]!, "zh")).toBe(
          `一级指标[0] 的 name “${name}” 是 JavaScript 对象的内置属性名，不能使用；请改名。`
        );
    }
  );
  test("as an id too, also from JSON text (own __proto__ keys)", () => {
    const r = parseFramework(
      JSON.parse(
        '{"name":"X","dimensions":[{"name":"A","id":"__proto__","__proto__":1,"indicators":[{"name":"a1","weight":1}]}]}'
      )
    );
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.errors).toEqual([expect.stringContaining('dimensions[0].id "__proto__"')]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test("names that merely contain them are fine", () => {
    expect(parseFramework(named("Constructor index")).ok).toBe(true);
  });
});
