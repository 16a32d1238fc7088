import { framework2015 } from "../engine/bundled";
import type { Framework } from "../engine/types";

/**
 * The framework the custom functions use. In the shared runtime the task pane and the functions
 * live in one page, so the task pane's framework setting reaches the functions through here.
 */
let active: Framework | undefined;
const listeners = new Set<(f: Framework) => void>();

export function activeFramework(): Framework {
  return active ?? framework2015();
}

export function setActiveFramework(framework: Framework): void {
  active = framework;
  listeners.forEach((listener) => listener(framework));
}

/** Calls `listener` whenever the active framework changes; returns an unsubscribe function. */
export function onFrameworkChange(listener: (f: Framework) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
