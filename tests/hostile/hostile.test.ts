/**
 * Runs the hostile corpus (cases.ts) in-process through run(): each case's exit code and message,
 * and for every case: no stack trace, no line longer than one message, no temp file left.
 */
import * as fs from "fs";
import * as os from "os";
import * as path from "path";
import { filesIn, runCli } from "../cli/helpers";
import { CASES } from "./cases";

const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$/m;

describe("hostile inputs on the command line", () => {
  let root: string;
  beforeAll(() => {
    root = fs.mkdtempSync(path.join(os.tmpdir(), "smartcity-hostile-"));
  });
  afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

  CASES.forEach((c, i) => {
    const body = async (): Promise<void> => {
      const dir = path.join(root, String(i));
      fs.mkdirSync(dir);
      c.setup(dir);
      const before = filesIn(dir);
      const result = await runCli(c.args, dir);
      expect(result.stderr).not.toMatch(STACK_LINE);
      expect(result.stderr.includes("\u001b")).toBe(false);
      expect(result.stdout.includes("\u001b")).toBe(false);
      expect(filesIn(dir).filter((f) => f.startsWith(".smartcity-"))).toEqual([]);
      if (result.code !== 0) expect(filesIn(dir)).toEqual(before);
      expect({ code: result.code, stderr: result.stderr }).toEqual({
        code: c.code,
        stderr: expect.stringMatching(c.stderr),
      });
      if (c.stdout) expect(result.stdout.slice(0, 4000)).toMatch(c.stdout);
      fs.rmSync(dir, { recursive: true, force: true });
    };
    if (c.pending) test.failing(`${c.name} [pending: ${c.pending}]`, body, 60_000);
    else test(c.name, body, 60_000);
  });
});
