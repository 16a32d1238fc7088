/** The one message catalogue: every area, zh and en for each code (see catalogue.ts). */
export { defineMessages, say, type MessageEntry, type MessageLanguage } from "./catalogue";
export { cliMessages } from "./cli";
export { engineMessages, noteText, type EngineNoteCode, type NoteRef } from "./engine";
export { functionsMessages } from "./functions";
export { issueText } from "./issues";
export { notesMessages } from "./notes";
export {
  numberText,
  placeText,
  validationMessages,
  type Place,
  type ValidationCode,
  type ValidationParams,
} from "./validation";
export { workbookMessages, type RepairItem } from "./workbook";

import { cliMessages } from "./cli";
import { engineMessages } from "./engine";
import { exploreMessages } from "./explore";
import { functionsMessages } from "./functions";
import { notesMessages } from "./notes";
import { validationMessages } from "./validation";
import { workbookMessages } from "./workbook";
import type { MessageArea } from "./catalogue";

/** Every area by name, for the catalogue tests. */
export const CATALOGUE: Record<string, MessageArea> = {
  cli: cliMessages,
  engine: engineMessages,
  explore: exploreMessages,
  functions: functionsMessages,
  notes: notesMessages,
  validation: validationMessages,
  workbook: workbookMessages,
};
