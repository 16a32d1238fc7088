/** Severity of a validation issue as an icon in its colour (Fluent status tokens). */
import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { ErrorCircle16Filled, Info16Filled, Warning16Filled } from "@fluentui/react-icons";
import type { Severity } from "../engine/types";

const ICONS = { error: ErrorCircle16Filled, warning: Warning16Filled, info: Info16Filled };

/** Foreground colour of each severity: icons, and the edge of each entry. */
export const SEVERITY_COLORS: Record<Severity, string> = {
  error: tokens.colorStatusDangerForeground1,
  warning: tokens.colorStatusWarningForeground1,
  info: tokens.colorBrandForeground1,
};

const useSeverityStyles = makeStyles({
  icon: { flexShrink: 0, marginTop: "2px" },
  error: { color: SEVERITY_COLORS.error },
  warning: { color: SEVERITY_COLORS.warning },
  info: { color: SEVERITY_COLORS.info },
  edgeError: { borderLeft: `3px solid ${SEVERITY_COLORS.error}` },
  edgeWarning: { borderLeft: `3px solid ${SEVERITY_COLORS.warning}` },
  edgeInfo: { borderLeft: `3px solid ${SEVERITY_COLORS.info}` },
});

/** The severity's icon; with `label` an image named by it, else decorative (hidden from readers). */
export function SeverityIcon({
  severity,
  label,
}: {
  severity: Severity;
  label?: string;
}): React.JSX.Element {
  const s = useSeverityStyles();
  const Icon = ICONS[severity];
  const a11y = label ? { role: "img", "aria-label": label } : { "aria-hidden": true as const };
  return <Icon {...a11y} data-severity={severity} className={mergeClasses(s.icon, s[severity])} />;
}

/** Class of the coloured left edge of an entry of `severity`. */
export function useSeverityEdge(): Record<Severity, string> {
  const s = useSeverityStyles();
  return { error: s.edgeError, warning: s.edgeWarning, info: s.edgeInfo };
}
