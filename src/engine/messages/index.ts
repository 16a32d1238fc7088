/** The one message catalogue: every area, zh and en for each code (see catalogue.ts). */
export { defineMessages, say, type MessageEntry, type MessageLanguage } from "./catalogue";
export { cliMessages } from "./cli";
export { functionsMessages } from "./functions";
export { notesMessages } from "./notes";
export { validationMessages } from "./validation";
export { workbookMessages, type RepairItem } from "./workbook";
/** Legacy English-only validation texts, until they move into validation.ts. */
export { messages } from "./validation-legacy";

import { cliMessages } from "./cli";
import { functionsMessages } from "./functions";
import { notesMessages } from "./notes";
import { validationMessages } from "./validation";
import { workbookMessages } from "./workbook";
import type { MessageArea } from "./catalogue";

/** Every area by name, for the catalogue tests. */
export const CATALOGUE: Record<string, MessageArea> = {
  cli: cliMessages,
  functions: functionsMessages,
  notes: notesMessages,
  validation: validationMessages,
  workbook: workbookMessages,
};
