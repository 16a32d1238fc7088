/** Argument errors in plain words (issue 11, "CLI"), in English unless --lang zh. */
import { parseCommandLine, suggestOption } from "../../src/cli/args";
import { escapeLine } from "../../src/cli/terminal";
import { runCli, tempDir } from "./helpers";

const problem = (argv: string[], language: "zh" | "en" = "en"): string => {
  const parsed = parseCommandLine(argv);
  return parsed.ok ? "(parsed)" : parsed.message(language);
};

describe("parseCommandLine", () => {
  it("reads --name value, --name=value and flags; -- ends the options", () => {
    const parsed = parseCommandLine([
      "summarize",
      "--out=a.xlsx",
      "--totals",
      "computed",
      "--json",
      "--pretty",
      "--",
      "--odd.csv",
    ]);
    expect(parsed).toMatchObject({
      ok: true,
      value: { out: "a.xlsx", totals: "computed", json: true, pretty: true, input: "--odd.csv" },
    });
    expect(parseCommandLine(["summarize"])).toMatchObject({
      ok: true,
      value: { totals: "reported", rankMethod: "competition" },
    });
  });

  it.each([
    [["summarize", "--outt", "x.xlsx"], 'unknown option "--outt": did you mean --out?'],
    [["summarize", "--jsno"], 'unknown option "--jsno": did you mean --json?'],
    [
      ["summarize", "--framwork", "f.json"],
      'unknown option "--framwork": did you mean --framework?',
    ],
    [["summarize", "--colour"], 'unknown option "--colour".'],
    [["summarize", "-x"], 'unknown option "-x".'],
    [["summarize", "--out"], "--out needs a value, e.g. --out summary.xlsx."],
    [["summarize", "--sheet", "--json", "a.xlsx"], '--sheet needs a value, e.g. --sheet "2016".'],
    [["summarize", "--json=yes"], "--json takes no value."],
    [["summarize", "--out", "a.xlsx", "--out", "b.xlsx"], "--out may be given only once."],
    [
      ["summarize", "--totals", "official"],
      '--totals must be reported or computed (got "official").',
    ],
    [
      ["summarize", "--rank-method", "fractional"],
      '--rank-method must be competition, dense or ordinal (got "fractional").',
    ],
    [["sumarize"], 'unknown command "sumarize"; the command is "summarize".'],
    [["summarize", "a.csv", "b.csv"], 'only one input file is allowed (also got "b.csv").'],
    [["summarize", "--sheet", "S", "a.csv"], "--sheet applies to an .xlsx input only."],
  ])("%j → %s", (argv, message) => {
    expect(problem(argv)).toBe(message);
  });

  it("words the same problems in Chinese", () => {
    expect(problem(["summarize", "--outt", "x"], "zh")).toBe('未知选项 "--outt"，是否想用 --out？');
  });

  it("suggests only options that are close", () => {
    expect(suggestOption("--pertty")).toBe("--pretty");
    expect(suggestOption("--lan")).toBe("--lang");
    expect(suggestOption("--zzzzzz")).toBeNull();
  });
});

describe("messages on the terminal", () => {
  it("are English by default and Chinese with --lang zh", async () => {
    const en = await runCli(["summarize", "missing.csv"], tempDir());
    expect(en.stderr).toBe("missing.csv: cannot read the file (no such file).\n");
    const zh = await runCli(["summarize", "missing.csv", "--lang", "zh"], tempDir());
    expect(zh.stderr).toBe("missing.csv：无法读取文件（文件不存在）。\n");
    expect(zh.code).toBe(2);
  });

  it("escape control characters, bidi overrides and noncharacters visibly", () => {
    expect(escapeLine("a\u001b[31mb\u0007\tc\nd\u202e\ufffe\u0085")).toBe(
      "a\\x1b[31mb\\x07\\tc\\nd\\u202e\\ufffe\\x85"
    );
    expect(escapeLine("无锡 😀")).toBe("无锡 😀");
  });
});

describe("--totals", () => {
  it("is passed to the engine as evaluate(dataset, { method, totals })", async () => {
    const engine = await import("../../src/engine/evaluate");
    const spy = jest.spyOn(engine, "evaluate");
    try {
      expect((await runCli(["summarize", "--json", "--totals", "computed"], tempDir())).code).toBe(
        0
      );
      expect(spy).toHaveBeenLastCalledWith(expect.anything(), {
        method: "competition",
        totals: "computed",
      });
      expect((await runCli(["summarize", "--json"], tempDir())).code).toBe(0);
      expect(spy).toHaveBeenLastCalledWith(expect.anything(), {
        method: "competition",
        totals: "reported",
      });
    } finally {
      spy.mockRestore();
    }
  });
});
