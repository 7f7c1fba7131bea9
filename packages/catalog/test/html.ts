// Reads the built pages with parse5 (the HTML parser browsers' behaviour is specified by).
import { readFileSync } from "node:fs";
import { type DefaultTreeAdapterMap, parse } from "parse5";

export type Element = DefaultTreeAdapterMap["element"];
type Node = DefaultTreeAdapterMap["node"];
type Document = DefaultTreeAdapterMap["document"];

export function parseFile(file: string): Document {
  return parse(readFileSync(file, "utf8"));
}

/** Every element of a document, in document order. */
export function elements(root: Node): Element[] {
  const found: Element[] = [];
  const visit = (node: Node) => {
    if ("tagName" in node) found.push(node);
    const children = "content" in node && node.tagName === "template" ? node.content.childNodes : undefined;
    for (const child of children ?? ("childNodes" in node ? node.childNodes : [])) visit(child);
  };
  visit(root);
  return found;
}

export function attribute(element: Element, name: string): string | undefined {
  return element.attrs.find((attr) => attr.name === name)?.value;
}

export function textOf(node: Node): string {
  if (node.nodeName === "#text" && "value" in node) return node.value;
  return "childNodes" in node ? node.childNodes.map(textOf).join("") : "";
}
