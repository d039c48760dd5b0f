/**
 * The student's feedback surveys open now (AMIS, `omatPalautekyselyt`): each with its link and the
 * last day to answer. Shown above the plans only while there is one; a link that is not https
 * (the service accepts no other) is not made a link.
 */
import type { MyPlansQuery } from "../gql/graphql";
import { formatDate } from "../format";
import { useI18n } from "../i18n/i18n";
import type { MessageKey } from "../i18n/messages";

type Survey = MyPlansQuery["omatPalautekyselyt"][number];

const SURVEY_NAMES: Record<string, MessageKey> = {
  aloittaneet: "surveyStart",
  valmistuneet: "surveyGraduated",
  "osia-suorittaneet": "surveyPartsCompleted",
};

export function FeedbackSurveys({ surveys }: { surveys: readonly Survey[] }) {
  const { t } = useI18n();
  if (surveys.length === 0) return null;
  return (
    <section aria-labelledby="feedback-surveys" className="feedback-surveys">
      <h2 id="feedback-surveys">{t("feedbackSurveysTitle")}</h2>
      <ul>
        {surveys.map((survey) => {
          const name = t(SURVEY_NAMES[survey.kyselytyyppi] ?? "surveyOther");
          return (
            <li key={`${survey.hoksId}-${survey.kyselytyyppi}`}>
              {survey.kyselylinkki.startsWith("https://") ? <a href={survey.kyselylinkki}>{t("answerSurvey", { survey: name })}</a> : name}{" "}
              <span className="dates">{t("answerBy", { date: formatDate(survey.vastausaikaLoppu) })}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
