/**
 * The Generate view's size of the summary without freezing the pane (issue 12, ADR 0014
 * addendum): a small table is sized during render (a few milliseconds); a larger one after a
 * pause, in two slices (planSummaryInSlices), while the view says "sizing…". A newer dataset or
 * option cancels a sizing under way; each plan is remembered per dataset, so switching views or
 * languages back does not size again.
 */
import * as React from "react";
import { cityCount } from "../../engine/dataset";
import type { Dataset } from "../../engine/types";
import {
  planSummary,
  planSummaryInSlices,
  type PlanOptions,
  type SummaryPlan,
} from "../../office/insert-estimate";

/** Up to this many cities the plan is computed during render (about 30 ms at 2,000 cities, cold). */
export const SIZE_DURING_RENDER_CITIES = 2_000;

/** Plans already computed, per dataset (the pane builds a new dataset object when its data changes). */
const remembered = new WeakMap<Dataset, Map<string, SummaryPlan>>();

function optionsKey(options: PlanOptions): string {
  return `${options.language}|${options.rankMethod ?? ""}|${options.totals ?? ""}`;
}

function remember(dataset: Dataset, key: string, plan: SummaryPlan): void {
  const plans = remembered.get(dataset) ?? new Map<string, SummaryPlan>();
  plans.set(key, plan);
  remembered.set(dataset, plans);
}

/** A macrotask: the browser paints and handles input before the next slice. */
const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/** The plan of `dataset`, "sizing" while it is computed, null without cities. */
export function useSummaryPlan(
  dataset: Dataset | null,
  options: PlanOptions
): SummaryPlan | "sizing" | null {
  const { language, rankMethod, totals } = options;
  const key = optionsKey(options);
  // undefined: not known yet and too large to size during render.
  const known = React.useMemo((): SummaryPlan | null | undefined => {
    if (!dataset || cityCount(dataset) === 0) return null;
    const plan = remembered.get(dataset)?.get(key);
    if (plan || cityCount(dataset) > SIZE_DURING_RENDER_CITIES) return plan;
    const sized = planSummary(dataset, { language, rankMethod, totals });
    remember(dataset, key, sized);
    return sized;
  }, [dataset, key, language, rankMethod, totals]);
  const [sized, setSized] = React.useState<{ dataset: Dataset; key: string; plan: SummaryPlan }>();

  React.useEffect(() => {
    if (known !== undefined || !dataset) return;
    let wanted = true;
    const next = async (): Promise<boolean> => {
      await pause();
      return wanted;
    };
    void planSummaryInSlices(dataset, { language, rankMethod, totals }, next).then((plan) => {
      if (!plan) return;
      remember(dataset, key, plan);
      if (wanted) setSized({ dataset, key, plan });
    });
    return () => {
      wanted = false;
    };
  }, [known, dataset, key, language, rankMethod, totals]);

  if (known !== undefined) return known;
  return sized?.dataset === dataset && sized.key === key ? sized.plan : "sizing";
}
