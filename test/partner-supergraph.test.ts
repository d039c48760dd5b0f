/**
 * A developer's way of trying a partner in, as README "Federating your subgraph in" tells it:
 * `npm run start:partner` runs the sample partner on its own, its SDL is fetched and composed
 * with ours (`test/partner/partners.json`), and `SUPERGRAPH=… npm start` serves the partner's
 * fields through our gateway. Every part is a process of its own, started from its entry.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createInterface } from "node:readline";
import { exportPKCS8, exportSPKI, generateKeyPair } from "jose";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { composeSupergraph } from "../schema/composition.js";
import { readPartnerConfig } from "../schema/partner-config.js";
import { DEMO_ROLES } from "../scripts/demo/demo-roles.js";
import { DEFAULT_AUDIENCE, DEFAULT_ISSUER, TOKEN_ALGORITHM, type TokenKeys } from "../subgraphs/shared/auth/keys.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { postGraphQL } from "./support/running-service.js";

interface Started {
  child: ChildProcess;
  /** The first line of its standard output that `found` recognises. */
  line: string;
  output(): string;
}

/** Starts an entry point as `npm run` does and waits for the line that says it serves. */
function start(entry: string, env: Record<string, string>, found: (line: string) => boolean): Promise<Started> {
  const child = spawn(process.execPath, ["--import", "tsx", entry], { env: { ...process.env, LOG_LEVEL: "info", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  let output = "";
  child.stderr!.on("data", (chunk) => (output = (output + String(chunk)).slice(-8000)));
  const lines = createInterface({ input: child.stdout! });
  return new Promise((resolve, reject) => {
    lines.on("line", (line) => {
      output = (output + line + "\n").slice(-8000);
      if (found(line)) resolve({ child, line, output: () => output });
    });
    child.once("exit", (code) => reject(new Error(`${entry} exited (${code}) before it served: ${output}`)));
  });
}

async function stop(started: Started | undefined): Promise<void> {
  if (!started || started.child.exitCode !== null) return;
  const exited = new Promise((resolve) => started.child.once("exit", resolve));
  started.child.kill("SIGTERM");
  await exited;
}

const dir = mkdtempSync(join(tmpdir(), "ehoks-partner-"));
let partner: Started | undefined;
let service: Started | undefined;
let gatewayUrl: string;
let keys: TokenKeys;

beforeAll(async () => {
  // PARTNER_PORT=0: a free port, so the test never meets a developer's partner on 4010.
  partner = await start("test/partner/main.ts", { PARTNER_PORT: "0" }, (line) => line.includes('"sample partner listening"'));
  const partnerUrl = (JSON.parse(partner.line) as { url: string }).url;
  expect(JSON.parse(partner.line)).toMatchObject({ component: "partner" });

  // The partners file as README shows it, pointing at this partner; its SDL fetched from it.
  const partnersFile = join(dir, "partners.json");
  writeFileSync(partnersFile, JSON.stringify([{ name: "eperusteet", url: partnerUrl, fetchSdl: true }]));
  const { supergraphSdl } = await composeSupergraph(await readPartnerConfig(partnersFile));
  const supergraphFile = join(dir, "supergraph-with-partner.graphql");
  writeFileSync(supergraphFile, supergraphSdl);

  const { publicKey, privateKey } = await generateKeyPair(TOKEN_ALGORITHM, { extractable: true });
  keys = { verificationKey: publicKey, signingKey: privateKey, issuer: DEFAULT_ISSUER, audience: DEFAULT_AUDIENCE };
  service = await start(
    "scripts/start.ts",
    {
      SUPERGRAPH: supergraphFile,
      // Its own embedded database, also in the suite's PostgreSQL run: npm start seeds what it opens.
      DATABASE_URL: "",
      PGLITE_DATA_DIR: "memory://",
      AUDIT_LOG_FILE: join(dir, "audit.jsonl"),
      JWT_PUBLIC_KEY: await exportSPKI(publicKey),
      JWT_PRIVATE_KEY: await exportPKCS8(privateKey),
      HOST: "127.0.0.1",
      PORT: "0",
      HOKS_PORT: "0",
      PERSONS_PORT: "0",
      CONSENTS_PORT: "0",
    },
    (line) => /http:\/\/127\.0\.0\.1:\d+\/graphql/.test(line),
  );
  // The banner's first address is the gateway's.
  gatewayUrl = /http:\/\/127\.0\.0\.1:\d+\/graphql/.exec(service.line)![0];
}, 180_000);

afterAll(async () => {
  await stop(service);
  await stop(partner);
});

describe("SUPERGRAPH with a partner composed in, through npm start's gateway", () => {
  it("answers the partner's root field", async () => {
    const token = await mintToken(keys, DEMO_ROLES.liisa!.claims, "5m");
    const { body } = await postGraphQL(gatewayUrl, `{ ePerusteetTutkinnonOsa(koodiUri: "tutkinnonosat_106727") { nimi } }`, { token });
    expect(body.errors, service?.output()).toBeUndefined();
    expect(body.data.ePerusteetTutkinnonOsa).toEqual({ nimi: "Asiakaspalvelu ja myynti" });
  });

  it("answers the partner's fields on our units, next to ours", async () => {
    const token = await mintToken(keys, DEMO_ROLES.aino!.claims, "5m");
    const { body } = await postGraphQL(gatewayUrl, `{ me { hoksit { hankittavatAmmatTutkinnonOsat { tutkinnonOsaKoodiUri tutkinnonOsa { nimi } } } } }`, { token });
    expect(body.errors, service?.output()).toBeUndefined();
    const units = body.data.me.hoksit.flatMap((plan: { hankittavatAmmatTutkinnonOsat: unknown[] }) => plan.hankittavatAmmatTutkinnonOsat);
    expect(units).toContainEqual({ tutkinnonOsaKoodiUri: "tutkinnonosat_106729", tutkinnonOsa: { nimi: "Myynnin ja asiakaspalvelun perusteet" } });
  });
});
