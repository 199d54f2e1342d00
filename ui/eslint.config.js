import js from "@eslint/js";
import svelte from "eslint-plugin-svelte";
import globals from "globals";
import ts from "typescript-eslint";
import svelteConfig from "./svelte.config.js";

const DIALOGS_IN_RUST =
  "Dialogs open in Rust and answer with a token: use $lib/api/dialog (pickOpenFile, pickFolder, pickSaveFile).";

export default ts.config(
  { ignores: ["dist/", "node_modules/", "src/lib/bindings/"] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    files: ["**/*.svelte", "**/*.svelte.ts"],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: [".svelte"],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      "@typescript-eslint/no-unused-vars": [
        "error",
        { argsIgnorePattern: "^_", varsIgnorePattern: "^_" },
      ],
    },
  },
  {
    // Only the typed wrappers in src/lib/api may call Rust; everything else goes through them.
    files: ["src/**/*.{ts,svelte}"],
    ignores: ["src/lib/api/**", "src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        {
          paths: [
            { name: "@tauri-apps/api/core", message: "Call Rust through $lib/api/* wrappers." },
            { name: "@tauri-apps/api/event", message: "Follow changes through $lib/api/changes." },
            { name: "@tauri-apps/plugin-dialog", message: DIALOGS_IN_RUST },
          ],
        },
      ],
    },
  },
  {
    // The dialogs open in Rust and hand back a token: the web view never names a path itself.
    files: ["src/lib/api/**/*.ts"],
    ignores: ["src/**/*.test.ts"],
    rules: {
      "no-restricted-imports": [
        "error",
        { paths: [{ name: "@tauri-apps/plugin-dialog", message: DIALOGS_IN_RUST }] },
      ],
    },
  },
);
