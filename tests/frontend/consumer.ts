// A small front end of giftextract's CLI output, written against the generated types only.
// It reads `giftextract extract --format json` and `giftextract reconcile --format json` output
// and does arithmetic on the counts, which must be numbers (tsc --strict proves the types allow
// nothing else; the test compares the figures with Python's reading of the same files).
// Usage: node build/consumer.js EXTRACT.json RECONCILE.json
import { readFileSync } from "node:fs";
import type { ExtractionList, GiftTransfer } from "./generated/extraction-list.js";
import type { Reconciliation, ReconciledValue } from "./generated/reconciliation.js";

function read<T>(path: string): T {
  return JSON.parse(readFileSync(path, "utf-8")) as T;
}

function animalsCounted(gift: GiftTransfer): number {
  // an item without a count (the text gave none) adds nothing
  return (gift.items ?? []).reduce((sum: number, item) => sum + (item.count?.value ?? 0), 0);
}

function figure(value: ReconciledValue | null | undefined): number | null {
  const quantity = value?.quantity;
  if (quantity === null || quantity === undefined) return null;
  return quantity.value ?? quantity.low ?? null;
}

const [extractPath, reconcilePath] = process.argv.slice(2);
if (!extractPath || !reconcilePath) {
  console.error("usage: node build/consumer.js EXTRACT.json RECONCILE.json");
  process.exit(2);
}

const extractions = read<ExtractionList>(extractPath);
const clusters = read<Reconciliation>(reconcilePath);

const figures: Record<string, number> = {};
let conflicts = 0;
for (const cluster of clusters) {
  conflicts += (cluster.conflicts ?? []).length;
  for (const field of cluster.fields ?? []) {
    const value = figure(field.consensus);
    if (value !== null) {
      figures[`${cluster.cluster_id}/${field.field}/${field.key ?? ""}`] = value * 1;
    }
  }
}

const summary = {
  documents: extractions.length,
  gift_transfers: extractions.reduce((n, e) => n + (e.gift_transfers ?? []).length, 0),
  deployments: extractions.reduce((n, e) => n + (e.deployments ?? []).length, 0),
  animals_counted: extractions.reduce(
    (n, e) => n + (e.gift_transfers ?? []).reduce((m, g) => m + animalsCounted(g), 0), 0),
  largest_deployment: Math.max(0, ...extractions.flatMap(
    (e) => (e.deployments ?? []).map((d) => d.personnel?.value ?? 0))),
  clusters: clusters.length,
  conflicts,
  consensus_figures: figures,
};
console.log(JSON.stringify(summary));
