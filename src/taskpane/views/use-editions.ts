/**
 * The Editions section's state (issue 14): the workbook's visible sheets, the bound editions
 * (stored with the workbook, so the ribbon's "Compare editions" finds them) and the last
 * comparison. Every Excel call goes through the pane's `ExcelActions`.
 */
import { useCallback, useEffect, useRef, useState } from "react";
import { framework2015 } from "../../engine/bundled";
import {
  EMPTY_SETUP,
  orderEditions,
  REPORT_HISTORY_LABELS,
  setupProblems,
  type CompareOutcome,
  type EditionBinding,
  type EditionsSetup,
} from "../../office/editions";
import type { ExcelActions } from "../../office/pane-actions";
import type { Pane } from "../use-pane";

/** Stored this long after the last change (typing a label). */
const SAVE_DELAY_MS = 400;

/** The last comparison per pane (its actions), so it stays shown when the user switches sections. */
const lastOutcome = new WeakMap<ExcelActions, CompareOutcome>();

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/** A label for a new edition: the year after the newest numeric label, else empty. */
function nextLabel(setup: EditionsSetup): string {
  const years = [
    ...setup.editions.map((e) => Number(e.label.trim())),
    ...(setup.reportHistory ? REPORT_HISTORY_LABELS.map(Number) : []),
  ].filter((y) => Number.isInteger(y) && y > 1900 && y < 3000);
  return years.length > 0 ? String(years.reduce((a, b) => Math.max(a, b)) + 1) : "";
}

export function useEditions(actions: ExcelActions, pane: Pane) {
  const [sheets, setSheets] = useState<string[] | null>(null);
  const [setup, setSetup] = useState<EditionsSetup>(EMPTY_SETUP);
  const [running, setRunning] = useState(false);
  const [outcome, setOutcome] = useState<CompareOutcome | null>(
    () => lastOutcome.get(actions) ?? null
  );
  const [error, setError] = useState<string | null>(null);
  const loaded = useRef(false);

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const [names, stored] = await Promise.all([actions.listSheets(), actions.loadEditions()]);
        if (cancelled) return;
        setSheets(names);
        setSetup(stored);
        loaded.current = true;
      } catch (e) {
        if (!cancelled) setError(message(e));
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [actions]);

  // Stored with the workbook shortly after each change.
  useEffect(() => {
    if (!loaded.current) return;
    const timer = setTimeout(() => {
      actions.saveEditions(setup).catch((e: unknown) => setError(message(e)));
    }, SAVE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [actions, setup]);

  const change = useCallback(
    (next: EditionsSetup) => {
      setSetup(next);
      setOutcome(null);
      lastOutcome.delete(actions);
    },
    [actions]
  );

  const update = (index: number, edit: Partial<EditionBinding>): void =>
    change({
      ...setup,
      editions: setup.editions.map((e, i) => (i === index ? { ...e, ...edit } : e)),
    });

  const add = (): void => {
    const used = new Set(setup.editions.map((e) => e.sheet));
    const sheet = sheets?.find((name) => !used.has(name)) ?? sheets?.[0] ?? "";
    const edition: EditionBinding = { sheet, label: nextLabel(setup), framework: "table" };
    change({ ...setup, editions: [...setup.editions, edition] });
  };

  const remove = (index: number): void =>
    change({ ...setup, editions: setup.editions.filter((_, i) => i !== index) });

  const compare = async (): Promise<void> => {
    setRunning(true);
    setError(null);
    try {
      await actions.saveEditions(setup);
      const result = await actions.compareEditions({
        setup,
        tableFramework: pane.framework,
        bundledFramework: framework2015(),
        language: pane.language,
        rankMethod: pane.prefs.rankMethod,
        totals: pane.prefs.totals,
      });
      lastOutcome.set(actions, result);
      setOutcome(result);
    } catch (e) {
      setError(message(e));
    } finally {
      setRunning(false);
    }
  };

  const labels = orderEditions([
    ...(setup.reportHistory ? REPORT_HISTORY_LABELS.map((label) => ({ label })) : []),
    ...setup.editions.filter((e) => e.label.trim() !== ""),
  ]).map((e) => e.label.trim());

  return {
    sheets,
    setup,
    problems: setupProblems(setup),
    /** Labels in comparison order (a bound edition replaces the report's of the same label). */
    order: [...new Set(labels)],
    running,
    outcome,
    error,
    dismissError: () => setError(null),
    update,
    add,
    remove,
    setReportHistory: (on: boolean) => change({ ...setup, reportHistory: on }),
    compare,
  };
}
