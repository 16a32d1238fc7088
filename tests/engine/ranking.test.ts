import { rank, rankOf, rankWithinGroups } from "../../src/engine/ranking";

describe("rank", () => {
  test("competition ranking, highest first, as Excel RANK.EQ (METHOD.md)", () => {
    expect(rank([5, 9, 5, 1])).toEqual([2, 1, 2, 4]);
    expect(rank([9.5, 9.5, 9.5, 8])).toEqual([1, 1, 1, 4]);
  });
  test("dense and ordinal", () => {
    expect(rank([5, 9, 5, 1], { method: "dense" })).toEqual([2, 1, 2, 3]);
    expect(rank([5, 9, 5, 1], { method: "ordinal" })).toEqual([2, 1, 3, 4]);
  });
  test("ascending", () => {
    expect(rank([5, 9, 5, 1], { order: "ascending" })).toEqual([2, 4, 2, 1]);
  });
  test("empty input, one element, blanks and NaN", () => {
    expect(rank([])).toEqual([]);
    expect(rank([3])).toEqual([1]);
    expect(rank([null, 2, NaN, 1])).toEqual([null, 1, null, 2]);
  });
  test("agrees with rankOf on random data with ties", () => {
    const values = Array.from({ length: 500 }, (_, i) => (i * 7919) % 37);
    const ranks = rank(values);
    values.forEach((v, i) => expect(rankOf(v, values)).toBe(ranks[i]));
    const dense = rank(values, { method: "dense", order: "ascending" });
    values.forEach((v, i) =>
      expect(rankOf(v, values, { method: "dense", order: "ascending" })).toBe(dense[i])
    );
  });
});

describe("rankOf", () => {
  test("a value missing from the list has no rank (#N/A in Excel)", () => {
    expect(rankOf(4, [1, 2, 3])).toBeNull();
  });
});

describe("rankWithinGroups", () => {
  test("ranks only among the same key; null keys get null", () => {
    expect(rankWithinGroups([10, 20, 30, 40, 5], ["a", "b", "a", "b", null])).toEqual([
      2,
      2,
      1,
      1,
      null,
    ]);
  });
});
