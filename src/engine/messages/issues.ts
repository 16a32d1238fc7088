/** Rendering validation issues in either language from their structured arguments. */
import type { MessageLanguage } from "./catalogue";
import { validationMessages } from "./validation";
import type { ValidationIssue } from "../types";

const hasOwn = (o: object, key: string): boolean => Object.prototype.hasOwnProperty.call(o, key);

/**
 * An issue's message in a language, from its catalogue entry (`code`) and `params`. Falls back to
 * the stored English `message` for a code the catalogue does not know (e.g. an issue made by an
 * older version and read back from JSON).
 */
export function issueText(
  issue: Pick<ValidationIssue, "code" | "message" | "params">,
  language: MessageLanguage
): string {
  if (!hasOwn(validationMessages, issue.code) || !issue.params) return issue.message;
  const entry = validationMessages[issue.code as keyof typeof validationMessages];
  try {
    return (entry[language] as (args: unknown) => string)(issue.params);
  } catch {
    return issue.message;
  }
}
