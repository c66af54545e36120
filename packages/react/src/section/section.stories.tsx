import type { Meta, StoryObj } from "@storybook/react-vite";
import { officialForm } from "../story-helpers/official-form";
import { TableForm } from "../table-form/table-form";

const { table, fixtures } = officialForm("key-enterprise-application");
const meta = {
  title: "Components/Section",
  component: TableForm,
  args: { table, lang: "zh", value: fixtures.valid },
} satisfies Meta<typeof TableForm>;
export default meta;
type Story = StoryObj<typeof meta>;

/** The manufacturing applicant sees the manufacturing-only section and the recommendation blocks. */
export const ManufacturingApplicant: Story = {};
/** The ITO applicant, in English, sees the ITO-only section instead. */
export const ItoApplicantEnglish: Story = { args: { lang: "en", value: fixtures.english } };
export const Bilingual: Story = { args: { lang: "bilingual" } };
