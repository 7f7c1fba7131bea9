// The copy buttons beside example events: copy the example's text and say so. The Clipboard API needs a
// secure context (https, localhost or a file); elsewhere the text is selected for the reader to copy.
(() => {
  const status = document.querySelector(".copy-status");
  const say = (text) => {
    if (status) status.textContent = text;
  };
  for (const button of document.querySelectorAll("[data-copy]")) {
    button.addEventListener("click", async () => {
      const source = document.getElementById(button.getAttribute("data-copy") ?? "");
      if (!source) return;
      const text = source.textContent ?? "";
      try {
        await navigator.clipboard.writeText(text);
        button.textContent = "Copied";
        say("Example copied to the clipboard.");
        setTimeout(() => {
          button.textContent = "Copy";
        }, 2000);
      } catch {
        const range = document.createRange();
        range.selectNodeContents(source);
        const selection = window.getSelection();
        selection?.removeAllRanges();
        selection?.addRange(range);
        say("Copying is not allowed here: the example is selected, press Ctrl+C (⌘C) to copy it.");
      }
    });
  }
})();
