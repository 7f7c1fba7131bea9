import { it } from "vitest";
import { readEventCatalog } from "../src/read/event-catalog.js";
it("x", () => { const c = readEventCatalog(); const e = c.find(x=>x.type.endsWith("transmission.created.v1"))!; console.log(JSON.stringify({...e, schemas: undefined}, null, 1)); console.log(JSON.stringify(c.at(-1)!.attributes,null,1)) });
