/**
 * The command line run from its TypeScript sources (node -r ./bench/register.js
 * tests/perf/cli-entry.ts summarize …), so the memory tests measure the code under test without
 * a build. Not a test file itself.
 */
import { main } from "../../src/cli/main";

main();
