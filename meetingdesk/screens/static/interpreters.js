/* The interpreters' view: the same as the application's booth window, for a booth's own computer. */
"use strict";

const $ = (id) => document.getElementById(id);

function works(b) {
  // what a booth does, in a booth's words
  switch (b.mode) {
    case "floor": return MD.word("floor");
    case "direct": return MD.word("direct", { language: b.source || "–" });
    case "relay": return MD.word("relay", { booth: b.via || b.source || "–" });
    case "standby": return MD.word("standby");
    case "none": return MD.word("no_cover");
    default: return MD.word("silent");
  }
}

function textStatus(who) {
  if (who.text === "received") return MD.word("text_received");
  if (who.text === "missing") return MD.word("text_missing");
  return MD.word("text_none");
}

const capital = (s) => (s ? s[0].toUpperCase() + s.slice(1) : "");

function rows(booths) {
  const body = $("booths").tBodies[0];
  const key = JSON.stringify(booths);
  if (body.dataset.key === key) return;
  body.dataset.key = key;
  body.replaceChildren(...booths.map((b) => {
    const tr = document.createElement("tr");
    tr.className = b.mode;
    for (const text of [b.label, works(b), MD.plural("interpreters", b.interpreters)]) {
      tr.appendChild(document.createElement("td")).textContent = text;
    }
    return tr;
  }));
}

function render(s, now) {
  MD.show($("slow"), s.slow_down);
  const who = s.speaker;
  MD.set($("speaker"), who ? who.public_name : MD.word("nobody"));
  MD.set($("language"), who ? s.floor_language || "" : "");
  MD.set($("text"), who ? textStatus(who) : "");
  $("text").classList.toggle("missing", Boolean(who && who.text === "missing"));
  MD.set($("relay"), who ? capital(who.relay) : "");
  rows(s.booths);
  MD.show($("unserved"), s.unserved.length > 0);
  MD.set($("unserved"), s.unserved.length ? MD.word("not_interpreted", { languages: s.unserved.join(", ") }) : "");
  const next = s.next.map((n) => [n.public_name, n.language || "–", n.relay, textStatus(n)].filter(Boolean).join(" — "));
  const list = $("next-list");
  const key = JSON.stringify(next);
  if (list.dataset.key !== key) {
    list.dataset.key = key;
    const items = next.map((t) => Object.assign(document.createElement("li"), { textContent: t }));
    // the end of the list, unnumbered: it is nobody's turn
    if (next.length < 2) items.push(Object.assign(document.createElement("li"), { textContent: MD.word("nobody_else"), className: "empty" }));
    list.replaceChildren(...items);
  }
  const speech = who && who.speech;
  MD.show($("speech-box"), Boolean(speech));
  MD.set($("speech"), speech || "");
  tick(s, now);
}

function tick(s, now) {
  // the speaker's time, small: when to expect the end of the speech
  const t = s.time;
  const clock = $("clock");
  if (!t) return MD.set(clock, "");
  const v = MD.value(t.clock, now);
  MD.set(clock, t.limit ? MD.speakerTimer(v, t.stop_at_zero) : MD.duration(Math.floor(v + 1e-6)));
  clock.className = "figures " + (t.paused ? "paused" : t.limit ? MD.phase(v, s.thresholds) : "normal");
}

MD.start({ render, tick });
