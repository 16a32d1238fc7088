/**
 * The one catalogue of user-facing messages about input data. Each names what is wrong and where;
 * `where` is a cell address ("Sheet1!C5") or a file position ("scores.csv row 5, column C").
 */
export const messages = {
  textScore: (where: string, indicator: string, value: string) =>
    `${where}: ${indicator} must be a number, found text "${value}".`,
  errorScore: (where: string, indicator: string, value: string) =>
    `${where}: ${indicator} holds the error value ${value}.`,
  blankScore: (where: string, indicator: string) =>
    `${where}: ${indicator} is blank; counted as 0.`,
  negativeScore: (where: string, indicator: string, value: number) =>
    `${where}: ${indicator} is negative (${value}); scores run from 0 to the weight.`,
  aboveWeight: (where: string, indicator: string, value: number, weight: number) =>
    `${where}: ${indicator} is ${value}, above its weight of ${weight}.`,
  duplicateCity: (where: string, city: string, firstRow: number | null) =>
    `${where}: city "${city}" appears twice${firstRow !== null ? ` (first in row ${firstRow})` : ""}.`,
  missingCity: (where: string) => `${where}: the row has scores but no city name.`,
  missingColumn: (source: string, indicator: string) =>
    `${source}: no column for indicator "${indicator}"; map one or its scores count as 0.`,
  noCityColumn: (source: string) => `${source}: no city column found.`,
  totalMismatch: (where: string, reported: number, computed: number) =>
    `${where}: the reported total ${reported} differs from the sum of the scores ${round2(computed)} by more than 0.01.`,
  unknownCity: (where: string, city: string) =>
    `${where}: "${city}" is not a prefecture-level or higher city of mainland China in the bundled table; ` +
    `its region, province and level stay empty unless the sheet gives them.`,
  noteRow: (where: string, text: string) =>
    `${where}: "${text}" has no scores and follows a blank row; read as a note under the table, not a city.`,
  noHeader: (source: string) =>
    `${source}: no header row names the framework's indicators (looked for Chinese and English names in the first 50 rows).`,
};

function round2(x: number): string {
  return (Math.round(x * 100) / 100).toFixed(2);
}
