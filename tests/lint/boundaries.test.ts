/**
 * The layer boundaries in eslint.config.mjs must keep working: lint in-memory snippets through
 * ESLint's Node API (in a child process, see lint-text.mjs) and check which rules fire where.
 */
import { spawnSync } from "child_process";
import * as path from "path";

interface LintMessage {
  ruleId: string | null;
  message: string;
  severity: number;
  fatal: boolean;
}

const root = path.resolve(__dirname, "..", "..");
const BOUNDARY_RULES = ["no-restricted-globals", "no-restricted-imports", "no-restricted-syntax"];

/** Lints each snippet as if it were the given project file; one ESLint process for all. */
function lint(cases: { code: string; filePath: string }[]): LintMessage[][] {
  const run = spawnSync(process.execPath, [path.join(__dirname, "lint-text.mjs")], {
    cwd: root,
    input: JSON.stringify(cases),
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`lint-text.mjs failed:\n${run.stderr}`);
  return JSON.parse(run.stdout) as LintMessage[][];
}

const boundaryErrors = (messages: LintMessage[]): LintMessage[] =>
  messages.filter((m) => m.severity === 2 && BOUNDARY_RULES.includes(m.ruleId ?? ""));

const OFFICE_SNIPPET = [
  'import React from "react";',
  "export const element = React;",
  "export async function write(): Promise<void> {",
  "  await Excel.run(async (context) => context.sync());",
  "}",
  "",
].join("\n");

const ENGINE_SNIPPET = [
  'import { readFileSync } from "fs";',
  'import { writeSummary } from "../office/writer";',
  'import { Button } from "@fluentui/react-components";',
  "export const used = [readFileSync, writeSummary, Button, window, document.title];",
  "export const cell = (range: Excel.Range): Excel.Range => range;",
  "",
].join("\n");

const TASKPANE_SNIPPET = [
  "export async function read(): Promise<void> {",
  "  await Office.onReady();",
  "  await Excel.run(async (context) => context.sync());",
  "}",
  "",
].join("\n");

describe("layer boundaries (eslint.config.mjs)", () => {
  type Case =
    "engineOffice" | "officeOffice" | "layoutOffice" | "cliOffice" | "engineMisc" | "taskpane";
  const cases: Record<Case, { code: string; filePath: string }> = {
    engineOffice: { code: OFFICE_SNIPPET, filePath: "src/engine/x.ts" },
    officeOffice: { code: OFFICE_SNIPPET, filePath: "src/office/x.ts" },
    layoutOffice: { code: OFFICE_SNIPPET, filePath: "src/layout/x.ts" },
    cliOffice: { code: OFFICE_SNIPPET, filePath: "src/cli/x.ts" },
    engineMisc: { code: ENGINE_SNIPPET, filePath: "src/engine/x.ts" },
    taskpane: { code: TASKPANE_SNIPPET, filePath: "src/taskpane/x.ts" },
  };
  const errors = {} as Record<Case, LintMessage[]>;
  let fatal: LintMessage[] = [];

  beforeAll(() => {
    const names = Object.keys(cases) as Case[];
    const results = lint(names.map((name) => cases[name]));
    names.forEach((name, i) => (errors[name] = boundaryErrors(results[i] ?? [])));
    fatal = results.flat().filter((m) => m.fatal || m.ruleId === null);
  });

  it("parses every snippet (a parse error would hide the boundary rules)", () => {
    expect(fatal).toEqual([]);
  });

  it("rejects Excel.run and a React import in src/engine", () => {
    const rules = errors.engineOffice.map((m) => m.ruleId);
    expect(rules).toContain("no-restricted-globals");
    expect(rules).toContain("no-restricted-imports");
    expect(errors.engineOffice.some((m) => m.message.includes("Excel"))).toBe(true);
    expect(errors.engineOffice.some((m) => m.message.includes("'react'"))).toBe(true);
  });

  it("accepts the same snippet in src/office", () => {
    expect(errors.officeOffice).toEqual([]);
  });

  it("rejects it in the other pure layers too", () => {
    expect(errors.layoutOffice.length).toBeGreaterThanOrEqual(2);
    expect(errors.cliOffice.length).toBeGreaterThanOrEqual(2);
  });

  it("keeps other layers, Node I/O, DOM globals and Office types out of src/engine", () => {
    const text = errors.engineMisc.map((m) => m.message).join("\n");
    expect(text).toContain("'fs'");
    expect(text).toContain("'../office/writer'");
    expect(text).toContain("'@fluentui/react-components'");
    expect(text).toContain("'window'");
    expect(text).toContain("'document'");
    expect(errors.engineMisc.filter((m) => m.ruleId === "no-restricted-syntax")).toHaveLength(2);
  });

  it("keeps the Excel global out of src/taskpane but allows Office", () => {
    expect(errors.taskpane.map((m) => m.message)).toEqual([
      expect.stringContaining("Unexpected use of 'Excel'"),
    ]);
  });
});
