/** Walking a connection page by page, for tests of cursors. */
import { expect } from "vitest";

interface PageOfOids {
  nodes: { oid: string }[];
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
}

/**
 * Follows `endCursor` with pages of one until `hasNextPage` is false, checking at every page that
 * it says truly whether more follow; returns the OIDs in the order met. `total` bounds the walk.
 */
export async function walkPagesOfOne(pageAfter: (after: string | null) => Promise<PageOfOids>, total: number): Promise<string[]> {
  const paged: string[] = [];
  let after: string | null = null;
  for (let turn = 0; turn <= total; turn++) {
    const page = await pageAfter(after);
    paged.push(...page.nodes.map((node) => node.oid));
    expect(page.pageInfo.hasNextPage).toBe(paged.length < total);
    if (!page.pageInfo.hasNextPage) break;
    after = page.pageInfo.endCursor;
  }
  return paged;
}
