/* The site's search worker: Material's own worker, loaded at the end unchanged, with one
   listener of its own registered first, which gives each query the analysis the index's
   text had, before Material's listener searches it. pytorch_notes/search.py publishes this
   file as assets/javascripts/workers/search-notes.js, naming Material's worker below, and
   docs/theme/main.html points Material at it (README, "Search").

   Why: readers type "detach和clone的区别" or "权重衰减", API names and Chinese words run
   together with no space, and Material's worker cuts a query's Chinese with the index's
   words but never considers a word that ends the query (its segment(): `j < query.length`),
   so the last word is lost or cut short; and it searches common words too ("how to freeze",
   each word a prefix: "to*" matches every "torch").

   What a query becomes, word by word, as the index was made:
   * cut where the separator of the index cuts (mkdocs.yml, search.separator), and between
     Latin and Chinese characters;
   * Chinese: the longest words of the index first (the words jieba cut the pages into at
     build time, read from the index itself), and what none of them covers in the words of
     the browser's own segmenter (Intl.Segmenter, "zh");
   * common words left out (lunr's stop word lists, English and the index's language), and
     the site's subject (pytorch, torch);
   * a Chinese word written with each character escaped (\权\重), lunr's query syntax for a
     literal character: Material's segmenter then sees single characters and leaves them,
     and lunr reads the word whole. Material adds its trailing * to each word, as before.
   A word with a lunr modifier (+word, -word) stays as the reader wrote it; a command-line flag
   (--local-rank) is words like any other. */
"use strict";
(function () {
  var SETUP = 0, QUERY = 2; // Material's SearchMessageType: the messages its worker receives
  var words = new Set(); // the index's Chinese words
  var longest = 1;
  var separator = /[\s\-]+/;
  var lang = "en";
  var HAN = /\p{Script=Han}/u;
  var RUNS = /\p{Script=Han}+|[^\p{Script=Han}]+/gu;
  var segmenter = self.Intl && Intl.Segmenter ? new Intl.Segmenter("zh", { granularity: "word" }) : null;

  function learn(index) {
    separator = new RegExp(index.config.separator);
    lang = index.config.lang[0] || "en";
    index.docs.forEach(function (doc) {
      [doc.title, doc.text].join(" ").replace(/<[^>]*>/g, " ").split(separator).forEach(function (word) {
        if (word && HAN.test(word) && !/[^\p{Script=Han}]/u.test(word)) {
          words.add(word);
          if (word.length > longest) longest = Math.min(word.length, 12);
        }
      });
    });
  }

  /* A run of Chinese characters -> words: the index's longest first, the rest by Intl.Segmenter. */
  function cutHan(run) {
    var out = [], unknown = "";
    function flush() {
      if (!unknown) return;
      if (segmenter) Array.from(segmenter.segment(unknown)).forEach(function (s) { out.push(s.segment); });
      else out.push(unknown);
      unknown = "";
    }
    for (var p = 0; p < run.length;) {
      var q = Math.min(run.length, p + longest);
      while (q > p + 1 && !words.has(run.slice(p, q))) q--;
      if (q > p + 1 || words.has(run[p])) {
        flush();
        out.push(run.slice(p, q));
        p = q;
      } else {
        unknown += run[p];
        p += 1;
      }
    }
    flush();
    return out;
  }

  /* The word, or "" for a common word of English or of the index's language, or a name of
     the site's subject: "pytorch" and "torch" tell no section from another, and a question
     that adds them ("calculate accuracy pytorch") ranked first the sections that happen to
     say them. A query of such words only is searched as typed (analyse()). */
  var SUBJECT = new Set(["pytorch", "torch"]);
  function kept(word) {
    var lower = word.toLowerCase();
    if (SUBJECT.has(lower)) return "";
    var stop = [self.lunr && lunr.stopWordFilter, self.lunr && lunr[lang] && lunr[lang].stopWordFilter];
    return stop.some(function (filter) { return filter && filter(lower) === undefined; }) ? "" : word;
  }

  function analyse(query) {
    var out = [];
    query.split(/\s+/).forEach(function (part) {
      if (!part) return;
      if (/^[+\-][^\s+\-]/.test(part)) { out.push(part); return; } // lunr's modifiers: +word, -word
      (part.match(RUNS) || []).forEach(function (run) {
        if (HAN.test(run)) {
          cutHan(run).forEach(function (word) {
            if (kept(word)) out.push(word.replace(/./gu, "\\$&"));
          });
        } else {
          run.split(separator).forEach(function (word) {
            if (word && kept(word)) out.push(word);
          });
        }
      });
    });
    return out.length ? out.join(" ") : query;
  }

  self.addEventListener("message", function (ev) {
    var message = ev.data;
    if (message && message.type === SETUP && message.data && message.data.docs) learn(message.data);
    else if (message && message.type === QUERY && typeof message.data === "string") message.data = analyse(message.data);
  });
})();

/* Material's worker, unchanged, from the folder this file is in (under file://, Material's
   iframe-worker runs this file as a script of a frame, whose own address is the page's). */
importScripts(new URL("__MATERIAL_WORKER__", self.document && document.currentScript
  ? document.currentScript.src : self.location.href).href);
