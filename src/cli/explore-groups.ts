/**
 * The group of cities named by --region, --province and --level (`smartcity profile`,
 * `smartcity uncertainty`): every given filter must match. A value matches a group's name as in
 * the data or in English (华东 / East China; 江苏 / 江苏省 / Jiangsu), ignoring case, spaces and
 * full-width forms; an unknown value lists the groups there are.
 */
import type { EvaluationColumns } from "../engine/evaluation-types";
import { exploreMessages as x } from "../engine/messages/explore";
import type { MessageLanguage } from "../engine/messages";
import { placeNames } from "../layout/places";
import type { GroupFilter } from "./explore-args";

const GROUP_KINDS = ["region", "province", "level"] as const;
const key = (s: string): string =>
  s.normalize("NFKC").replace(/\s/gu, "").toLowerCase().replace(/省$/u, "");

export type GroupSelection =
  | { ok: true; indices: number[]; label: { zh: string; en: string } }
  | { ok: false; message: string };

/** Input indices of the group's cities in rank order, and the group's name in both languages. */
export function selectGroup(
  columns: Pick<EvaluationColumns, "order" | "region" | "province" | "level">,
  groups: GroupFilter,
  l: MessageLanguage
): GroupSelection {
  const en = placeNames("en");
  let indices = Array.from(columns.order);
  const label = { zh: [] as string[], en: [] as string[] };
  for (const kind of GROUP_KINDS) {
    const wanted = groups[kind];
    if (wanted === undefined) continue;
    const values = columns[kind];
    const names = [...new Set(values.filter((v): v is string => v !== null && v !== ""))];
    const name = names.find((n) => key(n) === key(wanted) || key(en.name(kind, n)) === key(wanted));
    if (name === undefined)
      return {
        ok: false,
        message: x.unknownGroup[l]({ option: `--${kind}`, value: wanted, groups: names }),
      };
    indices = indices.filter((k) => values[k] === name);
    label.zh.push(name);
    label.en.push(en.name(kind, name));
  }
  const joined = { zh: label.zh.join("·"), en: label.en.join(" · ") };
  if (indices.length === 0) return { ok: false, message: x.emptyGroup[l]({ group: joined[l] }) };
  return { ok: true, indices, label: joined };
}
