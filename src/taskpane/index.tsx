/* Task pane entry (placeholder): renders the Fluent UI v9 shell once Office is ready. */
import * as React from "react";
import { createRoot } from "react-dom/client";
import { FluentProvider, Title1, webLightTheme } from "@fluentui/react-components";

const container = document.getElementById("container");

void Office.onReady(() => {
  if (!container) return;
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <Title1 as="h1">SmartCity Scorecard</Title1>
    </FluentProvider>
  );
});
