import { keepTyped } from "./useEditSession";

test("a reloaded form shows their version with the fields I changed kept", () => {
  const opened = { name: "Zendesk", owner: "", services: ["Support"], notes: "" };
  const mine = { ...opened, notes: "Holds customer emails", services: ["Support", "Chat"] };
  const theirs = { ...opened, owner: "Support lead", name: "Zendesk Inc." };
  expect(keepTyped(mine, opened, theirs)).toEqual({
    name: "Zendesk Inc.",
    owner: "Support lead",
    services: ["Support", "Chat"],
    notes: "Holds customer emails",
  });
});
