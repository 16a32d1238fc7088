import { execFileSync } from "child_process";
import path from "path";

const root = path.join(__dirname, "..", "..");

test("the embedded CSV modules (src/data/*.generated.ts) match assets/data", () => {
  // Exits 1 and names the stale module when a CSV changed without `node scripts/embed-data.js`.
  expect(() =>
    execFileSync("node", ["scripts/embed-data.js", "--check"], { cwd: root, stdio: "pipe" })
  ).not.toThrow();
});
