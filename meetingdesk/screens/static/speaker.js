/* The speaker's timer: the public name, the time left (green, amber near the end, red and counting
   up past it), a flash when the time is up, the chair's message, the slow-down sign; between turns
   who speaks next, between segments the count-down to the next one. */
"use strict";

const top_ = document.getElementById("top");
const timer = document.getElementById("timer");
const note = document.getElementById("note");
const slow = document.getElementById("slow");
const message = document.getElementById("message");
const FLASH_TOGGLES = 8; // four flashes when the time is up
const FLASH_MS = 250;
const WIDTH = { ":": 0.42, "+": 0.84, ".": 0.42, " ": 0.32 }; // ems; digits and letters about 0.7
let flashedFor = null;
let flashing = null;

function ems(text) {
  let width = 0;
  for (const c of text) width += WIDTH[c] ?? (/[0-9]/.test(c) ? 0.7 : 0.62);
  return Math.max(width, 1).toFixed(2);
}

function setTimer(text, kind, colour) {
  MD.set(timer, text);
  timer.style.setProperty("--ems", ems(text));
  timer.className = ["figures", kind, colour].filter(Boolean).join(" ");
}

function setTop(text, waiting) {
  let span = top_.firstElementChild;
  if (!span) span = top_.appendChild(document.createElement("span"));
  MD.set(span, text);
  top_.title = text;
  top_.classList.toggle("waiting", waiting);
}

function flash() {
  clearInterval(flashing);
  let left = FLASH_TOGGLES;
  document.body.classList.add("flash");
  flashing = setInterval(() => {
    left -= 1;
    document.body.classList.toggle("flash", left > 0 && !document.body.classList.contains("flash"));
    if (left <= 0) stopFlash();
  }, FLASH_MS);
}

function stopFlash() {
  clearInterval(flashing);
  flashing = null;
  document.body.classList.remove("flash");
}

function between(s, now) {
  // nobody has the floor: what comes next (never a protected name: the server sends public names only)
  const upcoming = s.next_segment;
  if (s.sitting.status === "closed") return [MD.word("closed"), "", "", "later"];
  if (s.segment) {
    if (!s.next_speaker) return [s.segment.title, "", "", "later"];
    return [MD.word("next_speaker"), s.next_speaker, "", "next"];
  }
  if (!upcoming) return ["", "", "", "later"];
  const heading = MD.word("next", { title: upcoming.title });
  const wait = upcoming.countdown ? MD.value(upcoming.countdown, now) : null;
  let big = "", words;
  if (wait !== null && wait > 0) {
    big = MD.countdown(wait);
    words = MD.word("until_start", { time: upcoming.planned });
  } else {
    words = MD.word("planned_for", { time: upcoming.planned });
  }
  if (s.next_speaker) words = MD.word("first_speaker", { words, name: s.next_speaker });
  return [heading, big, words, "later"];
}

function tick(s, now) {
  const sp = s.speaker;
  if (sp) {
    const v = MD.value(sp.clock, now);
    const colour = sp.paused ? "paused" : sp.limit ? MD.phase(v, s.thresholds) : "normal";
    setTop(sp.public_name, false);
    setTimer(sp.limit ? MD.speakerTimer(v, sp.stop_at_zero) : MD.duration(Math.floor(v + 1e-6)), "", colour);
    timer.dataset.phase = colour;
    MD.set(note, sp.paused ? MD.word("paused") : "");
    const timeUp = sp.limit && (sp.stop_at_zero ? Math.max(0, v) : v) <= 0;
    if (timeUp && flashedFor !== sp.turn && !sp.paused) {
      flashedFor = sp.turn;
      flash();
    } else if (!timeUp) {
      flashedFor = null;
      stopFlash();
    }
  } else {
    stopFlash();
    flashedFor = null;
    const [heading, big, words, kind] = between(s, now);
    setTop(heading, true);
    setTimer(big, "waiting", kind);
    timer.dataset.phase = "";
    MD.set(note, words);
  }
}

function render(s, now) {
  MD.show(slow, s.slow_down);
  MD.set(message, s.message);
  document.title = s.speaker ? MD.word("speaker_named", { name: s.speaker.public_name }) : MD.word("speaker_page");
  tick(s, now);
}

MD.start({ render, tick });
