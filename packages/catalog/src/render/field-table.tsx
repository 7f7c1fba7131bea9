import type { Caveat } from "../content/caveats.js";
import type { FieldForm, FieldRow } from "../read/event-catalog.js";
import { Md } from "./markdown.js";

export interface FieldTableProps {
  caption: string;
  rows: readonly FieldRow[];
  /** Prefix for the row anchors, e.g. "attr" or "data". */
  anchor: string;
  caveats?: readonly Caveat[];
  /** Where the `data` row points to. */
  dataLink?: string;
}

export function FieldTable({ caption, rows, anchor, caveats = [], dataLink }: FieldTableProps) {
  return (
    <div class="table-scroll">
      <table class="fields">
        <caption class="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Type</th>
            <th scope="col">Required</th>
            <th scope="col">Meaning and format</th>
            <th scope="col">Example</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr id={`${anchor}-${row.name}`}>
              <th scope="row" data-label="Name">
                <code>{row.name}</code>
              </th>
              <td data-label="Type">{row.type}</td>
              <td data-label="Required">
                <Required row={row} />
              </td>
              <td data-label="Meaning and format" class="meaning">
                <Form form={row.canonical} />
                {row.tolerant && (
                  <div class="tolerant">
                    <strong>Receivers also accept</strong> (tolerant mode):
                    <Form form={row.tolerant} />
                  </div>
                )}
                {caveats
                  .filter((caveat) => caveat.attribute === row.name)
                  .map((caveat) => (
                    <p class="caveat-ref">
                      See <a href={`#${caveat.id}`}>{caveat.title.replaceAll("`", "")}</a>.
                    </p>
                  ))}
              </td>
              <td data-label="Example" class="example">
                {row.name === "data" && dataLink ? (
                  <a href={dataLink}>see the data fields</a>
                ) : (
                  <ExampleValue value={row.example} />
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Required({ row }: { row: FieldRow }) {
  if (row.required && row.requiredByReceivers) return <>yes</>;
  if (!row.required && !row.requiredByReceivers) return <>no</>;
  if (row.required) return <>producers: yes; receivers: may be missing</>;
  return <>receivers: yes; producers: no</>;
}

function Form({ form }: { form: FieldForm }) {
  return (
    <>
      {form.description.map((text) => (
        <Md as="p" text={text} />
      ))}
      {form.rules.length > 0 && (
        <ul class="rules">
          {form.rules.map((rule) => (
            <Md as="li" text={rule} />
          ))}
        </ul>
      )}
      {form.pattern && (
        <details class="pattern">
          <summary>Pattern</summary>
          <code>{form.pattern}</code>
        </details>
      )}
    </>
  );
}

function ExampleValue({ value }: { value: unknown }) {
  if (value === undefined) return <span class="none">none given</span>;
  return <code>{typeof value === "string" ? value : JSON.stringify(value)}</code>;
}
