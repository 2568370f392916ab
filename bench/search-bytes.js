// What a first query fetches from a baked site's search index, as assets/js/search.js fetches it:
// the manifest, the token shards of its words (and of its last word's prefix), the story files of the
// first ten results. Usage: node bench/search-bytes.js OUTPUT_FOLDER "query" ["query"…]
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const core = require(path.join(__dirname, "..", "assets", "js", "search-core.js"));

const folder = path.join(process.argv[2], "search");
const read = (file) => fs.readFileSync(path.join(folder, file));
const manifestBytes = read("manifest.json");
const manifest = JSON.parse(manifestBytes);
let total = 0, largest = 0, shardBytes = 0, storyBytes = 0;
for (const sub of ["t", "d"]) {
  for (const f of fs.readdirSync(path.join(folder, sub))) {
    const size = fs.statSync(path.join(folder, sub, f)).size;
    total += size;
    if (sub === "t") { shardBytes += size; largest = Math.max(largest, size); } else { storyBytes += size; }
  }
}
total += manifestBytes.length;
console.log(`index: ${total} bytes (${manifest.shards} shards, ${shardBytes} bytes, the largest ${largest}; story files ${storyBytes} bytes; manifest ${manifestBytes.length})`);
for (const query of process.argv.slice(3)) {
  const terms = core.parseQuery(query);
  const exact = terms.tokens.map((t) => core.shardOf(t, manifest.first));
  const prefix = terms.prefix === null ? [] : core.shardsOfPrefix(terms.prefix, manifest.first);
  const shards = [...new Set(exact.concat(prefix))];
  let bytes = manifestBytes.length;
  const loaded = new Map();
  for (const s of shards) {
    const b = read(`t/${s}.json`);
    bytes += b.length;
    loaded.set(s, JSON.parse(b));
  }
  const postings = new Map();
  const keys = terms.tokens.slice();
  terms.tokens.forEach((t) => {
    const shard = loaded.get(core.shardOf(t, manifest.first));
    if (Object.prototype.hasOwnProperty.call(shard, t)) postings.set(t, core.decodePostings(shard[t]));
  });
  if (terms.prefix !== null) {
    keys.push("*" + terms.prefix);
    postings.set("*" + terms.prefix, core.prefixPostings(terms.prefix, prefix.map((s) => loaded.get(s))));
  }
  const results = core.rank(keys, postings, manifest.stories);
  const files = [...new Set(results.slice(0, 10).map((r) => Math.floor(r.story / manifest.chunk)))];
  for (const f of files) bytes += read(`d/${f}.json`).length;
  console.log(`${JSON.stringify(query)}: ${results.length} stories, ${1 + shards.length + files.length} files, ${bytes} bytes`);
}
