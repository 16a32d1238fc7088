/**
 * Problems of a framework file (指标体系), keyed by code: see catalogue.ts for the shape. `path`
 * names the item as in the file ("dimensions[1].indicators[2]"); `name` is its name when it has
 * one. parseFramework returns the English texts in `errors` and the codes with their arguments in
 * `problems` (render with `frameworkProblemText`).
 */
import { defineMessages, type MessageLanguage } from "./catalogue";

type Path = { path: string };
type Named = Path & { name: string };

/** "dimensions[1].indicators[2]" in Chinese: 一级指标[1].二级指标[2]. */
const zhPath = (path: string): string =>
  path
    .replace(/^dimensions/u, "一级指标")
    .replace(/\.indicators/gu, ".二级指标")
    .replace(/^bonus/u, "加分项");

export const frameworkMessages = /* @__PURE__ */ defineMessages({
  notObject: {
    zh: (_: Record<string, never>) => "指标体系必须是一个 JSON 对象。",
    en: (_: Record<string, never>) => "The framework must be a JSON object.",
    sample: {} as Record<string, never>,
  },
  noName: {
    zh: (_: Record<string, never>) => "指标体系缺少 “name”（名称）。",
    en: (_: Record<string, never>) => 'The framework has no "name".',
    sample: {} as Record<string, never>,
  },
  noDimensions: {
    zh: (_: Record<string, never>) => "指标体系需要非空的 “dimensions”（一级指标）列表。",
    en: (_: Record<string, never>) => 'The framework needs a non-empty "dimensions" list.',
    sample: {} as Record<string, never>,
  },
  notItemObject: {
    zh: (a: Path) => `${zhPath(a.path)} 必须是一个对象。`,
    en: (a: Path) => `${a.path} must be an object.`,
    sample: { path: "dimensions[0]" },
  },
  itemNoName: {
    zh: (a: Path) => `${zhPath(a.path)} 缺少 “name”（名称）。`,
    en: (a: Path) => `${a.path} has no "name".`,
    sample: { path: "dimensions[0].indicators[1]" },
  },
  badWeight: {
    zh: (a: Path & { found: string; min: number; max: number }) =>
      `${zhPath(a.path)} 的权重必须是 ${a.min} 到 ${a.max} 之间的正数（实际为 ${a.found}）。`,
    en: (a: Path & { found: string; min: number; max: number }) =>
      `${a.path}.weight must be a positive number from ${a.min} to ${a.max} (found ${a.found}).`,
    sample: { path: "dimensions[1].indicators[2]", found: "-1", min: 0.000001, max: 1000000 },
  },
  badAliases: {
    zh: (a: Path) => `${zhPath(a.path)} 的 aliases（别名）必须是字符串列表。`,
    en: (a: Path) => `${a.path}.aliases must be a list of strings.`,
    sample: { path: "dimensions[0]" },
  },
  reservedKey: {
    zh: (a: Path & { field: string; value: string }) =>
      `${zhPath(a.path)} 的 ${a.field} “${a.value}” 是 JavaScript 对象的内置属性名，不能使用；请改名。`,
    en: (a: Path & { field: string; value: string }) =>
      `${a.path}.${a.field} "${a.value}" is reserved (a built-in property name of JavaScript objects); rename it.`,
    sample: { path: "dimensions[0]", field: "name", value: "__proto__" },
  },
  noIndicators: {
    zh: (a: Named) => `${zhPath(a.path)}（“${a.name}”）需要非空的 “indicators”（二级指标）列表。`,
    en: (a: Named) => `${a.path} ("${a.name}") needs a non-empty "indicators" list.`,
    sample: { path: "dimensions[0]", name: "智慧基础设施" },
  },
  noWeight: {
    zh: (a: Named) => `${zhPath(a.path)}（“${a.name}”）没有权重。`,
    en: (a: Named) => `${a.path} ("${a.name}") has no weight.`,
    sample: { path: "dimensions[0].indicators[0]", name: "基础网络建设水平" },
  },
  weightMismatch: {
    zh: (a: Named & { weight: number; sum: number }) =>
      `${zhPath(a.path)}（“${a.name}”）的权重为 ${a.weight}，但其二级指标权重之和为 ${a.sum}；请修改权重或注明 "weightDiffers": true。`,
    en: (a: Named & { weight: number; sum: number }) =>
      `${a.path} ("${a.name}") weighs ${a.weight} but its indicators add up to ${a.sum}; fix a weight or state "weightDiffers": true.`,
    sample: { path: "dimensions[0]", name: "智慧基础设施", weight: 25, sum: 20 },
  },
  reservedTotal: {
    zh: (a: { key: string }) => `“${a.key}” 保留给总分；请为该项改名。`,
    en: (a: { key: string }) => `"${a.key}" is reserved for the total; rename that item.`,
    sample: { key: "总分" },
  },
  usedTwice: {
    zh: (a: { key: string }) => `名称或 id “${a.key}” 重复使用。`,
    en: (a: { key: string }) => `The name or id "${a.key}" is used twice.`,
    sample: { key: "a1" },
  },
  maxTotalMismatch: {
    zh: (a: { found: string; sum: number }) =>
      `maxTotal（满分）为 ${a.found}，但权重之和为 ${a.sum}。`,
    en: (a: { found: string; sum: number }) =>
      `maxTotal is ${a.found} but the weights add up to ${a.sum}.`,
    sample: { found: "100", sum: 105 },
  },
});

export type FrameworkProblemCode = keyof typeof frameworkMessages;
/** One problem of a framework file, as data. */
export type FrameworkProblem = { code: FrameworkProblemCode; params: Record<string, unknown> };

/** A framework problem in a language. */
export function frameworkProblemText(problem: FrameworkProblem, language: MessageLanguage): string {
  return (frameworkMessages[problem.code][language] as (args: unknown) => string)(problem.params);
}
