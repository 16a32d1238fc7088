/**
 * The outcome of the last ribbon command, for the task pane: in the shared runtime the command
 * and the pane run in one page, so the command publishes here before it opens the pane (for
 * "no score table" or a failure) and the pane shows the message.
 */
import type { CompareOutcome } from "./editions";
import type { GenerateResult } from "./generate";

export type CommandOutcome =
  | { at: number; result: GenerateResult }
  | { at: number; error: string; command?: "generate" | "editions" }
  /** "Compare editions": its outcome, or "not-bound" (the pane opens at its Editions section). */
  | { at: number; editions: CompareOutcome | "not-bound" };

let last: CommandOutcome | null = null;
const listeners = new Set<(outcome: CommandOutcome) => void>();

export function publishCommandOutcome(outcome: CommandOutcome): void {
  last = outcome;
  listeners.forEach((listener) => listener(outcome));
}

export function lastCommandOutcome(): CommandOutcome | null {
  return last;
}

/** Calls `listener` on each new outcome; returns an unsubscribe function. */
export function onCommandOutcome(listener: (outcome: CommandOutcome) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
