/** `--json` is written in pieces, byte-identical to JSON.stringify (README's public shape). */
import { writeEvaluationJson } from "../../src/cli/json-output";
import { dataset2015 } from "../../src/engine/bundled";
import { evaluate } from "../../src/engine/evaluate";
import { runCli, tempDir } from "./helpers";

const collect = (indent: 0 | 2): { text: string; pieces: number } => {
  let text = "";
  let pieces = 0;
  writeEvaluationJson(evaluate(dataset2015()), (piece) => ((text += piece), pieces++), indent);
  return { text, pieces };
};

describe("--json output in pieces", () => {
  it("equals JSON.stringify(evaluation) on the 2015 data (151 cities, 图表 6)", () => {
    expect(collect(0).text).toBe(JSON.stringify(evaluate(dataset2015())));
  });

  it("equals JSON.stringify(evaluation, null, 2) with --pretty", () => {
    expect(collect(2).text).toBe(JSON.stringify(evaluate(dataset2015()), null, 2));
  });

  it("goes through run(): --json and --json --pretty print the same evaluation", async () => {
    const plain = await runCli(["summarize", "--json"], tempDir());
    const pretty = await runCli(["summarize", "--json", "--pretty"], tempDir());
    expect(plain.code).toBe(0);
    expect(pretty.code).toBe(0);
    expect(plain.stdout).toBe(`${JSON.stringify(evaluate(dataset2015()))}\n`);
    expect(pretty.stdout.split("\n").length).toBeGreaterThan(1000);
    expect(JSON.parse(pretty.stdout)).toEqual(JSON.parse(plain.stdout));
  });

  it("refuses --pretty without --json", async () => {
    const result = await runCli(["summarize", "--pretty"], tempDir());
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/--pretty applies to --json only/);
  });
});
