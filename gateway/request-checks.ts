/**
 * Requests that are wrong but that Apollo Server or the query planner would answer with a 500:
 * they are refused as the client errors they are.
 */
import type { ApolloServerPlugin } from "@apollo/server";
import { GraphQLError, type ASTVisitor, type ValidationContext } from "graphql";
import { CLIENT_ERROR_CODES } from "../subgraphs/shared/errors.js";

/** A validation rule: no subscriptions (the graph has none) and no number the planner cannot print. */
export function supportedLiterals(context: ValidationContext): ASTVisitor {
  return {
    OperationDefinition(node) {
      if (node.operation === "subscription") context.reportError(new GraphQLError("Subscriptions are not supported", { nodes: [node] }));
    },
    FloatValue(node) {
      if (!Number.isFinite(Number(node.value))) context.reportError(new GraphQLError("A number is out of range", { nodes: [node] }));
    },
    IntValue(node) {
      if (!Number.isFinite(Number(node.value))) context.reportError(new GraphQLError("A number is out of range", { nodes: [node] }));
    },
  };
}

/** A response that carries only client errors, and no data, is a 400 whatever the server set. */
export const clientErrorsAre400: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        if (response.body.kind !== "single") return;
        const { data, errors } = response.body.singleResult;
        const clientOnly = errors?.length && errors.every((e) => CLIENT_ERROR_CODES.has(String(e.extensions?.code)));
        if (data == null && clientOnly && (response.http.status === undefined || response.http.status >= 500)) response.http.status = 400;
      },
    };
  },
};
