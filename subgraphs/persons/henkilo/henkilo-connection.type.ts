import { Field, ObjectType } from "type-graphql";
import { edgeType, PageInfo, type Connection, type Edge } from "../../shared/pagination.js";
import { Henkilo } from "./henkilo.type.js";

export const HenkiloEdge = edgeType(Henkilo, "HenkiloEdge");

@ObjectType({ simpleResolvers: true, description: "A page of persons, in OID order (the graph's connection convention: `nodes`, `pageInfo`)." })
export class HenkiloConnection implements Connection<Henkilo> {
  @Field(() => [Henkilo], { description: "The page's persons. May hold fewer than `first` while `hasNextPage` is still true: a person is checked against your access again as it is read." })
  nodes!: Henkilo[];

  @Field(() => [HenkiloEdge], { description: "The same persons, each with its cursor." })
  edges!: Edge<Henkilo>[];

  @Field(() => PageInfo, { description: "Where the page ends; pass `endCursor` as `after` while `hasNextPage`." })
  pageInfo!: PageInfo;
}
