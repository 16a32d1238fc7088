/*
 * Webpack build for the add-in, after Microsoft's Office-Addin-TaskPane-React and
 * Excel-Custom-Functions-Shared templates: custom functions, task pane and ribbon command all
 * run in ONE page (taskpane.html, the shared runtime).
 *
 *   npm run build        production bundle in dist/ (manifest URLs rewritten to $ADDIN_URL if set)
 *   npm run dev-server   https://localhost:3000 with the Office dev certificate
 *   SMARTCITY_HTTP=1 npm run dev-server   plain http (Linux/headless machines without the cert)
 */

const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const urlDev = "https://localhost:3000/";
const port = Number(process.env.npm_package_config_dev_server_port || 3000);

/** Production base URL for the manifest: $ADDIN_URL (with a trailing slash), else the dev URL. */
function productionUrl() {
  const url = process.env.ADDIN_URL;
  if (!url) return urlDev;
  if (!/^https:\/\//.test(url)) throw new Error(`ADDIN_URL must be an https:// URL, got "${url}"`);
  return url.endsWith("/") ? url : `${url}/`;
}

/** https options from office-addin-dev-certs (creates/installs the localhost certificate once). */
async function httpsOptions() {
  const devCerts = require("office-addin-dev-certs");
  if (process.platform === "linux") {
    console.log(
      "office-addin-dev-certs may run sudo to trust its CA on Linux; " +
        "if that fails or hangs, use: SMARTCITY_HTTP=1 npm run dev-server"
    );
  }
  const { ca, key, cert } = await devCerts.getHttpsServerOptions();
  return { ca, key, cert };
}

/** Fails the build if a GPL test-only package (HyperFormula) ever reaches a bundle. */
class ForbidModulesPlugin {
  constructor(names) {
    this.pattern = new RegExp(`[\\\\/]node_modules[\\\\/](${names.join("|")})[\\\\/]`);
  }
  apply(compiler) {
    compiler.hooks.compilation.tap("ForbidModulesPlugin", (compilation) => {
      compilation.hooks.finishModules.tap("ForbidModulesPlugin", (modules) => {
        const hits = [...modules].map((m) => m.resource).filter((r) => r && this.pattern.test(r));
        if (hits.length > 0) {
          const { WebpackError } = compiler.webpack;
          const message = `Forbidden module in bundle (${hits.length} files), e.g. ${hits[0]}`;
          compilation.errors.push(new WebpackError(message));
        }
      });
    });
  }
}

module.exports = async (env, options) => {
  const dev = options.mode === "development";
  const serving = Boolean(env.WEBPACK_SERVE);
  const plainHttp = process.env.SMARTCITY_HTTP === "1";
  const urlProd = productionUrl();

  return {
    devtool: "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: { keep: /^cli[\\/]/ }, // dist/cli is the command line (tsc -p tsconfig.cli.json)
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: {
              transpileOnly: true, // type checking is `npm run typecheck`
              compilerOptions: { module: "es2020", sourceMap: true },
            },
          },
        },
        {
          test: /\.(png|jpg|jpeg|gif|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new ForbidModulesPlugin(["hyperformula"]),
      new CustomFunctionsMetadataPlugin({
        output: "functions.json",
        input: "./src/functions/functions.ts",
      }),
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane", "commands"],
        chunksSortMode: "manual",
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          {
            from: "manifest*.xml",
            to: "[name][ext]",
            transform(content) {
              return dev ? content : content.toString().split(urlDev).join(urlProd);
            },
          },
        ],
      }),
    ],
    performance: { hints: false }, // Fluent UI makes the task pane bundle large by design
    devServer: {
      headers: { "Access-Control-Allow-Origin": "*" },
      server:
        serving && !plainHttp ? { type: "https", options: await httpsOptions() } : { type: "http" },
      port,
    },
  };
};
