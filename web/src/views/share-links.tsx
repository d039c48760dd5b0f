/** Student: my share links: make one for a period or a demonstration, copy it, see its validity, revoke it. */
import { useState, type FormEvent } from "react";
import { useMutation, useQuery } from "../api/use-query";
import { useCodeName } from "../codes";
import { Empty, Failure, Loading, Notice, PageTitle, PartialNotice } from "../components/states";
import { CreateShareLinkDocument, DeleteShareLinkDocument, MyShareLinksDocument, type JakolinkinKohde, type MyShareLinksQuery } from "../gql/graphql";
import { DateField } from "../components/date-field";
import { addDays, formatDate } from "../format";
import { useI18n } from "../i18n/i18n";
import { laterOf, useServiceToday } from "../service-date";
import { unitCodesOf } from "../components/plan-view";
import { useUnitNames } from "../unit-names";

type Plans = NonNullable<MyShareLinksQuery["me"]>["hoksit"];

interface Target {
  value: string;
  planId: string;
  unitId: string;
  kind: JakolinkinKohde;
  targetId: string;
  label: string;
}

/** The address a share link opens: the secret in the fragment, so it never reaches a server's logs. */
export function shareLinkUrl(secret: string): string {
  return `${location.origin}/jako#${encodeURIComponent(secret)}`;
}

function useTargets(plans: Plans): Target[] {
  const { t } = useI18n();
  const codeName = useCodeName();
  const targets: Target[] = [];
  for (const plan of plans) {
    const units = [
      ...plan.hankittavatAmmatTutkinnonOsat.map((u) => ({ ...u, title: t("unitCode", { code: codeName(u.tutkinnonOsaKoodiUri) }) })),
      ...plan.hankittavatPaikallisetTutkinnonOsat.map((u) => ({ ...u, title: `${t("localUnit")}: ${u.nimi ?? t("unnamed")}` })),
    ];
    for (const unit of units) {
      for (const p of unit.osaamisenHankkimistavat) {
        const place = p.tyopaikallaJarjestettavaKoulutus?.tyopaikanNimi;
        targets.push({ value: `P${p.moduleId}`, planId: plan.id, unitId: unit.moduleId, kind: "OSAAMISEN_HANKKIMISTAPA", targetId: p.moduleId, label: `${unit.title}: ${t("kind_OSAAMISEN_HANKKIMISTAPA")}, ${codeName(p.osaamisenHankkimistapaKoodiUri)}${place ? `, ${place}` : ""} ${formatDate(p.alku)}–${formatDate(p.loppu)}` });
      }
      for (const d of unit.osaamisenOsoittaminen) {
        targets.push({ value: `D${d.moduleId}`, planId: plan.id, unitId: unit.moduleId, kind: "OSAAMISEN_OSOITTAMINEN", targetId: d.moduleId, label: `${unit.title}: ${t("kind_OSAAMISEN_OSOITTAMINEN")}, ${d.nayttoymparisto.nimi} ${formatDate(d.alku)}–${formatDate(d.loppu)}` });
      }
    }
  }
  return targets;
}

function MadeLink({ secret }: { secret: string }) {
  const { t } = useI18n();
  const [copied, setCopied] = useState(false);
  const url = shareLinkUrl(secret);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      // Without clipboard access the address stays selectable in its field.
      (document.getElementById("made-link") as HTMLInputElement | null)?.select();
    }
  };
  return (
    <div className="made-link" role="status">
      <p>{t("shareLinkMade")}</p>
      <p className="field">
        <label htmlFor="made-link">{t("shareLinkAddress")}</label>
        <input id="made-link" readOnly value={url} onFocus={(e) => e.target.select()} />
      </p>
      <button type="button" onClick={copy}>
        {t("copy")}
      </button>
      {copied && <span className="copied"> {t("copied")}</span>}
    </div>
  );
}

/** `today` is the service date: the form starts there, and a link may not end before it. */
function ShareLinkForm({ targets, today, onSubmit }: { targets: Target[]; today: string; onSubmit(chosen: Target, from: string, until: string): void }) {
  const { t } = useI18n();
  const [target, setTarget] = useState("");
  const [from, setFrom] = useState<string | null>(today);
  const [until, setUntil] = useState<string | null>(addDays(today, 30));
  // As the service checks: the end neither before the start nor in the past.
  const earliestEnd = laterOf(from, today);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const chosen = targets.find((x) => x.value === (target || targets[0]?.value));
    if (!chosen || !from || !until || until < earliestEnd) return;
    onSubmit(chosen, from, until);
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby="share-form-title">
      <h2 id="share-form-title">{t("makeShareLink")}</h2>
      <p className="field">
        <label htmlFor="share-target">{t("shareTarget")}</label>
        <select id="share-target" value={target || targets[0]!.value} onChange={(e) => setTarget(e.target.value)}>
          {targets.map((x) => (
            <option key={x.value} value={x.value}>
              {x.label}
            </option>
          ))}
        </select>
      </p>
      <DateField id="share-from" label={t("validFrom")} value={from} onChange={setFrom} />
      <DateField id="share-until" label={t("validUntil")} value={until} notBefore={earliestEnd} onChange={setUntil} />
      <p className="actions">
        <button type="submit" disabled={!from || !until || until < earliestEnd}>
          {t("makeShareLink")}
        </button>
      </p>
    </form>
  );
}

export function ShareLinks() {
  const { t } = useI18n();
  const answer = useQuery(MyShareLinksDocument);
  const create = useMutation(CreateShareLinkDocument);
  const remove = useMutation(DeleteShareLinkDocument);
  const [notice, setNotice] = useState<{ text: string; kind: "ok" | "error" } | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const today = useServiceToday();
  const me = answer.status === "done" ? answer.data.me : null;
  useUnitNames((me?.hoksit ?? []).flatMap(unitCodesOf));
  const targets = useTargets(me?.hoksit ?? []);
  const labelOf = (kind: JakolinkinKohde, id: string) => targets.find((x) => x.kind === kind && x.targetId === id)?.label ?? `${t(`kind_${kind}`)} ${id}`;
  const make = async (chosen: Target, from: string, until: string) => {
    const result = await create({ input: { hoksId: chosen.planId, tutkinnonOsaModuleId: chosen.unitId, kohdeTyyppi: chosen.kind, kohdeModuleId: chosen.targetId, voimassaAlku: from, voimassaLoppu: until } });
    if (result.data) {
      setSecret(result.data.createShareLink.token);
      setNotice(null);
      answer.reload();
    } else {
      setNotice({ text: t(result.failure ?? "genericError"), kind: "error" });
    }
  };
  const onDelete = async (id: string) => {
    const result = await remove({ id });
    setSecret(null);
    setNotice(result.data ? { text: t("shareLinkDeleted"), kind: "ok" } : { text: t(result.failure ?? "genericError"), kind: "error" });
    answer.reload();
  };
  return (
    <>
      <PageTitle>{t("shareLinksTitle")}</PageTitle>
      <p>{t("shareLinksIntro")}</p>
      {notice && <Notice kind={notice.kind}>{notice.text}</Notice>}
      {secret && <MadeLink secret={secret} />}
      {answer.status === "loading" && <Loading />}
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && (
        <>
          <PartialNotice errors={answer.errors} />
          {!me ? (
            <Failure failure="notFound" />
          ) : (
            <>
              {me.jakolinkit.length === 0 ? (
                <Empty>{t("noShareLinks")}</Empty>
              ) : (
                <ul className="cards" aria-label={t("shareLinksTitle")}>
                  {me.jakolinkit.map((link) => {
                    const label = labelOf(link.kohdeTyyppi, link.kohdeModuleId);
                    return (
                      <li key={link.id} className="card">
                        <h2 className="card-title">{label}</h2>
                        <p>{t("validity", { start: formatDate(link.voimassaAlku), end: formatDate(link.voimassaLoppu) })}</p>
                        <button type="button" className="secondary" onClick={() => onDelete(link.id)} aria-label={t("deleteLink", { what: label })}>
                          {t("revoke")}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              )}
              {targets.length > 0 && today && <ShareLinkForm targets={targets} today={today} onSubmit={make} />}
            </>
          )}
        </>
      )}
    </>
  );
}
