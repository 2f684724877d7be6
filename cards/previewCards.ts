// The sample cards for the README pictures: real questions through the real engine, real pages.
import type { Answer, AnswerEngine } from "../knowledge/types";
import { buildAnswerCard } from "./answerCard";
import { buildChoiceCard } from "./choiceCard";
import type { BuiltCard } from "./expandTemplate";
import { buildHelpCard } from "./helpCard";
import { buildListCard } from "./listCard";
import { buildNoAnswerCard } from "./noAnswerCard";
import { buildSplitCard } from "./splitCard";
import { uiLanguageFor, uiString, type UiLanguage } from "./strings";

export interface PreviewCard {
  name: string;
  built: BuiltCard;
  /** Render with the rest of the row shown (the toggle clicked). */
  expand?: boolean;
}

export const previewErrors = Object.freeze({
  noAnswer: (question: string, kind: string) => `preview question "${question}" got kind ${kind}, expected an answer with results`,
});

function ask(engine: AnswerEngine, question: string, locale: string): Answer {
  const answer = engine.ask(question, { locale });
  if (answer.results.length === 0) throw new Error(previewErrors.noAnswer(question, answer.kind));
  return answer;
}

/** Every card the bot sends, in the languages that show what matters, built from real answers. */
export function previewCards(engine: AnswerEngine): PreviewCard[] {
  const answerCard = (name: string, question: string, locale: string, ui?: UiLanguage, expand = false): PreviewCard => {
    const answer = ask(engine, question, locale);
    return { name, built: buildAnswerCard(answer, ui ?? uiLanguageFor(answer.language, locale)), expand };
  };
  const shared = ask(engine, "Vem ansvarar för förändringsledning?", "sv-SE");
  const depends = ask(engine, "Vem sköter support för slutanvändare?", "sv-SE");
  const choice = ask(engine, "övervakning", "sv-SE");
  const rowsSv = engine.listRows("sv-SE");
  const rowsNl = engine.listRows("nl-NL");
  const examples = (ui: UiLanguage, topics: string[]) => topics.map((topic) => uiString(ui, "exampleQuestion", { topic }));
  return [
    answerCard("answer-sv", "Vem övervakar säkerheten?", "sv-SE"),
    answerCard("answer-nl", "Wie is verantwoordelijk voor veiligheidsbewaking?", "nl-NL"),
    answerCard("answer-en", "Who monitors security?", "en-US", "en"),
    answerCard("answer-bullets-en", "Who gives end users support for printers?", "en-US", "en"),
    answerCard("answer-shared-en", "Who deploys Office apps?", "en-US", "en"),
    answerCard("answer-long-row-en", "Who packages our own apps for Intune?", "en-US", "en"),
    answerCard("answer-long-row-expanded-en", "Who packages our own apps for Intune?", "en-US", "en", true),
    { name: "answer-shared-sv", built: buildAnswerCard(shared, "sv") },
    { name: "split-shared-en", built: buildSplitCard(shared, "en") },
    { name: "split-depends-sv", built: buildSplitCard(depends, "sv") },
    { name: "choice-sv", built: buildChoiceCard(choice, "sv") },
    { name: "no-answer-en", built: buildNoAnswerCard("Who bakes the cakes on Friday?", rowsSv.filter((r) => r.owner === "customer").slice(0, 3), "en", "en-US") },
    { name: "help-en", built: buildHelpCard("en", examples("en", ["security monitoring", "identity management", "printing"]), "en-US", false) },
    { name: "welcome-sv", built: buildHelpCard("sv", examples("sv", ["säkerhetsövervakning", "identitetshantering", "utskrift"]), "sv-SE", true) },
    { name: "list-nl", built: buildListCard(rowsNl, "nl", "nl-NL") },
  ];
}
