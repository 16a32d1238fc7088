/** Messages of the notes area: see catalogue.ts for the shape. */
import { defineMessages } from "./catalogue";

export const notesMessages = defineMessages({});
