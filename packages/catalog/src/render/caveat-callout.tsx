import type { Caveat } from "../content/caveats.js";
import { Md } from "./markdown.js";

export function CaveatCallout({ caveat }: { caveat: Caveat }) {
  return (
    <aside class="callout" id={caveat.id}>
      <Md as="strong" text={caveat.title} />
      <Md as="p" text={caveat.text} />
    </aside>
  );
}
