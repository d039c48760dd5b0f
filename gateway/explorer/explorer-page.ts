/**
 * The development landing page: Apollo Sandbox, opened with a demo role's freshly minted token and
 * one of the named example operations of that role, so a newcomer explores the graph as a
 * student, an official, an instructor, an assessor or a system without reading code. Served only
 * outside production, and tokens only when this process holds the development signing key.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import type { TokenKeys } from "../../subgraphs/shared/auth/keys.js";
import { mintToken } from "../../subgraphs/shared/auth/tokens.js";
import type { NamedOperation } from "../operations.js";
import { explorerHtml, type ExplorerData } from "./explorer-html.js";

import type { ExplorerRole } from "./dev-roles.js";

/** A working day; cut to the role's maximum when a deployment allows less (token-lifetime.ts). */
const TOKEN_LIFETIME = "8h";

async function explorerData(keys: TokenKeys, roles: ExplorerRole[], operations: NamedOperation[]): Promise<ExplorerData> {
  const canMint = Boolean(keys.signingKey);
  return {
    roles: await Promise.all(
      roles.map(async (role) => ({ name: role.name, description: role.description, token: canMint ? await mintToken(keys, role.claims, TOKEN_LIFETIME, { clipToMaximum: true }) : "" })),
    ),
    operations: operations.map((operation) => ({ file: operation.file, role: operation.role, document: operation.document, variables: operation.variables })),
  };
}

export function explorerLandingPage(keys: TokenKeys, roles: ExplorerRole[], operations: NamedOperation[]): ApolloServerPlugin {
  return {
    async serverWillStart() {
      return {
        async renderLandingPage() {
          // Made on every load, so the tokens on the page are always fresh.
          return { html: async () => explorerHtml(await explorerData(keys, roles, operations)) };
        },
      };
    },
  };
}
