/* The live connection every MeetingDesk screen shares.
 *
 * One WebSocket to ./live (the page's own address, token included). Every message carries the
 * server's time ("now", epoch seconds); a message with "state" carries everything the page shows.
 * Clocks are sent as {rate, zero} or {rate: 0, value}: their value at any instant is computed here
 * from the server's time as this page estimates it, so the page ticks on its own, never counting
 * ticks, and every page shows the same second. The estimate is the largest (server − local)
 * difference seen in the last few seconds: the message that travelled fastest tells it best.
 *
 * A page that loses its connection says so at once (the socket closes, or nothing was heard for
 * LOST_MS) and connects again; the first message after that brings it up to date.
 *
 * Words: the pages hold none of their own. The server fills in the HTML's, and words.js (WORDS, made
 * by the server from its catalogue, in the language the screens are shared in) gives the scripts
 * theirs: MD.word("key", {…}), MD.plural("key", count).
 */
"use strict";

const MD = (() => {
  const LOST_MS = 2500; // the server sends at least once a second
  const WINDOW_MS = 10000; // how long a clock sample counts
  const RETRY_MS = [250, 500, 1000, 2000, 3000];
  const WITHDRAWN = 4403;

  const samples = []; // [local ms at receipt, server ms − local ms]
  let offset = null;
  let state = null;
  let page = null;
  let socket = null;
  let attempt = 0;
  let lastHeard = 0;
  let timer = null;
  let gone = false; // the address was withdrawn: stop trying

  // ------------------------------------------------------------------ words
  const fill = (text, args) => text.replace(/\{(\w+)\}/g, (all, name) => (args && name in args ? String(args[name]) : all));
  const word = (key, args) => fill(WORDS.words[key] ?? key, args);
  const rules = new Intl.PluralRules(WORDS.language);

  function plural(key, count) {
    // "1 interpreter", "2 interpreters": the language's own rule chooses the form
    const forms = WORDS.words[key];
    return fill(rules.select(count) === "one" ? forms.one : forms.other, { count });
  }

  const local = () => performance.timeOrigin + performance.now();
  const serverNow = () => (local() + (offset ?? 0)) / 1000;

  function heard(now) {
    const at = local();
    lastHeard = at;
    samples.push([at, now * 1000 - at]);
    while (samples.length && samples[0][0] < at - WINDOW_MS) samples.shift();
    offset = Math.max(...samples.map((s) => s[1]));
  }

  // ------------------------------------------------------------------ text of clocks
  function duration(seconds) {
    // 4:05, 1:02:03 — whole seconds of the magnitude, as a stopwatch shows them
    const total = Math.trunc(Math.abs(seconds) + 1e-9);
    const h = Math.floor(total / 3600), m = Math.floor((total % 3600) / 60), s = total % 60;
    const mm = h ? String(m).padStart(2, "0") : String(m);
    return (h ? h + ":" : "") + mm + ":" + String(s).padStart(2, "0");
  }

  function speakerTimer(signed, stopAtZero) {
    // time left rounded up (5:00 until a whole second has gone), overtime counting up (+0:01)
    const shown = stopAtZero ? Math.max(0, signed) : signed;
    if (shown < 0) return "+" + duration(Math.floor(-shown + 1e-6));
    return duration(Math.ceil(shown - 1e-6));
  }

  const countdown = (seconds) => duration(Math.max(0, Math.ceil(seconds - 1e-6)));

  const value = (clock, now) => (clock.rate ? clock.rate * (now - clock.zero) : clock.value);

  function phase(signed, thresholds) {
    // the core's phases: green, amber near the end, red at zero, red counting overtime
    if (signed > thresholds.warning) return "normal";
    if (signed > thresholds.danger && signed > 0) return "warning";
    if (signed >= 0) return "danger";
    return "overtime";
  }

  function offsetWords(seconds) {
    if (Math.abs(seconds) < 1) return word("on_time");
    return word(seconds > 0 ? "behind" : "ahead", { time: duration(seconds) });
  }

  function set(element, text) {
    // only when it changed: nothing repaints that did not change
    if (element.textContent !== text) element.textContent = text;
  }

  function show(element, shown) {
    if (element.hidden === shown) element.hidden = !shown;
  }

  // ------------------------------------------------------------------ the connection
  function notice(text) {
    const box = document.getElementById("connection");
    set(box, text || "");
    show(box, Boolean(text));
    document.body.classList.toggle("offline", Boolean(text));
  }

  function say() {
    if (gone) return notice(word("withdrawn"));
    if (!lastHeard) return notice(word("connecting"));
    if (!socket || socket.readyState !== WebSocket.OPEN || local() - lastHeard > LOST_MS) {
      return notice(word("lost"));
    }
    if (state && state.database === false) {
      return notice(word("no_database"));
    }
    notice(null);
  }

  function connect() {
    if (gone) return;
    const url = new URL("live", location.href);
    url.protocol = location.protocol === "https:" ? "wss:" : "ws:";
    const ws = new WebSocket(url);
    socket = ws;
    ws.onmessage = (event) => {
      const message = JSON.parse(event.data);
      heard(message.now);
      attempt = 0;
      if (message.state) {
        state = message.state;
        page.render(state, serverNow());
      }
      say();
    };
    ws.onclose = (event) => {
      if (socket !== ws) return;
      socket = null;
      if (event.code === WITHDRAWN) gone = true;
      say();
      if (!gone) setTimeout(retry, RETRY_MS[Math.min(attempt++, RETRY_MS.length - 1)]);
    };
  }

  async function retry() {
    // a refused address is not a lost connection: say so instead of trying for ever
    try {
      const response = await fetch(location.href, { method: "HEAD", cache: "no-store" });
      if (response.status === 403) {
        gone = true;
        return say();
      }
    } catch (e) {
      // the server is not there (yet): try the socket all the same
    }
    samples.length = 0; // a server that came back may keep another time
    connect();
  }

  function tick() {
    clearTimeout(timer);
    if (state) page.tick(state, serverNow());
    if (socket && socket.readyState === WebSocket.OPEN && local() - lastHeard > LOST_MS) {
      socket.close(); // nothing heard: treat it as lost, and connect again
    }
    say();
    const ms = 1000 - ((local() + (offset ?? 0)) % 1000) + 3; // just after the server's next second
    timer = setTimeout(tick, ms);
  }

  function start(handlers) {
    page = handlers;
    connect();
    tick();
  }

  return { start, word, plural, duration, speakerTimer, countdown, value, phase, offsetWords, set, show, serverNow };
})();
