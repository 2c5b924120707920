// The vendor form shows each field error that the core rejected next to its field.
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { render, screen, waitFor, within } from "@testing-library/react";
import userEvent from "@testing-library/user-event";
import { clearMocks, mockCommands } from "../../ipc/mock";
import type { ReferenceLists, VendorDraft } from "../../ipc";
import { VendorForm } from "./VendorForm";

const reference: ReferenceLists = {
  categories: ["analytics", "other"],
  statuses: ["prospect", "active"],
  countries: ["IE", "US"],
  currencies: ["EUR", "USD"],
  transferMechanisms: ["not_restricted"],
  criticalities: ["low"],
  edgeKinds: ["subprocessor"],
  flags: ["personal"],
  timeZones: ["Europe/Dublin"],
  nis2Statuses: ["none"],
  hipaaStatuses: ["none"],
  financialEntityKinds: ["other"],
  holidayCountries: ["IE"],
  holidaySource: "holidays (PyPI)",
  domains: [],
  answerKinds: ["yes_no_na"],
  severities: ["low"],
  assessmentStatuses: ["draft"],
  findingStatuses: ["open"],
  levels: [],
  accessLevels: [],
  substitutabilities: [],
  documentKinds: [],
  roles: [],
};

function renderForm(onDone = () => undefined) {
  const client = new QueryClient({ defaultOptions: { mutations: { retry: false } } });
  return render(
    <QueryClientProvider client={client}>
      <VendorForm editing={null} reference={reference} onDone={onDone} />
    </QueryClientProvider>,
  );
}

afterEach(() => clearMocks());

test("each rejected field shows the core's message next to it, and nothing else is flagged", async () => {
  const sent: VendorDraft[] = [];
  mockCommands({
    vendor_create: ({ draft }) => {
      sent.push(draft as VendorDraft);
      throw {
        code: "validation",
        message: "invalid input",
        fields: [
          { field: "lei", rule: "lei_checksum", message: "The LEI's check digits do not match (ISO 17442); check for a typo." },
          { field: "contacts.0.email", rule: "email", message: "'dpo@' is not a valid e-mail address." },
        ],
      };
    },
  });
  const user = userEvent.setup();
  const onDone = vi.fn();
  renderForm(onDone);

  await user.type(screen.getByLabelText("Name"), "Mixpanel");
  await user.type(screen.getByLabelText("LEI"), "HWUPKR0MPOU8FGXBT395");
  await user.click(screen.getByRole("button", { name: "Add contact" }));
  await user.type(screen.getByLabelText("Contact 1: e-mail"), "dpo@");
  await user.click(screen.getByRole("button", { name: "Save" }));

  const lei = screen.getByLabelText("LEI");
  await waitFor(() => expect(lei).toHaveAttribute("aria-invalid", "true"));
  const leiError = document.getElementById(lei.getAttribute("aria-describedby")!.split(" ")[0]!);
  expect(leiError?.textContent).toBe("The LEI's check digits do not match (ISO 17442); check for a typo.");
  expect(lei.closest(".field")).toContainElement(leiError);

  const email = screen.getByLabelText("Contact 1: e-mail");
  expect(email).toHaveAttribute("aria-invalid", "true");
  expect(within(email.closest(".field") as HTMLElement).getByRole("alert").textContent).toBe("'dpo@' is not a valid e-mail address.");

  expect(screen.getByLabelText("Name")).not.toHaveAttribute("aria-invalid");
  expect(screen.getByTestId("form-error-summary").textContent).toBe("2 fields need attention.");
  expect(sent[0]?.lei).toBe("HWUPKR0MPOU8FGXBT395");
  expect(sent[0]?.contacts).toEqual([{ name: "", email: "dpo@", role: "" }]);
  expect(onDone).not.toHaveBeenCalled();
});

test("a corrected form clears the errors and closes", async () => {
  let attempts = 0;
  mockCommands({
    vendor_create: () => {
      attempts += 1;
      if (attempts === 1) throw { code: "validation", message: "invalid", fields: [{ field: "name", rule: "required", message: "This field is required." }] };
      return { id: 1 };
    },
  });
  const user = userEvent.setup();
  const onDone = vi.fn();
  renderForm(onDone);
  await user.click(screen.getByRole("button", { name: "Save" }));
  await screen.findByText("This field is required.");
  await user.type(screen.getByLabelText("Name"), "Okta");
  await user.click(screen.getByRole("button", { name: "Save" }));
  await waitFor(() => expect(onDone).toHaveBeenCalled());
  expect(screen.queryByText("This field is required.")).toBeNull();
});
