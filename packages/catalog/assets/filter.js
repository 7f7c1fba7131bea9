// The index's filter box: shows only the event types whose type, title or description contain every word
// typed. Without this script the box stays hidden and every type is listed.
(() => {
  const box = document.querySelector("[data-filter]");
  const input = document.getElementById("filter-input");
  const status = document.getElementById("filter-status");
  if (!box || !input || !status) return;
  const groups = [...document.querySelectorAll("[data-filter-group]")];
  box.hidden = false;

  function apply() {
    const words = input.value.toLowerCase().split(/\s+/).filter(Boolean);
    let shown = 0;
    let total = 0;
    for (const group of groups) {
      let inGroup = 0;
      for (const item of group.querySelectorAll("[data-filter-text]")) {
        const text = item.getAttribute("data-filter-text") ?? "";
        const match = words.every((word) => text.includes(word));
        item.hidden = !match;
        total += 1;
        if (match) inGroup += 1;
      }
      group.hidden = inGroup === 0;
      shown += inGroup;
    }
    if (words.length === 0) status.textContent = "";
    else if (shown === 0) status.textContent = `No event type matches “${input.value.trim()}”.`;
    else status.textContent = `${shown} of ${total} event types match.`;
  }

  input.addEventListener("input", apply);
  // "/" jumps to the filter, as on many documentation sites; Escape clears it.
  document.addEventListener("keydown", (event) => {
    if (event.key === "/" && document.activeElement !== input) {
      event.preventDefault();
      input.focus();
    }
  });
  input.addEventListener("keydown", (event) => {
    if (event.key === "Escape") {
      input.value = "";
      apply();
    }
  });
  apply();
})();
