// Generate one TypeScript module per JSON Schema in SCHEMAS_DIR (giftextract's schemas/), as a
// front end would: json-schema-to-typescript, no hand-written types.
// Usage: node generate-types.mjs SCHEMAS_DIR OUT_DIR
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import { compile } from "json-schema-to-typescript";

const [schemasDir, outDir] = process.argv.slice(2);
if (!schemasDir || !outDir) {
  console.error("usage: node generate-types.mjs SCHEMAS_DIR OUT_DIR");
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const files = readdirSync(schemasDir).filter((f) => f.endsWith(".schema.json")).sort();
if (files.length === 0) {
  console.error(`no *.schema.json in ${schemasDir}`);
  process.exit(1);
}
for (const file of files) {
  const schema = JSON.parse(readFileSync(join(schemasDir, file), "utf-8"));
  const ts = await compile(schema, schema.title, {
    bannerComment: `/* Generated from ${file} by generate-types.mjs: do not edit. */`,
    additionalProperties: false,
    cwd: schemasDir,
  });
  const out = join(outDir, basename(file, ".schema.json") + ".ts");
  writeFileSync(out, ts);
  console.log(`wrote ${out}`);
}
