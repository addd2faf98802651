// Builds the site's CSS and JS into ../static/ (or the folder given with --out).
// The output is committed so that the site needs no Node at run time; `make check-frontend`
// rebuilds into a temporary folder and compares, so the committed files always match the source.
import { cpSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

import * as esbuild from "esbuild";
import * as sass from "sass";

const here = dirname(fileURLToPath(import.meta.url));
const outFlag = process.argv.indexOf("--out");
const out = resolve(outFlag > -1 ? process.argv[outFlag + 1] : join(here, "..", "static"));

mkdirSync(join(out, "css"), { recursive: true });
mkdirSync(join(out, "js"), { recursive: true });

const css = sass.compile(join(here, "scss", "application.scss"), {
  style: "compressed",
  loadPaths: [join(here, "node_modules")],
  quietDeps: true,
});
writeFileSync(join(out, "css", "application.css"), css.css + "\n");

const printCss = sass.compile(join(here, "scss", "print.scss"), {
  style: "compressed",
  loadPaths: [join(here, "node_modules")],
  quietDeps: true,
});
writeFileSync(join(out, "css", "print.css"), printCss.css + "\n");

await esbuild.build({
  entryPoints: [join(here, "js", "application.mjs")],
  bundle: true,
  minify: true,
  format: "iife",
  target: ["es2018"],
  legalComments: "none",
  outfile: join(out, "js", "application.js"),
  logLevel: "warning",
});

cpSync(join(here, "images"), join(out, "images"), { recursive: true });
