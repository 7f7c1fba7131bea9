// DOM building for the live view. Everything that came from an event is untrusted: it only ever becomes a
// text node (`textContent`) or an attribute value set through the DOM, never markup.

type Child = Node | string | null | undefined | false;

export interface Props {
  class?: string;
  /** Set with `setAttribute`: a value, never markup. */
  attrs?: Record<string, string>;
  onClick?: (event: Event) => void;
}

export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Props = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  if (props.class) element.className = props.class;
  for (const [name, value] of Object.entries(props.attrs ?? {})) element.setAttribute(name, value);
  if (props.onClick) element.addEventListener("click", props.onClick);
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    element.append(typeof child === "string" ? document.createTextNode(child) : child);
  }
  return element;
}

/** The element with this id, of the expected kind; the page's shell (`ui-pages.ts`) has them all. */
export function byId<T extends HTMLElement>(id: string, kind: new () => T): T {
  const element = document.getElementById(id);
  if (!(element instanceof kind)) throw new Error(`the page has no ${kind.name} #${id}`);
  return element;
}

export function clear(element: Element): void {
  element.replaceChildren();
}

/** A time as the reader's locale shows it, or the text as it came when it is not a time. */
export function when(value: unknown): string {
  if (typeof value !== "string") return "";
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? value : date.toLocaleString();
}

/** A field that should be text; anything else (an event may carry any JSON) shown as JSON. */
export function text(value: unknown): string {
  if (value === undefined || value === null) return "";
  return typeof value === "string" ? value : JSON.stringify(value);
}

/** One validation issue of an event: its JSON pointer (`/` for the whole event) and message. */
export function issueItem(issue: { pointer: string; message: string }): HTMLLIElement {
  return h("li", {}, h("code", {}, issue.pointer || "/"), " ", issue.message);
}
