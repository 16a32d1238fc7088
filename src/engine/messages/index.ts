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
