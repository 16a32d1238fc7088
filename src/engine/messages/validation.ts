/** Messages of the validation area: see catalogue.ts for the shape. */
import { defineMessages } from "./catalogue";

export const validationMessages = defineMessages({});
