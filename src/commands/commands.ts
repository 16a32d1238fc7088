/* Ribbon commands. Loaded into taskpane.html, the shared runtime's one page. */
import { activeFramework } from "../functions/active-framework";
import { publishCommandOutcome } from "../office/command-outcome";
import { generateSummary as generate, type GenerateRequest } from "../office/generate";

/** Opens the task pane where the host can (Office.addin, SharedRuntime 1.1). */
async function showTaskpane(): Promise<void> {
  if (Office.context?.requirements?.isSetSupported("SharedRuntime", "1.1") && Office.addin) {
    await Office.addin.showAsTaskpane();
  }
}

/**
 * "Generate summary": reads the task pane's bound table with its stored column mapping (else the
 * source of the summary on display, else the active sheet, detecting the header; see
 * office/score-source.ts), writes the summary sheets and activates the first, without opening
 * the task pane. When no score table is found, the job fails, or the writer's guard had to change
 * values so Excel can store them (its repairs), the task pane opens and says so. Always
 * completes the event, which Office requires within its time limit.
 */
export async function generateSummary(
  event: Office.AddinCommands.Event,
  request: GenerateRequest = {}
): Promise<void> {
  try {
    const result = await generate({ framework: activeFramework(), ...request });
    publishCommandOutcome({ at: Date.now(), result });
    if (!result.ok || result.repairs.length > 0) await showTaskpane();
  } catch (error) {
    publishCommandOutcome({
      at: Date.now(),
      error: error instanceof Error ? error.message : String(error),
    });
    try {
      await showTaskpane();
    } catch {
      // The pane cannot open (older host): the outcome stays published for when it does.
    }
  } finally {
    event.completed();
  }
}

void Office.onReady();

// Registered at load time, as Microsoft's templates do; Office.actions is absent outside Office.
if (Office.actions)
  Office.actions.associate(
    "generateSummary",
    (event: Office.AddinCommands.Event) => void generateSummary(event)
  );
