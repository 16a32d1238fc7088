/**
 * functions.json: the metadata custom-functions-metadata generates from the JSDoc in
 * src/functions/functions.ts, which the webpack plugin writes to dist/functions.json.
 */
import { existsSync, readFileSync } from "fs";
import { join } from "path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";

type Parameter = {
  name: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  description?: string;
};
type FunctionMeta = {
  id: string;
  name: string;
  description: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
};
type Metadata = { functions: FunctionMeta[] };

const root = join(__dirname, "..", "..");
const SOURCE = "src/functions/functions.ts";
let metadata: Metadata;
let errors: string[];

beforeAll(async () => {
  const generated = await generateCustomFunctionsMetadata([join(root, SOURCE)]);
  errors = generated.errors;
  metadata = JSON.parse(generated.metadataJson) as Metadata;
}, 60000);

const byId = (id: string): FunctionMeta => {
  const found = metadata.functions.find((x) => x.id === id);
  if (!found) throw new Error(`no function ${id}`);
  return found;
};
/** A parameter as [name, type, dimensionality, optional], defaults spelled out. */
const shape = (p: Parameter): [string, string, string, boolean] => [
  p.name,
  p.type ?? "any",
  p.dimensionality ?? "scalar",
  p.optional ?? false,
];

test("no metadata errors, and exactly the ten SMARTCITY functions", () => {
  expect(errors).toEqual([]);
  expect(metadata.functions.map((x) => x.id).sort()).toEqual(
    [
      "TOTAL",
      "DIMENSION",
      "RANK",
      "RANKS",
      "RATE",
      "WEIGHT",
      "QD",
      "REGION",
      "PROVINCE",
      "LEVEL",
    ].sort()
  );
  for (const x of metadata.functions) expect(x.name).toBe(x.id); // Excel shows SMARTCITY.<name>
});

test.each([
  [
    "TOTAL",
    [
      ["scores", "any", "matrix", false],
      ["indicators", "any", "matrix", true],
      ["weights", "any", "matrix", true],
    ],
    { type: "number" },
  ],
  [
    "DIMENSION",
    [
      ["scores", "any", "matrix", false],
      ["indicators", "any", "matrix", false],
      ["dimension", "string", "scalar", false],
    ],
    { type: "number" },
  ],
  [
    "RANK",
    [
      ["value", "number", "scalar", false],
      ["values", "any", "matrix", false],
      ["order", "number", "scalar", true],
      ["method", "string", "scalar", true],
    ],
    { type: "number" },
  ],
  [
    "RANKS",
    [
      ["values", "any", "matrix", false],
      ["order", "number", "scalar", true],
      ["method", "string", "scalar", true],
    ],
    { dimensionality: "matrix" },
  ],
  [
    "RATE",
    [
      ["score", "number", "scalar", false],
      ["weightOrName", "any", "scalar", false],
    ],
    { type: "number" },
  ],
  ["WEIGHT", [["name", "string", "scalar", false]], { type: "number" }],
  ["QD", [["values", "any", "matrix", false]], { type: "number" }],
  ["REGION", [["city", "string", "scalar", false]], { type: "string" }],
  ["PROVINCE", [["city", "string", "scalar", false]], { type: "string" }],
  ["LEVEL", [["city", "string", "scalar", false]], { type: "string" }],
])("%s has the expected parameters and result", (id, parameters, resultShape) => {
  const x = byId(id as string);
  expect(x.parameters.map(shape)).toEqual(parameters);
  expect(x.result).toEqual(resultShape);
});

test("TOTAL and DIMENSION receive the parameter addresses (messages name the cell); no invocation parameter shows", () => {
  expect(byId("TOTAL").options).toEqual({ requiresParameterAddresses: true });
  expect(byId("DIMENSION").options).toEqual({ requiresParameterAddresses: true });
  for (const x of metadata.functions)
    expect(x.parameters.map((p) => p.name)).not.toContain("invocation");
  for (const id of ["RANK", "RANKS", "RATE", "WEIGHT", "QD", "REGION", "PROVINCE", "LEVEL"]) {
    expect(byId(id).options ?? {}).not.toHaveProperty("requiresParameterAddresses");
  }
});

test("every description is non-empty and every function's names its Chinese term", () => {
  const terms: Record<string, string> = {
    TOTAL: "总分",
    DIMENSION: "一级指标",
    RANK: "排名",
    RANKS: "排名",
    RATE: "得分率",
    WEIGHT: "权重",
    QD: "四分位差",
    REGION: "区域",
    PROVINCE: "省份",
    LEVEL: "行政级别",
  };
  for (const x of metadata.functions) {
    expect(x.description.trim()).not.toBe("");
    expect(x.description).toMatch(/[\u4e00-\u9fff]/u);
    expect(x.description).toContain(terms[x.id]);
    for (const p of x.parameters) expect((p.description ?? "").trim()).not.toBe("");
  }
});

const built = join(root, "dist", "functions.json");
// dist/ exists only after `npm run build` (the CI builds before testing); without it this check is skipped.
(existsSync(built) ? test : test.skip)(
  "dist/functions.json (npm run build) equals the generated metadata",
  () => {
    expect(JSON.parse(readFileSync(built, "utf8"))).toEqual(metadata);
  }
);
