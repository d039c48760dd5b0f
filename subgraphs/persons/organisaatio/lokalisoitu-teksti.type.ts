import { Field, ObjectType } from "type-graphql";

/** Koski's and the organisation service's localised text, stored as JSON and passed through as is. */
@ObjectType({ simpleResolvers: true, description: "A text in Finnish, Swedish and English; a language may be missing." })
export class LokalisoituTeksti {
  @Field(() => String, { nullable: true, description: "Finnish text." })
  fi?: string | null;

  @Field(() => String, { nullable: true, description: "Swedish text." })
  sv?: string | null;

  @Field(() => String, { nullable: true, description: "English text." })
  en?: string | null;
}
