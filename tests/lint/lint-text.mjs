// Lints in-memory snippets with the project's eslint.config.mjs through ESLint's Node API.
// Run as a child process by boundaries.test.ts: Jest's CommonJS sandbox cannot load the ESM
// config (ESLint imports it dynamically, which needs --experimental-vm-modules there).
// stdin: [{ code, filePath }]; stdout: [[{ ruleId, message, severity }]] in the same order.
import { ESLint } from "eslint";
import { readFileSync } from "node:fs";

const cases = JSON.parse(readFileSync(0, "utf8"));
// Snippets are not files on disk, so the type-aware rules (projectService) cannot see them:
// switch type information off; the boundary rules do not need it.
const eslint = new ESLint({
  cwd: process.cwd(),
  overrideConfig: {
    files: ["**/*.{ts,tsx}"],
    languageOptions: { parserOptions: { projectService: false, project: null } },
    rules: {
      "@typescript-eslint/no-floating-promises": "off",
      "@typescript-eslint/no-misused-promises": "off",
      "@typescript-eslint/await-thenable": "off",
    },
  },
});
const results = [];
for (const { code, filePath } of cases) {
  const [result] = await eslint.lintText(code, { filePath });
  results.push(
    (result?.messages ?? []).map(({ ruleId, message, severity, fatal }) => ({
      ruleId,
      message,
      severity,
      fatal: fatal ?? false,
    }))
  );
}
process.stdout.write(JSON.stringify(results));
