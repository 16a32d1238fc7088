/**
 * The repairs of a guarded layout (guard.ts): XML-forbidden characters replaced, texts cut to
 * Excel's cell limit, NaN and ±Infinity blanked; each kind counted, with the first place a full
 * scan meets.
 */
import { say, workbookMessages, type RepairItem } from "../engine/messages";
import type { SummaryLayout } from "./types";

/** Excel's limit of characters (UTF-16 code units) in a cell. */
export const MAX_CELL_TEXT = 32767;
/** One character XML 1.0 forbids: C0 controls but tab / LF / CR, U+FFFE, U+FFFF, unpaired surrogates. */
export const XML_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- these are exactly the characters XML 1.0 forbids
  /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const FORBIDDEN_ALL = new RegExp(XML_FORBIDDEN.source, "g");

/**
 * Where a repair is in the order of a full scan (sheet, step, block, row, column): with rows
 * guarded as a writer reads them, the first place reported is still the first a scan finds.
 */
export type Order = readonly number[];
type Tally = { count: number; place?: string; order?: Order };
/** The tallies of a guard run, as plain data (to hand between threads). */
export type RepairCounts = { characters: Tally; length: Tally; number: Tally };

const before = (a: Order, b: Order): boolean => {
  for (let k = 0; k < a.length; k++) {
    const x = a[k] as number;
    const y = b[k] ?? 0;
    if (x !== y) return x < y;
  }
  return false;
};

/** The order of the workbook title and sheet names: before every sheet. */
const LAYOUT = -1;

export class Repairs {
  readonly characters: Tally = { count: 0 };
  readonly length: Tally = { count: 0 };
  readonly number: Tally = { count: 0 };
  /** Where the scan is (see `Order`); set before each step. */
  order: Order = [LAYOUT];
  /** Repairs a row read again: its repairs were counted the first time. */
  silent = false;

  constructor(private readonly language: SummaryLayout["language"]) {}

  place(sheet: string, item: RepairItem): () => string {
    return () => say(workbookMessages.place, { sheet, item }, this.language);
  }

  note(tally: Tally, place: () => string): void {
    if (this.silent) return;
    tally.count += 1;
    if (tally.order === undefined || before(this.order, tally.order)) {
      tally.place = place();
      tally.order = this.order;
    }
  }

  text(value: string, place: () => string): string {
    let text = value;
    if (XML_FORBIDDEN.test(text)) {
      text = text.replace(FORBIDDEN_ALL, "\ufffd");
      this.note(this.characters, place);
    }
    if (text.length > MAX_CELL_TEXT) {
      let cut = MAX_CELL_TEXT - 1;
      const last = text.charCodeAt(cut - 1);
      if (last >= 0xd800 && last <= 0xdbff) cut -= 1; // keep surrogate pairs whole
      text = `${text.slice(0, cut)}…`;
      this.note(this.length, place);
    }
    return text;
  }

  /** A finite number, or undefined (noted) for NaN / ±Infinity. */
  finite(value: number | undefined, place: () => string): number | undefined {
    if (value === undefined || Number.isFinite(value)) return value;
    this.note(this.number, place);
    return undefined;
  }

  /** A copy of the tallies so far. */
  counts(): RepairCounts {
    const copy = (t: Tally): Tally => ({ ...t });
    return {
      characters: copy(this.characters),
      length: copy(this.length),
      number: copy(this.number),
    };
  }

  /**
   * Adds what another guard run of the same layout (a worker thread writing some sheets) found
   * after `start`, its counts before any row was read (those it shares with this run).
   */
  add(other: RepairCounts, start: RepairCounts): void {
    for (const kind of ["characters", "length", "number"] as const) {
      const tally = this[kind];
      const theirs = other[kind];
      tally.count += theirs.count - start[kind].count;
      if (theirs.order && (tally.order === undefined || before(theirs.order, tally.order))) {
        tally.place = theirs.place;
        tally.order = theirs.order;
      }
    }
  }

  messages(): string[] {
    const out: string[] = [];
    const { language } = this;
    if (this.characters.place)
      out.push(
        say(
          workbookMessages.charactersReplaced,
          { count: this.characters.count, place: this.characters.place },
          language
        )
      );
    if (this.length.place)
      out.push(
        say(
          workbookMessages.textShortened,
          { count: this.length.count, place: this.length.place, limit: MAX_CELL_TEXT },
          language
        )
      );
    if (this.number.place)
      out.push(
        say(
          workbookMessages.numberBlanked,
          { count: this.number.count, place: this.number.place },
          language
        )
      );
    return out;
  }
}
