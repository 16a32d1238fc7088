/** Builds the browser-test page into a folder with webpack's Node API. */
import webpack from "webpack";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const config = require("./webpack.test-page.js") as (
  outputPath?: string,
  mode?: string
) => webpack.Configuration;

export async function buildTestPage(
  outputPath: string,
  mode: "development" | "production" = "development"
): Promise<void> {
  const compiler = webpack(config(outputPath, mode));
  const stats = await new Promise<webpack.Stats>((resolve, reject) =>
    compiler.run((error, result) =>
      error || !result ? reject(error ?? new Error("no stats")) : resolve(result)
    )
  );
  await new Promise<void>((resolve) => compiler.close(() => resolve()));
  if (stats.hasErrors()) throw new Error(stats.toString({ all: false, errors: true }));
}
