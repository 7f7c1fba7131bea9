// The live view's two HTML documents. They carry no data at all: everything an event says reaches the page
// later as JSON and is put in the DOM as text by the script (`src/ui/`), so nothing here is ever escaped.

const head = (title: string, script?: string) => `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<link rel="icon" href="/ui/assets/icon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/ui/assets/ui.css">
${script ? `<script type="module" src="/ui/assets/${script}"></script>\n` : ""}</head>`;

/** The sign-in form; `failed` after a wrong secret. */
export function signInPage(failed: boolean): string {
  return `${head("Sign in · consumer")}
<body class="sign-in">
<main>
<h1>Consumer live view</h1>
<form method="post" action="/ui/sign-in">
<label for="secret">Read secret</label>
<input id="secret" name="secret" type="password" autocomplete="current-password" required autofocus>
${failed ? '<p class="error" role="alert">That is not the secret.</p>\n' : ""}<button type="submit">Sign in</button>
</form>
</main>
</body>
</html>
`;
}

/** A list of cards (`src/ui/lists.ts`): its actions and result line, the list, its empty note, "load older". */
const listSection = (name: string, title: string, actions: string, empty: string) =>
  `<section id="${name}" aria-labelledby="${name}-title">
<h2 id="${name}-title">${title}</h2>
<p>${actions}<span id="${name}-result" role="status"></span></p>
<ol id="${name}-list" class="cards"></ol>
<p id="${name}-empty" class="muted" hidden>${empty}</p>
<button type="button" id="${name}-more" hidden>Load older</button>
</section>`;

const COUNTERS = ["received", "accepted", "duplicates", "quarantined", "processed", "failed", "pending"];

/** The live view's shell; `src/ui/main.ts` fills it. */
export function livePage(): string {
  const counters = COUNTERS.map(
    (name) => `<div class="counter"><dt>${name}</dt><dd data-counter="${name}">–</dd></div>`,
  ).join("\n");
  return `${head("Consumer live view", "main.js")}
<body>
<header>
<h1>Consumer</h1>
<nav aria-label="Sections">
<a href="#events">Events</a>
<a href="#quarantine">Quarantine</a>
<a href="#failed">Failed</a>
<a href="#dialog">Dialog</a>
</nav>
<form method="post" action="/ui/sign-out"><button type="submit" class="quiet">Sign out</button></form>
</header>
<main>
<section aria-labelledby="counters-title">
<h2 id="counters-title" class="visually-hidden">Counters</h2>
<dl id="counters">
${counters}
</dl>
<p id="live" class="muted" role="status">Connecting…</p>
</section>

<section id="events" aria-labelledby="events-title">
<h2 id="events-title">Latest events</h2>
<table class="events">
<thead><tr><th scope="col">Time</th><th scope="col">Type</th><th scope="col">Dialog</th><th scope="col">Party</th><th scope="col">Status</th></tr></thead>
<tbody id="events-body"></tbody>
</table>
<p id="events-empty" class="muted" hidden>No events yet.</p>
<button type="button" id="events-more" hidden>Load older events</button>
</section>

${listSection("quarantine", "Quarantine", '<button type="button" id="replay-all">Replay all</button> ', "Nothing in quarantine.")}

${listSection("failed", "Failed", "", "No failed items.")}

<section id="dialog" aria-labelledby="dialog-title">
<h2 id="dialog-title">Dialog</h2>
<form id="dialog-form">
<label for="dialog-id">Dialog id</label>
<input id="dialog-id" name="dialog" autocomplete="off" spellcheck="false" required>
<button type="submit">Show</button>
</form>
<div id="dialog-view"></div>
</section>
</main>

<dialog id="detail" aria-labelledby="detail-title">
<h2 id="detail-title">Event</h2>
<h3>Warnings</h3>
<ul id="detail-warnings"></ul>
<h3>JSON</h3>
<pre id="detail-json"></pre>
<form method="dialog"><button type="submit">Close</button></form>
</dialog>
</body>
</html>
`;
}
