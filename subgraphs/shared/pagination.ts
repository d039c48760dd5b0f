/**
 * The graph's one pagination convention, Relay-style connections as GitHub's API has them: a
 * paged list is `XConnection { nodes: [X!]!, edges: [XEdge!]!, pageInfo: PageInfo! }`, asked for
 * with `first` (page size, 1–100) and `after` (the previous page's `pageInfo.endCursor`). `nodes`
 * is the short way; `edges { cursor node }` is there for normalised caches' Relay helpers (Apollo
 * Client's relayStylePagination merges pages only through edges). Cursors are opaque strings:
 * a cursor names the kind of list that gave it, and one that does not decode is the caller's
 * mistake, refused as BAD_USER_INPUT at its argument.
 */
import { Directive, Field, ObjectType, type ClassType } from "type-graphql";
import { badUserInput } from "./errors.js";

export const MAX_PAGE_SIZE = 100;

export function pageSize(first: number | null | undefined, defaultSize: number, argument = "first"): number {
  if (first == null) return defaultSize;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) throw badUserInput([{ path: argument, message: `must be between 1 and ${MAX_PAGE_SIZE}` }]);
  return first;
}

// Shareable: more than one subgraph defines it (persons and consents), each identically.
@Directive("@shareable")
@ObjectType({
  simpleResolvers: true,
  description: "Where a page of a connection ends, and whether another follows. Pass `endCursor` as `after` to get the next page.",
})
export class PageInfo {
  @Field(() => String, { nullable: true, description: "Opaque cursor of the page's last item; null when the page is empty." })
  endCursor!: string | null;

  @Field(() => Boolean, { description: "True when another page follows this one." })
  hasNextPage!: boolean;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** What a connection resolver returns; each `XConnection` type declares `nodes` and `edges` with its own item type. */
export interface Connection<T> {
  nodes: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
}

/** The `XEdge` type of a node type: one item of a page with its own cursor. */
export function edgeType<T extends object>(node: ClassType<T>, name: string): ClassType<Edge<T>> {
  @ObjectType(name, { simpleResolvers: true, description: `One item of a page of ${node.name} with its cursor (the Relay shape; \`nodes\` gives the same items without cursors).` })
  class EdgeOfNode implements Edge<T> {
    @Field(() => String, { description: "Opaque cursor of this item: pass it as `after` to get the items after it." })
    cursor!: string;

    @Field(() => node, { description: "The item." })
    node!: T;
  }
  return EdgeOfNode;
}

/**
 * A page from `size + 1` rows fetched in order: the extra row only tells that another page follows.
 * `cursorOf` gives the opaque cursor of a row.
 */
export function connectionOf<Row, T>(rows: readonly Row[], size: number, cursorOf: (row: Row) => string, nodeOf: (row: Row) => T): Connection<T> {
  const page = rows.slice(0, size);
  const last = page.at(-1);
  const edges = page.map((row) => ({ cursor: cursorOf(row), node: nodeOf(row) }));
  return { nodes: edges.map((edge) => edge.node), edges, pageInfo: { endCursor: last === undefined ? null : cursorOf(last), hasNextPage: rows.length > size } };
}

/**
 * The same page with each node replaced by what `visible` makes of it, leaving out those it drops
 * (null); the page's end and its cursors stay those of the rows read.
 */
export async function withVisibleNodes<T, U>(page: Connection<T>, visible: (nodes: T[]) => Promise<(U | null)[]>): Promise<Connection<U>> {
  const shown = await visible(page.nodes);
  const edges = page.edges.flatMap((edge, i) => (shown[i] == null ? [] : [{ cursor: edge.cursor, node: shown[i] as U }]));
  return { nodes: edges.map((edge) => edge.node), edges, pageInfo: page.pageInfo };
}

/** An opaque cursor: the list's kind and the position's parts, base64url-encoded. */
export function encodeCursor(kind: string, parts: readonly string[]): string {
  return Buffer.from([kind, ...parts].join("|")).toString("base64url");
}

/**
 * The position parts of a cursor this kind of list gave, or undefined for none. `valid` checks the
 * parts; anything else (another list's cursor, a made-up string) is refused at `argument`.
 */
export function decodeCursor(kind: string, cursor: string | null | undefined, valid: (parts: string[]) => boolean, argument = "after"): string[] | undefined {
  if (cursor == null) return undefined;
  const [cursorKind, ...parts] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  if (cursorKind !== kind || !valid(parts)) throw badUserInput([{ path: argument, message: "is not a cursor this list gave (pass `pageInfo.endCursor` of the previous page)" }]);
  return parts;
}
