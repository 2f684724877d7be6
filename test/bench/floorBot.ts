// The framework's floor: restify + CloudAdapter + an ActivityHandler that answers every message with
// one Adaptive Card from a tiny inline template. Nothing else, so the bot's own cost shows above it.
import { ActivityHandler, CardFactory, CloudAdapter, ConfigurationBotFrameworkAuthentication, MessageFactory } from "botbuilder";
import restify, { type Request, type Response } from "restify";
import { Template } from "adaptivecards-templating";

export interface RunningFloor {
  url: string;
  close(): Promise<void>;
}

const floorTemplate = {
  type: "AdaptiveCard",
  $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
  version: "1.5",
  body: [
    { type: "TextBlock", text: "You asked", weight: "Bolder", wrap: true },
    { type: "TextBlock", text: "${text}", wrap: true },
  ],
};

class FloorBot extends ActivityHandler {
  constructor() {
    super();
    this.onMessage(async (context, next) => {
      const card = new Template(floorTemplate).expand({ $root: { text: context.activity.text ?? "" } });
      await context.sendActivity(MessageFactory.attachment(CardFactory.adaptiveCard(card)));
      await next();
    });
  }
}

/** Starts the floor bot on 127.0.0.1 and a free port; no credentials, so nothing is authenticated. */
export async function startFloorBot(): Promise<RunningFloor> {
  const adapter = new CloudAdapter(new ConfigurationBotFrameworkAuthentication({ MicrosoftAppId: "", MicrosoftAppPassword: "" }));
  const bot = new FloorBot();
  const server = restify.createServer({ name: "floor-bot", handleUncaughtExceptions: false });
  server.use(restify.plugins.bodyParser());
  server.post("/api/messages", async (req: Request, res: Response) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  return {
    url: `http://127.0.0.1:${address.port}`,
    close: async () => {
      server.server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
