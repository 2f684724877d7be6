// The adapter's last resort: log, tell the user only when they sent a message, forget the conversation.
import { ActivityTypes, type ConversationState, type TurnContext } from "botbuilder";
import type { Responder } from "./responder";

export type ErrorLog = (message: string, error: unknown) => void;

const turnErrorLogMessage = "unhandled error in turn";

export function createOnTurnError(conversationState: ConversationState, responder: Responder, log: ErrorLog) {
  return async (context: TurnContext, error: Error): Promise<void> => {
    log(turnErrorLogMessage, error);
    try {
      if (context.activity.type === ActivityTypes.Message) {
        await context.sendActivity(responder.message("error", context.activity.locale));
      }
    } catch (sendError) {
      log("could not tell the user about the error", sendError);
    }
    try {
      // A broken dialog stack would fail every later turn of the conversation.
      await conversationState.delete(context);
    } catch (deleteError) {
      log("could not clear conversation state", deleteError);
    }
  };
}
