/**
 * The message catalogue's shape (issue 11: "one typed message catalogue"). Every user-facing
 * message is an entry with a Chinese and an English rendering of the same structured
 * arguments, plus a `sample` of those arguments so tests can render every entry in both
 * languages (tests/engine/messages.test.ts). Areas live in their own files (validation.ts,
 * cli.ts, notes.ts, functions.ts); index.ts gathers them.
 */
export type MessageLanguage = "zh" | "en";

export type MessageEntry<A> = {
  zh: (args: A) => string;
  en: (args: A) => string;
  /** Arguments that render a representative message (used by the catalogue tests). */
  sample: A;
};

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- entries differ in argument types
export type MessageArea = Record<string, MessageEntry<any>>;

/**
 * Declares an area; the identity function keeps each entry's own argument type. Areas call it as
 * `/* @__PURE__ *\/ defineMessages(…)`, so a bundle drops the areas it never uses (the pane
 * carries no command-line messages). Every area is listed in all.ts for the tests.
 */
export function defineMessages<T extends { [K in keyof T]: MessageEntry<T[K]["sample"]> }>(
  area: T
): T {
  return area;
}

/** Renders an entry in a language. */
export function say<A>(entry: MessageEntry<A>, args: A, language: MessageLanguage): string {
  return entry[language](args);
}
