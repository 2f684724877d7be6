// The Teams activity handler: messages go to the dialog, installs get the welcome card.
import { TeamsActivityHandler, type ConversationState, type InvokeResponse, type MessagingExtensionQuery, type MessagingExtensionResponse, type StatePropertyAccessor, type TurnContext } from "botbuilder";
import type { DialogState } from "botbuilder-dialogs";
import type { MainDialog } from "./dialogs/mainDialog";
import type { MessageExtensionSearch } from "./messageExtension";
import type { Responder } from "./responder";
import { isRecord } from "./validateActivity";

const dialogStateProperty = "dialogState";

export class ResponsibilityBot extends TeamsActivityHandler {
  private readonly dialogState: StatePropertyAccessor<DialogState>;

  constructor(
    private readonly conversationState: ConversationState,
    private readonly dialog: MainDialog,
    private readonly responder: Responder,
    private readonly search?: MessageExtensionSearch,
  ) {
    super();
    this.dialogState = conversationState.createProperty<DialogState>(dialogStateProperty);
    this.onMessage(async (context, next) => {
      await this.dialog.run(context, this.dialogState);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      await this.welcome(context);
      await next();
    });
    // Saved after every turn, including turns that only read state.
    this.onDialog(async (context, next) => {
      await this.conversationState.saveChanges(context, false);
      await next();
    });
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // botbuilder reads value.action.type without checking that there is an action: a TypeError.
    const value: unknown = context.activity.value;
    const action: unknown = typeof value === "object" && value !== null && "action" in value ? value.action : undefined;
    if (context.activity.name === "adaptiveCard/action" && (typeof action !== "object" || action === null)) return { status: 400 };
    return super.onInvokeActivity(context);
  }

  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return this.search ? this.search(readQuery(query), context.activity.locale) : super.handleTeamsMessagingExtensionQuery(context, query);
  }

  /** Only when the bot itself was added: in personal scope, a group chat or a team. */
  private async welcome(context: TurnContext): Promise<void> {
    const botId = context.activity.recipient?.id;
    if (!context.activity.membersAdded?.some((m) => m.id === botId)) return;
    await context.sendActivity(this.responder.help(context.activity.locale, undefined, true).activity);
  }
}

const numberOrUndefined = (v: unknown) => (typeof v === "number" ? v : undefined);

/** The invoke's value as the search expects it: the client sends JSON, and JSON can be anything. */
function readQuery(value: unknown): MessagingExtensionQuery {
  if (!isRecord(value)) return {};
  const { commandId, parameters, queryOptions } = value;
  return {
    commandId: typeof commandId === "string" ? commandId : undefined,
    parameters: Array.isArray(parameters) ? parameters.filter(isRecord).map((p) => ({ name: typeof p.name === "string" ? p.name : undefined, value: p.value })) : undefined,
    queryOptions: isRecord(queryOptions) ? { skip: numberOrUndefined(queryOptions.skip), count: numberOrUndefined(queryOptions.count) } : undefined,
  };
}
