/**
 * Sends one of the app's typed documents to the gateway and sorts the outcome into what the views
 * show: data (maybe partial), or one kind of failure with a message of its own.
 */
import type { DocumentTypeDecoration } from "@graphql-typed-document-node/core";
import { rememberedShareLink, type Session } from "../auth/session";

/**
 * One of the app's generated documents: its text, typed with its answer and variables. Structural,
 * so that documents generated against the partner's contract (gql-partner/) serve as well.
 */
export type AppDocument<TData, TVariables> = DocumentTypeDecoration<TData, TVariables> & { toString(): string };

export const GRAPHQL_PATH = "/graphql";

export interface GraphQLErrorBody {
  message: string;
  path?: (string | number)[];
  extensions?: { code?: string };
}

/** What went wrong, as the user is told it (messages.ts has a text for each). */
export type FailureKind = "badInput" | "sessionExpired" | "noAccess" | "notFound" | "tooManyRequests" | "unavailable" | "shareExpired" | "shareNotYetValid" | "shareRevoked" | "genericError";

export class RequestFailed extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly codes: string[] = [],
  ) {
    super(kind);
  }
}

export interface Answer<TData> {
  data: TData;
  /** Errors beside data: the data is partial. */
  errors: GraphQLErrorBody[];
}

const KIND_BY_CODE: Record<string, FailureKind> = {
  UNAUTHENTICATED: "sessionExpired",
  BAD_USER_INPUT: "badInput",
  CONFLICT: "badInput",
  FORBIDDEN: "noAccess",
  NOT_FOUND: "notFound",
  TOO_MANY_REQUESTS: "tooManyRequests",
  SHARE_LINK_EXPIRED: "shareExpired",
  SHARE_LINK_NOT_YET_VALID: "shareNotYetValid",
};

export function failureOf(codes: string[]): FailureKind {
  for (const code of codes) if (KIND_BY_CODE[code]) return KIND_BY_CODE[code]!;
  return "genericError";
}

export async function execute<TData, TVariables>(
  document: AppDocument<TData, TVariables>,
  variables: TVariables | undefined,
  session: Session | null,
): Promise<Answer<TData>> {
  const headers: Record<string, string> = { "content-type": "application/json", accept: "application/json" };
  if (session) {
    headers.authorization = `Bearer ${session.token}`;
    Object.assign(headers, session.headers);
  }
  // A link opened in this tab is what the holder came for: it goes before any a role carries.
  const shareLink = rememberedShareLink();
  if (shareLink) headers["x-share-link"] = shareLink;
  let response: Response;
  try {
    response = await fetch(GRAPHQL_PATH, { method: "POST", headers, body: JSON.stringify({ query: document.toString(), variables: variables ?? {} }) });
  } catch {
    throw new RequestFailed("unavailable");
  }
  if (response.status === 401 || response.status === 429) {
    // Read the unused body, so the connection is released at once rather than when collected.
    await response.text().catch(() => undefined);
    throw response.status === 401 ? new RequestFailed("sessionExpired", ["UNAUTHENTICATED"]) : new RequestFailed("tooManyRequests", ["TOO_MANY_REQUESTS"]);
  }
  let body: { data?: TData | null; errors?: GraphQLErrorBody[] };
  try {
    body = (await response.json()) as typeof body;
  } catch {
    throw new RequestFailed(response.status >= 500 ? "unavailable" : "genericError");
  }
  const errors = body.errors ?? [];
  const codes = errors.map((error) => error.extensions?.code ?? "");
  if (codes.includes("UNAUTHENTICATED")) throw new RequestFailed("sessionExpired", codes);
  if (body.data === null || body.data === undefined) {
    const kind = failureOf(codes);
    throw new RequestFailed(kind === "genericError" && response.status >= 500 ? "unavailable" : kind, codes);
  }
  return { data: body.data, errors };
}
