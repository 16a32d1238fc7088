/** Every catalogue entry renders in both languages: Chinese text in zh, no Chinese prose in en. */
import { CATALOGUE, say } from "../../src/engine/messages";

const HAN = /[\u4e00-\u9fff]/u;
/** Han characters that come from the sample arguments (names of cities, indicators) are allowed. */
const stripArgs = (text: string, args: unknown): string =>
  JSON.stringify(args ?? {})
    .match(/[\u4e00-\u9fff\u3000-\u303f\uff00-\uffef]+/gu)
    ?.reduce((t, s) => t.split(s).join(""), text) ?? text;

const entries = Object.entries(CATALOGUE).flatMap(([area, messages]) =>
  Object.entries(messages).map(([code, entry]) => ({ id: `${area}.${code}`, entry }))
);

test("the catalogue has its areas", () => {
  expect(Object.keys(CATALOGUE).sort()).toEqual([
    "cli",
    "engine",
    "explore",
    "functions",
    "notes",
    "validation",
    "workbook",
  ]);
});

test.each(entries.map((e) => [e.id, e.entry] as const))("%s renders in zh and en", (_, entry) => {
  const zh = say(entry, entry.sample, "zh");
  const en = say(entry, entry.sample, "en");
  expect(zh.trim().length).toBeGreaterThan(0);
  expect(en.trim().length).toBeGreaterThan(0);
  expect(zh).toMatch(HAN);
  expect(stripArgs(en, entry.sample)).not.toMatch(HAN);
  expect(zh).not.toEqual(en);
});
