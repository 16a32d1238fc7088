/* Ribbon commands. Loaded into taskpane.html, the shared runtime's one page. */
import { activeFramework } from "../functions/active-framework";
import { publishCommandOutcome, type CommandOutcome } from "../office/command-outcome";
import { compareStoredEditions } from "../office/editions";
import { generateSummary as generate, type GenerateRequest } from "../office/generate";

/** Opens the task pane where the host can (Office.addin, SharedRuntime 1.1). */
async function showTaskpane(): Promise<void> {
  if (Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") && Office.addin) {
    await Office.addin.showAsTaskpane();
  }
}

/**
 * Runs a command's work, publishes its outcome for the task pane (command-outcome.ts) and opens
 * the pane when `needsPane` says the user has to see it; a failure is published and opens the
 * pane too. Always completes the event, which Office requires within its time limit.
 */
async function runCommand<T>(
  event: Office.AddinCommands.Event,
  command: "generate" | "editions",
  work: () => Promise<T>,
  outcomeOf: (result: T) => CommandOutcome,
  needsPane: (result: T) => boolean
): Promise<void> {
  try {
    const result = await work();
    publishCommandOutcome(outcomeOf(result));
    if (needsPane(result)) await showTaskpane();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    publishCommandOutcome({ at: Date.now(), error: message, command });
    try {
      await showTaskpane();
    } catch {
      // The pane cannot open (older host): the outcome stays published for when it does.
    }
  } finally {
    event.completed();
  }
}

/**
 * "Generate summary": reads the task pane's bound table with its stored column mapping (else the
 * source of the summary on display, else the active sheet, detecting the header; see
 * office/score-source.ts), writes the sheets the pane's stored choice keeps (its default above
 * 1 million cells leaves out the widest, ADR 0014) and activates the first, without opening the
 * task pane. When no score table is found, the job fails, the writer's guard had to change
 * values so Excel can store them (its repairs), or the default left sheets out (the user never
 * chose them), the task pane opens and says so.
 */
export async function generateSummary(
  event: Office.AddinCommands.Event,
  request: GenerateRequest = {}
): Promise<void> {
  await runCommand(
    event,
    "generate",
    () => generate({ framework: activeFramework(), ...request }),
    (result) => ({ at: Date.now(), result }),
    (result) => !result.ok || result.repairs.length > 0 || result.leftOut.byDefault
  );
}

/**
 * "Compare editions": compares the editions bound in the pane's Editions section (stored with
 * the workbook) and writes the editions sheet, without opening the pane. With no editions bound
 * the pane opens at its Editions section; problems (a sheet gone, duplicate labels) and repairs
 * open it too.
 */
export async function compareEditions(event: Office.AddinCommands.Event): Promise<void> {
  await runCommand(
    event,
    "editions",
    compareStoredEditions,
    (editions) => ({ at: Date.now(), editions }),
    (editions) => editions === "not-bound" || !editions.ok || editions.repairs.length > 0
  );
}

void Office.onReady();

// Registered at load time, as Microsoft's templates do; Office.actions is absent outside Office.
if (Office.actions) {
  Office.actions.associate(
    "generateSummary",
    (event: Office.AddinCommands.Event) => void generateSummary(event)
  );
  Office.actions.associate(
    "compareEditions",
    (event: Office.AddinCommands.Event) => void compareEditions(event)
  );
}
