// Schema descriptions and the catalog's own texts are short Markdown (mostly `code`). markdown-it renders
// them with raw HTML off, so nothing in a description can inject markup into a page.
import MarkdownIt from "markdown-it";

const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });

/** One paragraph's worth of inline Markdown, as an element. */
export function Md({ text, as: Tag = "span" }: { text: string; as?: "span" | "p" | "li" | "strong" }) {
  return <Tag dangerouslySetInnerHTML={{ __html: markdown.renderInline(text) }} />;
}

/** The first sentence of a description, for lists. */
export function firstSentence(text: string): string {
  const end = text.search(/\.(\s|$)/);
  return end === -1 ? text : text.slice(0, end + 1);
}

/** An event type in code, breakable after each dot so long types wrap cleanly on narrow screens. */
export function TypeId({ type, class: className }: { type: string; class?: string }) {
  const parts = type.split(".");
  return (
    <code class={className}>
      {parts.map((part, index) => (
        <>
          {part}
          {index < parts.length - 1 && (
            <>
              .<wbr />
            </>
          )}
        </>
      ))}
    </code>
  );
}
