/**
 * The plan's other lists (readiness studies, learning support, TUVA parts) are keyed by a UUID
 * `id` here; GraphQL and eHOKS v1 answer their numeric `v1Id` as `id`, as the existing service's
 * clients read it. The UUID is never shown.
 */
export function withV1Id<Row extends { id: string; v1Id: number }>(row: Row): Omit<Row, "id" | "v1Id"> & { id: number } {
  const { id: _uuid, v1Id, ...rest } = row;
  return { ...rest, id: v1Id };
}
