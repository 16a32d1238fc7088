/** Messages of the functions area: see catalogue.ts for the shape. */
import { defineMessages } from "./catalogue";

export const functionsMessages = defineMessages({});
