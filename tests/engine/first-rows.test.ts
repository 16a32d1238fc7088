/** FirstRows (src/engine/first-rows.ts): the duplicate-city index of reading a table. */
import { FirstRows } from "../../src/engine/first-rows";

describe("FirstRows", () => {
  it("gives the first row of a name seen before, past its expected size and through rehashing", () => {
    const rows = new FirstRows(4);
    const names = Array.from({ length: 5000 }, (_, k) => `城市${k}`);
    names.forEach((name, k) => expect(rows.firstOr(name, k)).toBeUndefined());
    names.forEach((name, k) => expect(rows.firstOr(name, 10_000 + k)).toBe(k));
    expect(rows.firstOr("城市5000", 1)).toBeUndefined();
  });

  it("keys objects by identity and texts by content", () => {
    const rows = new FirstRows(10);
    const a = { name: "杭州" };
    expect(rows.firstOr(a, 3)).toBeUndefined();
    expect(rows.firstOr({ name: "杭州" }, 4)).toBeUndefined();
    expect(rows.firstOr(a, 5)).toBe(3);
    expect(rows.firstOr("杭州", 6)).toBeUndefined();
    expect(rows.firstOr(["杭", "州"].join(""), 7)).toBe(6);
    expect(rows.firstOr("", 8)).toBeUndefined();
    expect(rows.firstOr("", 9)).toBe(8);
  });
});
