// The browser's search code, run by `node --test src/test/js/` (in .ci/run and from SearchScriptTest).
"use strict";
const test = require("node:test");
const assert = require("node:assert/strict");
const fs = require("node:fs");
const path = require("node:path");

const repo = path.resolve(__dirname, "..", "..", "..");
const core = require(path.join(repo, "assets", "js", "search-core.js"));
const vectors = JSON.parse(fs.readFileSync(path.join(repo, "src", "test", "resources", "search", "token-vectors.json"), "utf8"));

for (const v of vectors.tokens) {
  test("tokens of " + JSON.stringify(v.text), () => {
    assert.deepEqual(core.tokens(v.text), v.tokens);
    if (v.spans) {
      assert.deepEqual(core.spans(v.text).map((s) => [s.start, s.end]), v.spans);
    }
  });
}

test("postings decode gaps and weights, numbers of several characters included", () => {
  const v = vectors.postings;
  assert.deepEqual([...core.decodePostings(v.encoded)], v.stories);
});

test("a query needs every token; heavier and rarer tokens rank first, then newer stories", () => {
  const postings = new Map([
    ["支付", new Map([[0, 1], [3, 4], [7, 1]])],
    ["付宝", new Map([[3, 4], [7, 1], [9, 1]])],
  ]);
  assert.deepEqual(core.rank(["支付", "付宝"], postings, 10).map((r) => r.story), [3, 7]);
  assert.deepEqual(core.rank(["支付", "nowhere"], postings, 10), []);
  assert.deepEqual(core.rank([], postings, 10), []);
});

test("highlights cover a Chinese term whole and a toneless query in toned text", () => {
  const q = core.queryTokens("支付宝");
  const text = "用户在支付宝里付款";
  assert.deepEqual(core.highlights(text, q).map(([s, e]) => text.slice(s, e)), ["支付宝"]);
  const pinyin = "Alipay (Zhīfùbǎo 支付宝) opens";
  assert.deepEqual(core.highlights(pinyin, core.queryTokens("zhifubao")).map(([s, e]) => pinyin.slice(s, e)), ["Zhīfùbǎo"]);
});

test("a query's tokens are distinct, in the order typed", () => {
  assert.deepEqual(core.queryTokens("Trade trade 关税关税"), ["trade", "关税", "税关"]);
});

for (const v of vectors.indexTokens) {
  test("index tokens of " + JSON.stringify(v.text), () => {
    assert.deepEqual(core.indexTokens(v.text), v.tokens);
    if (v.spans) {
      assert.deepEqual(indexSpans(v.text), v.spans);
    }
  });
}

function indexSpans(text) {
  const out = [];
  core.scanIndexed(text, (t, s, e) => out.push([s, e]));
  return out;
}

test("pinyin syllables: one count and one answer with the bake's", () => {
  assert.equal(core.pinyinSyllables, vectors.pinyin.syllables);
  for (const w of vectors.pinyin.spelt) {
    assert.ok(core.spellsPinyin(w), w);
  }
  for (const w of vectors.pinyin.notSpelt) {
    assert.ok(!core.spellsPinyin(w), w);
  }
});

test("a token's shard and a prefix's shards come from the manifest's first tokens", () => {
  const first = vectors.shards.first;
  for (const [token, shard] of vectors.shards.tokens) {
    assert.equal(core.shardOf(token, first), shard, token);
  }
  for (const [prefix, shards] of vectors.shards.prefixes) {
    assert.deepEqual(core.shardsOfPrefix(prefix, first), shards, prefix);
  }
});

for (const v of vectors.queries) {
  test("query " + JSON.stringify(v.query), () => {
    assert.deepEqual(core.parseQuery(v.query), { tokens: v.tokens, prefix: v.prefix });
  });
}

test("a prefix gathers every word it begins, weights summed; Chinese characters never", () => {
  // "1w": story 0 (the gap from -1) with weight w
  const shards = [{ alipay: "11", alibaba: "12", al: "11" }, { alipayhk: "1A", "阿里": "11", zed: "11" }];
  assert.deepEqual([...core.prefixPostings("alip", shards)], [[0, 11]]);
  assert.deepEqual([...core.prefixPostings("al", shards)], [[0, 14]]);
});

test("a prefix query finds, and marks, the whole word; pinyin typed without spaces marks the syllables apart", () => {
  const text = "Alipay (zhī fù bǎo 支付宝) and guān shuì";
  const marks = (q) => core.highlights(text, core.parseQuery(q)).map(([s, e]) => text.slice(s, e));
  assert.deepEqual(marks("Alip"), ["Alipay"]);
  assert.deepEqual(marks("zhifubao"), ["zhī fù bǎo"]);
  assert.deepEqual(marks("guanshui"), ["guān shuì"]);
  assert.deepEqual(marks("alipay 支付宝"), ["Alipay", "支付宝"]);
});
