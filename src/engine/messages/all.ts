/**
 * Every area of the catalogue by name, for the catalogue tests (tests/engine/messages.test.ts).
 * Kept out of index.ts so a bundle that imports one helper does not carry every area (the pane
 * has no use for the command line's messages).
 */
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
