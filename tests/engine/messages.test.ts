/** Every catalogue entry renders in both languages: Chinese text in zh, no Chinese prose in en. */
import * as fs from "node:fs";
import * as path from "node:path";
import { framework2015 } from "../../src/engine/bundled";
import { issueText, itemNameIn, say } from "../../src/engine/messages";
import { CATALOGUE } from "../../src/engine/messages/all";
import { readGrid } from "../../src/engine/table";
import { TOTAL_ITEM } from "../../src/engine/totals";

const HAN = /[\u4e00-\u9fff]/u;
/** Han characters that come from the sample arguments (names of cities, indicators) are allowed. */
const stripArgs = (text: string, args: unknown): string =>
  JSON.stringify(args ?? {})
    .match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+/gu)
    ?.reduce((t, s) => t.split(s).join(""), text) ?? text;

const entries = Object.entries(CATALOGUE).flatMap(([area, messages]) =>
  Object.entries(messages).map(([code, entry]) => ({ id: `${area}.${code}`, entry }))
);

/** Every area file of src/engine/messages (all but the helpers) is registered in CATALOGUE. */
test("every message area file is in the catalogue", () => {
  const helpers = new Set(["all", "catalogue", "index", "issues"]);
  const areas = fs
    .readdirSync(path.join(__dirname, "../../src/engine/messages"))
    .map((f) => f.replace(/\.ts$/u, ""))
    .filter((f) => !helpers.has(f));
  expect(Object.keys(CATALOGUE).sort()).toEqual(areas.sort());
});

test.each(entries.map((e) => [e.id, e.entry] as const))("%s renders in zh and en", (_, entry) => {
  const zh = say(entry, entry.sample, "zh");
  const en = say(entry, entry.sample, "en");
  expect(zh.trim().length).toBeGreaterThan(0);
  expect(en.trim().length).toBeGreaterThan(0);
  expect(zh).toMatch(HAN);
  expect(stripArgs(en, entry.sample)).not.toMatch(HAN);
  expect(zh).not.toEqual(en);
});

/**
 * Chinese prose uses full-width punctuation (，；：？（）) and the report's terms (指标体系,
 * 一级指标, 二级指标): never an ASCII comma, semicolon, colon, question mark or parenthesis
 * touching a Han character, never 维度 or 框架 (issue 11, "Use the report's terminology").
 */
const ASCII_PUNCT_BY_HAN = /[\u4e00-\u9fff][,;:?()]|[,;:?()][\u4e00-\u9fff]/u;
test.each(entries.map((e) => [e.id, e.entry] as const))(
  "%s: zh uses full-width punctuation and the report's terms",
  (_, entry) => {
    // Excel formulas such as =SMARTCITY.WEIGHT(表头单元格) keep their ASCII syntax.
    const zh = say(entry, entry.sample, "zh").replace(/=[A-Z.]+\([^)]*\)/gu, "");
    expect(zh).not.toMatch(ASCII_PUNCT_BY_HAN);
    expect(zh).not.toMatch(/维度|框架/u);
  }
);

describe("validation messages name indicators in the message's language", () => {
  const framework = framework2015();
  const network = framework.indicators[0]!; // 基础网络建设水平 (weight 5 in 2015)
  const issue = {
    code: "above-weight",
    message: "",
    params: {
      where: { source: "Scores", inSheet: true, cell: "Scores!C5", row: 5, column: "C" },
      indicator: network.name,
      value: 6,
      weight: 5,
    },
  };

  test("English: the framework's English name", () => {
    const en = issueText(issue, "en", framework);
    expect(en).toBe(`Scores!C5: ${network.nameEn} is 6, above its weight of 5.`);
    expect(en).not.toMatch(HAN);
  });

  test("Chinese: the framework's own name", () => {
    expect(issueText(issue, "zh", framework)).toContain(network.name);
  });

  test("an item without an English name, or a name the framework lacks, stays as written", () => {
    const custom = { dimensions: [], bonus: [{ ...network, name: "网络", nameEn: "" }] };
    expect(itemNameIn("网络", "en", custom)).toBe("网络");
    expect(itemNameIn("未知指标", "en", framework)).toBe("未知指标");
    expect(itemNameIn("总分", "en", framework)).toBe("Total");
    expect(itemNameIn("总分", "zh", framework)).toBe("总分");
    expect(itemNameIn(framework.dimensions[0]!.name, "en", framework)).toBe(
      framework.dimensions[0]!.nameEn
    );
  });

  test("issues about the reported total name the total item, English Total", () => {
    const header = ["城市", ...framework.indicators.map((i) => i.name), "总分"];
    const scores = framework.indicators.map(() => 1);
    const dataset = readGrid(
      [header, ["杭州", ...scores, 99], ["宁波", ...scores, "n/a"]],
      framework,
      {
        source: "Scores",
      }
    );
    const totalIssues = dataset.issues.filter((i) => i.code.startsWith("total-"));
    expect(totalIssues.map((i) => i.code)).toEqual(["total-mismatch", "total-not-number"]);
    for (const issue of totalIssues) {
      expect(issue.indicator).toBe(TOTAL_ITEM);
      expect(itemNameIn(issue.indicator as string, "en", framework)).toBe("Total");
    }
  });
});
