"use strict";
(function () {
  // Every piece of text from the data is set with textContent or createTextNode, never as markup.
  const source = document.getElementById("report-data");
  const data = JSON.parse(source ? source.textContent : "{}");
  const UNSAFE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028-\u202e\u2066-\u2069\ufeff]/g;
  const PAGE = { speakers: 50, statements: 20, articles: 10 };
  const PRINT_LIMIT = 2000;

  function shown(text) {
    // Control codes and bidi controls become visible escapes, as in the terminal output.
    if (text === null || text === undefined) return "";
    return String(text).replace(UNSAFE, function (c) {
      const code = c.charCodeAt(0);
      return code < 0x100 ? "\\x" + code.toString(16).padStart(2, "0") : "\\u" + code.toString(16).padStart(4, "0");
    });
  }

  function el(tag, props, children) {
    const node = document.createElement(tag);
    if (props) {
      for (const key of Object.keys(props)) {
        const value = props[key];
        if (value === null || value === undefined || value === false) continue;
        if (key === "text") node.textContent = shown(value);
        else if (key === "className") node.className = value;
        else node.setAttribute(key, String(value));
      }
    }
    for (const child of children || []) {
      if (child === null || child === undefined) continue;
      node.appendChild(typeof child === "string" ? document.createTextNode(shown(child)) : child);
    }
    return node;
  }

  function lower(text) { return shown(text).toLowerCase(); }

  // A list drawn one page at a time: filter, pager, and everything at once for printing.
  function List(name, items, render, container, filterInput, count, matches) {
    this.name = name; this.items = items; this.render = render; this.container = container;
    this.filterInput = filterInput; this.count = count; this.matches = matches;
    this.page = 0; this.size = PAGE[name]; this.shown = items; this.printing = false;
    this.pager = document.querySelector('.pager[data-for="' + name + '"]');
    // Where focus goes after a page change: the list itself (tabindex="-1"), so Tab continues into it.
    this.home = container.closest('[tabindex="-1"]') || container;
    const section = container.closest("section");
    // Said on paper only: what a printout leaves out (a filter, or a list longer than PRINT_LIMIT).
    this.note = el("p", { className: "print-note", id: name + "-print-note" });
    const controls = section ? section.querySelector(".controls") : null;
    if (controls) controls.after(this.note);
    const self = this;
    if (this.pager) {
      this.prev = el("button", { type: "button", className: "prev", text: "← Previous" });
      this.next = el("button", { type: "button", className: "next", text: "Next →" });
      this.label = el("span", { className: "page-of", role: "status", "aria-live": "polite" });
      this.prev.addEventListener("click", function () { self.go(self.page - 1); });
      this.next.addEventListener("click", function () { self.go(self.page + 1); });
      this.pager.replaceChildren(this.prev, this.label, this.next);
      this.pager.hidden = true;
    }
    if (filterInput) filterInput.addEventListener("input", function () { self.filter(); });
  }
  List.prototype.query = function () { return this.filterInput ? this.filterInput.value.trim() : ""; };
  List.prototype.filter = function () {
    const words = this.query().toLowerCase().split(/\s+/).filter(Boolean);
    const matches = this.matches;
    this.shown = words.length ? this.items.filter(function (item) {
      const hay = matches(item);
      return words.every(function (w) { return hay.indexOf(w) >= 0; });
    }) : this.items;
    this.page = 0;
    this.draw();
  };
  List.prototype.pages = function () { return Math.max(1, Math.ceil(this.shown.length / this.size)); };
  List.prototype.go = function (page) {
    if (page < 0 || page >= this.pages() || page === this.page) return;
    this.page = page;
    this.draw();
    // The button pressed may now be disabled: focus the new page's list, and show the section's top.
    this.home.focus({ preventScroll: true });
    const section = this.container.closest("section");
    if (section) section.scrollIntoView();
  };
  List.prototype.draw = function () {
    const from = this.printing ? 0 : this.page * this.size;
    const to = this.printing ? Math.min(this.shown.length, PRINT_LIMIT) : from + this.size;
    const frag = document.createDocumentFragment();
    const render = this.render;
    this.shown.slice(from, to).forEach(function (item, i) { frag.appendChild(render(item, from + i)); });
    this.container.replaceChildren(frag);
    if (this.count) {
      const total = this.items.length;
      this.count.textContent = this.shown.length === total ? total + " in all" : this.shown.length + " of " + total + " match";
    }
    this.drawNote();
    this.drawPager();
  };
  List.prototype.drawNote = function () {
    const total = this.items.length;
    const matching = this.shown.length;
    const printed = Math.min(matching, PRINT_LIMIT);
    let text = "";
    if (matching < total) {
      text = "Printed: only the " + (printed < matching ? "first " + printed + " of the " : "") + matching + " of " +
        total + " " + this.name + " matching “" + this.query() + "”.";
    } else if (printed < total) {
      text = "Printed: only the first " + printed + " of " + total + " " + this.name + "; the page itself holds them all.";
    }
    this.note.textContent = shown(text);
  };
  List.prototype.drawPager = function () {
    if (!this.pager) return;
    const pages = this.pages();
    this.pager.hidden = pages <= 1;
    this.prev.disabled = this.page === 0;
    this.next.disabled = this.page >= pages - 1;
    this.label.textContent = pages > 1 ? "Page " + (this.page + 1) + " of " + pages : "";
  };

  // ---- Speakers --------------------------------------------------------------------------------
  function speakerRow(sp) {
    return el("tr", null, [
      el("td", null, [el("span", { className: "name", text: sp.name })]),
      el("td", { className: "num", text: sp.quotations }),
      el("td", { className: "num" }, [String(sp.outlets.length), el("span", { className: "outlets", text: sp.outlets.join(", ") })]),
      el("td", { className: "num", text: sp.statements }),
      el("td", { className: "num", text: sp.altered }),
    ]);
  }

  function setupSpeakers() {
    const table = document.getElementById("speaker-table");
    if (!table) return null;
    const items = (data.speakers || []).slice();
    const list = new List("speakers", items, speakerRow, table.tBodies[0],
      document.getElementById("speaker-filter"), document.getElementById("speaker-count"),
      function (sp) { return lower(sp.name + " " + sp.outlets.join(" ")); });
    const status = document.getElementById("speaker-sort-status");
    let key = "quotations"; let dir = -1;
    const value = function (sp, k) { return k === "outlets" ? sp.outlets.length : sp[k]; };
    const sort = function () {
      items.sort(function (a, b) {
        const x = value(a, key); const y = value(b, key);
        const c = typeof x === "string" ? x.localeCompare(y) : x - y;
        return c * dir || a.name.localeCompare(b.name);
      });
      table.querySelectorAll("th").forEach(function (th) {
        const button = th.querySelector("button");
        const sorted = button.dataset.key === key;
        th.setAttribute("aria-sort", sorted ? (dir > 0 ? "ascending" : "descending") : "none");
        if (sorted && status) status.textContent = "Sorted by " + button.textContent.replace(/\u00ad/g, "") + ", " + (dir > 0 ? "ascending" : "descending");
      });
      list.filter();
    };
    table.querySelectorAll("th button").forEach(function (button) {
      button.addEventListener("click", function () {
        const k = button.dataset.key;
        if (k === key) dir = -dir; else { key = k; dir = k === "name" ? 1 : -1; }
        sort();
      });
    });
    sort();
    return list;
  }

  // ---- Statements ------------------------------------------------------------------------------
  function diffNodes(version) {
    if (version.relation === "reference" || !version.diff || !version.diff.length) return [version.quote];
    const out = [];
    version.diff.forEach(function (op, i) {
      if (i) out.push(" ");
      if (op.op === "equal") out.push(op.text);
      else if (op.op === "delete") out.push(el("del", { text: op.text }));
      else if (op.op === "insert") out.push(el("ins", { text: op.text }));
      else { out.push(el("del", { text: op.from })); out.push(" "); out.push(el("ins", { text: op.to })); }
    });
    return out;
  }

  function versionCard(v) {
    const who = v.speaker ? "Speaker: " + v.speaker : "Speaker: not named";
    const mention = v.mention && v.mention !== v.speaker ? " (as “" + v.mention + "”)" : "";
    const reasons = v.reasons && v.reasons.length
      ? el("ul", { className: "changed", "aria-label": "What changed" }, v.reasons.map(function (r) { return el("li", { text: r }); }))
      : null;
    return el("article", { className: "version rel-box is-" + v.relation }, [
      el("header", null, [
        el("span", { className: "outlet", text: v.outlet }),
        el("time", { text: v.published || "undated" }),
        el("span", { className: "badge rel-" + v.relation, text: v.relation }),
        v.relation !== "reference" ? el("span", { className: "sim", text: "similarity " + Number(v.similarity).toFixed(2) }) : null,
      ]),
      el("span", { className: "who", text: who + mention }),
      el("blockquote", null, diffNodes(v)),
      reasons,
    ]);
  }

  function statementCard(st) {
    const altered = st.versions.filter(function (v) { return v.relation === "altered"; }).length;
    return el("section", { className: "statement", "aria-label": "Statement by " + shown(st.speaker) }, [
      el("h3", { text: st.speaker }),
      el("p", { text: st.outlets.length + " outlets · " + st.versions.length + " versions · first published " +
        (st.first_published || "undated") + (altered ? " · " + altered + " altered" : "") }),
      el("div", { className: "versions" }, st.versions.map(versionCard)),
    ]);
  }

  function setupStatements() {
    const box = document.getElementById("statement-list");
    if (!box) return null;
    const items = data.statements || [];
    if (!items.length) {
      box.appendChild(el("p", { className: "none", text: "No statement is quoted more than once." }));
    }
    const list = new List("statements", items, statementCard, box,
      document.getElementById("statement-filter"), document.getElementById("statement-count"),
      function (st) {
        return lower(st.speaker + " " + st.text + " " + st.outlets.join(" ") + " " +
          st.versions.map(function (v) { return v.relation; }).join(" "));
      });
    if (items.length) list.draw();
    return list;
  }

  // ---- Articles --------------------------------------------------------------------------------
  function tipFor(q, id) {
    const conf = "confidence " + Number(q.confidence || 0).toFixed(2);
    const speaker = q.speaker ? q.speaker : (q.kind === "scare" ? "no speaker (scare quotes)" : "speaker unknown");
    const mention = q.mention && q.mention !== q.speaker ? " (“" + q.mention + "”)" : "";
    const lines = [speaker + mention, q.cue ? "cue: " + q.cue : "no cue", q.kind + " · " + conf];
    return el("span", { className: "tip", role: "tooltip", id: id, text: lines.join(" — ") });
  }

  function articleText(art, n) {
    const pieces = [];
    art.skipped.forEach(function (s) { pieces.push({ start: s[0], end: s[1], quote: null }); });
    art.quotes.forEach(function (q, qi) {
      q.parts.forEach(function (p, pi) { pieces.push({ start: p[0], end: p[1], quote: q, id: "tip-" + n + "-" + qi + "-" + pi }); });
    });
    pieces.sort(function (a, b) { return a.start - b.start || b.end - a.end; });
    const text = art.text;
    const out = el("p", { className: "text" });
    let pos = 0;
    for (const piece of pieces) {
      const start = Math.max(piece.start, pos);
      if (piece.end <= start) continue;
      if (start > pos) out.appendChild(document.createTextNode(shown(text.slice(pos, start))));
      const words = text.slice(start, piece.end);
      if (piece.quote) {
        const q = piece.quote;
        const mark = el("mark", { className: "q " + (q.colour >= 0 ? "sp" + q.colour : "sp-none"),
          tabindex: "0", "aria-describedby": piece.id, "data-speaker": shown(q.speaker || "") }, [words]);
        mark.appendChild(tipFor(q, piece.id));
        out.appendChild(mark);
      } else {
        out.appendChild(el("span", { className: "skipped", title: "page furniture, not searched", text: words }));
      }
      pos = piece.end;
    }
    if (pos < text.length) out.appendChild(document.createTextNode(shown(text.slice(pos))));
    return out;
  }

  function sourceLink(url) {
    // Only a plain http(s) address becomes a link (printed with its target); anything else is shown as text.
    if (!url) return null;
    const plain = /^https?:\/\/[^\s"<>]+$/i.test(url) && shown(url) === url;
    const span = el("span", { className: "source" }, [" · "]);
    span.appendChild(plain ? el("a", { href: url, rel: "noopener noreferrer", text: "source" }) : document.createTextNode(shown("source: " + url)));
    return span;
  }

  function articleCard(art, n) {
    const about = [art.outlet || "outlet unknown", art.published || "undated", art.id,
      art.quotes.length + (art.quotes.length === 1 ? " quotation" : " quotations")].join(" · ");
    let body;
    if (art.text !== null) body = articleText(art, n);
    else {
      body = el("div", null, [
        el("p", { className: "none", text: "Read from quotation records: the article's text is not available." }),
        el("ol", { className: "quote-list" }, art.quotes.map(function (q, qi) {
          const mark = el("mark", { className: "q " + (q.colour >= 0 ? "sp" + q.colour : "sp-none"), tabindex: "0",
            "aria-describedby": "tip-" + n + "-" + qi, "data-speaker": shown(q.speaker || "") }, [q.quote || ""]);
          mark.appendChild(tipFor(q, "tip-" + n + "-" + qi));
          return el("li", null, [mark]);
        })),
      ]);
    }
    return el("article", { className: "article" }, [
      el("h3", { text: art.title || art.id }),
      el("p", { className: "about" }, [about, sourceLink(art.url)]),
      body,
    ]);
  }

  function setupArticles() {
    const box = document.getElementById("article-list");
    if (!box) return null;
    const list = new List("articles", data.articles || [], articleCard, box,
      document.getElementById("article-filter"), document.getElementById("article-count"),
      function (a) { return lower([a.id, a.title, a.outlet, a.published].join(" ")); });
    list.draw();
    return list;
  }

  // ---- Quote tips: kept inside the window, Escape hides the one shown ----------------------------
  function placeTip(mark) {
    const tip = mark.querySelector(".tip");
    if (!tip) return;
    tip.style.left = "";
    const box = tip.getBoundingClientRect();
    if (!box.width) return;
    const room = document.documentElement.clientWidth - 4;
    let shift = box.right > room ? room - box.right : 0;
    if (box.left + shift < 4) shift = 4 - box.left;
    if (shift) tip.style.left = shift + "px";
  }
  const markOf = function (node) { return node && node.closest ? node.closest("mark.q") : null; };
  document.addEventListener("focusin", function (e) { const m = markOf(e.target); if (m) placeTip(m); });
  document.addEventListener("mouseover", function (e) { const m = markOf(e.target); if (m) placeTip(m); });
  document.addEventListener("focusout", function (e) { const m = markOf(e.target); if (m) m.classList.remove("tip-off"); });
  document.addEventListener("mouseout", function (e) {
    const m = markOf(e.target);
    if (m && !m.contains(e.relatedTarget) && m !== document.activeElement) m.classList.remove("tip-off");
  });
  document.addEventListener("keydown", function (e) {
    if (e.key !== "Escape") return;
    document.querySelectorAll("mark.q:focus, mark.q:hover").forEach(function (m) { m.classList.add("tip-off"); });
  });

  // ---- Printing: every list in full (up to PRINT_LIMIT), closed details opened ---------------------
  const lists = [setupSpeakers(), setupStatements(), setupArticles()].filter(Boolean);
  const opened = [];
  let printing = false;
  function setPrinting(on) {
    if (on === printing) return;
    printing = on;
    lists.forEach(function (l) { l.printing = on; if (l.items.length) l.draw(); });
    if (on) {
      document.querySelectorAll("details:not([open])").forEach(function (d) { d.open = true; opened.push(d); });
    } else {
      opened.splice(0).forEach(function (d) { d.open = false; });
    }
  }
  window.addEventListener("beforeprint", function () { setPrinting(true); });
  window.addEventListener("afterprint", function () { setPrinting(false); });
  const printMedia = window.matchMedia ? window.matchMedia("print") : null;
  if (printMedia) {
    printMedia.addEventListener("change", function (e) { setPrinting(e.matches); });
    if (printMedia.matches) setPrinting(true);
  }
  document.documentElement.dataset.ready = "true";
})();
