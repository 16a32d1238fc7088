/** The one message catalogue: every area, zh and en for each code (see catalogue.ts). */
export { defineMessages, say, type MessageEntry, type MessageLanguage } from "./catalogue";
export { cliMessages } from "./cli";
export { editionsMessages } from "./editions";
export { engineMessages, noteText, type EngineNoteCode, type NoteRef } from "./engine";
export {
  frameworkMessages,
  frameworkProblemText,
  type FrameworkProblem,
  type FrameworkProblemCode,
} from "./framework";
export { functionsMessages } from "./functions";
export { issueText, itemNameIn, type ItemNames } from "./issues";
export { notesMessages } from "./notes";
export { officeMessages } from "./office";
export { paneMessages } from "./pane";
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
import { editionsMessages } from "./editions";
import { engineMessages } from "./engine";
import { frameworkMessages } from "./framework";
import { exploreMessages } from "./explore";
import { functionsMessages } from "./functions";
import { notesMessages } from "./notes";
import { officeMessages } from "./office";
import { paneMessages } from "./pane";
import { validationMessages } from "./validation";
import { workbookMessages } from "./workbook";
import type { MessageArea } from "./catalogue";

/** Every area by name, for the catalogue tests. */
export const CATALOGUE: Record<string, MessageArea> = {
  cli: cliMessages,
  editions: editionsMessages,
  engine: engineMessages,
  framework: frameworkMessages,
  explore: exploreMessages,
  functions: functionsMessages,
  notes: notesMessages,
  office: officeMessages,
  pane: paneMessages,
  validation: validationMessages,
  workbook: workbookMessages,
};
