// The optional allow-list of sender addresses for POST /webhook (`ALLOWED_SOURCE_IPS`, off by default). Altinn
// Events sends from 20.100.46.139 (production) and 20.100.24.41 (TT02). The address is the TCP peer's, or,
// only when `TRUST_PROXY` is set, the one Fastify derives from X-Forwarded-For through the trusted proxies.

import { BlockList, isIPv4, isIPv6 } from "node:net";
import { ConfigError } from "../config.js";

export const ALTINN_EVENTS_ADDRESSES = { production: "20.100.46.139", tt02: "20.100.24.41" } as const;

export interface AddressAllowList {
  allows(address: string | undefined): boolean;
}

export function parseAllowList(entries: readonly string[]): AddressAllowList {
  const list = new BlockList();
  for (const entry of entries) {
    const [address = "", prefix] = entry.split("/");
    const family = isIPv4(address) ? "ipv4" : isIPv6(address) ? "ipv6" : undefined;
    const bits = prefix === undefined ? undefined : Number(prefix);
    const maxBits = family === "ipv4" ? 32 : 128;
    if (
      family === undefined ||
      (bits !== undefined && !(Number.isInteger(bits) && bits >= 0 && bits <= maxBits))
    ) {
      throw new ConfigError(
        `ALLOWED_SOURCE_IPS: ${JSON.stringify(entry)} is not an IP address or CIDR range`,
      );
    }
    if (bits === undefined) list.addAddress(address, family);
    else list.addSubnet(address, bits, family);
  }
  return {
    allows(raw) {
      if (!raw) return false;
      // An IPv4 client on a dual-stack socket shows up as ::ffff:a.b.c.d.
      const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(raw)?.[1];
      const address = mapped ?? raw;
      if (isIPv4(address)) return list.check(address, "ipv4");
      if (isIPv6(address)) return list.check(address, "ipv6");
      return false;
    },
  };
}
