// The conversation: a question gets an answer card; when the best rows are too close the bot offers
// a choice and waits for the pick on the next turn (kept in dialog state, so it works in channels too).
import type { Activity, StatePropertyAccessor, TurnContext } from "botbuilder";
import {
  ComponentDialog,
  Dialog,
  DialogSet,
  WaterfallDialog,
  type DialogState,
  type DialogTurnResult,
  type WaterfallStepContext,
} from "botbuilder-dialogs";
import type { CardAction } from "../../cards/actions";
import type { FeedbackStore } from "../feedbackStore";
import { foldText } from "../../knowledge/text/normalize";
import { readTurn, type Turn } from "../readTurn";
import type { Reply, Responder } from "../responder";
import { replyKindFor } from "../replies";
import { removeBotMention } from "../mentions";
import { noteAnswer, noteTurn } from "../turnLog";
import type { UnansweredLog } from "../unansweredLog";

const mainDialogId = "mainDialog";
const waterfallId = "mainWaterfall";

export interface PendingChoice {
  question: string;
  locale: string;
  options: Array<{ key: string; title: string }>;
}

const isPendingChoice = (value: unknown): value is PendingChoice =>
  typeof value === "object" && value !== null && "question" in value && "options" in value && Array.isArray(value.options);

const fold = (s: string) => foldText(s).replace(/[^\p{L}\p{N}]+/gu, " ").trim();

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
    this.addDialog(new WaterfallDialog(waterfallId, [(step) => this.waitForPick(step), (step) => this.readPick(step)]));
    this.initialDialogId = waterfallId;
  }

  /**
   * Runs one turn. Most turns ask one thing and wait for nothing: they are answered without a dialog
   * (a dialog turn costs as much as the answer itself). The dialog runs only while a choice waits for
   * its pick, and nothing is kept in state once nothing waits, so a one-shot question writes no state.
   */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<DialogState>): Promise<void> {
    const state = await dialogState.get(context);
    if (state && state.dialogStack.length > 0) {
      const dc = await this.dialogSetFor(dialogState).createContext(context);
      await dc.continueDialog();
      if (dc.stack.length === 0) await dialogState.delete(context);
      return;
    }
    if (state) await dialogState.delete(context);
    const pending = await this.respond(context);
    if (pending) await (await this.dialogSetFor(dialogState).createContext(context)).beginDialog(this.id, pending);
  }

  private dialogSetFor(dialogState: StatePropertyAccessor<DialogState>): DialogSet {
    const dialogs = new DialogSet(dialogState);
    dialogs.add(this);
    return dialogs;
  }

  /** The dialog's first step: the choice card has gone out; keep what it offered until the next turn. */
  private async waitForPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    if (isPendingChoice(step.options)) Object.assign(step.values, { pending: step.options });
    return Dialog.EndOfTurn;
  }

  /** Answers a turn; returns the choice that now waits for its pick, when the reply offered one. */
  private async respond(context: TurnContext, turn: Turn = readTurn(context.activity)): Promise<PendingChoice | undefined> {
    const { activity } = context;
    switch (turn.type) {
      case "ignored":
        return undefined;
      case "empty":
        noteTurn(context, { kind: "empty" });
        await context.sendActivity(this.responder.emptyQuestion(activity.locale).activity);
        return undefined;
      case "command": {
        const { name, language } = turn.command;
        const reply = name === "help" ? this.responder.help(activity.locale, language, false) : this.responder.list(activity.locale, language);
        noteTurn(context, { kind: name });
        await context.sendActivity(reply.activity);
        return undefined;
      }
      case "question":
        return this.answer(context, this.responder.ask(turn.text, activity.locale));
      case "action":
        return this.act(context, turn.action, activity);
    }
  }

  private async act(context: TurnContext, action: CardAction, activity: Activity): Promise<PendingChoice | undefined> {
    switch (action.mmd) {
      case "ask":
        return this.answer(context, this.responder.ask(action.q, action.locale || activity.locale));
      case "pick":
        return this.sendPicked(context, this.responder.picked(action.row, action.q, action.locale, activity.locale), "picked");
      case "text":
        return this.sendPicked(context, this.responder.asText(action.row, action.q, action.locale, activity.locale), "text");
      case "browse":
        noteTurn(context, { kind: "list" });
        await context.sendActivity(this.responder.list(action.locale || activity.locale, undefined).activity);
        return undefined;
      case "feedback": {
        await this.feedback.record({
          question: action.q,
          key: action.row,
          locale: action.locale,
          helpful: action.helpful,
          conversationType: activity.conversation?.conversationType ?? "personal",
        });
        noteTurn(context, { kind: "feedback", key: action.row });
        await context.sendActivity(this.responder.message(action.helpful ? "feedbackThanks" : "feedbackThanksNegative", activity.locale, action.locale));
        return undefined;
      }
    }
  }

  /** Sends the reply; a choice card returns the choice, which then waits for the pick. */
  private async answer(context: TurnContext, reply: Reply): Promise<PendingChoice | undefined> {
    await context.sendActivity(reply.activity);
    const { answer } = reply;
    const kind = answer ? replyKindFor(answer) : "none";
    noteAnswer(context, answer, kind);
    if (answer && kind === "none") await this.unanswered?.record(answer.question, context.activity.locale || answer.locale);
    if (!answer || kind !== "choice") return undefined;
    return {
      question: answer.question,
      locale: answer.locale,
      options: answer.results.map((r) => ({ key: r.key, title: r.title })),
    };
  }

  /** The turn after a choice card: a typed number or title picks; anything else is a new turn. */
  private async readPick(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const pending: unknown = "pending" in step.values ? step.values.pending : undefined;
    const { activity } = step.context;
    const turn = readTurn(activity);
    const option = isPendingChoice(pending) && turn.type !== "action" ? matchChoice(removeBotMention(activity), pending.options) : undefined;
    if (!option || !isPendingChoice(pending)) {
      // Not a pick: a new turn, which may offer a new choice.
      const next = await this.respond(step.context, turn);
      return next ? step.replaceDialog(waterfallId, next) : step.endDialog();
    }
    await this.sendPicked(step.context, this.responder.picked(option.key, pending.question, pending.locale, activity.locale), "picked");
    return step.endDialog();
  }

  private async sendPicked(context: TurnContext, reply: Reply, kind: string): Promise<undefined> {
    await context.sendActivity(reply.activity);
    noteAnswer(context, reply.answer, kind);
    return undefined;
  }
}
