// ESLint 9 flat config: JS + typescript-eslint recommended, the Office add-in rules
// (eslint-plugin-office-addins, as office-addin-lint uses), Prettier compatibility, and the
// layer boundaries of the project (see tests/lint/boundaries.test.ts).
import js from "@eslint/js";
import prettier from "eslint-config-prettier";
import officeAddins from "eslint-plugin-office-addins";
import globals from "globals";
import tseslint from "typescript-eslint";
import { dirname } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = dirname(fileURLToPath(import.meta.url));

/** The plugin's recommended Office rules, taken from its own config so they stay in sync. */
const officeRules = Object.fromEntries(
  officeAddins.configs.recommended
    .flatMap((config) => Object.entries(config.rules ?? {}))
    .filter(([name]) => name.startsWith("office-addins/"))
);

const OFFICE_AND_DOM_GLOBALS = [
  "Excel",
  "Office",
  "OfficeExtension",
  "CustomFunctions",
  "window",
  "document",
];

const restrictGlobals = (names, why) => names.map((name) => ({ name, message: `${name}: ${why}` }));

/** Imports no pure (Node-runnable, Office-free) layer may use. */
const UI_AND_OFFICE_IMPORTS = {
  regex: "^(react|react-dom|@fluentui/.*|office-.*|@microsoft/office-js)(/.*)?$",
  message:
    "Pure layers must not import React, Fluent UI or Office packages; put that code in src/office or src/taskpane.",
};

/** Extra imports forbidden in the engine: other layers and Node I/O. */
const ENGINE_ONLY_IMPORTS = [
  {
    regex: "^(\\.\\./)+(office|taskpane|functions|commands|layout|cli|xlsx)(/.*)?$",
    message: "src/engine is the bottom layer: it must not import other src folders.",
  },
  {
    regex: "^(node:)?(fs|path|os|child_process)(/.*)?$",
    message: "src/engine is pure: no file system or process access (pass data in from src/cli).",
  },
];

const MATH_SPREAD = {
  selector:
    "CallExpression[callee.object.name='Math'][callee.property.name=/^(max|min)$/] > SpreadElement",
  message:
    "No spread into Math.max / Math.min: a large array overflows the stack (issue 12); use a loop or reduce.",
};
const PURE_LAYERS = ["src/engine/**", "src/data/**", "src/layout/**", "src/cli/**", "src/xlsx/**"];

export default tseslint.config(
  { ignores: ["dist/**", "dist-test/**", "node_modules/**", "coverage/**", "bench/results*/**"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: { "office-addins": officeAddins },
    rules: {
      ...officeRules,
      // Batch work and sync once; a deliberate chunked write may disable this line with a reason.
      "office-addins/no-context-sync-in-loop": "error",
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    files: ["src/**/*.{ts,tsx}"],
    languageOptions: {
      globals: { ...globals.browser },
      parserOptions: { projectService: true, tsconfigRootDir: ROOT },
    },
    // Type-aware promise rules: a forgotten await on Excel.run / context.sync loses errors.
    rules: {
      "@typescript-eslint/no-floating-promises": "error",
      "@typescript-eslint/no-misused-promises": "error",
      "@typescript-eslint/await-thenable": "error",
    },
  },
  {
    files: ["**/*.{js,cjs}"],
    languageOptions: { sourceType: "commonjs", globals: { ...globals.node } },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    files: ["**/*.mjs", "tests/**/*.{ts,tsx}", "bench/**/*.ts", "scripts/**/*.ts"],
    languageOptions: { globals: { ...globals.node, ...globals.jest } },
  },

  // Issue 12: spreading an array into Math.max / Math.min overflows the stack beyond ~100,000
  // items (200,000 cities crashed); loop or reduce instead.
  {
    files: ["src/**/*.{ts,tsx}"],
    rules: { "no-restricted-syntax": ["error", MATH_SPREAD] },
  },

  // Layer boundaries (one direction: engine <- data/layout <- office/cli/xlsx <- UI).
  {
    files: PURE_LAYERS,
    rules: {
      "no-restricted-globals": [
        "error",
        ...restrictGlobals(
          OFFICE_AND_DOM_GLOBALS,
          "Office/DOM globals belong in src/office or src/taskpane, not in a pure layer."
        ),
      ],
      "no-restricted-imports": ["error", { patterns: [UI_AND_OFFICE_IMPORTS] }],
      // Type positions too (Excel.Range etc.): no-restricted-globals only sees value references.
      "no-restricted-syntax": [
        "error",
        {
          selector:
            "TSQualifiedName > Identifier.left[name=/^(Excel|Office|OfficeExtension|CustomFunctions)$/]",
          message: "Pure layers must not use Office types; define plain types in src/engine.",
        },
        MATH_SPREAD,
      ],
    },
  },
  {
    files: ["src/engine/**"],
    rules: {
      "no-restricted-imports": [
        "error",
        { patterns: [UI_AND_OFFICE_IMPORTS, ...ENGINE_ONLY_IMPORTS] },
      ],
    },
  },
  // Node layers use ExcelJS, whose getCell()/cell.value look like Office.js to the office-addins rules.
  {
    files: ["src/cli/**", "src/xlsx/**", "tests/cli/**", "tests/xlsx/**"],
    rules: Object.fromEntries(Object.keys(officeRules).map((name) => [name, "off"])),
  },
  {
    files: ["src/taskpane/**"],
    rules: {
      "no-restricted-globals": [
        "error",
        ...restrictGlobals(
          ["Excel"],
          "the task pane gets Excel actions through props/hooks from src/office."
        ),
      ],
    },
  },

  prettier
);
