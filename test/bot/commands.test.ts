import assert from "node:assert/strict";
import { parseCommand } from "../../bot/commands";

describe("parseCommand", () => {
  const cases: Array<[string, ReturnType<typeof parseCommand>]> = [
    ["help", { name: "help", language: undefined }],
    ["Hjälp", { name: "help", language: "sv" }],
    ["HULP!", { name: "help", language: "nl" }],
    ["?", { name: "help", language: undefined }],
    ["/help", { name: "help", language: undefined }],
    ["list", { name: "list", language: undefined }],
    ["Lista", { name: "list", language: "sv" }],
    ["lijst", { name: "list", language: "nl" }],
    ["browse", { name: "list", language: undefined }],
    ["help me with updates", undefined],
    ["vem ansvarar för lista över enheter?", undefined],
    ["", undefined],
  ];
  for (const [text, want] of cases) it(`"${text}"`, () => assert.deepEqual(parseCommand(text), want));
});
