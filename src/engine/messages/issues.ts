/** Rendering validation issues in either language from their structured arguments. */
import type { MessageLanguage } from "./catalogue";
import { validationMessages } from "./validation";
import { TOTAL_ITEM } from "../totals";
import type { Framework, ValidationIssue } from "../types";

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/** The parts of a framework that name its items (any framework-shaped object will do). */
export type ItemNames = Pick<Framework, "dimensions" | "bonus">;

/**
 * An item's name (as the engine stores it: in the framework's language) in `language`: in English
 * the framework's `nameEn` of the indicator, dimension or bonus item of that name; a name the
 * framework does not know, or an item without an English name, stays as it is.
 */
export function itemNameIn(
  name: string,
  language: MessageLanguage,
  framework: ItemNames | undefined
): string {
  if (language !== "en") return name;
  // Issues about the reported-total column name the total as their item (src/engine/table.ts).
  if (name === TOTAL_ITEM) return "Total";
  if (!framework) return name;
  for (const dimension of framework.dimensions) {
    if (dimension.name === name) return dimension.nameEn || name;
    for (const indicator of dimension.indicators)
      if (indicator.name === name) return indicator.nameEn || name;
  }
  for (const item of framework.bonus) if (item.name === name) return item.nameEn || name;
  return name;
}

/**
 * An issue's message in a language, from its catalogue entry (`code`) and `params`. Falls back to
 * the stored English `message` for a code the catalogue does not know (e.g. an issue made by an
 * older version and read back from JSON). Given the `framework`, English messages name items by
 * their English names (`itemNameIn`).
 */
export function issueText(
  issue: Pick<ValidationIssue, "code" | "message" | "params">,
  language: MessageLanguage,
  framework?: ItemNames
): string {
  if (!hasOwn(validationMessages, issue.code) || !issue.params) return issue.message;
  const entry = validationMessages[issue.code as keyof typeof validationMessages];
  const params = issue.params as Record<string, unknown>;
  const args =
    typeof params.indicator === "string"
      ? { ...params, indicator: itemNameIn(params.indicator, language, framework) }
      : params;
  try {
    return (entry[language] as (args: unknown) => string)(args);
  } catch {
    return issue.message;
  }
}
