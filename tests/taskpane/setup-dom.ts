/**
 * Imported first by every task pane component test (jsdom): jest-dom matchers and the browser
 * APIs Fluent UI uses that jsdom lacks (ResizeObserver for MessageBar reflow, matchMedia).
 */
import "@testing-library/jest-dom";
import { configure } from "@testing-library/react";

// Role queries over a Fluent UI tree are slow in jsdom; with the whole suite running in parallel
// the default 1 s for findBy… is too short to be reliable.
configure({ asyncUtilTimeout: 5000 });
// A test that drives the whole pane takes 20-40 s on a loaded machine: jsdom's getComputedStyle
// costs ~40 ms per element with the pane's Fluent rules, and role queries and user-event call it
// for every element and ancestor (measured in generate.test.tsx).
jest.setTimeout(90_000);

class ResizeObserverStub {
  observe(): void {}
  unobserve(): void {}
  disconnect(): void {}
}

const w = window as unknown as Record<string, unknown>;
if (!w.ResizeObserver) w.ResizeObserver = ResizeObserverStub;
if (!w.matchMedia) {
  w.matchMedia = (query: string) => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  });
}

/** React and Fluent report misuse through console.error: any such message fails the test. */
let consoleErrors: unknown[][] = [];
let restoreConsole: (() => void) | null = null;
beforeEach(() => {
  consoleErrors = [];
  const spy = jest.spyOn(console, "error").mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
  restoreConsole = () => spy.mockRestore();
});
afterEach(() => {
  restoreConsole?.();
  if (consoleErrors.length > 0)
    throw new Error(
      `console.error was called:\n${consoleErrors.map((a) => a.map(String).join(" ")).join("\n")}`
    );
});
