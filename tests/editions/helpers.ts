/** Small editions for the editions tests: a two-dimension framework and a score table. */
import { evaluate } from "../../src/engine/evaluate";
import { editionFromEvaluation, type Edition } from "../../src/engine/editions";
import { parseFramework } from "../../src/engine/framework";
import { readGrid } from "../../src/engine/table";
import type { Framework } from "../../src/engine/types";

/** Dimensions 智慧基础设施 (id infra) and 智慧管理 (id `govId`), one indicator each. */
export function smallFramework(infraWeight: number, govWeight: number, govId = "gov"): Framework {
  const parsed = parseFramework({
    name: `测试 ${infraWeight}/${govWeight}`,
    dimensions: [
      {
        id: "infra",
        name: "智慧基础设施",
        name_en: "Infrastructure",
        weight: infraWeight,
        indicators: [{ id: "infra.net", name: "网络", weight: infraWeight }],
      },
      {
        id: govId,
        name: "智慧管理",
        name_en: "Governance",
        weight: govWeight,
        indicators: [{ id: `${govId}.online`, name: "在线服务", weight: govWeight }],
      },
    ],
  });
  if (!parsed.ok) throw new Error(parsed.errors.join("; "));
  return parsed.framework;
}

/** CSV text of a score table: city, network score, online score. */
export function scoreCsv(rows: [string, number, number][]): string {
  return ["城市,网络,在线服务", ...rows.map((r) => r.join(","))].join("\n");
}

/** A full-table edition of `rows` under `framework`. */
export function tableEdition(
  label: string,
  framework: Framework,
  rows: [string, number, number][]
): Edition {
  const grid = [["城市", "网络", "在线服务"], ...rows.map((r) => [...r])];
  const dataset = readGrid(grid, framework, { source: label });
  return editionFromEvaluation(label, evaluate(dataset));
}
