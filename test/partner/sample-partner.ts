/**
 * A sample partner for tests: an ePerusteet-like subgraph that knows the names of degree units
 * and curricula, and extends our curriculum references with them. It records what our gateway
 * sends it, so tests can check that a partner learns no more than it should.
 */
import { ApolloServer } from "@apollo/server";
import { startStandaloneServer } from "@apollo/server/standalone";
import { buildSubgraphSchema } from "@apollo/subgraph";
import { parse } from "graphql";

export const SAMPLE_PARTNER_SDL = /* GraphQL */ `
  extend schema @link(url: "https://specs.apollo.dev/federation/v2.3", import: ["@key"])

  type TutkinnonOsa @key(fields: "koodiUri") {
    koodiUri: ID!
    "The unit's name in ePerusteet."
    nimi: String
  }

  type Peruste @key(fields: "diaarinumero") {
    diaarinumero: ID!
    "The curriculum's name."
    nimi: String
  }

  type Query {
    "A unit of the national requirements, by its code."
    ePerusteetTutkinnonOsa(koodiUri: ID!): TutkinnonOsa
  }
`;

const UNIT_NAMES: Record<string, string> = {
  tutkinnonosat_106727: "Asiakaspalvelu ja myynti",
  tutkinnonosat_106728: "Tuotteiden ja palvelujen myynti",
  tutkinnonosat_106945: "Viestintä- ja vuorovaikutusosaaminen",
  // Aino's first unit in the demo world, so that the web app shows a partner's name in her plan.
  tutkinnonosat_106729: "Myynnin ja asiakaspalvelun perusteet",
};

export interface ReceivedCall {
  headers: Record<string, string | string[] | undefined>;
  representations: unknown[];
}

/** Starts the partner on `port` (0, the default, picks a free one). */
export async function startSamplePartner(options: { port?: number; host?: string } = {}): Promise<{ url: string; calls: ReceivedCall[]; stop(): Promise<void> }> {
  const calls: ReceivedCall[] = [];
  const unitName = (koodiUri: string) => UNIT_NAMES[koodiUri] ?? `Tutkinnon osa ${koodiUri.replace("tutkinnonosat_", "")}`;
  const server = new ApolloServer<{ headers: ReceivedCall["headers"] }>({
    // `npm run start:partner` stops it on a signal itself (process/termination.ts).
    stopOnTerminationSignals: false,
    schema: buildSubgraphSchema({
      typeDefs: parse(SAMPLE_PARTNER_SDL),
      resolvers: {
        TutkinnonOsa: { __resolveReference: (ref: { koodiUri: string }) => ({ koodiUri: ref.koodiUri, nimi: unitName(ref.koodiUri) }) },
        Peruste: { __resolveReference: (ref: { diaarinumero: string }) => ({ diaarinumero: ref.diaarinumero, nimi: `Peruste ${ref.diaarinumero}` }) },
        Query: { ePerusteetTutkinnonOsa: (_: unknown, args: { koodiUri: string }) => ({ koodiUri: args.koodiUri, nimi: unitName(args.koodiUri) }) },
      } as never,
    }),
    plugins: [
      {
        async requestDidStart({ request, contextValue }) {
          calls.push({ headers: contextValue.headers, representations: (request.variables?.representations as unknown[]) ?? [] });
        },
      },
    ],
  });
  const { url } = await startStandaloneServer(server, { listen: { port: options.port ?? 0, host: options.host ?? "127.0.0.1" }, context: async ({ req }) => ({ headers: req.headers }) });
  return { url, calls, stop: () => server.stop() };
}
