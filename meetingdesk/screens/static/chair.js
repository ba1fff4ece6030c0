/* The chair's view: the same figures as the console's clock panel and list, read-only. */
"use strict";

const $ = (id) => document.getElementById(id);
const KINDS = ["point_of_order", "right_of_reply"]; // a request's kind, said as a tag

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
  MD.set($("list-heading"), entries.length ? MD.word("list_count", { count: entries.length }) : MD.word("list"));
  const items = entries.map((e, i) => {
    const cut = s.cut_index !== null && i === s.cut_index;
    const out = s.cut_index !== null && i >= s.cut_index;
    const parts = [[e.public_name, "who"]];
    if (e.delegation && !e.public_name.includes(e.delegation)) parts.push([" — " + e.delegation, ""]);
    if (KINDS.includes(e.kind)) parts.push([MD.word(e.kind), "tag"]);
    if (e.online) parts.push([MD.word("online"), "tag"]);
    if (e.allotment) parts.push([" " + MD.duration(e.allotment), "allot"]);
    const li = item(parts, [cut ? "cut" : "", out ? "out" : ""].join(" ").trim());
    if (cut) li.dataset.cut = MD.word("cut_line"); // the line's words, above the first who may not be heard
    return li;
  });
  if (!entries.length) items.push(item([[MD.word(s.segment ? "nobody_waiting" : "no_segment"), "muted"]], "empty"));
  fill($("queue"), items, JSON.stringify([entries, s.cut_index, Boolean(s.segment)]));
  MD.show($("dropped"), s.dropped.length > 0);
  MD.set($("dropped"), s.dropped.length ? MD.word("call_again", { names: s.dropped.join(", ") }) : "");
}

function questions(s) {
  const q = s.questions;
  MD.show($("questions"), Boolean(q));
  if (!q) return;
  let heading = q.waiting ? MD.word("questions_waiting", { count: q.waiting }) : MD.word("no_question");
  if (q.rounds) heading += " · " + MD.plural("rounds_put", q.rounds);
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
  MD.set($("speaker-name"), sp ? sp.public_name : s.next_speaker ? MD.word("nobody_next", { name: s.next_speaker }) : MD.word("nobody"));
  const how = sp && (sp.online || sp.modality === "online") ? MD.word("online") : sp && sp.modality === "video" ? MD.word("video") : "";
  const detail = sp ? [sp.delegation, how, sp.language].filter(Boolean).join(" · ") : "";
  MD.set($("speaker-detail"), detail);
  MD.show($("slow"), s.slow_down);
  MD.show($("message"), Boolean(s.message));
  MD.set($("message"), s.message ? MD.word("message_shown", { message: s.message }) : "");
  queue(s);
  questions(s);
  agenda(s);
  const behind = s.offset;
  MD.set($("offset"), MD.offsetWords(behind));
  $("offset").className = "figures " + (behind >= 60 ? "danger" : behind >= 1 ? "warning" : "normal");
  MD.set($("projected"), s.projected_end ? MD.word("projected_end", { time: s.projected_end, planned: s.planned_end })
    : MD.word("planned_end", { time: s.planned_end || "–" }));
  tick(s, now);
}

function tick(s, now) {
  const seg = s.segment;
  const title = $("segment-title"), clock = $("segment-clock"), word = $("segment-word"), detail = $("segment-detail");
  if (!seg) {
    const upcoming = s.next_segment;
    if (s.sitting.status === "closed") MD.set(title, MD.word("closed"));
    else if (upcoming) MD.set(title, MD.word("next_planned", { title: upcoming.title, time: upcoming.planned }));
    else MD.set(title, MD.word("no_segment_left"));
    const wait = upcoming && upcoming.countdown ? MD.value(upcoming.countdown, now) : null;
    MD.set(clock, wait !== null && wait > 0 ? MD.countdown(wait) : "–:––");
    clock.className = "figures idle";
    MD.set(word, wait !== null && wait > 0 ? MD.word("to_its_start") : "");
    word.className = "idle";
    MD.set(detail, "");
  } else {
    MD.set(title, seg.title);
    const v = MD.value(seg.clock, now);
    let big, words, colour;
    if (!seg.limit) [big, words, colour] = [MD.duration(v), MD.word("elapsed"), "normal"];
    else if (v < 0) [big, words, colour] = ["+" + MD.duration(-v), MD.word("over"), "danger"];
    else [big, words, colour] = [MD.countdown(v), MD.word("left"), "normal"];
    MD.set(clock, big);
    clock.className = "figures " + colour;
    MD.set(word, words);
    word.className = colour;
    const planned = MD.word("planned", { span: seg.planned.join("–") });
    MD.set(detail, seg.time_permitting ? MD.word("time_permitting", { words: planned }) : planned);
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
