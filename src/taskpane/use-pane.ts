/**
 * The pane's state and operations in one hook: preferences, framework, bound table, dataset,
 * generation and the data-change watch. Views read the state and call the operations; every
 * Excel call goes through the `ExcelActions` they were given.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import { framework2015 } from "../engine/bundled";
import { parseFramework } from "../engine/framework";
import type { ColumnMapping } from "../engine/table";
import type { Dataset, Framework } from "../engine/types";
import { setActiveFramework } from "../functions/active-framework";
import type {
  CommandNotice,
  ExcelActions,
  GenerateOutcome,
  GenerateProgress,
  PanePreferences,
  ScanCandidate,
  TableData,
} from "../office/pane-actions";
import { omissionOf } from "../office/insert-estimate";
import type { PaneLanguage } from "./strings";
import { buildDataset, remapForFramework } from "./table-model";

export type Busy = "scan" | "bind" | "sample" | "read";

export type GenerationState = {
  running: boolean;
  progress: GenerateProgress | null;
  outcome: GenerateOutcome | null;
  /** The bound data changed after the last summary was written. */
  stale: boolean;
  error: string | null;
};

export type FrameworkImport = { ok: true; name: string } | { ok: false; errors: string[] } | null;

export const DEFAULT_PREFERENCES: PanePreferences = {
  language: null,
  rankMethod: "competition",
  totals: "reported",
  autoRefresh: false,
  framework: null,
  omitSheets: null,
};

const IDLE: GenerationState = {
  running: false,
  progress: null,
  outcome: null,
  stale: false,
  error: null,
};

const message = (e: unknown): string => (e instanceof Error ? e.message : String(e));

export function usePane(actions: ExcelActions, officeLanguage: PaneLanguage) {
  const [ready, setReady] = useState(false);
  const [prefs, setPrefs] = useState<PanePreferences>(DEFAULT_PREFERENCES);
  const [framework, setFramework] = useState<Framework>(framework2015);
  const [frameworkImport, setFrameworkImport] = useState<FrameworkImport>(null);
  const [candidates, setCandidates] = useState<ScanCandidate[] | null>(null);
  const [data, setData] = useState<TableData | null>(null);
  const [bindVersion, setBindVersion] = useState(0);
  const [busy, setBusy] = useState<Busy | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [generation, setGeneration] = useState<GenerationState>(IDLE);
  const [notice, setNotice] = useState<CommandNotice | null>(null);
  /** Scan hidden and very hidden sheets too (the user's explicit choice; off by default). */
  const [includeHidden, setIncludeHidden] = useState(false);
  /** View state kept across tab switches (the explore views' weights, runs, city; issue 13). */
  const viewMemory = useRef(new Map<string, unknown>()).current;

  useEffect(() => actions.commandNotices(setNotice), [actions]);

  const language: PaneLanguage = prefs.language ?? officeLanguage;
  const dataset = useMemo(
    () => (data ? buildDataset(framework, data.table, data.grid) : null),
    [framework, data]
  );

  /** Latest values for callbacks that outlive a render (the data-change handler). */
  const latest = useRef({ framework, data, prefs, generation, language, includeHidden });
  latest.current = { framework, data, prefs, generation, language, includeHidden };

  /** Runs an Excel operation, showing its failure instead of throwing. */
  const guarded = useCallback(
    async <T>(kind: Busy | null, work: () => Promise<T>): Promise<T | undefined> => {
      if (kind) setBusy(kind);
      setError(null);
      try {
        return await work();
      } catch (e) {
        setError(message(e));
        return undefined;
      } finally {
        if (kind) setBusy(null);
      }
    },
    []
  );

  useEffect(() => {
    let cancelled = false;
    void (async () => {
      try {
        const stored = { ...DEFAULT_PREFERENCES, ...(await actions.loadPreferences()) };
        let restoredFramework = framework2015();
        if (stored.framework !== null && stored.framework !== undefined) {
          const parsed = parseFramework(stored.framework);
          if (parsed.ok) restoredFramework = parsed.framework;
          else stored.framework = null;
        }
        setActiveFramework(restoredFramework);
        const table = await actions.restore();
        const restored = table ? await actions.read(table) : null;
        if (cancelled) return;
        setPrefs(stored);
        setFramework(restoredFramework);
        setData(restored);
      } catch (e) {
        if (!cancelled) setError(message(e));
      } finally {
        if (!cancelled) setReady(true);
      }
    })();
    return () => {
      cancelled = true;
    };
  }, [actions]);

  const generate = useCallback(
    async (source?: Dataset) => {
      const input = source ?? dataset;
      if (!input) return;
      setGeneration((g) => ({
        ...g,
        running: true,
        progress: { stage: "read", percent: 0 },
        error: null,
      }));
      try {
        const outcome = await actions.generate({
          dataset: input,
          language: latest.current.language,
          rankMethod: latest.current.prefs.rankMethod,
          totals: latest.current.prefs.totals,
          omitSheets: omissionOf(latest.current.prefs.omitSheets),
          onProgress: (progress) => setGeneration((g) => ({ ...g, progress })),
        });
        setGeneration({
          running: false,
          progress: { stage: "done", percent: 100 },
          outcome,
          stale: false,
          error: null,
        });
      } catch (e) {
        setGeneration((g) => ({ ...g, running: false, error: message(e) }));
      }
    },
    [actions, dataset]
  );

  /** The bound data changed: read it again; mark the summary stale or regenerate it. */
  const onDataChanged = useCallback(async () => {
    const current = latest.current.data;
    if (!current) return;
    const fresh = await guarded(null, () => actions.read(current.table));
    if (!fresh) return;
    setData(fresh);
    const { generation: g, prefs: p, framework: f } = latest.current;
    if (!g.outcome) return;
    if (p.autoRefresh && !g.running) await generate(buildDataset(f, fresh.table, fresh.grid));
    else setGeneration((state) => ({ ...state, stale: true }));
  }, [actions, generate, guarded]);

  const changeHandler = useRef(onDataChanged);
  changeHandler.current = onDataChanged;
  const watchKey = data ? `${data.table.bindingId}#${bindVersion}` : null;
  useEffect(() => {
    const table = latest.current.data?.table;
    if (!watchKey || !table) return;
    let unsubscribe: (() => Promise<void>) | null = null;
    let closed = false;
    actions
      .watch(table, () => void changeHandler.current())
      .then((off) => {
        if (closed) void off();
        else unsubscribe = off;
      })
      .catch((e: unknown) => setError(message(e)));
    return () => {
      closed = true;
      if (unsubscribe) void unsubscribe();
    };
  }, [actions, watchKey]);

  const scan = useCallback(async () => {
    const found = await guarded("scan", () =>
      actions.scan(latest.current.framework, { includeHidden: latest.current.includeHidden })
    );
    if (found) setCandidates(found);
  }, [actions, guarded]);

  const bindTable = useCallback(
    async (candidate: ScanCandidate): Promise<boolean> => {
      const bound = await guarded("bind", async () => actions.read(await actions.bind(candidate)));
      if (!bound) return false;
      setData(bound);
      setBindVersion((v) => v + 1);
      setGeneration(IDLE);
      return true;
    },
    [actions, guarded]
  );

  const insertSample = useCallback(async (): Promise<string | null> => {
    const sample = await guarded("sample", () => actions.insertSample(latest.current.language));
    if (!sample) return null;
    const ok = await bindTable(sample);
    setCandidates(null);
    return ok ? sample.sheet : null;
  }, [actions, bindTable, guarded]);

  const setMapping = useCallback(
    async (mapping: ColumnMapping) => {
      const current = latest.current.data;
      if (!current) return;
      const table = { ...current.table, mapping };
      setData({ ...current, table });
      await guarded(null, () => actions.saveMapping(table));
    },
    [actions, guarded]
  );

  const reread = useCallback(async () => {
    const current = latest.current.data;
    if (!current) return;
    const fresh = await guarded("read", () => actions.read(current.table));
    if (fresh) setData(fresh);
  }, [actions, guarded]);

  const selectCell = useCallback(
    (address: string) => guarded(null, () => actions.selectCell(address)),
    [actions, guarded]
  );

  const activateSheet = useCallback(
    (name: string) => guarded(null, () => actions.activateSheet(name)),
    [actions, guarded]
  );

  const savePreferences = useCallback(
    async (change: Partial<PanePreferences>) => {
      const next = { ...latest.current.prefs, ...change };
      setPrefs(next);
      await guarded(null, () => actions.savePreferences(next));
    },
    [actions, guarded]
  );

  /** Makes `next` the active framework (pane and custom functions) and remaps the bound table. */
  const applyFramework = useCallback(
    async (next: Framework, raw: unknown) => {
      setFramework(next);
      setActiveFramework(next);
      await savePreferences({ framework: raw });
      const current = latest.current.data;
      if (current) await setMapping(remapForFramework(next, current.grid, current.table.mapping));
    },
    [savePreferences, setMapping]
  );

  const importFramework = useCallback(
    async (json: string, notJson: (message: string) => string) => {
      let raw: unknown;
      try {
        raw = JSON.parse(json);
      } catch (e) {
        setFrameworkImport({ ok: false, errors: [notJson(message(e))] });
        return;
      }
      const parsed = parseFramework(raw);
      if (!parsed.ok) {
        setFrameworkImport({ ok: false, errors: parsed.errors });
        return;
      }
      setFrameworkImport({ ok: true, name: parsed.framework.name });
      await applyFramework(parsed.framework, raw);
    },
    [applyFramework]
  );

  const selectBundledFramework = useCallback(async () => {
    setFrameworkImport(null);
    await applyFramework(framework2015(), null);
  }, [applyFramework]);

  return {
    /** The explore views write their sheets through `actions.explore` (issue 13). */
    explore: actions.explore ?? null,
    viewMemory,
    ready,
    language,
    prefs,
    framework,
    frameworkImport,
    candidates,
    data,
    dataset,
    busy,
    error,
    generation,
    dismissError: () => setError(null),
    notice,
    dismissNotice: () => setNotice(null),
    scan,
    bindTable,
    insertSample,
    setMapping,
    reread,
    selectCell,
    activateSheet,
    includeHidden,
    setIncludeHidden,
    generate,
    savePreferences,
    importFramework,
    selectBundledFramework,
  };
}

export type Pane = ReturnType<typeof usePane>;
