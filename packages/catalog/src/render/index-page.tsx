import { caveats } from "../content/caveats.js";
import { groups } from "../content/groups.js";
import { everyEvent } from "../content/receiver-guidance.js";
import type { EventTypeEntry } from "../read/event-catalog.js";
import { CaveatCallout } from "./caveat-callout.js";
import { Page } from "./layout.js";
import { firstSentence, Md, TypeId } from "./markdown.js";
import { typePagePath } from "./paths.js";

export function IndexPage({
  entries,
  packageVersion,
}: {
  entries: readonly EventTypeEntry[];
  packageVersion: string;
}) {
  const dialogporten = entries.filter((entry) => entry.group !== "broker").length;
  return (
    <Page
      title="Dialogporten event catalog"
      description={`The ${dialogporten} CloudEvent types Dialogporten publishes through Altinn Events: when each is emitted, what to do with it, every field.`}
      root=""
      scripts={["filter.js"]}
      packageVersion={packageVersion}
    >
      <div class="intro">
        <h1>Dialogporten event catalog</h1>
        <p class="lead">
          The {dialogporten} CloudEvent types Norway's Dialogporten publishes through Altinn Events, and the
          validation event the broker sends to every new subscription. Each page says when the event is
          emitted, what a receiver should do with it, and what every field may hold.
        </p>
      </div>

      <div class="filter" data-filter hidden>
        <label for="filter-input">Filter event types</label>
        <input
          id="filter-input"
          type="search"
          autocomplete="off"
          spellcheck={false}
          placeholder="payment, seen, transmission…"
          aria-describedby="filter-status"
        />
        <p id="filter-status" class="filter-status" role="status" aria-live="polite" />
      </div>

      {groups.map((group) => {
        const members = entries.filter((entry) => entry.group === group.id);
        if (members.length === 0) return null;
        return (
          <section class="group" id={group.id} aria-labelledby={`${group.id}-heading`} data-filter-group>
            <h2 id={`${group.id}-heading`}>
              {group.heading} <span class="count">{members.length}</span>
            </h2>
            <Md as="p" text={group.intro} />
            <ul class="type-list">
              {members.map((entry) => (
                <li data-filter-text={`${entry.type} ${entry.title} ${entry.description}`.toLowerCase()}>
                  <a href={typePagePath(entry.type)}>
                    <span class="type-title">{entry.title}</span>
                    <TypeId class="type-id" type={entry.type} />
                  </a>
                  <Md as="p" text={firstSentence(entry.description)} />
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      <section id="receiving" aria-labelledby="receiving-heading">
        <h2 id="receiving-heading">Receiving any of them</h2>
        <ul class="steps">
          {everyEvent.map((step) => (
            <Md as="li" text={step} />
          ))}
        </ul>
        <h3>Caveats of the published overview</h3>
        {caveats.map((caveat) => (
          <CaveatCallout caveat={caveat} />
        ))}
      </section>
    </Page>
  );
}
