// The Responsibilities tab: loads the rows of one page, groups them by party, filters them as you type.
// Plain browser script, no build step. All data goes into the DOM as textContent, never as HTML.
"use strict";

(function () {
  const params = new URLSearchParams(window.location.search);
  const themes = ["default", "dark", "contrast"];
  // Outside Teams, app.initialize never hears back from a host: give up quietly after this long.
  const teamsTimeoutMs = 1500;

  const el = (id) => document.getElementById(id);
  const search = el("search");
  const localeSelect = el("locale");
  const groupsBox = el("groups");
  const status = el("status");
  const noMatch = el("no-match");

  let data = null;

  /** Lower case, diacritics removed: "Övervakning" and "overvakning" match. */
  const fold = (text) => text.normalize("NFD").replace(/\p{M}+/gu, "").toLowerCase();
  const fill = (template, vars) => template.replace(/\{(\w+)\}/g, (whole, key) => (key in vars ? String(vars[key]) : whole));

  function applyTheme(theme) {
    document.documentElement.dataset.theme = themes.includes(theme) ? theme : "default";
  }

  function make(tag, props, children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props || {})) {
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children || []) node.append(child);
    return node;
  }

  function statementList(row) {
    const shared = row.owner === "shared";
    const box = make("div", { className: "statements" });
    let list = null;
    for (const statement of row.statements) {
      const parts = [];
      // A shared row says whose each statement is, in words (the colour only repeats it).
      if (shared) parts.push(make("span", { className: `party party-${statement.party}`, text: `${statement.partyLabel}: ` }));
      parts.push(document.createTextNode(statement.text));
      if (statement.kind === "bullet") {
        if (!list) box.append((list = make("ul")));
        list.append(make("li", {}, parts));
      } else {
        list = null;
        box.append(make("p", {}, parts));
      }
    }
    return box;
  }

  function render() {
    const labels = data.labels;
    document.documentElement.lang = data.ui;
    document.title = labels.title;
    el("title").textContent = labels.title;
    el("intro").textContent = `${labels.intro} ${labels.sharedNote}`;
    el("search-label").textContent = labels.searchLabel;
    search.placeholder = labels.searchPlaceholder;
    el("locale-label").textContent = labels.languageLabel;
    noMatch.textContent = labels.noMatch;

    groupsBox.replaceChildren();
    for (const group of data.groups) {
      if (group.rows.length === 0) continue;
      const headingId = `group-${group.owner}`;
      const tbody = make("tbody");
      for (const row of group.rows) {
        const link = make("a", { href: row.url, target: "_blank", rel: "noopener noreferrer", text: labels.openRow });
        const tr = make("tr", { "data-key": row.key }, [
          make("th", { scope: "row" }, [make("span", { className: "row-title", text: row.title })]),
          make("td", {}, [statementList(row), make("p", { className: "row-link" }, [link])]),
        ]);
        tr.dataset.search = fold(`${row.title} ${row.statements.map((s) => s.text).join(" ")}`);
        tbody.append(tr);
      }
      const table = make("table", { "aria-labelledby": headingId }, [
        make("thead", {}, [make("tr", {}, [make("th", { scope: "col", text: labels.columnTitle }), make("th", { scope: "col", text: labels.columnText })])]),
        tbody,
      ]);
      const heading = make("h2", { id: headingId, className: `party-heading party-${group.owner}` }, [
        make("span", { className: "group-label", text: group.label }),
        make("span", { className: "group-count" }),
      ]);
      groupsBox.append(make("section", { className: "group", "data-owner": group.owner }, [heading, table]));
    }
    groupsBox.removeAttribute("aria-busy");

    const source = el("source");
    source.replaceChildren(document.createTextNode(`${labels.source} `), make("a", { href: data.page.url, target: "_blank", rel: "noopener noreferrer", text: data.page.title }));
    if (data.page.date) source.append(document.createTextNode(`, ${fill(labels.pageDate, { date: data.page.date })}`));
    const mt = el("machine-translated");
    mt.textContent = labels.machineTranslated;
    mt.hidden = !data.page.machineTranslated;
    filter();
  }

  function filter() {
    if (!data) return;
    const words = fold(search.value).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
    let shown = 0;
    for (const section of groupsBox.querySelectorAll("section.group")) {
      let inGroup = 0;
      for (const tr of section.querySelectorAll("tbody tr")) {
        const match = words.every((w) => tr.dataset.search.includes(w));
        tr.hidden = !match;
        if (match) inGroup++;
      }
      section.hidden = inGroup === 0;
      section.querySelector(".group-count").textContent = ` (${inGroup})`;
      shown += inGroup;
    }
    noMatch.hidden = shown > 0;
    status.textContent = fill(data.labels.shown, { shown, total: data.total });
  }

  async function getJson(url) {
    const response = await fetch(url, { headers: { accept: "application/json" } });
    if (!response.ok) throw new Error(`${url}: ${response.status}`);
    return response.json();
  }

  async function load(locale) {
    groupsBox.setAttribute("aria-busy", "true");
    data = await getJson(`/api/rows?locale=${encodeURIComponent(locale)}`);
    localeSelect.value = data.locale;
    render();
  }

  function languageName(locale) {
    try {
      return new Intl.DisplayNames([locale], { type: "language" }).of(locale) || locale;
    } catch {
      return locale;
    }
  }

  /** Teams context when running inside Teams; null in a plain browser (or when the host does not answer). */
  async function teamsContext() {
    const teams = window.microsoftTeams;
    if (!teams || !teams.app) return null;
    // Outside any frame there is no Teams host to talk to.
    if (window.parent === window && !window.opener && !window.nativeInterface) return null;
    try {
      let timer;
      const timeout = new Promise((resolve) => (timer = setTimeout(() => resolve("timeout"), teamsTimeoutMs)));
      const ready = await Promise.race([teams.app.initialize().then(() => "ready"), timeout]);
      clearTimeout(timer);
      if (ready !== "ready") return null;
      const context = await teams.app.getContext();
      teams.app.registerOnThemeChangeHandler((theme) => applyTheme(params.get("theme") || theme));
      teams.app.notifySuccess();
      return context;
    } catch {
      return null;
    }
  }

  async function start() {
    applyTheme(params.get("theme") || "default");
    const context = await teamsContext();
    if (context && !params.get("theme")) applyTheme(context.app.theme);
    const { locales, defaultLocale } = await getJson("/api/locales");
    for (const locale of locales) localeSelect.append(make("option", { value: locale, lang: locale, text: languageName(locale) }));
    const wanted = params.get("locale") || (context && context.app.locale) || navigator.language || defaultLocale;
    // The server picks the closest page for any locale (same language, else its default).
    await load(wanted);
    search.addEventListener("input", filter);
    localeSelect.addEventListener("change", () => load(localeSelect.value).catch(showError));
  }

  function showError(error) {
    groupsBox.removeAttribute("aria-busy");
    status.textContent = `The responsibilities could not be loaded (${error.message}). Reload the page to try again.`;
  }

  start().catch(showError);
})();
