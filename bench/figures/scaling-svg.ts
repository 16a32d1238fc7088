/**
 * A small SVG of the command line's time and peak memory against the number of cities (issue
 * 12: "a small plot made by the bench"), two panels on a logarithmic city axis, no dependency.
 */
export type ScalingPoint = { cities: number; seconds: number; peakMb: number };

const W = 640;
const H = 240;
const PAD = { left: 56, right: 16, top: 28, bottom: 40 };
const PANEL = (W - PAD.left - PAD.right - 48) / 2;

function panel(
  points: ScalingPoint[],
  x0: number,
  value: (p: ScalingPoint) => number,
  title: string
): string {
  const xs = points.map((p) => Math.log10(p.cities));
  const lo = Math.min(...xs);
  const hi = Math.max(...xs, lo + 1);
  const top = Math.max(...points.map(value), 1) * 1.1;
  const h = H - PAD.top - PAD.bottom;
  const x = (c: number): number => x0 + ((Math.log10(c) - lo) / (hi - lo)) * PANEL;
  const y = (v: number): number => PAD.top + h - (v / top) * h;
  const path = points.map(
    (p, i) => `${i ? "L" : "M"}${x(p.cities).toFixed(1)},${y(value(p)).toFixed(1)}`
  );
  const ticks = [0, 0.5, 1].map((f) => top * f);
  return [
    `<text x="${x0 + PANEL / 2}" y="16" text-anchor="middle" font-weight="bold">${title}</text>`,
    `<line x1="${x0}" y1="${PAD.top + h}" x2="${x0 + PANEL}" y2="${PAD.top + h}" stroke="#888"/>`,
    `<line x1="${x0}" y1="${PAD.top}" x2="${x0}" y2="${PAD.top + h}" stroke="#888"/>`,
    ...ticks.map(
      (t) =>
        `<text x="${x0 - 6}" y="${y(t) + 4}" text-anchor="end">${t >= 100 ? Math.round(t) : t.toFixed(1)}</text>`
    ),
    ...points.map(
      (p) =>
        `<text x="${x(p.cities)}" y="${PAD.top + h + 16}" text-anchor="middle">${p.cities >= 1000 ? `${p.cities / 1000}k` : p.cities}</text>` +
        `<circle cx="${x(p.cities)}" cy="${y(value(p))}" r="3" fill="#4472C4"/>`
    ),
    `<path d="${path.join("")}" fill="none" stroke="#4472C4" stroke-width="2"/>`,
  ].join("\n");
}

export function scalingSvg(points: ScalingPoint[]): string {
  const right = PAD.left + PANEL + 48;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${W}" height="${H}" font-family="sans-serif" font-size="11">`,
    `<rect width="${W}" height="${H}" fill="white"/>`,
    panel(points, PAD.left, (p) => p.seconds, "smartcity summarize --out: seconds"),
    panel(points, right, (p) => p.peakMb, "peak memory (MB)"),
    `<text x="${W / 2}" y="${H - 6}" text-anchor="middle">cities (log scale)</text>`,
    "</svg>",
    "",
  ].join("\n");
}
