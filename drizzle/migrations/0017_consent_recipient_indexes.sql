-- Whether any consent names the caller is asked once per read (subgraphs/shared/disclosure/consent.ts):
-- an organisation or a business recipient needs an index of its own, as a person recipient has.
CREATE INDEX "suostumus_organisaatio_idx" ON "consents"."suostumus" USING btree ("vastaanottaja_organisaatio_oid") WHERE "consents"."suostumus"."vastaanottaja_organisaatio_oid" is not null;--> statement-breakpoint
CREATE INDEX "suostumus_y_tunnus_idx" ON "consents"."suostumus" USING btree ("vastaanottaja_y_tunnus") WHERE "consents"."suostumus"."vastaanottaja_y_tunnus" is not null;