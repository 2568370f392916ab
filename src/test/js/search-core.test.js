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

for (const v of vectors.fnv1a) {
  test("FNV-1a of " + JSON.stringify(v.token), () => {
    assert.equal(core.fnv1a(v.token), v.hash);
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
