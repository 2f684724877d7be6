// The conversation: a question gets an answer card; when the best rows are too close the bot offers
// a choice and waits for the pick on the next turn (kept in dialog state, so it works in channels too).
import type { Activity, StatePropertyAccessor, TurnContext } from "botbuilder";
import {
  ComponentDialog,
  Dialog,
  DialogSet,
  DialogTurnStatus,
  WaterfallDialog,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from "botbuilder-dialogs";
import type { CardAction } from "../../cards/actions";
import type { FeedbackStore } from "../feedbackStore";
import { readTurn } from "../readTurn";
import type { Reply, Responder } from "../responder";
import { replyKindFor } from "../replies";
import { removeBotMention } from "../mentions";
import { noteAnswer, noteTurn } from "../turnLog";
import type { UnansweredLog } from "../unansweredLog";

export const mainDialogId = "mainDialog";
const waterfallId = "mainWaterfall";

export interface PendingChoice {
  question: string;
  locale: string;
  options: Array<{ key: string; title: string }>;
}

const isPendingChoice = (value: unknown): value is PendingChoice =>
  typeof value === "object" && value !== null && "question" in value && "options" in value && Array.isArray(value.options);

const fold = (s: string) => s.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

/** The option a typed reply names: its number ("2", "2.") or its title (whole, or a unique part of it). */
export function matchChoice(text: string, options: PendingChoice["options"]): PendingChoice["options"][number] | undefined {
  const typed = fold(text);
  if (!typed) return undefined;
  const number = /^\d+$/.test(typed) ? Number(typed) : NaN;
  if (Number.isInteger(number)) return options[number - 1];
  const exact = options.find((o) => fold(o.title) === typed);
  if (exact) return exact;
  const partial = typed.length >= 3 ? options.filter((o) => fold(o.title).includes(typed)) : [];
  return partial.length === 1 ? partial[0] : undefined;
}

export class MainDialog extends ComponentDialog {
  constructor(
    private readonly responder: Responder,
    private readonly feedback: FeedbackStore,
    /** Where questions that found nothing are logged for the report; none in tests that do not care. */
    private readonly unanswered?: UnansweredLog,
  ) {
    super(mainDialogId);
    this.addDialog(new WaterfallDialog(waterfallId, [(step) => this.respond(step), (step) => this.readPick(step)]));
    this.initialDialogId = waterfallId;
  }

  /** Runs one turn: continues a waiting choice, or starts afresh. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    const dc = await dialogs.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
    // Nothing waits for the next turn: keep no state, so a one-shot question writes nothing to storage.
    if (dc.stack.length === 0) await dialogState.delete(context);
  }

  private async respond(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { activity } = step.context;
    const turn = readTurn(activity);
    switch (turn.type) {
      case "ignored":
        return step.endDialog();
      case "empty":
        noteTurn(step.context, { kind: "empty" });
        await step.context.sendActivity(this.responder.emptyQuestion(activity.locale).activity);
        return step.endDialog();
      case "command": {
        const { name, language } = turn.command;
        const reply = name === "help" ? this.responder.help(activity.locale, language, false) : this.responder.list(activity.locale, language);
        noteTurn(step.context, { kind: name });
        await step.context.sendActivity(reply.activity);
        return step.endDialog();
      }
      case "question":
        return this.answer(step, this.responder.ask(turn.text, activity.locale));
      case "action":
        return this.act(step, turn.action, activity);
    }
  }

  private async act(step: WaterfallStepContext, action: CardAction, activity: Activity): Promise<DialogTurnResult> {
    switch (action.mmd) {
      case "ask":
        return this.answer(step, this.responder.ask(action.q, action.locale || activity.locale));
      case "pick":
        return this.sendPicked(step, this.responder.picked(action.row, action.q, action.locale, activity.locale), "picked");
      case "text":
        return this.sendPicked(step, this.responder.asText(action.row, action.q, action.locale, activity.locale), "text");
      case "browse":
        noteTurn(step.context, { kind: "list" });
        await step.context.sendActivity(this.responder.list(action.locale || activity.locale, undefined).activity);
        return step.endDialog();
      case "feedback": {
        await this.feedback.record({
          question: action.q,
          key: action.row,
          locale: action.locale,
          helpful: action.helpful,
          conversationType: activity.conversation?.conversationType ?? "personal",
        });
        noteTurn(step.context, { kind: "feedback", key: action.row });
        const ui = this.responder.ui(action.locale.split("-")[0], activity.locale);
        await step.context.sendActivity(this.responder.message(ui, action.helpful ? "feedbackThanks" : "feedbackThanksNegative"));
        return step.endDialog();
      }
    }
  }

  /** Sends the reply; a choice card keeps the dialog waiting for the pick. */
  private async answer(step: WaterfallStepContext, reply: Reply): Promise<DialogTurnResult> {
    await step.context.sendActivity(reply.activity);
    const { answer } = reply;
    const kind = answer ? replyKindFor(answer) : "none";
    noteAnswer(step.context, answer, kind);
    if (answer && kind === "none") await this.unanswered?.record(answer.question, step.context.activity.locale || answer.locale);
    if (!answer || kind !== "choice") return step.endDialog();
    const pending: PendingChoice = {
      question: answer.question,
      locale: answer.locale,
      options: answer.results.map((r) => ({ key: r.key, title: r.title })),
    };
    Object.assign(step.values, { pending });
    return Dialog.EndOfTurn;
  }

  /** The turn after a choice card: a typed number or title picks; anything else is a new turn. */
  private async readPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending: unknown = "pending" in step.values ? step.values.pending : undefined;
    const { activity } = step.context;
    const turn = readTurn(activity);
    const option = isPendingChoice(pending) && turn.type !== "action" ? matchChoice(removeBotMention(activity), pending.options) : undefined;
    if (!option || !isPendingChoice(pending)) return step.replaceDialog(waterfallId);
    return this.sendPicked(step, this.responder.picked(option.key, pending.question, pending.locale, activity.locale), "picked");
  }

  private async sendPicked(step: WaterfallStepContext, reply: Reply, kind: string): Promise<DialogTurnResult> {
    await step.context.sendActivity(reply.activity);
    noteAnswer(step.context, reply.answer, kind);
    return step.endDialog();
  }
}
