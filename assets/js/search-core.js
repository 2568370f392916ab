/*
 * Briefing search, the part without a page: the tokenizer (the same as briefing.search.SearchTokens in the
 * bake; src/test/resources/search/token-vectors.json holds both to it), shard keys, the postings format and
 * ranking. A plain script: in a page it sets window.BriefingSearch, under Node it is a CommonJS module.
 */
(function (root, factory) {
  "use strict";
  var api = factory();
  if (typeof module === "object" && module.exports) {
    module.exports = api;
  } else {
    root.BriefingSearch = api;
  }
})(typeof self !== "undefined" ? self : this, function () {
  "use strict";

  var HAN = /\p{Script=Han}/u;
  var LETTER_OR_DIGIT = /[\p{L}\p{Nd}]/u;
  var MARK = /\p{M}/gu;
  var folds = new Map();

  function isHan(c) {
    return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x2e80 && HAN.test(String.fromCodePoint(c)));
  }

  function isLetterOrDigit(c) {
    if (c < 0x80) {
      return (c >= 48 && c <= 57) || (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
    }
    return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
  }

  function isAsciiDigit(c) {
    return c >= 48 && c <= 57;
  }

  /** One code point folded: NFKD, lowercase, without combining marks. */
  function foldOne(cp) {
    var f = folds.get(cp);
    if (f === undefined) {
      f = String.fromCodePoint(cp).normalize("NFKD").toLowerCase().replace(MARK, "");
      folds.set(cp, f);
    }
    return f;
  }

  /** The folded code points of a text, each with the UTF-16 range of the code point it came from. */
  function fold(text) {
    var cps = [], starts = [], ends = [];
    var i = 0;
    while (i < text.length) {
      var cp = text.codePointAt(i);
      var next = i + (cp > 0xffff ? 2 : 1);
      if (cp < 0x80) {
        cps.push(cp >= 65 && cp <= 90 ? cp + 32 : cp);
        starts.push(i);
        ends.push(next);
      } else if (cp >= 0x4e00 && cp <= 0x9fff) {
        cps.push(cp);
        starts.push(i);
        ends.push(next);
      } else {
        var f = foldOne(cp);
        if (f.length === 0) {
          // a combining mark written apart belongs to the character before it
          if (ends.length > 0 && ends[ends.length - 1] === i) {
            ends[ends.length - 1] = next;
          }
        } else {
          for (var ch of f) {
            cps.push(ch.codePointAt(0));
            starts.push(i);
            ends.push(next);
          }
        }
      }
      i = next;
    }
    return { cps: cps, starts: starts, ends: ends };
  }

  /** Calls sink(token, start, end) for every token of the text, in order. */
  function scan(text, sink) {
    var folded = fold(text);
    var cps = folded.cps, starts = folded.starts, ends = folded.ends;
    var n = cps.length;
    var i = 0;
    while (i < n) {
      var c = cps[i];
      var j;
      if (isHan(c)) {
        j = i;
        while (j < n && isHan(cps[j])) {
          j++;
        }
        if (j - i === 1) {
          sink(String.fromCodePoint(c), starts[i], ends[i]);
        } else {
          for (var k = i; k + 1 < j; k++) {
            sink(String.fromCodePoint(cps[k], cps[k + 1]), starts[k], ends[k + 1]);
          }
        }
        i = j;
      } else if (isLetterOrDigit(c)) {
        var word = "";
        j = i;
        while (j < n) {
          var d = cps[j];
          if (isLetterOrDigit(d) && !isHan(d)) {
            word += String.fromCodePoint(d);
            j++;
          } else if ((d === 46 || d === 44) && j + 1 < n && isAsciiDigit(cps[j - 1]) && isAsciiDigit(cps[j + 1])) {
            if (d === 46) {
              word += ".";
            }
            j++;
          } else {
            break;
          }
        }
        sink(word, starts[i], ends[j - 1]);
        i = j;
      } else {
        i++;
      }
    }
  }

  function tokens(text) {
    var out = [];
    scan(text, function (t) { out.push(t); });
    return out;
  }

  function spans(text) {
    var out = [];
    scan(text, function (t, s, e) { out.push({ token: t, start: s, end: e }); });
    return out;
  }

  var encoder = new TextEncoder();

  /** FNV-1a, 32 bits, of the token's UTF-8 bytes, unsigned (briefing.search.ShardKey). */
  function fnv1a(token) {
    var h = 0x811c9dc5;
    var bytes = encoder.encode(token);
    for (var i = 0; i < bytes.length; i++) {
      h ^= bytes[i];
      h = Math.imul(h, 0x01000193);
    }
    return h >>> 0;
  }

  function shardOf(token, shards) {
    return fnv1a(token) % shards;
  }

  var DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz-_";

  /** A token's postings (briefing.search.Postings) as a Map of story number to weight. */
  function decodePostings(text) {
    var out = new Map();
    var values = [];
    var value = 0, shift = 0;
    for (var i = 0; i < text.length; i++) {
      var d = DIGITS.indexOf(text[i]);
      if (d < 0) {
        throw new Error("not a postings character: " + text[i]);
      }
      value += (d & 31) * Math.pow(2, shift);
      if (d & 32) {
        shift += 5;
      } else {
        values.push(value);
        value = 0;
        shift = 0;
      }
    }
    var story = -1;
    for (var k = 0; k + 1 < values.length; k += 2) {
      story += values[k];
      out.set(story, values[k + 1]);
    }
    return out;
  }

  /** The distinct tokens of a query, in the order first seen. */
  function queryTokens(query) {
    return Array.from(new Set(tokens(query)));
  }

  /**
   * Stories holding every token of the query, best first: the sum over tokens of weight × idf, where
   * idf = ln(1 + stories / stories holding the token); equal scores newest (lowest number) first.
   * postingsByToken: Map token -> Map story -> weight (a missing token matches nothing).
   */
  function rank(tokenList, postingsByToken, totalStories) {
    if (tokenList.length === 0) {
      return [];
    }
    var lists = tokenList.map(function (t) { return postingsByToken.get(t) || new Map(); });
    var smallest = lists.reduce(function (a, b) { return a.size <= b.size ? a : b; });
    var results = [];
    smallest.forEach(function (unused, story) {
      var score = 0;
      for (var i = 0; i < lists.length; i++) {
        var w = lists[i].get(story);
        if (w === undefined) {
          return;
        }
        score += w * Math.log(1 + totalStories / lists[i].size);
      }
      results.push({ story: story, score: score });
    });
    results.sort(function (a, b) { return b.score - a.score || a.story - b.story; });
    return results;
  }

  /** The ranges [start, end) of a text that hold tokens of the query, merged where they touch or overlap. */
  function highlights(text, tokenList) {
    var wanted = new Set(tokenList);
    var ranges = [];
    scan(text, function (t, s, e) {
      if (!wanted.has(t)) {
        return;
      }
      var last = ranges[ranges.length - 1];
      if (last && s <= last[1]) {
        last[1] = Math.max(last[1], e);
      } else {
        ranges.push([s, e]);
      }
    });
    return ranges;
  }

  return {
    tokens: tokens,
    spans: spans,
    fnv1a: fnv1a,
    shardOf: shardOf,
    decodePostings: decodePostings,
    queryTokens: queryTokens,
    rank: rank,
    highlights: highlights
  };
});
