import { Field, ObjectType } from "type-graphql";
import { PageInfo, type Connection } from "../../shared/pagination.js";
import { Suostumus } from "./suostumus.type.js";

@ObjectType({ simpleResolvers: true, description: "A page of consents (the graph's connection convention: `nodes`, `pageInfo`)." })
export class SuostumusConnection implements Connection<Suostumus> {
  @Field(() => [Suostumus], { description: "The page's consents." })
  nodes!: Suostumus[];

  @Field(() => PageInfo, { description: "Where the page ends; pass `endCursor` as `after` while `hasNextPage`." })
  pageInfo!: PageInfo;
}
