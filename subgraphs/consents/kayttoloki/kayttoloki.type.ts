import { JSONResolver } from "graphql-scalars";
import { Field, ID, Int, ObjectType } from "type-graphql";
import { edgeType, PageInfo, type Connection, type Edge } from "../../shared/pagination.js";
import { DateTimeISO } from "../../shared/scalars.js";
import { Organisaatio } from "./organisaatio-stub.type.js";

@ObjectType({ simpleResolvers: true, description: "Who used the data: their role and the organisations they acted for." })
export class Kayttaja {
  @Field(() => String, { description: "student, official, service, workplace, authority, oph or system (OPH's own jobs)." })
  rooli!: string;

  @Field(() => [Organisaatio], { description: "The organisations the user acted for (none for a workplace instructor or assessor)." })
  organisaatiot!: Organisaatio[];

  @Field(() => String, {
    nullable: true,
    description: "The business ID (Y-tunnus, 1234567-8) of the business the user acted for: a consent recipient named by it (R6). Null for everyone else.",
  })
  yTunnus!: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One use of a student's data: when, what, by whom and on which basis." })
export class Kayttolokimerkinta {
  @Field(() => DateTimeISO, { description: "When the data was read or changed (ISO 8601 instant, UTC)." })
  aika!: Date;

  @Field(() => String, { description: "read, create, update, overwrite or delete." })
  toiminto!: string;

  @Field(() => String, { description: "Which data: hoks, henkilo, opiskeluoikeus, suostumus, jakolinkki or kayttoloki." })
  tieto!: string;

  @Field(() => ID, { nullable: true, description: "The plan concerned, when the data was a plan or about one." })
  hoksId?: number | null;

  @Field(() => String, { nullable: true, description: "The study right concerned." })
  opiskeluoikeusOid?: string | null;

  @Field(() => String, { description: "The rule of the disclosure policy that allowed it (R1–R9)." })
  peruste!: string;

  @Field(() => String, { description: "The basis in words." })
  perusteenKuvaus!: string;

  @Field(() => Kayttaja, { description: "Who used the data: their role and organisations (never their name or OID in the student's own log)." })
  kayttaja!: Kayttaja;
}

export const KayttolokimerkintaEdge = edgeType(Kayttolokimerkinta, "KayttolokimerkintaEdge");

@ObjectType({ simpleResolvers: true, description: "A page of the student's access log, newest first (the graph's connection convention: `nodes`, `pageInfo`)." })
export class KayttolokimerkintaConnection implements Connection<Kayttolokimerkinta> {
  @Field(() => [Kayttolokimerkinta], { description: "The page's entries, newest first." })
  nodes!: Kayttolokimerkinta[];

  @Field(() => [KayttolokimerkintaEdge], { description: "The same entries, each with its cursor." })
  edges!: Edge<Kayttolokimerkinta>[];

  @Field(() => PageInfo, { description: "Where the page ends; pass `endCursor` as `after` while `hasNextPage`." })
  pageInfo!: PageInfo;

  @Field(() => [Kayttolokimerkinta], { deprecationReason: "Use `nodes`.", description: "The page's entries, as `nodes`." })
  merkinnat!: Kayttolokimerkinta[];

  @Field(() => String, { nullable: true, deprecationReason: "Use `pageInfo { endCursor hasNextPage }`.", description: "The next page's cursor; null on the last page." })
  seuraavaSivu?: string | null;
}

@ObjectType({ simpleResolvers: true, description: "One change a write made: the field's eHOKS path, its old and its new value." })
export class AuditMuutos {
  @Field(() => String, { description: "The changed field's path in eHOKS JSON keys joined with dots (`hankittavat-ammat-tutkinnon-osat.0.olennainen-seikka`)." })
  polku!: string;

  @Field(() => JSONResolver, { nullable: true, description: "The value before the write, as JSON; null when the field was absent." })
  vanhaArvo?: unknown;

  @Field(() => JSONResolver, { nullable: true, description: "The value after the write, as JSON; null when the write removed it." })
  uusiArvo?: unknown;
}

@ObjectType({ simpleResolvers: true, description: "An entry of the audit trail as OPH sees it: the student's view plus who exactly, from where, and what changed." })
export class AuditMerkinta extends Kayttolokimerkinta {
  @Field(() => String, { description: "The student whose data it was." }) oppijaOid!: string;
  @Field(() => String, { description: "Person OID (or service account) of the user." }) kayttajaOid!: string;
  @Field(() => String, { nullable: true, description: "The address chain the request came through, the nearest hop last." }) ipOsoite?: string | null;
  @Field(() => String, { nullable: true, description: "A digest naming the user's session (token)." }) istunto?: string | null;
  @Field(() => String, { nullable: true, description: "The User-Agent header of the request, as sent." }) userAgent?: string | null;
  @Field(() => String, { nullable: true, description: "The request id, to follow one request through the service logs." }) pyyntoId?: string | null;
  @Field(() => String, { description: "success, or refused: a write attempt turned away before anything was read or changed (the student's own log leaves these out)." }) tulos!: string;
  @Field(() => String, { description: "The service that recorded it (ehoks-hoks, ehoks-persons, …)." }) palvelu!: string;
  @Field(() => Int, { description: "The recording process's sequence number (with its boot time and host, as in the OPH log)." }) logSeq!: number;
  @Field(() => [AuditMuutos], { description: "For writes, each changed field." }) muutokset!: AuditMuutos[];
}

export const AuditMerkintaEdge = edgeType(AuditMerkinta, "AuditMerkintaEdge");

@ObjectType({ simpleResolvers: true, description: "A page of the audit trail, newest first (the graph's connection convention: `nodes`, `pageInfo`)." })
export class AuditMerkintaConnection implements Connection<AuditMerkinta> {
  @Field(() => [AuditMerkinta], { description: "The page's entries, newest first." })
  nodes!: AuditMerkinta[];

  @Field(() => [AuditMerkintaEdge], { description: "The same entries, each with its cursor." })
  edges!: Edge<AuditMerkinta>[];

  @Field(() => PageInfo, { description: "Where the page ends; pass `endCursor` as `after` while `hasNextPage`." })
  pageInfo!: PageInfo;

  @Field(() => [AuditMerkinta], { deprecationReason: "Use `nodes`.", description: "The page's entries, as `nodes`." })
  merkinnat!: AuditMerkinta[];

  @Field(() => String, { nullable: true, deprecationReason: "Use `pageInfo { endCursor hasNextPage }`.", description: "The next page's cursor; null on the last page." })
  seuraavaSivu?: string | null;
}
