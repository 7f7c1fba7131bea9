import { caveatsFor } from "../content/caveats.js";
import { groupInfo } from "../content/groups.js";
import { receiverSteps } from "../content/receiver-guidance.js";
import type { EventTypeEntry } from "../read/event-catalog.js";
import type { TypeHistory } from "../read/history.js";
import { schemaSpecifier } from "../read/shipped-schemas.js";
import { CaveatCallout } from "./caveat-callout.js";
import { FieldTable } from "./field-table.js";
import { Page } from "./layout.js";
import { firstSentence, Md, TypeId } from "./markdown.js";
import { schemaPath, typePagePath } from "./paths.js";

export interface TypePageProps {
  entry: EventTypeEntry;
  history: TypeHistory;
  previous?: EventTypeEntry;
  next?: EventTypeEntry;
  packageVersion: string;
}

const root = "../";

export function TypePage({ entry, history, previous, next, packageVersion }: TypePageProps) {
  const group = groupInfo(entry.group);
  const applicable = caveatsFor(entry.type, entry.group);
  return (
    <Page
      title={`${entry.title}: ${entry.type}`}
      description={firstSentence(entry.description).replaceAll("`", "")}
      root={root}
      scripts={["copy.js"]}
      packageVersion={packageVersion}
    >
      <nav class="breadcrumb" aria-label="Breadcrumb">
        <ol>
          <li>
            <a href={`${root}index.html`}>Event catalog</a>
          </li>
          <li>
            <a href={`${root}index.html#${group.id}`}>{group.heading}</a>
          </li>
          <li aria-current="page">{entry.title}</li>
        </ol>
      </nav>

      <h1>{entry.title}</h1>
      <p class="type-line">
        <TypeId type={entry.type} />
      </p>

      <dl class="facts">
        <div>
          <dt>TypeScript</dt>
          <dd>
            <code>{`import type { ${entry.typeScriptName} } from "dialogporten-events";`}</code>
          </dd>
        </div>
        <div>
          <dt>Schemas</dt>
          <dd>
            <ul class="schema-links">
              {(["strict", "tolerant"] as const).map((mode) => (
                <li>
                  <a href={`${root}${schemaPath(mode, entry.type)}`} type="application/schema+json">
                    <code>{schemaSpecifier(mode, entry.type)}</code>
                  </a>{" "}
                  <span class="mode-note">{mode === "strict" ? "producers" : "receivers"}</span>
                </li>
              ))}
            </ul>
          </dd>
        </div>
        <div>
          <dt>
            <code>source</code> is
          </dt>
          <dd>
            <Md text={group.source} />
          </dd>
        </div>
      </dl>

      <section aria-labelledby="what-heading">
        <h2 id="what-heading">What happened, and when it is emitted</h2>
        <Md as="p" text={entry.description} />
      </section>

      <section aria-labelledby="do-heading">
        <h2 id="do-heading">What a receiver should do</h2>
        <ul class="steps">
          {receiverSteps(entry.type, entry.group).map((step) => (
            <Md as="li" text={step} />
          ))}
        </ul>
        {entry.group !== "broker" && (
          <p class="aside">
            And as with every event: answer 2xx once stored, deduplicate on (<code>source</code>,{" "}
            <code>id</code>), expect no order (<a href={`${root}index.html#receiving`}>details</a>).
          </p>
        )}
      </section>

      {applicable.length > 0 && (
        <section aria-labelledby="caveats-heading">
          <h2 id="caveats-heading">Caveats</h2>
          {applicable.map((caveat) => (
            <CaveatCallout caveat={caveat} />
          ))}
        </section>
      )}

      <section aria-labelledby="attributes-heading">
        <h2 id="attributes-heading">Attributes</h2>
        <p>
          What producers must send (strict mode), and where receivers accept more (tolerant mode, the default
          of <code>parseEvent</code>).
        </p>
        <FieldTable
          caption={`Attributes of ${entry.type}`}
          rows={entry.attributes}
          anchor="attr"
          caveats={applicable}
          dataLink="#data-heading"
        />
      </section>

      {entry.data && (
        <section aria-labelledby="data-heading">
          <h2 id="data-heading">
            <code>data</code> fields
          </h2>
          {entry.data.description && <Md as="p" text={entry.data.description} />}
          <ul class="rules">
            {entry.data.rules.map((rule) => (
              <Md as="li" text={rule} />
            ))}
          </ul>
          {entry.data.tolerantRules && (
            <div class="tolerant">
              <strong>Receivers</strong> (tolerant mode):
              <ul class="rules">
                {entry.data.tolerantRules.map((rule) => (
                  <Md as="li" text={rule} />
                ))}
              </ul>
            </div>
          )}
          <FieldTable caption={`data fields of ${entry.type}`} rows={entry.data.fields} anchor="data" />
        </section>
      )}

      <section aria-labelledby="example-heading">
        <h2 id="example-heading">Example</h2>
        {entry.examples.map((example, index) => (
          <figure class="example-event">
            <div class="example-bar">
              <figcaption>
                A <code>{entry.type}</code> event{entry.examples.length > 1 ? ` (${index + 1})` : ""}, as
                delivered
              </figcaption>
              <button type="button" class="copy-button" data-copy={`example-${index + 1}`}>
                Copy
              </button>
            </div>
            <pre>
              <code id={`example-${index + 1}`}>{JSON.stringify(example, null, 2)}</code>
            </pre>
          </figure>
        ))}
        <p class="copy-status" role="status" aria-live="polite" />
      </section>

      <section aria-labelledby="history-heading">
        <h2 id="history-heading">History</h2>
        <Md as="p" text={history.summary} />
        {history.notes.length > 0 && (
          <ul class="history">
            {history.notes.map((note) => (
              <li>
                <span class="version">{note.version ?? `unreleased (${note.bump})`}</span>{" "}
                <Md text={note.text} />
              </li>
            ))}
          </ul>
        )}
      </section>

      <nav class="pager" aria-label="Other event types">
        {previous ? (
          <a href={`${root}${typePagePath(previous.type)}`} rel="prev">
            <span>Previous</span> {previous.title}
          </a>
        ) : (
          <span />
        )}
        {next && (
          <a href={`${root}${typePagePath(next.type)}`} rel="next">
            <span>Next</span> {next.title}
          </a>
        )}
      </nav>
    </Page>
  );
}
