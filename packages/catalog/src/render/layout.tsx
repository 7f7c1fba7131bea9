// The page shell every page shares. No inline script or style: the Content-Security-Policy below allows
// only files from the site itself, so the pages make no request to any other host.
import type { ComponentChildren } from "preact";

export const contentSecurityPolicy = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
].join("; ");

export interface PageProps {
  title: string;
  description: string;
  /** The way back to the site's root from this page: "" or "../". */
  root: string;
  scripts: readonly string[];
  packageVersion: string;
  children: ComponentChildren;
}

export function Page({ title, description, root, scripts, packageVersion, children }: PageProps) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content={contentSecurityPolicy} />
        <meta name="referrer" content="no-referrer" />
        <title>{title}</title>
        <meta name="description" content={description} />
        <meta name="color-scheme" content="light dark" />
        <link rel="icon" href={`${root}assets/icon.svg`} type="image/svg+xml" />
        <link rel="stylesheet" href={`${root}assets/catalog.css`} />
        {scripts.map((script) => (
          <script src={`${root}assets/${script}`} defer />
        ))}
      </head>
      <body>
        <a class="skip-link" href="#main">
          Skip to content
        </a>
        <header class="site-header">
          <div class="wrap">
            <a class="site-name" href={`${root}index.html`}>
              <img src={`${root}assets/icon.svg`} alt="" width="28" height="28" />
              <span>Dialogporten event catalog</span>
            </a>
          </div>
        </header>
        <main id="main" class="wrap" tabIndex={-1}>
          {children}
        </main>
        <footer class="site-footer">
          <div class="wrap">
            Generated from the JSON Schemas shipped in <code>dialogporten-events@{packageVersion}</code>.
            Works offline; nothing here loads from another host.
          </div>
        </footer>
      </body>
    </html>
  );
}
