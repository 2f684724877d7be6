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
  badEntities: "The activity's entities must be an array of objects.",
  badServiceUrl: "The activity's serviceUrl must be an http or https URL.",
  badLocale: "The activity's locale must be a string.",
  badAccount: "The activity's from and recipient must be objects whose id, name, aadObjectId and role are strings.",
  badList: (field: string) => `The activity's ${field} must be an array of objects.`,
  badConversation: "The activity's conversation fields have the wrong types.",
  badId: "The activity's id and conversation.id must be printable ASCII.",
  badField: (field: string) => `The activity's ${field} must be a string.`,
  unreadable: "The activity could not be read.",
  unauthorized: "A Bot Framework bearer token is required.",
  encoding: "Content-Encoding is not supported; send the activity uncompressed.",
  tooLarge: (max: number) => `The request body is larger than ${max} bytes.`,
});

export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === "object" && v !== null && !Array.isArray(v);
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
  if (!isOptionalList(body.entities)) return activityErrors.badEntities;
  for (const field of ["membersAdded", "membersRemoved", "attachments"] as const) if (!isOptionalList(body[field])) return activityErrors.badList(field);
  if (!isHttpUrl(body.serviceUrl)) return activityErrors.badServiceUrl;
  if (!isOptional(body.locale, "string")) return activityErrors.badLocale;
  for (const field of ["id", "name", "replyToId"] as const) if (!isOptional(body[field], "string")) return activityErrors.badField(field);
  // The reply echoes these back: a wrong type here fails the reply's serialization inside the turn.
  for (const field of ["from", "recipient"] as const) {
    const account = body[field];
    if (account !== undefined && account !== null && !(isRecord(account) && accountFields.every((f) => isOptional(account[f], "string")))) return activityErrors.badAccount;
  }
  const conversation = body.conversation;
  if (!conversationFields.every((f) => isOptional(conversation[f], "string")) || !isOptional(conversation.isGroup, "boolean")) return activityErrors.badConversation;
  // Both go into the reply's URL and conversation.id into a header too.
  if (typeof conversation.id !== "string" || !printable.test(conversation.id) || (typeof body.id === "string" && body.id !== "" && !printable.test(body.id))) return activityErrors.badId;
  return undefined;
}

const accountFields = ["id", "name", "aadObjectId", "role"] as const;
const conversationFields = ["name", "conversationType", "tenantId", "aadObjectId", "role"] as const;
const printable = /^[\x20-\x7e]{1,1024}$/;

const isOptionalList = (v: unknown): boolean => v === undefined || v === null || (Array.isArray(v) && v.every(isRecord));
const isOptional = (v: unknown, type: "string" | "boolean"): boolean => v === undefined || v === null || typeof v === type;

// Replies go to serviceUrl: anything but an http(s) URL could only fail later, inside the turn.
function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === "http:" || url.protocol === "https:";
  } catch {
    return false;
  }
}

export interface ErrorBody {
  error: string;
  message: string;
}

export const errorBody = (error: string, message: string): ErrorBody => ({ error, message });
export const badRequest = (message: string): ErrorBody => errorBody("BadRequest", message);

/**
 * An own "__proto__" key (JSON.parse makes one, even when spelt with \u escapes) would become a
 * prototype when botbuilder copies the activity; removed at every depth. A walk, not a JSON.parse
 * reviver: the reviver is called for every value and costs more than the parse. Iterative, since
 * JSON.parse accepts nesting deeper than the call stack.
 */
export function withoutProtoKeys<T>(value: T): T {
  const pending: unknown[] = [value];
  for (let next = pending.pop(); next !== undefined; next = pending.pop()) {
    if (typeof next !== "object" || next === null) continue;
    if (Array.isArray(next)) {
      for (const item of next) pending.push(item);
      continue;
    }
    if (Object.hasOwn(next, "__proto__")) delete (next as Record<string, unknown>)["__proto__"];
    for (const key in next) pending.push((next as Record<string, unknown>)[key]);
  }
  return value;
}
