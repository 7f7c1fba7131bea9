// Dialogporten's dialog GET, typed from its official OpenAPI document (`@dialogporten-events/dialogporten-api`'s
// `paths`, through openapi-fetch): the service-owner view (`/api/v1/serviceowner/dialogs/{dialogId}`) or the
// end-user view (`/api/v1/enduser/dialogs/{dialogId}`). A token read from a file is read again when an
// answer is 401, as pull mode does (`pull/client.ts`): real tokens expire and are renewed by someone else.

import type { paths } from "@dialogporten-events/dialogporten-api";
import createClient from "openapi-fetch";
import { BearerToken, retryAfter, type TokenSource } from "../pull/client.js";
import type { DialogportenDialog } from "../store/store.js";

/** Whose view of a dialog the enricher asks for: a service owner's (the default) or an end user's. */
export type DialogportenView = "serviceowner" | "enduser";

/** What one GET gave. A network failure or a timeout throws instead. */
export type DialogAnswer =
  | { status: 200; dialog: DialogportenDialog }
  | { status: number; retryAfterMs: number | undefined; body: string };

export class DialogportenClient {
  private readonly http: ReturnType<typeof createClient<paths>>;
  private readonly token: BearerToken;

  constructor(
    /** Dialogporten's base URL, under which the API's `/api/v1/...` paths are. */
    readonly baseUrl: string,
    source: TokenSource,
    readonly view: DialogportenView = "serviceowner",
    private readonly fetchTimeoutMs = 30_000,
  ) {
    this.http = createClient<paths>({ baseUrl });
    this.token = new BearerToken(source);
  }

  /** The dialog; a 401 with a token file reads the file again and asks once more. */
  async getDialog(dialogId: string, signal?: AbortSignal): Promise<DialogAnswer> {
    let answer = await this.once(dialogId, signal, false);
    if (answer.status === 401 && this.token.renewable) answer = await this.once(dialogId, signal, true);
    return answer;
  }

  private async once(
    dialogId: string,
    signal: AbortSignal | undefined,
    reread: boolean,
  ): Promise<DialogAnswer> {
    const timeout = AbortSignal.timeout(this.fetchTimeoutMs);
    const init = {
      params: { path: { dialogId } },
      headers: { authorization: `Bearer ${await this.token.get(reread)}`, accept: "application/json" },
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
      // Errors are read as text: a 503 is `text/plain`, a 404 problem+json, a proxy's answer anything.
      parseAs: "text" as const,
    };
    const { response, data, error } =
      this.view === "enduser"
        ? await this.http.GET("/api/v1/enduser/dialogs/{dialogId}", init)
        : await this.http.GET("/api/v1/serviceowner/dialogs/{dialogId}", init);
    if (response.status === 200 && typeof data === "string") {
      return { status: 200, dialog: JSON.parse(data) as DialogportenDialog };
    }
    return {
      status: response.status,
      retryAfterMs: retryAfter(response.headers),
      body: typeof error === "string" ? error : "",
    };
  }
}
