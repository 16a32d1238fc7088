/** Messages of the command line: see catalogue.ts for the shape. */
import { defineMessages } from "./catalogue";

export const cliMessages = defineMessages({
  internalError: {
    zh: (a: { reason: string }) => `smartcity:内部错误(${a.reason}),请报告此问题;未写入任何文件。`,
    en: (a: { reason: string }) =>
      `smartcity: internal error (${a.reason}); please report it. No file was written.`,
    sample: { reason: "TypeError: x is undefined" },
  },
});
