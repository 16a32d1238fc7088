/*
 * Webpack config of the browser-test page (dist-test/): the task pane with the real Office
 * layer, the in-memory Excel fake as host (tests/browser/page/test-host.tsx) and office.js
 * copied from the @microsoft/office-js npm package. The add-in's own build (webpack.config.js)
 * is untouched: its taskpane.html keeps the CDN office.js.
 */
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const root = path.resolve(__dirname, "..", "..");
const officeJs = path.join(root, "node_modules", "@microsoft", "office-js", "dist");

/** office.js and what it loads outside an Office host (found by the browser test: any 404 fails it). */
const OFFICE_FILES = ["office.js", "o15apptofilemappingtable.js"];

module.exports = (outputPath = path.join(root, "dist-test"), mode = "development") => ({
  mode,
  context: root,
  devtool: false,
  entry: { "test-host": "./tests/browser/page/test-host.tsx" },
  output: { path: outputPath, filename: "[name].js", clean: true },
  resolve: { extensions: [".ts", ".tsx", ".js", ".json"] },
  module: {
    rules: [
      {
        test: /\.tsx?$/,
        exclude: /node_modules/,
        use: {
          loader: "ts-loader",
          options: { transpileOnly: true, compilerOptions: { module: "es2020", sourceMap: false } },
        },
      },
    ],
  },
  plugins: [
    new HtmlWebpackPlugin({
      filename: "index.html",
      template: "./tests/browser/page/index.html",
      scriptLoading: "defer",
    }),
    new CopyWebpackPlugin({
      patterns: OFFICE_FILES.map((file) => ({
        from: path.join(officeJs, file),
        to: `office-js/${file}`,
      })),
    }),
  ],
  performance: { hints: false },
  stats: "errors-warnings",
});
