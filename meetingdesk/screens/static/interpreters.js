/* The interpreters' view: the same as the application's booth window, for a booth's own computer. */
"use strict";

const $ = (id) => document.getElementById(id);

function works(b) {
  // what a booth does, in a booth's words
  switch (b.mode) {
    case "floor": return "Floor language: listeners hear the speaker";
    case "direct": return "Direct from " + (b.source || "–");
    case "relay": return "RELAY from " + (b.via || b.source || "–") + " booth";
    case "standby": return "Standby: another booth works into this language";
    case "none": return "NO COVER: nobody can give this booth the speaker";
    default: return "Silent: nobody has the floor";
  }
}

function textStatus(who) {
  if (who.text === "received") return "Text received";
  if (who.text === "missing") return "No text received";
  return "No text expected";
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
    for (const text of [b.label, works(b), b.interpreters + " interpreters"]) {
      tr.appendChild(document.createElement("td")).textContent = text;
    }
    return tr;
  }));
}

function render(s, now) {
  MD.show($("slow"), s.slow_down);
  const who = s.speaker;
  MD.set($("speaker"), who ? who.public_name : "Nobody has the floor");
  MD.set($("language"), who ? s.floor_language || "" : "");
  MD.set($("text"), who ? textStatus(who) : "");
  $("text").classList.toggle("missing", Boolean(who && who.text === "missing"));
  MD.set($("relay"), who ? capital(who.relay) : "");
  rows(s.booths);
  MD.show($("unserved"), s.unserved.length > 0);
  MD.set($("unserved"), s.unserved.length ? "Not interpreted: " + s.unserved.join(", ") : "");
  const next = s.next.map((n, i) => [n.public_name, n.language || "–", n.relay, textStatus(n)].filter(Boolean).join(" — "));
  if (next.length < 2) next.push("Nobody else is on the list.");
  const list = $("next-list");
  if (list.dataset.key !== JSON.stringify(next)) {
    list.dataset.key = JSON.stringify(next);
    list.replaceChildren(...next.map((t) => Object.assign(document.createElement("li"), { textContent: t })));
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
