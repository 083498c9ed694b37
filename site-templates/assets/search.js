// Site search. The index is a set of scripts under search/ that each call
// playbookSearch.add: script elements rather than fetch, so search also works from file://.
// Nothing loads until the search box is used. The first file (titles, headings, reps,
// meeting series) gives the first results; the others (customers, then the pages' text)
// refine them as they arrive. Text is folded as TextFolding.fold folds it in Swift, so
// "hop tong ket" finds "Họp tổng kết".
(function () {
  "use strict";

  var MAX_RESULTS = 20;
  var SNIPPET_LENGTH = 160;
  var SNIPPET_LEAD = 40;
  // A word found in a title counts more than in a heading, and a heading more than text;
  // a whole word more than the start of one, and that more than the inside of one.
  var FIELD_WEIGHT = { title: 4, heading: 3, text: 1 };
  var MATCH_WEIGHT = { word: 3, prefix: 2, inside: 1 };

  var entries = [];
  var partCount = 0;
  var partsSettled = 0;
  var loadStarted = false;
  var loadFailed = false;
  var pending = null;
  var selected = -1;
  var form, input, panel, status, list, root;

  function fold(text) {
    return text.normalize("NFD").replace(/[\p{Mn}\p{Me}]/gu, "").replace(/[đĐ]/g, "d").toLowerCase();
  }

  // The anchor a heading gets when the index leaves it out, as AnchorAllocator makes it.
  function slug(text) {
    return fold(text).replace(/[^a-z0-9]+/g, "-").replace(/^-|-$/g, "");
  }

  // The folded text with, for each of its positions, the position in the original text,
  // so that a match in folded text can be marked in the text as written.
  function foldWithPositions(text) {
    var folded = "";
    var positions = [];
    for (var index = 0; index < text.length;) {
      var character = String.fromCodePoint(text.codePointAt(index));
      var piece = fold(character);
      for (var offset = 0; offset < piece.length; offset++) { positions.push(index); }
      folded += piece;
      index += character.length;
    }
    positions.push(text.length);
    return { folded: folded, positions: positions };
  }

  // An entry is [path, title, headings, label, texts]; see SearchIndexScript.swift.
  function addEntry(fields) {
    var target = fields[0].split("#");
    var label = fields[3] || "";
    var entry = {
      href: root + (target[0] ? target[0] + "/" : "") + "index.html",
      title: fields[1],
      foldedTitle: fold(fields[1]),
      sections: [{ heading: label, foldedHeading: fold(label), anchor: target[1] || "" }]
    };
    fields[2].forEach(function (heading) {
      var text = typeof heading === "string" ? heading : heading[0];
      var anchor = typeof heading === "string" ? slug(heading) : heading[1];
      entry.sections.push({ heading: text, foldedHeading: fold(text), anchor: anchor });
    });
    entries.push(entry);
    if (fields[4]) { addTexts(entry, fields[4]); }
  }

  function addTexts(entry, texts) {
    texts.forEach(function (text, index) {
      var section = entry.sections[index];
      if (section) {
        section.text = text;
        section.foldedText = fold(text);
      }
    });
  }

  window.playbookSearch = {
    fold: fold,
    slug: slug,
    add: function (part) {
      (part.entries || []).forEach(addEntry);
      (part.texts || []).forEach(function (pair) { addTexts(entries[pair[0]], pair[1]); });
      if (part.part === 0) { partCount = part.parts; }
    }
  };

  function loadPart(number, loaded) {
    var script = document.createElement("script");
    script.src = root + "search/index-" + number + ".js";
    script.onload = function () {
      partsSettled += 1;
      if (loaded) { loaded(); } else { schedule(); }
    };
    script.onerror = function () {
      partsSettled += 1;
      loadFailed = true;
      schedule();
    };
    document.head.appendChild(script);
  }

  function loadIndex() {
    if (loadStarted) { return; }
    loadStarted = true;
    // The first results come from the first file alone, before the rest is asked for.
    loadPart(0, function () {
      search();
      for (var number = 1; number < partCount; number++) { loadPart(number); }
    });
  }

  // A query word holds letters and digits only (see search), so it stands in a pattern as is.
  function matcher(word) {
    var start = "(?:^|[^\\p{L}\\p{N}])" + word;
    return { word: word, whole: new RegExp(start + "(?![\\p{L}\\p{N}])", "u"), prefix: new RegExp(start, "u") };
  }

  function matchWeight(folded, match) {
    if (!folded || folded.indexOf(match.word) === -1) { return 0; }
    if (match.whole.test(folded)) { return MATCH_WEIGHT.word; }
    return match.prefix.test(folded) ? MATCH_WEIGHT.prefix : MATCH_WEIGHT.inside;
  }

  // The score of one section of an entry, or 0 unless every word is found in it (its text,
  // its heading or the entry's title).
  function sectionScore(entry, section, matches) {
    var score = 0;
    for (var index = 0; index < matches.length; index++) {
      var best = Math.max(
        FIELD_WEIGHT.title * matchWeight(entry.foldedTitle, matches[index]),
        FIELD_WEIGHT.heading * matchWeight(section.foldedHeading, matches[index]),
        FIELD_WEIGHT.text * matchWeight(section.foldedText, matches[index]));
      if (!best) { return 0; }
      score += best;
    }
    return score;
  }

  // One result per entry: its best section, the first of equals (the page itself when
  // only its title matched).
  function results(words) {
    var matches = words.map(matcher);
    var found = [];
    entries.forEach(function (entry) {
      var best = null;
      entry.sections.forEach(function (section) {
        var score = sectionScore(entry, section, matches);
        if (score && (!best || score > best.score)) { best = { entry: entry, section: section, score: score }; }
      });
      if (best) { found.push(best); }
    });
    found.sort(function (a, b) { return b.score - a.score; });
    return found.slice(0, MAX_RESULTS);
  }

  // Where `word` matches in `folded`, at the best kind of match found: whole words when
  // there are any, else starts of words, else anywhere.
  function bestMatches(folded, word) {
    var whole = [];
    var prefix = [];
    var inside = [];
    for (var at = folded.indexOf(word); at !== -1; at = folded.indexOf(word, at + word.length)) {
      var startsWord = at === 0 || !/[\p{L}\p{N}]/u.test(folded.charAt(at - 1));
      var endsWord = !/[\p{L}\p{N}]/u.test(folded.charAt(at + word.length));
      (startsWord ? (endsWord ? whole : prefix) : inside).push(at);
    }
    return whole.length ? whole : prefix.length ? prefix : inside;
  }

  // `text` as text nodes, with each place a word matches in a <mark>. Built with DOM
  // calls only: index text comes from content and the CRM and is never parsed as HTML.
  function marked(text, words) {
    var mapped = foldWithPositions(text);
    var ranges = [];
    words.forEach(function (word) {
      bestMatches(mapped.folded, word).forEach(function (at) {
        ranges.push([mapped.positions[at], mapped.positions[at + word.length]]);
      });
    });
    ranges.sort(function (a, b) { return a[0] - b[0]; });
    var fragment = document.createDocumentFragment();
    var written = 0;
    ranges.forEach(function (range) {
      if (range[1] <= written) { return; }
      var start = Math.max(range[0], written);
      fragment.appendChild(document.createTextNode(text.slice(written, start)));
      var mark = document.createElement("mark");
      mark.textContent = text.slice(start, range[1]);
      fragment.appendChild(mark);
      written = range[1];
    });
    fragment.appendChild(document.createTextNode(text.slice(written)));
    return fragment;
  }

  // About SNIPPET_LENGTH characters of the text around its first match, cut at spaces.
  function snippetText(text, words) {
    var mapped = foldWithPositions(text);
    var first = -1;
    words.forEach(function (word) {
      var at = bestMatches(mapped.folded, word)[0];
      if (at !== undefined && (first === -1 || at < first)) { first = at; }
    });
    var start = first === -1 ? 0 : Math.max(0, mapped.positions[first] - SNIPPET_LEAD);
    if (start > 0) { start = text.indexOf(" ", start) + 1; }
    var end = start + SNIPPET_LENGTH;
    if (end < text.length) { end = Math.max(text.lastIndexOf(" ", end), start + 1); }
    return (start > 0 ? "… " : "") + text.slice(start, end) + (end < text.length ? " …" : "");
  }

  function line(className, text, words) {
    var span = document.createElement("span");
    span.className = className;
    span.appendChild(marked(text, words));
    return span;
  }

  function resultItem(result, index, words) {
    var section = result.section;
    var link = document.createElement("a");
    link.href = result.entry.href + (section.anchor ? "#" + section.anchor : "");
    link.tabIndex = -1;
    link.appendChild(line("search-title", result.entry.title, words));
    if (section.heading) { link.appendChild(line("search-heading", section.heading, words)); }
    if (section.text) { link.appendChild(line("search-snippet", snippetText(section.text, words), words)); }
    var item = document.createElement("li");
    item.id = "search-result-" + index;
    item.setAttribute("role", "option");
    item.setAttribute("aria-selected", "false");
    item.appendChild(link);
    return item;
  }

  function statusText(count) {
    var message = function (name) { return form.getAttribute("data-" + name).replace("{count}", String(count)); };
    if (!partCount) { return message(loadFailed ? "failed" : "loading"); }
    if (partsSettled < partCount) { return message("partial"); }
    if (loadFailed) { return message("failed"); }
    return count ? message("count") : message("empty");
  }

  function search() {
    pending = null;
    var words = fold(input.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    var selectedHref = selected >= 0 ? list.children[selected].firstChild.href : null;
    list.textContent = "";
    selected = -1;
    input.removeAttribute("aria-activedescendant");
    if (!words.length) {
      status.textContent = "";
      panel.hidden = true;
      input.setAttribute("aria-expanded", "false");
      return;
    }
    var found = results(words);
    found.forEach(function (result, index) {
      var item = resultItem(result, index, words);
      list.appendChild(item);
      if (item.firstChild.href === selectedHref) { select(index); }
    });
    status.textContent = statusText(found.length);
    panel.hidden = false;
    input.setAttribute("aria-expanded", found.length ? "true" : "false");
  }

  function schedule() {
    if (pending === null) { pending = setTimeout(search, 30); }
  }

  function select(index) {
    Array.prototype.forEach.call(list.children, function (item, position) {
      item.setAttribute("aria-selected", position === index ? "true" : "false");
    });
    selected = index;
    var item = list.children[index];
    input.setAttribute("aria-activedescendant", item.id);
    item.scrollIntoView({ block: "nearest" });
  }

  function move(step) {
    var count = list.children.length;
    if (!count) { return; }
    if (selected === -1) {
      select(step > 0 ? 0 : count - 1);
    } else {
      select((selected + step + count) % count);
    }
  }

  function isTypingIn(element) {
    return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
  }

  function onInputKey(event) {
    if (event.key === "ArrowDown" || event.key === "ArrowUp") {
      event.preventDefault();
      move(event.key === "ArrowDown" ? 1 : -1);
    } else if (event.key === "Enter") {
      event.preventDefault();
      var item = list.children[Math.max(selected, 0)];
      if (item) { window.location.href = item.firstChild.href; }
    } else if (event.key === "Escape") {
      event.preventDefault();
      if (input.value) {
        input.value = "";
        search();
      } else {
        input.blur();
      }
    }
  }

  function start() {
    form = document.querySelector("form.site-search");
    if (!form) { return; }
    root = form.getAttribute("data-root") || "";
    input = form.querySelector("#search-input");
    panel = form.querySelector(".search-panel");
    status = form.querySelector("#search-status");
    list = form.querySelector("#search-results");
    form.hidden = false;
    form.addEventListener("submit", function (event) { event.preventDefault(); });
    input.addEventListener("focus", function () {
      loadIndex();
      if (input.value) { panel.hidden = false; }
    });
    input.addEventListener("input", function () {
      loadIndex();
      schedule();
    });
    input.addEventListener("keydown", onInputKey);
    document.addEventListener("keydown", function (event) {
      if (event.key !== "/" || event.ctrlKey || event.metaKey || event.altKey || isTypingIn(event.target)) { return; }
      event.preventDefault();
      input.focus();
      input.select();
    });
    document.addEventListener("click", function (event) {
      if (!form.contains(event.target)) { panel.hidden = true; }
    });
  }

  start();
})();
