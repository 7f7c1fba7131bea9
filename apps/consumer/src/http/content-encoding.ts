// `Content-Encoding` on a request body: gzip, deflate and br are decoded (node:zlib), each step bounded by the
// body limit so a small compressed body cannot become a large one (decompression bomb: 413); any other
// coding is refused with 415 rather than read as if it were plain.

import { brotliDecompressSync, gunzipSync, inflateSync, type ZlibOptions } from "node:zlib";

type Decoder = (body: Buffer, options: ZlibOptions) => Buffer;

const DECODERS: Record<string, Decoder> = {
  gzip: gunzipSync,
  "x-gzip": gunzipSync,
  deflate: inflateSync,
  br: brotliDecompressSync,
};

/** The codings we decode, for the `Accept-Encoding` header of a 415 answer (RFC 9110, 15.5.16). */
export const ACCEPTED_ENCODINGS = "gzip, deflate, br";

/** A body we cannot read as sent: `status` 400 (not what its header says), 413 (too large) or 415. */
export class EncodingError extends Error {
  override name = "EncodingError";
  constructor(
    readonly status: 400 | 413 | 415,
    message: string,
  ) {
    super(message);
  }
}

/** The body with every listed coding undone (the last applied is undone first). */
export function decodeBody(header: string | string[] | undefined, body: Buffer, maxBytes: number): Buffer {
  const codings = (Array.isArray(header) ? header.join(",") : (header ?? ""))
    .split(",")
    .map((c) => c.trim().toLowerCase())
    .filter((c) => c !== "" && c !== "identity");
  for (const coding of codings) {
    if (!DECODERS[coding]) {
      throw new EncodingError(
        415,
        `Content-Encoding ${coding} is not supported; send ${ACCEPTED_ENCODINGS} or none.`,
      );
    }
  }
  let decoded = body;
  for (const coding of codings.reverse()) {
    try {
      decoded = (DECODERS[coding] as Decoder)(decoded, { maxOutputLength: maxBytes });
    } catch (error) {
      if ((error as { code?: string }).code === "ERR_BUFFER_TOO_LARGE") {
        throw new EncodingError(413, `The decoded body is larger than the limit of ${maxBytes} bytes.`);
      }
      throw new EncodingError(400, `The body is not valid ${coding}, as its Content-Encoding says.`);
    }
  }
  return decoded;
}
