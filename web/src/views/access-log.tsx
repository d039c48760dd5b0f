/** Student: who has read or changed my data, newest first, a page at a time. */
import { useEffect, useState } from "react";
import { useQuery } from "../api/use-query";
import { Empty, Failure, Loading, PageTitle, PartialNotice } from "../components/states";
import { AccessLogDocument, type AccessLogQuery } from "../gql/graphql";
import { formatDateTime, localised } from "../format";
import { useI18n } from "../i18n/i18n";
import { ACTIONS, DATA, label, ROLES, RULES } from "../i18n/log-labels";

type Entry = AccessLogQuery["kayttoloki"]["nodes"][number];
const PAGE = 20;

export function AccessLog() {
  const { t, language } = useI18n();
  const [after, setAfter] = useState<string | undefined>(undefined);
  const [entries, setEntries] = useState<Entry[]>([]);
  const answer = useQuery(AccessLogDocument, { first: PAGE, after });
  useEffect(() => {
    if (answer.status === "done") setEntries((earlier) => (after ? [...earlier, ...answer.data.kayttoloki.nodes] : answer.data.kayttoloki.nodes));
    // Pages are appended once per answer.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [answer.status]);
  // The role, and whom they acted for as the log records it: organisations by name, a business by its Y-tunnus.
  const who = ({ kayttaja }: Entry) => (
    <>
      {[label(ROLES, kayttaja.rooli, language), ...kayttaja.organisaatiot.map((o) => localised(o.nimi, language) ?? o.oid)].join(", ")}
      {/* A Y-tunnus is one word: never broken at its hyphen. */}
      {kayttaja.yTunnus && <>, <span className="nowrap">{t("businessId", { id: kayttaja.yTunnus })}</span></>}
    </>
  );
  const page = answer.status === "done" ? answer.data.kayttoloki.pageInfo : null;
  const next = page?.hasNextPage ? page.endCursor : null;
  return (
    <>
      <PageTitle>{t("accessLogTitle")}</PageTitle>
      <p>{t("accessLogIntro")}</p>
      {answer.status === "failed" && <Failure failure={answer.failure} onRetry={answer.reload} />}
      {answer.status === "done" && <PartialNotice errors={answer.errors} />}
      {entries.length === 0 && answer.status === "done" && <Empty>{t("noAccessLog")}</Empty>}
      {entries.length > 0 && (
        <div className="table-wrap">
          <table>
            <caption className="visually-hidden">{t("accessLogTitle")}</caption>
            <thead>
              <tr>
                <th scope="col">{t("when")}</th>
                <th scope="col">{t("who")}</th>
                <th scope="col">{t("what")}</th>
                <th scope="col">{t("why")}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry, i) => (
                <tr key={`${entry.aika}-${i}`}>
                  <td className="nowrap">{formatDateTime(entry.aika, language)}</td>
                  <td>{who(entry)}</td>
                  <td>
                    {label(ACTIONS, entry.toiminto, language)}: {label(DATA, entry.tieto, language)}
                  </td>
                  <td>{label(RULES, entry.peruste, language, entry.perusteenKuvaus)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {answer.status === "loading" && <Loading />}
      {next && answer.status === "done" && (
        <button type="button" onClick={() => setAfter(next)}>
          {t("loadMore")}
        </button>
      )}
    </>
  );
}
