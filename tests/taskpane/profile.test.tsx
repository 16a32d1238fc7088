/** @jest-environment jsdom */
/**
 * The Profile view (issue 13) on the 2015 sample: the top city first, a city picked by search,
 * its ranks in its groups (report: 图表 12 region table, seed line 820; 图表 21, line 1091),
 * its peers, and "Write profile sheet" and a batch into the Excel fake.
 */
import "./setup-dom";
// Fluent UI under jsdom on a shared 2-core machine: rendering the 151-row views takes seconds.
jest.setTimeout(120_000);
import * as React from "react";
import { fireEvent, render, screen, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { App } from "../../src/taskpane/App";
import { createMock } from "./mock-actions";
import { withExcelFake } from "./weights-helpers";

/** Types `query` into the city box (one change event) and picks the option `label`. */
async function pick(
  user: ReturnType<typeof userEvent.setup>,
  boxName: string,
  query: string,
  label: string
): Promise<void> {
  const box = screen.getByRole("combobox", { name: boxName });
  fireEvent.change(box, { target: { value: query } });
  await user.click(box);
  await user.click(await screen.findByText(label, { selector: "[role=option]" }));
}

describe("Profile view", () => {
  it("starts with the top city and shows 上海 picked by search", async () => {
    const user = userEvent.setup();
    render(
      <App actions={createMock({ bound: true }).actions} officeLanguage="en" initialTab="profile" />
    );
    await screen.findByRole("heading", { name: "City profile" });
    // Report seed line 539: 无锡 first with 80.20.
    expect(screen.getByText("Total 80.20 of 105")).toBeInTheDocument();
    expect(screen.getByText("Rank 1 of 151")).toBeInTheDocument();

    // The English view shows English names; the search finds the Chinese name too.
    await pick(user, "City", "上海", "Shanghai · 2");
    expect(screen.getByRole("combobox", { name: "City" })).toHaveValue("Shanghai");
    // Seed line 540: 上海 80.05, second; line 820: second in 华东; line 1091: first of 直辖市.
    expect(screen.getByText("Total 80.05 of 105")).toBeInTheDocument();
    expect(screen.getByText("Rank 2 of 151")).toBeInTheDocument();
    const groups = screen.getByRole("list", { name: "Ranks in its groups" });
    expect(within(groups).getByText("Region East China: rank 2")).toBeInTheDocument();
    expect(within(groups).getByText("Level Municipality: rank 1")).toBeInTheDocument();

    const dimensions = screen.getByRole("table", { name: "Dimension score rates" });
    const rows = [...dimensions.querySelectorAll("tbody tr")];
    expect(rows).toHaveLength(6);
    // Seed line 540: 上海 智慧基础设施 17.08 of 20 = 85.4 %.
    expect(rows[0]?.querySelector("td")?.textContent).toBe("Smart Infrastructure");
    expect(rows[0]?.querySelectorAll("td")[1]?.textContent).toBe("85.4%");

    const peers = within(
      screen.getByRole("list", { name: "Peers (nearest dimension-rate profile)" })
    );
    const links = peers.getAllByRole("button");
    expect(links).toHaveLength(5);
    expect(links.map((l) => l.textContent)).not.toContain("Shanghai (rank 2)");
    expect(links.map((l) => l.textContent).join(" ")).not.toMatch(/[\u4e00-\u9fff]/);
    await user.click(links[0]!);
    expect(screen.getByRole("combobox", { name: "City" })).not.toHaveValue("Shanghai");
  });

  it("writes one profile sheet with its radar chart, and the profiles of a level", async () => {
    await withExcelFake("zh", "profile", async (fake, user) => {
      await screen.findByRole("heading", { name: "城市画像" });
      await pick(user, "城市", "上海", "上海 · 2");
      await user.click(screen.getByRole("button", { name: "写入城市画像工作表" }));
      await screen.findByText("已写入工作表“画像-上海”。");
      let sheets = fake.snapshot({ formats: false }).sheets;
      expect(sheets.map((s) => s.name)).toEqual(["Sheet1", "画像-上海"]);
      expect(sheets[1]?.charts.map((c) => c.type)).toEqual(["Radar"]);

      // 直辖市: 北京, 上海, 天津, 重庆 (seed line 1091 ff.); 上海's own profile is replaced.
      await user.click(screen.getByRole("button", { name: "写入 4 个画像：城市级别 直辖市" }));
      await screen.findByText(/^已写入 4 个工作表/);
      sheets = fake.snapshot({ formats: false }).sheets;
      expect(sheets.map((s) => s.name).sort()).toEqual(
        ["Sheet1", "画像-上海", "画像-北京", "画像-天津", "画像-重庆"].sort()
      );
    });
  });
});
