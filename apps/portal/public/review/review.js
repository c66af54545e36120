// The review page: a reviewer signs in, sees the filings of its region and acts at its own level.
// Plain script, loaded from this origin only (the portal's CSP allows no inline script).

(() => {
  const pageSize = 20;

  const levels = {
    district: { zh: "区县商务主管部门", en: "District commerce authority" },
    city: { zh: "地市商务主管部门", en: "City commerce authority" },
    province: { zh: "省级商务主管部门", en: "Provincial commerce authority" },
    ministry: { zh: "商务部", en: "Ministry of Commerce" },
  };

  const statuses = {
    district: { zh: "待区县审核", en: "Awaiting district review" },
    city: { zh: "待地市审核", en: "Awaiting city review" },
    province: { zh: "待省级审核", en: "Awaiting provincial review" },
    ministry: { zh: "待商务部审核", en: "Awaiting Ministry of Commerce review" },
    accepted: { zh: "已通过", en: "Accepted" },
    returned: { zh: "已退回", en: "Returned" },
  };

  const actions = {
    approve: { zh: "通过", en: "Approve" },
    return: { zh: "退回", en: "Return" },
  };

  const ui = {
    confirmReturn: { zh: "确认退回", en: "Confirm return" },
    cancel: { zh: "取消", en: "Cancel" },
    reason: { zh: "退回原因（必填）", en: "Reason for return (required)" },
    history: { zh: "审核记录", en: "Review history" },
    noHistory: { zh: "尚无审核记录。", en: "Not reviewed yet." },
    notYours: { zh: "不在本级", en: "Not at this level" },
    loading: { zh: "正在加载…", en: "Loading…" },
    network: { zh: "网络错误，请重试。", en: "Network error; try again." },
    range: (from, to, total) => ({
      zh: `第 ${from}–${to} 条，共 ${total} 条`,
      en: `${from}–${to} of ${total}`,
    }),
    approved: (table, status) => ({
      zh: `已通过：${table.zh}。状态：${status.zh}。`,
      en: `Approved: ${table.en}. Status: ${status.en}.`,
    }),
    returned: (table) => ({ zh: `已退回：${table.zh}。`, en: `Returned to the filer: ${table.en}.` }),
    signedInAs: (account) => ({
      zh: `已登录：${account.name}（${levels[account.level]?.zh ?? "非审核账户"}）`,
      en: `Signed in: ${account.name} (${levels[account.level]?.en ?? "not a reviewer account"})`,
    }),
    signInFirst: { zh: "请先登录。", en: "Sign in first." },
    signedOut: { zh: "已退出登录。", en: "Signed out." },
  };

  const state = { level: "", table: "", status: "", period: "", offset: 0, total: 0 };
  /** The signed-in reviewer and the CSRF token every write sends; identity and level come from here. */
  let session = null;
  const tableTitles = new Map();

  const byId = (id) => document.getElementById(id);
  const rows = byId("rows");
  const announcer = byId("announcer");

  /** Chinese text followed by its English, marked as English for screen readers. */
  function bilingual(text, tag = "span") {
    const element = document.createElement(tag);
    element.append(`${text.zh} `);
    const english = document.createElement("span");
    english.lang = "en";
    english.textContent = text.en;
    element.append(english);
    return element;
  }

  function announce(text) {
    announcer.textContent = `${text.zh} ${text.en}`;
  }

  function titleOf(tableId) {
    return tableTitles.get(tableId) || { zh: tableId, en: tableId };
  }

  function formatTime(iso) {
    const time = document.createElement("time");
    time.dateTime = iso;
    time.textContent = new Date(iso).toLocaleString("zh-CN", { hour12: false });
    return time;
  }

  async function requestJson(url, options = {}) {
    const headers = { ...(options.headers || {}) };
    if (options.method && options.method !== "GET" && session) headers["x-csrf-token"] = session.csrfToken;
    const response = await fetch(url, { ...options, headers, credentials: "same-origin" });
    const body = await response.json().catch(() => ({}));
    if (response.status === 401 && session) showSignIn(body?.error?.message || ui.signInFirst);
    return { status: response.status, body };
  }

  function showSignIn(message) {
    session = null;
    byId("desk").hidden = true;
    byId("signed-in").hidden = true;
    byId("sign-in").hidden = false;
    if (message) announce(message);
  }

  function showDesk(answer) {
    session = answer;
    state.level = answer.account.level || "";
    byId("who").replaceChildren(bilingual(ui.signedInAs(answer.account)));
    byId("sign-in").hidden = true;
    byId("signed-in").hidden = false;
    byId("desk").hidden = false;
  }

  function errorText(body) {
    return body?.error?.message || ui.network;
  }

  async function loadTables() {
    const { body } = await requestJson("/api/tables");
    const select = byId("filter-table");
    for (const table of body.tables || []) {
      tableTitles.set(table.id, table.title);
      if (table.kind !== "form") continue;
      const option = document.createElement("option");
      option.value = table.id;
      option.textContent = `${table.title.zh} · ${table.title.en}`;
      select.append(option);
    }
  }

  function fillStatuses() {
    const select = byId("filter-status");
    for (const [value, text] of Object.entries(statuses)) {
      const option = document.createElement("option");
      option.value = value;
      option.textContent = `${text.zh} · ${text.en}`;
      select.append(option);
    }
  }

  function note(text) {
    const item = bilingual(text, "li");
    item.className = "note";
    return item;
  }

  function historyDetails(submission) {
    const details = document.createElement("details");
    details.append(bilingual(ui.history, "summary"));
    const list = document.createElement("ol");
    list.className = "history";
    details.append(list);
    details.addEventListener("toggle", async () => {
      if (!details.open) return;
      list.replaceChildren(note(ui.loading));
      try {
        const { status, body } = await requestJson(`/api/submissions/${encodeURIComponent(submission.id)}`);
        if (status !== 200) {
          list.replaceChildren(note(errorText(body)));
          return;
        }
        if (body.reviews.length === 0) {
          list.replaceChildren(note(ui.noHistory));
          return;
        }
        list.replaceChildren(
          ...body.reviews.map((step) => {
            const item = document.createElement("li");
            item.append(
              formatTime(step.at),
              " ",
              bilingual(levels[step.level]),
              " ",
              bilingual(actions[step.action]),
            );
            if (step.reason) {
              const reason = document.createElement("q");
              reason.textContent = step.reason;
              item.append(" ", reason);
            }
            return item;
          }),
        );
      } catch {
        list.replaceChildren(note(ui.network));
      }
    });
    return details;
  }

  async function review(submission, action, reason) {
    const payload = { action };
    if (reason !== undefined) payload.reason = reason;
    return requestJson(`/api/submissions/${encodeURIComponent(submission.id)}/review`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify(payload),
    });
  }

  async function afterReview(submission, outcome) {
    const title = titleOf(submission.table);
    if (outcome.status === 200) {
      announce(
        outcome.body.status === "returned"
          ? ui.returned(title)
          : ui.approved(title, statuses[outcome.body.status]),
      );
    } else {
      announce(errorText(outcome.body));
    }
    await load();
    // The buttons are gone once the status moved on; keep the reader in the same row.
    const heading = byId(`submission-${submission.id}`);
    if (heading) heading.focus();
  }

  function returnForm(submission, cell, describedBy) {
    const form = document.createElement("form");
    form.className = "return-form";
    const fieldId = `reason-${submission.id}`;
    const errorId = `reason-error-${submission.id}`;
    const label = bilingual(ui.reason, "label");
    label.htmlFor = fieldId;
    const reason = document.createElement("textarea");
    reason.id = fieldId;
    reason.rows = 3;
    reason.maxLength = 1000;
    reason.required = true;
    reason.setAttribute("aria-describedby", describedBy);
    const error = document.createElement("p");
    error.id = errorId;
    error.className = "field-error";
    error.hidden = true;
    const confirm = bilingual(ui.confirmReturn, "button");
    confirm.type = "submit";
    const cancel = bilingual(ui.cancel, "button");
    cancel.type = "button";
    cancel.addEventListener("click", () => {
      form.remove();
      cell.querySelector("button.return")?.focus();
    });
    form.noValidate = true;
    form.addEventListener("submit", async (event) => {
      event.preventDefault();
      confirm.disabled = true;
      try {
        const outcome = await review(submission, "return", reason.value);
        if (outcome.status === 422 || outcome.status === 400) {
          error.replaceChildren(bilingual(errorText(outcome.body)));
          error.hidden = false;
          reason.setAttribute("aria-invalid", "true");
          reason.setAttribute("aria-describedby", `${errorId} ${describedBy}`);
          announce(errorText(outcome.body));
          reason.focus();
          return;
        }
        await afterReview(submission, outcome);
      } catch {
        announce(ui.network);
      } finally {
        confirm.disabled = false;
      }
    });
    const buttons = document.createElement("div");
    buttons.className = "buttons";
    buttons.append(confirm, cancel);
    form.append(label, reason, error, buttons);
    return form;
  }

  function actionsCell(submission, headingId) {
    const cell = document.createElement("td");
    if (submission.status !== state.level) {
      cell.append(bilingual(ui.notYours));
      cell.className = "muted";
    } else {
      const approve = bilingual(actions.approve, "button");
      approve.type = "button";
      approve.className = "approve";
      approve.setAttribute("aria-describedby", headingId);
      approve.addEventListener("click", async () => {
        approve.disabled = true;
        try {
          await afterReview(submission, await review(submission, "approve"));
        } catch {
          approve.disabled = false;
          announce(ui.network);
        }
      });
      const giveBack = bilingual(actions.return, "button");
      giveBack.type = "button";
      giveBack.className = "return";
      giveBack.setAttribute("aria-describedby", headingId);
      giveBack.addEventListener("click", () => {
        const open = cell.querySelector("form.return-form");
        if (open) {
          open.querySelector("textarea")?.focus();
          return;
        }
        const form = returnForm(submission, cell, headingId);
        cell.append(form);
        form.querySelector("textarea")?.focus();
      });
      cell.append(approve, " ", giveBack);
    }
    cell.append(historyDetails(submission));
    return cell;
  }

  function renderRow(submission) {
    const row = document.createElement("tr");
    const headingId = `submission-${submission.id}`;
    const heading = document.createElement("th");
    heading.scope = "row";
    heading.id = headingId;
    heading.tabIndex = -1;
    heading.append(bilingual(titleOf(submission.table)));
    const id = document.createElement("code");
    id.className = "submission-id";
    id.textContent = submission.id.slice(0, 8);
    id.title = submission.id;
    heading.append(" ", id);

    const period = document.createElement("td");
    period.textContent = submission.period || "—";
    const filer = document.createElement("td");
    filer.textContent = submission.filer ? `${submission.filer.name} (${submission.filer.regionCode})` : "—";
    const received = document.createElement("td");
    received.append(formatTime(submission.receivedAt));
    const status = document.createElement("td");
    status.append(bilingual(statuses[submission.status] || { zh: submission.status, en: submission.status }));
    status.dataset.status = submission.status;
    row.append(heading, period, filer, received, status, actionsCell(submission, headingId));
    return row;
  }

  async function load() {
    const params = new URLSearchParams({ limit: String(pageSize), offset: String(state.offset) });
    if (state.table) params.set("table", state.table);
    if (state.status) params.set("status", state.status);
    if (state.period) params.set("period", state.period);
    const table = byId("submissions");
    table.setAttribute("aria-busy", "true");
    try {
      const { status, body } = await requestJson(`/api/submissions?${params}`);
      if (status !== 200) {
        announce(errorText(body));
        return;
      }
      state.total = body.total;
      rows.replaceChildren(...body.items.map(renderRow));
      byId("empty").hidden = body.items.length > 0;
      const range = byId("range");
      range.replaceChildren(
        body.items.length === 0
          ? ""
          : bilingual(ui.range(state.offset + 1, state.offset + body.items.length, body.total)),
      );
      byId("previous-page").disabled = state.offset === 0;
      byId("next-page").disabled = state.offset + pageSize >= body.total;
    } catch {
      announce(ui.network);
    } finally {
      table.removeAttribute("aria-busy");
    }
  }

  function updateCsvLink() {
    const link = byId("csv-link");
    link.hidden = state.table === "";
    if (state.table === "") return;
    const query = state.period ? `?period=${encodeURIComponent(state.period)}` : "";
    link.href = `/api/tables/${encodeURIComponent(state.table)}/submissions.csv${query}`;
  }

  function readFilters() {
    state.table = byId("filter-table").value;
    state.status = byId("filter-status").value;
    state.period = byId("filter-period").value.trim();
    updateCsvLink();
  }

  byId("filters").addEventListener("submit", (event) => {
    event.preventDefault();
    readFilters();
    state.offset = 0;
    void load();
  });
  byId("sign-in").addEventListener("submit", async (event) => {
    event.preventDefault();
    const error = byId("sign-in-error");
    error.hidden = true;
    const { status, body } = await requestJson("/api/session", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ username: byId("username").value, password: byId("password").value }),
    }).catch(() => ({ status: 0, body: {} }));
    if (status !== 200) {
      error.replaceChildren(bilingual(errorText(body)));
      error.hidden = false;
      byId("password").setAttribute("aria-invalid", "true");
      byId("password").setAttribute("aria-describedby", "sign-in-error");
      announce(errorText(body));
      byId("password").focus();
      return;
    }
    byId("password").value = "";
    byId("password").removeAttribute("aria-invalid");
    showDesk(body);
    state.offset = 0;
    announce(ui.signedInAs(body.account));
    await load();
  });
  byId("sign-out").addEventListener("click", async () => {
    await requestJson("/api/session", { method: "DELETE" }).catch(() => undefined);
    rows.replaceChildren();
    showSignIn(ui.signedOut);
    byId("username").focus();
  });
  byId("previous-page").addEventListener("click", () => {
    state.offset = Math.max(0, state.offset - pageSize);
    void load();
  });
  byId("next-page").addEventListener("click", () => {
    state.offset += pageSize;
    void load();
  });

  fillStatuses();
  readFilters();
  loadTables()
    .catch(() => announce(ui.network))
    .then(() => requestJson("/api/session"))
    .then(({ status, body }) => {
      if (status !== 200) {
        showSignIn();
        return undefined;
      }
      showDesk(body);
      return load();
    })
    .catch(() => announce(ui.network));
})();
