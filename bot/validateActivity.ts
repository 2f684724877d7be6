// Checks a POST /api/messages body before CloudAdapter sees it: CloudAdapter answers 500 to some bad
// bodies (an activity without a type), and bad input should always get a 400 that says why.
export const activityErrors = Object.freeze({
  notJson: "The request body is not valid JSON.",
  notObject: "The request body must be a JSON object (a Bot Framework activity).",
  noType: "The activity has no type.",
  noServiceUrl: "The activity has no serviceUrl.",
  noConversation: "The activity has no conversation.id.",
  noChannelId: "The activity has no channelId.",
  badText: "The activity's text must be a string.",
  badEntities: "The activity's entities must be an array.",
});

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === "string" && v.trim() !== "";

/** The reason a body cannot be an activity, or undefined when it can be processed. */
export function checkActivity(body: unknown): string | undefined {
  if (!isRecord(body)) return activityErrors.notObject;
  if (!isText(body.type)) return activityErrors.noType;
  if (!isText(body.serviceUrl)) return activityErrors.noServiceUrl;
  if (!isRecord(body.conversation) || !isText(body.conversation.id)) return activityErrors.noConversation;
  // Conversation state is keyed by channel and conversation; a turn without them cannot keep state.
  if (!isText(body.channelId)) return activityErrors.noChannelId;
  if (body.text !== undefined && body.text !== null && typeof body.text !== "string") return activityErrors.badText;
  if (body.entities !== undefined && body.entities !== null && !Array.isArray(body.entities)) return activityErrors.badEntities;
  return undefined;
}

export interface ErrorBody {
  error: string;
  message: string;
}

export const badRequest = (message: string): ErrorBody => ({ error: "BadRequest", message });
