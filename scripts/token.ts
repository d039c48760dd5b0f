/**
 * `npm run token -- <demo role>` or `npm run token -- --role official --sub <oid> --privilege <org>:read,update`
 * prints a signed access token. Signs with JWT_PRIVATE_KEY when set, else with the development key.
 * The token lives as long as `--expires` says, by default the longest its role may have; longer
 * than that is refused (the service would refuse such a token).
 */
import { parseArgs } from "node:util";
import { tokenKeysFromEnv } from "../subgraphs/shared/auth/keys.js";
import { principalFromClaims, ROLES, type EhoksClaims, type Right } from "../subgraphs/shared/auth/principal.js";
import { TokenLifetimeError } from "../subgraphs/shared/auth/token-lifetime.js";
import { mintToken } from "../subgraphs/shared/auth/tokens.js";
import { loadSettingsOrExit } from "../subgraphs/shared/config/check-or-exit.js";
import { setLogComponent } from "../subgraphs/shared/log.js";
import { DEMO_ROLES } from "./demo/demo-roles.js";

setLogComponent("token");
const settings = loadSettingsOrExit();

const USAGE = `Usage:
  npm run token -- <${Object.keys(DEMO_ROLES).join("|")}>
  npm run token -- --role <${ROLES.join("|")}> --sub <person OID> [--privilege <org OID>:<read,write,update,delete>]… [--basis <basis>] [--org <org OID>] [--ytunnus <business id>] [--expires 30m|12h|1d]
  --expires defaults to the longest the role may have: 12 h for people and 24 h for systems,
  unless JWT_MAX_LIFETIME_HOURS or JWT_MAX_SYSTEM_LIFETIME_HOURS say otherwise`;

function fail(message: string): never {
  console.error(`${message}\n\n${USAGE}`);
  process.exit(2);
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    role: { type: "string" },
    sub: { type: "string" },
    privilege: { type: "string", multiple: true },
    basis: { type: "string" },
    org: { type: "string" },
    ytunnus: { type: "string" },
    expires: { type: "string" },
    help: { type: "boolean", short: "h" },
  },
});
if (values.help) fail("Mints an eHOKS access token.");

let claims: EhoksClaims;
if (positionals.length === 1) {
  const demo = DEMO_ROLES[positionals[0]!];
  if (!demo) fail(`Unknown demo role "${positionals[0]}"`);
  claims = demo.claims;
} else {
  if (!values.role || !values.sub) fail("Give a demo role, or --role and --sub");
  claims = {
    sub: values.sub,
    role: values.role as EhoksClaims["role"],
    privileges: (values.privilege ?? []).map((p) => {
      const [org, rights = ""] = p.split(":");
      return { org: org!, rights: rights.split(",").filter(Boolean) as Right[] };
    }),
    basis: values.basis,
    org: values.org,
    ytunnus: values.ytunnus,
  };
}
try {
  principalFromClaims(JSON.parse(JSON.stringify(claims)), "check");
} catch (error) {
  fail(`Invalid claims: ${(error as Error).message}`);
}
try {
  console.log(await mintToken(await tokenKeysFromEnv(settings), claims, values.expires));
} catch (error) {
  if (error instanceof TokenLifetimeError) fail(error.message);
  throw error;
}
