/* Ribbon commands (placeholder). Loaded into taskpane.html, the shared runtime's one page. */

/** "Generate summary" ribbon button; the real handler arrives with the summary writer. */
function generateSummary(event: Office.AddinCommands.Event): void {
  event.completed();
}

void Office.onReady();

// Registered at load time, as Microsoft's templates do; Office.actions is absent outside Office.
if (Office.actions) Office.actions.associate("generateSummary", generateSummary);
