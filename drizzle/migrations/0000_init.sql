CREATE SCHEMA "hoks";
--> statement-breakpoint
CREATE SCHEMA "persons";
--> statement-breakpoint
CREATE SCHEMA "consents";
--> statement-breakpoint
CREATE TABLE "hoks"."hankittava_koulutuksen_osa" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hoks_id" integer NOT NULL,
	"position" integer NOT NULL,
	"koulutuksen_osa_koodi_uri" text NOT NULL,
	"koulutuksen_osa_koodi_versio" integer NOT NULL,
	"alku" date NOT NULL,
	"loppu" date NOT NULL,
	"laajuus" double precision
);
--> statement-breakpoint
CREATE TABLE "hoks"."hoks" (
	"id" serial PRIMARY KEY NOT NULL,
	"oppija_oid" text NOT NULL,
	"opiskeluoikeus_oid" text NOT NULL,
	"tuva_opiskeluoikeus_oid" text,
	"sahkoposti" text,
	"puhelinnumero" text,
	"urasuunnitelma_koodi_uri" text,
	"urasuunnitelma_koodi_versio" integer,
	"versio" integer,
	"ensikertainen_hyvaksyminen" date NOT NULL,
	"hyvaksytty" timestamp (3) with time zone,
	"paivitetty" timestamp (3) with time zone,
	"osaamisen_saavuttamisen_pvm" date,
	"osaamisen_hankkimisen_tarve" boolean NOT NULL,
	"revision" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"deleted_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "hoks"."opiskeluvalmiuksia_tukeva_opinto" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hoks_id" integer NOT NULL,
	"position" integer NOT NULL,
	"nimi" text NOT NULL,
	"kuvaus" text NOT NULL,
	"alku" date NOT NULL,
	"loppu" date NOT NULL
);
--> statement-breakpoint
CREATE TABLE "hoks"."oppimisen_tuki" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hoks_id" integer NOT NULL,
	"position" integer NOT NULL,
	"oppimisen_tuen_tyyppi_koodi_uri" text NOT NULL,
	"oppimisen_tuen_tyyppi_koodi_versio" integer,
	"alku" date,
	"loppu" date,
	"tutkinnon_osan_tyyppi_koodi_uri" text,
	"tutkinnon_osan_tyyppi_koodi_versio" integer
);
--> statement-breakpoint
CREATE TABLE "hoks"."osaamisen_hankkimistapa" (
	"module_id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hoks_id" integer NOT NULL,
	"tutkinnon_osa_module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"osaamisen_hankkimistapa_koodi_uri" text NOT NULL,
	"osaamisen_hankkimistapa_koodi_versio" integer NOT NULL,
	"alku" date NOT NULL,
	"loppu" date NOT NULL,
	"yksiloiva_tunniste" text,
	"ajanjakson_tarkenne" text,
	"jarjestajan_edustaja" jsonb,
	"hankkijan_edustaja" jsonb,
	"tyopaikalla_jarjestettava_koulutus" jsonb,
	"muut_oppimisymparistot" jsonb,
	"osa_aikaisuustieto" integer,
	"oppisopimuksen_perusta_koodi_uri" text,
	"oppisopimuksen_perusta_koodi_versio" integer,
	"keskeytymisajanjaksot" jsonb,
	"vastuullinen_ohjaaja_oid" text GENERATED ALWAYS AS ((tyopaikalla_jarjestettava_koulutus -> 'vastuullinenTyopaikkaOhjaaja' ->> 'oid')) STORED
);
--> statement-breakpoint
CREATE TABLE "hoks"."osaamisen_osoittaminen" (
	"module_id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hoks_id" integer NOT NULL,
	"tutkinnon_osa_module_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"alku" date NOT NULL,
	"loppu" date NOT NULL,
	"jarjestaja" jsonb,
	"nayttoymparisto" jsonb NOT NULL,
	"sisallon_kuvaus" jsonb NOT NULL,
	"osa_alueet" jsonb,
	"koulutuksen_jarjestaja_osaamisen_arvioijat" jsonb,
	"tyoelama_osaamisen_arvioijat" jsonb,
	"vaatimuksista_tai_tavoitteista_poikkeaminen" text,
	"yksilolliset_kriteerit" jsonb
);
--> statement-breakpoint
CREATE TABLE "hoks"."tutkinnon_osa" (
	"module_id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"hoks_id" integer NOT NULL,
	"section" text NOT NULL,
	"parent_module_id" uuid,
	"position" integer NOT NULL,
	"tutkinnon_osa_koodi_uri" text,
	"tutkinnon_osa_koodi_versio" integer,
	"osa_alue_koodi_uri" text,
	"osa_alue_koodi_versio" integer,
	"tutkinnon_osan_perusteen_diaarinro" text,
	"koulutuksen_jarjestaja_oid" text,
	"vaatimuksista_tai_tavoitteista_poikkeaminen" text,
	"olennainen_seikka" boolean,
	"opetus_ja_ohjaus_maara" double precision,
	"amosaa_tunniste" text,
	"nimi" text,
	"laajuus" double precision,
	"tavoitteet_ja_sisallot" text,
	"valittu_todentamisen_prosessi_koodi_uri" text,
	"valittu_todentamisen_prosessi_koodi_versio" integer,
	"tarkentavat_tiedot_osaamisen_arvioija" jsonb
);
--> statement-breakpoint
CREATE TABLE "persons"."henkilo" (
	"oid" text PRIMARY KEY NOT NULL,
	"etunimet" text NOT NULL,
	"kutsumanimi" text,
	"sukunimi" text NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons"."opiskeluoikeus" (
	"oid" text PRIMARY KEY NOT NULL,
	"oppija_oid" text NOT NULL,
	"tyyppi" text NOT NULL,
	"oppilaitos_oid" text NOT NULL,
	"koulutustoimija_oid" text NOT NULL,
	"alkamispaiva" date NOT NULL,
	"arvioitu_paattymispaiva" date,
	"paattymispaiva" date,
	"opiskeluoikeusjaksot" jsonb NOT NULL,
	"sisaltyy_opiskeluoikeuteen_oid" text,
	"suoritukset" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "persons"."organisaatio" (
	"oid" text PRIMARY KEY NOT NULL,
	"nimi" jsonb NOT NULL,
	"tyypit" text[] DEFAULT '{}'::text[] NOT NULL,
	"parent_oid" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents"."jakolinkki" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"token_hash" text NOT NULL,
	"oppija_oid" text NOT NULL,
	"hoks_id" integer NOT NULL,
	"tutkinnon_osa_module_id" uuid NOT NULL,
	"kohde_tyyppi" text NOT NULL,
	"kohde_module_id" uuid NOT NULL,
	"voimassa_alku" date NOT NULL,
	"voimassa_loppu" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "jakolinkki_tokenHash_unique" UNIQUE("token_hash")
);
--> statement-breakpoint
CREATE TABLE "consents"."suostumus" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"oppija_oid" text NOT NULL,
	"hoks_id" integer NOT NULL,
	"vastaanottaja_henkilo_oid" text,
	"vastaanottaja_organisaatio_oid" text,
	"vastaanottaja_y_tunnus" text,
	"osiot" text[] NOT NULL,
	"tutkinnon_osa_module_ids" uuid[] DEFAULT '{}' NOT NULL,
	"tarkoitus" text NOT NULL,
	"voimassa_alku" date NOT NULL,
	"voimassa_loppu" date NOT NULL,
	"peruttu" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "hoks"."hankittava_koulutuksen_osa" ADD CONSTRAINT "hankittava_koulutuksen_osa_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."opiskeluvalmiuksia_tukeva_opinto" ADD CONSTRAINT "opiskeluvalmiuksia_tukeva_opinto_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."oppimisen_tuki" ADD CONSTRAINT "oppimisen_tuki_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."osaamisen_hankkimistapa" ADD CONSTRAINT "osaamisen_hankkimistapa_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."osaamisen_hankkimistapa" ADD CONSTRAINT "osaamisen_hankkimistapa_tutkinnon_osa_module_id_tutkinnon_osa_module_id_fk" FOREIGN KEY ("tutkinnon_osa_module_id") REFERENCES "hoks"."tutkinnon_osa"("module_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."osaamisen_osoittaminen" ADD CONSTRAINT "osaamisen_osoittaminen_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."osaamisen_osoittaminen" ADD CONSTRAINT "osaamisen_osoittaminen_tutkinnon_osa_module_id_tutkinnon_osa_module_id_fk" FOREIGN KEY ("tutkinnon_osa_module_id") REFERENCES "hoks"."tutkinnon_osa"("module_id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hoks"."tutkinnon_osa" ADD CONSTRAINT "tutkinnon_osa_hoks_id_hoks_id_fk" FOREIGN KEY ("hoks_id") REFERENCES "hoks"."hoks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons"."opiskeluoikeus" ADD CONSTRAINT "opiskeluoikeus_oppija_oid_henkilo_oid_fk" FOREIGN KEY ("oppija_oid") REFERENCES "persons"."henkilo"("oid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons"."opiskeluoikeus" ADD CONSTRAINT "opiskeluoikeus_oppilaitos_oid_organisaatio_oid_fk" FOREIGN KEY ("oppilaitos_oid") REFERENCES "persons"."organisaatio"("oid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons"."opiskeluoikeus" ADD CONSTRAINT "opiskeluoikeus_koulutustoimija_oid_organisaatio_oid_fk" FOREIGN KEY ("koulutustoimija_oid") REFERENCES "persons"."organisaatio"("oid") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "hankittava_koulutuksen_osa_hoks_idx" ON "hoks"."hankittava_koulutuksen_osa" USING btree ("hoks_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "hoks_opiskeluoikeus_live_uq" ON "hoks"."hoks" USING btree ("opiskeluoikeus_oid") WHERE deleted_at is null;--> statement-breakpoint
CREATE INDEX "hoks_oppija_idx" ON "hoks"."hoks" USING btree ("oppija_oid");--> statement-breakpoint
CREATE INDEX "opiskeluvalmiuksia_tukeva_opinto_hoks_idx" ON "hoks"."opiskeluvalmiuksia_tukeva_opinto" USING btree ("hoks_id","position");--> statement-breakpoint
CREATE INDEX "oppimisen_tuki_hoks_idx" ON "hoks"."oppimisen_tuki" USING btree ("hoks_id","position");--> statement-breakpoint
CREATE INDEX "osaamisen_hankkimistapa_hoks_idx" ON "hoks"."osaamisen_hankkimistapa" USING btree ("hoks_id","position");--> statement-breakpoint
CREATE INDEX "osaamisen_hankkimistapa_ohjaaja_idx" ON "hoks"."osaamisen_hankkimistapa" USING btree ("vastuullinen_ohjaaja_oid");--> statement-breakpoint
CREATE INDEX "osaamisen_osoittaminen_hoks_idx" ON "hoks"."osaamisen_osoittaminen" USING btree ("hoks_id","position");--> statement-breakpoint
CREATE INDEX "osaamisen_osoittaminen_arvioijat_idx" ON "hoks"."osaamisen_osoittaminen" USING gin (tyoelama_osaamisen_arvioijat jsonb_path_ops);--> statement-breakpoint
CREATE INDEX "tutkinnon_osa_hoks_idx" ON "hoks"."tutkinnon_osa" USING btree ("hoks_id","position");--> statement-breakpoint
CREATE INDEX "opiskeluoikeus_oppija_idx" ON "persons"."opiskeluoikeus" USING btree ("oppija_oid");--> statement-breakpoint
CREATE INDEX "opiskeluoikeus_oppilaitos_idx" ON "persons"."opiskeluoikeus" USING btree ("oppilaitos_oid");--> statement-breakpoint
CREATE INDEX "opiskeluoikeus_sisaltyy_idx" ON "persons"."opiskeluoikeus" USING btree ("sisaltyy_opiskeluoikeuteen_oid");--> statement-breakpoint
CREATE INDEX "organisaatio_parent_idx" ON "persons"."organisaatio" USING btree ("parent_oid");--> statement-breakpoint
CREATE INDEX "jakolinkki_oppija_idx" ON "consents"."jakolinkki" USING btree ("oppija_oid");--> statement-breakpoint
CREATE INDEX "suostumus_oppija_idx" ON "consents"."suostumus" USING btree ("oppija_oid");--> statement-breakpoint
CREATE INDEX "suostumus_hoks_idx" ON "consents"."suostumus" USING btree ("hoks_id");--> statement-breakpoint
CREATE INDEX "suostumus_henkilo_idx" ON "consents"."suostumus" USING btree ("vastaanottaja_henkilo_oid");