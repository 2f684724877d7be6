import assert from "node:assert/strict";
import { removeBotMention } from "../../bot/mentions";

const bot = { id: "28:bot", name: "MMD Bot" };
const mention = (id: string, name: string) => ({ type: "mention", mentioned: { id, name }, text: `<at>${name}</at>` });

describe("removeBotMention", () => {
  const cases = [
    { name: "removes the bot's own mention", text: "<at>MMD Bot</at> vem ansvarar för säkerhet?", entities: [mention(bot.id, bot.name)], want: "vem ansvarar för säkerhet?" },
    { name: "keeps another person's mention as a plain name", text: "<at>MMD Bot</at> wie helpt <at>Jan Jansen</at>?", entities: [mention(bot.id, bot.name), mention("29:jan", "Jan Jansen")], want: "wie helpt Jan Jansen?" },
    { name: "leaves a message without mentions alone", text: "  who does updates ", entities: [], want: "who does updates" },
    { name: "removes the bot's mention in the middle", text: "hey <at>MMD Bot</at> help", entities: [mention(bot.id, bot.name)], want: "hey help" },
    { name: "keeps a mention of someone with the bot's name but another id", text: "<at>MMD Bot</at> ask", entities: [mention("29:other", "MMD Bot")], want: "MMD Bot ask" },
    { name: "ignores entities that are not mentions", text: "<at>MMD Bot</at> lista", entities: [{ type: "clientInfo", locale: "sv-SE" }, mention(bot.id, bot.name)], want: "lista" },
  ];
  for (const c of cases) {
    it(c.name, () => assert.equal(removeBotMention({ text: c.text, entities: c.entities, recipient: bot }), c.want));
  }
});
