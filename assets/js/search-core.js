/*
 * Briefing search, the part without a page: the tokenizer (the same as briefing.search.SearchTokens in the
 * bake; src/test/resources/search/token-vectors.json holds both to it), the joined pinyin the index holds,
 * shard ranges, the query's prefix, the postings format and ranking. A plain script: in a page it sets window.BriefingSearch, under Node it is a CommonJS module.
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

  /* Pinyin syllables, folded (briefing.search.PinyinSyllables): toned pinyin written apart is indexed joined too. */
  var PINYIN = new Set("a ai an ang ao ba bai ban bang bao bei ben beng bi bian biao bie bin bing bo bu ca cai can cang cao ce cen ceng cha chai chan chang chao che chen cheng chi chong chou chu chua chuai chuan chuang chui chun chuo ci cong cou cu cuan cui cun cuo da dai dan dang dao de dei den deng di dia dian diao die ding diu dong dou du duan dui dun duo e ei en eng er fa fan fang fei fen feng fo fou fu ga gai gan gang gao ge gei gen geng gong gou gu gua guai guan guang gui gun guo ha hai han hang hao he hei hen heng hong hou hu hua huai huan huang hui hun huo ji jia jian jiang jiao jie jin jing jiong jiu ju juan jue jun ka kai kan kang kao ke kei ken keng kong kou ku kua kuai kuan kuang kui kun kuo la lai lan lang lao le lei leng li lia lian liang liao lie lin ling liu lo long lou lu luan lue lun luo ma mai man mang mao me mei men meng mi mian miao mie min ming miu mo mou mu na nai nan nang nao ne nei nen neng ni nian niang niao nie nin ning niu nong nou nu nuan nue nun nuo o ou pa pai pan pang pao pei pen peng pi pian piao pie pin ping po pou pu qi qia qian qiang qiao qie qin qing qiong qiu qu quan que qun ra ran rang rao re ren reng ri rong rou ru rua ruan rui run ruo sa sai san sang sao se sen seng sha shai shan shang shao she shei shen sheng shi shou shu shua shuai shuan shuang shui shun shuo si song sou su suan sui sun suo ta tai tan tang tao te teng ti tian tiao tie ting tong tou tu tuan tui tun tuo wa wai wan wang wei wen weng wo wu xi xia xian xiang xiao xie xin xing xiong xiu xu xuan xue xun ya yan yang yao ye yi yin ying yo yong you yu yuan yue yun za zai zan zang zao ze zei zen zeng zha zhai zhan zhang zhao zhe zhei zhen zheng zhi zhong zhou zhu zhua zhuai zhuan zhuang zhui zhun zhuo zi zong zou zu zuan zui zun zuo".split(" "));
  var LONGEST_RUN = 4;
  var TONE = /[\u0300\u0301\u0304\u030c]/;
  var SEPARATORS = /^[ \t\n\u00a0\-'\u2019]*$/;

  /** Whether a folded word is one or more pinyin syllables written together. */
  function spellsPinyin(word) {
    var n = word.length;
    if (n === 0 || n > 40) {
      return false;
    }
    var reach = [true];
    for (var i = 0; i < n; i++) {
      if (!reach[i]) {
        continue;
      }
      for (var j = i + 1; j <= Math.min(n, i + 6); j++) {
        if (!reach[j] && PINYIN.has(word.slice(i, j))) {
          reach[j] = true;
        }
      }
    }
    return reach[n] === true;
  }

  function isPinyin(token, text, start, end) {
    var original = text.slice(start, end);
    return /^[a-z]+$/.test(token) && !/^[\x00-\x7f]*$/.test(original) && TONE.test(original.normalize("NFD"))
      && spellsPinyin(token);
  }

  /**
   * Calls sink(token, start, end) for every token the index holds for the text (briefing.search.PinyinRuns):
   * the tokenizer's, and toned pinyin syllables written apart joined, two to four words at a time.
   */
  function scanIndexed(text, sink) {
    var run = [], lastEnd = -1;
    scan(text, function (token, start, end) {
      sink(token, start, end);
      if (!isPinyin(token, text, start, end)) {
        run = [];
        return;
      }
      if (run.length > 0 && !SEPARATORS.test(text.slice(lastEnd, start))) {
        run = [];
      }
      var joined = token;
      for (var k = run.length - 1; k >= 0; k--) {
        joined = run[k].token + joined;
        sink(joined, run[k].start, end);
      }
      run.push({ token: token, start: start });
      if (run.length > LONGEST_RUN - 1) {
        run.shift();
      }
      lastEnd = end;
    });
  }

  function indexTokens(text) {
    var out = [];
    scanIndexed(text, function (t) { out.push(t); });
    return out;
  }

  /**
   * The shard of a token (briefing.search.ShardRanges): how many of the manifest's first tokens (sorted)
   * are at or before it.
   */
  function shardOf(token, first) {
    var lo = 0, hi = first.length;
    while (lo < hi) {
      var mid = (lo + hi) >>> 1;
      if (first[mid] <= token) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }

  /** The shards that hold the words a prefix begins: from the prefix's own to that of the last word it can begin. */
  function shardsOfPrefix(prefix, first) {
    var out = [];
    for (var s = shardOf(prefix, first), last = shardOf(prefix + "\uffff", first); s <= last; s++) {
      out.push(s);
    }
    return out;
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

  var MIN_PREFIX = 2;

  function beginsWith(token, prefix) {
    return token.length >= prefix.length && token.slice(0, prefix.length) === prefix && !isHan(token.codePointAt(0));
  }

  /**
   * What a query asks for: tokens every story must hold, and the prefix its last word is (letters and digits,
   * two or more of them, not Chinese characters), which some word of each story must begin: "Alip" finds
   * Alipay, "trade wa" trade war.
   */
  function parseQuery(query) {
    var list = tokens(query);
    var last = list.length > 0 ? list[list.length - 1] : null;
    var prefix = null;
    if (last !== null && !isHan(last.codePointAt(0)) && last.length >= MIN_PREFIX) {
      prefix = last;
      list = list.slice(0, -1);
    }
    return { tokens: Array.from(new Set(list)), prefix: prefix };
  }

  /**
   * The postings of every word of the loaded shards that the prefix begins, merged: a story's weight is the
   * sum of its words' (at most 255). shards: parsed shard objects (token -> postings text).
   */
  function prefixPostings(prefix, shards) {
    var out = new Map();
    shards.forEach(function (shard) {
      Object.keys(shard).forEach(function (token) {
        if (beginsWith(token, prefix)) {
          decodePostings(shard[token]).forEach(function (w, story) {
            out.set(story, Math.min(255, (out.get(story) || 0) + w));
          });
        }
      });
    });
    return out;
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

  /**
   * The ranges [start, end) of a text that hold what the query asks for (a parsed query, or a list of tokens),
   * merged where they touch or overlap; a query's joined pinyin marks the syllables written apart.
   */
  function highlights(text, query) {
    var terms = Array.isArray(query) ? { tokens: query, prefix: null } : query;
    var wanted = new Set(terms.tokens);
    var prefix = terms.prefix;
    var ranges = [];
    scanIndexed(text, function (t, s, e) {
      if (!wanted.has(t) && !(prefix !== null && beginsWith(t, prefix))) {
        return;
      }
      while (ranges.length > 0 && ranges[ranges.length - 1][0] >= s) { // a joined run takes in its syllables
        e = Math.max(e, ranges.pop()[1]);
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
    indexTokens: indexTokens,
    spellsPinyin: spellsPinyin,
    pinyinSyllables: PINYIN.size,
    shardOf: shardOf,
    shardsOfPrefix: shardsOfPrefix,
    parseQuery: parseQuery,
    prefixPostings: prefixPostings,
    scanIndexed: scanIndexed,
    decodePostings: decodePostings,
    queryTokens: queryTokens,
    rank: rank,
    highlights: highlights
  };
});
