import { createServer as createHttp } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createGateway } from "../gateway/gateway.js";
import { SUBGRAPHS } from "../subgraphs/registry.js";
import { generateTokenKeys } from "../subgraphs/shared/auth/keys.js";
import { listen, type RunningServer } from "../subgraphs/shared/http/http-server.js";
import { startSubgraph } from "../subgraphs/shared/subgraph-server.js";
import { postGraphQL, startTestService, type TestService } from "./support/running-service.js";

let service: TestService;
beforeAll(async () => { service = await startTestService(); });
afterAll(() => service.close());

it("explore rotated keys", async () => {
  const other = await startSubgraph(SUBGRAPHS.consents, { db: service.database.db, clock: service.clock, keys: await generateTokenKeys() }, 0);
  const gw = await createGateway({ keys: service.keys, subgraphUrls: { ...service.subgraphUrls, consents: `${other.url}/graphql` }, subgraphTimeoutMs: 1000 });
  const srv = await listen(gw.routes, 0);
  const token = await service.token("aino");
  for (const q of ["{ me { etunimet } jaettuModuuli { voimassaLoppu } }"]) {
    const r = await postGraphQL(`${srv.url}/graphql`, q, { token });
    console.log(r.status, r.text);
  }
  await srv.close(); await gw.stop(); await other.close();
});
it("explore stub statuses", async () => {
  for (const [status, ct, body] of [[500, "text/html", "<h1>boom at 10.0.0.5</h1>"], [502, "application/json", '{"errors":[{"message":"upstream db.internal:5432 down","extensions":{"code":"BAD_USER_INPUT"}}]}'], [200, "application/json", '{"errors":[{"message":"select * from x","extensions":{"code":"NOT_FOUND"}}],"data":null}'], [403, "text/plain", "forbidden at 10.1.1.1"], [200, "text/plain", "hello"]] as const) {
    const stub = createHttp((req, res) => { req.resume(); req.on("end", () => { res.writeHead(status, { "content-type": ct }); res.end(body); }); });
    await new Promise<void>((r) => stub.listen(0, "127.0.0.1", r));
    const url = `http://127.0.0.1:${(stub.address() as any).port}/graphql`;
    const gw = await createGateway({ keys: service.keys, subgraphUrls: { ...service.subgraphUrls, consents: url }, subgraphTimeoutMs: 1000 });
    const srv = await listen(gw.routes, 0);
    const r = await postGraphQL(`${srv.url}/graphql`, "{ me { etunimet } jaettuModuuli { voimassaLoppu } }", { token: await service.token("aino") });
    console.log(status, ct, "=>", r.status, r.text);
    await srv.close(); await gw.stop(); await new Promise((r) => stub.close(r));
  }
});
