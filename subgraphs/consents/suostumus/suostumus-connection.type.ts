import { Field, ObjectType } from "type-graphql";
import { edgeType, PageInfo, type Connection, type Edge } from "../../shared/pagination.js";
import { Suostumus } from "./suostumus.type.js";

export const SuostumusEdge = edgeType(Suostumus, "SuostumusEdge");

@ObjectType({ simpleResolvers: true, description: "A page of consents (the graph's connection convention: `nodes`, `pageInfo`)." })
export class SuostumusConnection implements Connection<Suostumus> {
  @Field(() => [Suostumus], { description: "The page's consents." })
  nodes!: Suostumus[];

  @Field(() => [SuostumusEdge], { description: "The same consents, each with its cursor." })
  edges!: Edge<Suostumus>[];

  @Field(() => PageInfo, { description: "Where the page ends; pass `endCursor` as `after` while `hasNextPage`." })
  pageInfo!: PageInfo;
}
