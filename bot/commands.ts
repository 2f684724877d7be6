// Words that are commands rather than questions, when they are the whole message.
export type CommandName = "help" | "list";

export interface Command {
  name: CommandName;
  /** The language the word is in, when it tells ("lista" is Swedish); undefined for "help", "?". */
  language: string | undefined;
}

type Words = Readonly<Record<CommandName, Readonly<Record<string, string | undefined>>>>;

const words: Words = Object.freeze({
  help: { help: undefined, "?": undefined, start: undefined, hi: undefined, hello: undefined, hjälp: "sv", hjalp: "sv", hej: "sv", hulp: "nl", hallo: "nl", hoi: "nl" },
  list: { list: undefined, browse: undefined, all: undefined, lista: "sv", bläddra: "sv", alla: "sv", översikt: "sv", lijst: "nl", bladeren: "nl", alles: "nl", overzicht: "nl" },
});

/** The command a whole message names, or undefined when it is a question. */
export function parseCommand(text: string): Command | undefined {
  const word = text.trim().toLowerCase().replace(/^\/+/, "").replace(/(?<=\w)[.!]+$/, "");
  for (const name of ["help", "list"] as const) {
    if (Object.hasOwn(words[name], word)) return { name, language: words[name][word] };
  }
  return undefined;
}
