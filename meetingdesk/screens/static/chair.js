/* The chair's view: the same figures as the console's clock panel and list, read-only. */
"use strict";

const $ = (id) => document.getElementById(id);
const KINDS = { point_of_order: "point of order", right_of_reply: "right of reply" };

function item(parts, className) {
  // a list item from [text, css class] pieces: textContent only, never HTML
  const li = document.createElement("li");
  if (className) li.className = className;
  for (const [text, cls] of parts) {
    if (!text) continue;
    const span = li.appendChild(document.createElement("span"));
    span.textContent = text;
    if (cls) span.className = cls;
  }
  return li;
}

function fill(list, items, key) {
  // replace a list's items only when what it lists changed
  if (list.dataset.key === key) return;
  list.dataset.key = key;
  list.replaceChildren(...items);
}

function queue(s) {
  const entries = s.queue;
  MD.set($("list-heading"), entries.length ? "List of speakers (" + entries.length + ")" : "List of speakers");
  const items = entries.map((e, i) => {
    const cut = s.cut_index !== null && i === s.cut_index;
    const out = s.cut_index !== null && i >= s.cut_index;
    const parts = [[e.public_name, "who"]];
    if (e.delegation && !e.public_name.includes(e.delegation)) parts.push([" — " + e.delegation, ""]);
    if (KINDS[e.kind]) parts.push([KINDS[e.kind], "tag"]);
    if (e.online) parts.push(["online", "tag"]);
    if (e.allotment) parts.push([" " + MD.duration(e.allotment), "allot"]);
    return item(parts, [cut ? "cut" : "", out ? "out" : ""].join(" ").trim());
  });
  if (!entries.length) items.push(item([[s.segment ? "Nobody is waiting to speak." : "No segment is running.", "muted"]]));
  fill($("queue"), items, JSON.stringify([entries, s.cut_index, Boolean(s.segment)]));
  MD.show($("dropped"), s.dropped.length > 0);
  MD.set($("dropped"), s.dropped.length ? "To call again: " + s.dropped.join(", ") : "");
}

function questions(s) {
  const q = s.questions;
  MD.show($("questions"), Boolean(q));
  if (!q) return;
  let heading = q.waiting ? "Questions waiting: " + q.waiting : "No question waiting";
  if (q.rounds) heading += " · " + q.rounds + (q.rounds === 1 ? " round put" : " rounds put");
  MD.set($("questions-heading"), heading);
  const items = q.round.map((x) => item([
    [x.label + " ", ""], [x.asker, "who"], [x.to.length ? " → " + x.to.join(", ") : "", ""], [x.text, "text"],
  ]));
  fill($("round"), items, JSON.stringify(q.round));
}

function agenda(s) {
  const items = s.segments.map((g) => item([[g.planned[0] ? g.planned.join("–") : "", "when"], [g.title, ""]], g.status));
  fill($("segments"), items, JSON.stringify(s.segments));
}

function render(s, now) {
  const sp = s.speaker;
  MD.set($("speaker-name"), sp ? sp.public_name : s.next_speaker ? "Nobody · next: " + s.next_speaker : "Nobody has the floor");
  const detail = sp ? [sp.delegation, sp.online || sp.modality === "online" ? "online" : sp.modality === "video" ? "video message" : "", sp.language].filter(Boolean).join(" · ") : "";
  MD.set($("speaker-detail"), detail);
  MD.show($("slow"), s.slow_down);
  MD.show($("message"), Boolean(s.message));
  MD.set($("message"), s.message ? "Message shown: " + s.message : "");
  queue(s);
  questions(s);
  agenda(s);
  const behind = s.offset;
  MD.set($("offset"), MD.offsetWords(behind));
  $("offset").className = "figures " + (behind >= 60 ? "danger" : behind >= 1 ? "warning" : "normal");
  MD.set($("projected"), s.projected_end ? "Projected end " + s.projected_end + " (planned " + s.planned_end + ")" : "Planned end " + (s.planned_end || "–"));
  tick(s, now);
}

function tick(s, now) {
  const seg = s.segment;
  const title = $("segment-title"), clock = $("segment-clock"), word = $("segment-word"), detail = $("segment-detail");
  if (!seg) {
    const upcoming = s.next_segment;
    if (s.sitting.status === "closed") MD.set(title, "The sitting is closed");
    else if (upcoming) MD.set(title, "Next: " + upcoming.title + " (planned " + upcoming.planned + ")");
    else MD.set(title, "No segment left to run");
    const wait = upcoming && upcoming.countdown ? MD.value(upcoming.countdown, now) : null;
    MD.set(clock, wait !== null && wait > 0 ? MD.countdown(wait) : "–:––");
    clock.className = "figures idle";
    MD.set(word, wait !== null && wait > 0 ? "to its start" : "");
    word.className = "idle";
    MD.set(detail, "");
  } else {
    MD.set(title, seg.title);
    const v = MD.value(seg.clock, now);
    let big, words, colour;
    if (!seg.limit) [big, words, colour] = [MD.duration(v), "elapsed", "normal"];
    else if (v < 0) [big, words, colour] = ["+" + MD.duration(-v), "over", "danger"];
    else [big, words, colour] = [MD.countdown(v), "left", "normal"];
    MD.set(clock, big);
    clock.className = "figures " + colour;
    MD.set(word, words);
    word.className = colour;
    MD.set(detail, "Planned " + seg.planned.join("–") + (seg.time_permitting ? " · time permitting" : ""));
  }
  const sp = s.speaker, sc = $("speaker-clock");
  if (!sp) {
    MD.set(sc, "");
  } else {
    const v = MD.value(sp.clock, now);
    MD.set(sc, sp.limit ? MD.speakerTimer(v, sp.stop_at_zero) : MD.duration(Math.floor(v + 1e-6)));
    sc.className = "figures " + (sp.paused ? "paused" : sp.limit ? MD.phase(v, s.thresholds) : "normal");
  }
}

MD.start({ render, tick });
