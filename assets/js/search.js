/*
 * The /search/ page: reads ?q=, fetches the index's manifest and only the shards and story files the query
 * needs (addresses relative to this page, so the site works at a domain's root or under a path), ranks with
 * search-core.js, and shows each result's title, date, issue and excerpt with the matches marked. Story text
 * only ever goes into the page as text nodes.
 */
(function () {
  "use strict";
  var core = window.BriefingSearch;
  var PAGE = 10;
  var form = document.getElementById("search-form");
  var input = document.getElementById("search-q");
  var status = document.getElementById("search-status");
  var list = document.getElementById("search-results");
  var more = document.getElementById("search-more");
  if (!core || !form || !input || !status || !list || !more) {
    return;
  }
  var here = new URL(".", window.location.href); // the search page's folder: the index lives beside it
  var siteRoot = new URL("..", here);
  var manifest = null;
  var cache = new Map(); // address -> promise of parsed JSON
  var current = null; // { results, shown, query }
  var dateFormat = new Intl.DateTimeFormat("en", { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" });

  function fetchJson(path) {
    var url = new URL(path, here);
    if (manifest) {
      url.searchParams.set("v", manifest.version);
    }
    var key = url.href;
    if (!cache.has(key)) {
      cache.set(key, fetch(url.href).then(function (response) {
        if (!response.ok) {
          throw new Error(path + ": " + response.status);
        }
        return response.json();
      }).catch(function (error) {
        cache.delete(key);
        throw error;
      }));
    }
    return cache.get(key);
  }

  function loadManifest() {
    if (manifest) {
      return Promise.resolve(manifest);
    }
    return fetchJson("manifest.json").then(function (m) {
      manifest = m;
      return m;
    });
  }

  function longDate(iso) {
    var parts = iso.split("-").map(Number);
    return dateFormat.format(new Date(Date.UTC(parts[0], parts[1] - 1, parts[2])));
  }

  /** A text with the ranges holding what the query found wrapped in <mark>, built from text nodes only. */
  function marked(parent, text, terms) {
    var at = 0;
    core.highlights(text, terms).forEach(function (range) {
      parent.appendChild(document.createTextNode(text.slice(at, range[0])));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(range[0], range[1]);
      parent.appendChild(mark);
      at = range[1];
    });
    parent.appendChild(document.createTextNode(text.slice(at)));
    return parent;
  }

  function item(story, terms) {
    // story: [address, title, date, issue date, issue address, excerpt]
    var li = document.createElement("li");
    var heading = document.createElement("h2");
    var link = document.createElement("a");
    link.href = new URL(story[0], siteRoot).href;
    heading.appendChild(marked(link, story[1], terms));
    li.appendChild(heading);
    var meta = document.createElement("p");
    meta.className = "meta";
    var time = document.createElement("time");
    time.dateTime = story[2];
    time.textContent = longDate(story[2]);
    meta.appendChild(time);
    meta.appendChild(document.createTextNode(" · "));
    var issue = document.createElement("a");
    issue.href = new URL(story[4], siteRoot).href;
    issue.textContent = "Issue of " + longDate(story[3]);
    meta.appendChild(issue);
    li.appendChild(meta);
    if (story[5]) {
      li.appendChild(marked(document.createElement("p"), story[5], terms));
    }
    return li;
  }

  function showMore() {
    var run = current;
    var page = run.results.slice(run.shown, run.shown + PAGE);
    var chunk = manifest.chunk;
    var files = Array.from(new Set(page.map(function (r) { return Math.floor(r.story / chunk); })));
    return Promise.all(files.map(function (n) { return fetchJson("d/" + n + ".json"); })).then(function (chunks) {
      if (run !== current) {
        return;
      }
      var byFile = new Map();
      files.forEach(function (n, i) { byFile.set(n, chunks[i]); });
      page.forEach(function (r) {
        list.appendChild(item(byFile.get(Math.floor(r.story / chunk))[r.story % chunk], run.terms));
      });
      run.shown += page.length;
      more.hidden = run.shown >= run.results.length;
    });
  }

  function search(query) {
    var terms = core.parseQuery(query);
    var run = { query: query, terms: terms, results: [], shown: 0 };
    current = run;
    list.textContent = "";
    more.hidden = true;
    if (terms.tokens.length === 0 && terms.prefix === null) {
      status.textContent = query.trim() ? "Type a word: letters, digits or Chinese characters." : "";
      return Promise.resolve();
    }
    status.textContent = "Searching…";
    return loadManifest().then(function (m) {
      var wanted = terms.tokens.map(function (t) { return core.shardOf(t, m.first); });
      var prefixShards = terms.prefix === null ? [] : core.shardsOfPrefix(terms.prefix, m.first);
      var shards = Array.from(new Set(wanted.concat(prefixShards)));
      return Promise.all(shards.map(function (s) { return fetchJson("t/" + s + ".json"); })).then(function (loaded) {
        var byShard = new Map();
        shards.forEach(function (s, i) { byShard.set(s, loaded[i]); });
        var postings = new Map();
        var keys = terms.tokens.slice();
        terms.tokens.forEach(function (t) {
          var shard = byShard.get(core.shardOf(t, m.first));
          if (Object.prototype.hasOwnProperty.call(shard, t)) {
            postings.set(t, core.decodePostings(shard[t]));
          }
        });
        if (terms.prefix !== null) {
          keys.push("*" + terms.prefix); // no token holds a "*"
          postings.set("*" + terms.prefix, core.prefixPostings(terms.prefix, prefixShards.map(function (s) { return byShard.get(s); })));
        }
        return core.rank(keys, postings, m.stories);
      });
    }).then(function (results) {
      if (run !== current) {
        return;
      }
      run.results = results;
      return showMore().then(function () {
        // announced once the first results are on the page
        var n = results.length;
        if (run === current) {
          status.textContent = n === 0 ? "No stories found for “" + query + "”."
            : n + (n === 1 ? " story" : " stories") + " found for “" + query + "”.";
        }
      });
    }).catch(function (error) {
      if (run === current) {
        status.textContent = "The search index could not be loaded (" + error.message + "). Try again later.";
      }
    });
  }

  form.addEventListener("submit", function (event) {
    event.preventDefault();
    var query = input.value;
    var url = new URL(window.location.href);
    url.searchParams.set("q", query);
    window.history.pushState(null, "", url.href);
    search(query);
  });
  more.addEventListener("click", function () {
    showMore();
  });
  function fromAddress() {
    var query = new URLSearchParams(window.location.search).get("q") || "";
    input.value = query;
    search(query);
  }
  window.addEventListener("popstate", fromAddress);
  fromAddress();
})();
