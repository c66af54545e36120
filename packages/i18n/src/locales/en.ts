import { unitLabels } from "../glossary";
import type { LocaleResources } from "../resources";

function unitNames(): Record<string, string> {
  return Object.fromEntries(Object.entries(unitLabels).map(([unit, label]) => [unit, label.en]));
}

// "3,000 (CNY 10,000)" keeps a multiplier unit apart from the number; "35%" and "300 persons" read as is.
function unitSuffixes(): Record<string, string> {
  return Object.fromEntries(
    Object.values(unitLabels).map(({ zh, en }) => {
      if (en === "%") return [zh, en];
      return [zh, /\d/.test(en) ? ` (${en})` : ` ${en}`];
    }),
  );
}

/** English, following the glossary term for term. */
export const en: LocaleResources = {
  validation: {
    required: "{{code}}{{label}}: this is required; enter or choose a value.",
    number: "{{code}}{{label}}: enter a number, for example 1200 or 35.5.",
    integer: "{{code}}{{label}}: enter a whole number, without a decimal point.",
    min: "{{code}}{{label}}: enter {{min}}{{unit}} or more; check the figure.",
    max: "{{code}}{{label}}: enter {{max}}{{unit}} or less; check the figure.",
    scale: "{{code}}{{label}}: use at most {{scale}} decimal places; round the figure.",
    maxLength: "{{code}}{{label}}: use {{max}} characters or fewer; shorten the text.",
    option: "{{code}}{{label}}: choose one of the listed options.",
    otherText: "{{code}}{{label}}: you chose “Other”; say what it is.",
    date: "{{code}}{{label}}: enter the date as {{format}}.",
    text: "{{code}}{{label}}: enter this answer as text.",
    rows: {
      min: "{{code}}{{label}}: fill in at least {{min}} row(s); use “Add row” to add more.",
      max: "{{code}}{{label}}: fill in at most {{max}} row(s); remove the extra rows.",
    },
    length: "{{code}}{{label}}: enter exactly {{length}} characters; check each box.",
    charset: "{{code}}{{label}}: use only the digits or capital letters this code allows.",
    checksum:
      "{{code}}{{label}}: the check character does not match; compare each character with the certificate.",
    format: "{{code}}{{label}}: enter it as {{format}}.",
    money: {
      currency: "{{code}}{{label}}: choose the original currency.",
      rate: "{{code}}{{label}}: enter an exchange rate above 0 (units of the original currency per US dollar).",
      usd: "{{code}}{{label}}: the figure in USD 10,000 should be {{expected}}; check the exchange rate and the amount.",
    },
    shape:
      "{{code}}{{label}}: what was submitted is not in this field's form (an amount, rows of a table); fill it in again in the form.",
  },
  rule: {
    requiredWhen: "{{code}}{{label}}: your earlier answers make this required; enter a value.",
    onlyWhen: "{{code}}{{label}}: your earlier answers mean this does not apply; clear it.",
    sum: "{{code}}{{label}}: should equal the sum of {{parts}}, {{expected}}, but is {{actual}}; check the figures.",
    atMost: "{{code}}{{label}}: {{actual}} cannot be more than {{wholeLabel}}, {{whole}}; check the figures.",
    totalEquals: "{{code}}{{label}}: the total should be {{expected}} but is {{actual}}; check the figures.",
    requireOne: "{{code}}{{label}}: fill in at least one of: {{labels}}.",
    threshold: {
      min: "{{code}}{{label}}: this is below {{min}}{{unit}}; confirm it is correct or explain why.",
      max: "{{code}}{{label}}: this is above {{max}}{{unit}}; confirm it is correct or explain why.",
    },
    derived:
      "{{code}}{{label}}: the calculated value is {{expected}}; check your figure or use the calculated value.",
  },
  filing: {
    filerCode:
      "{{code}}{{label}}: this must be the signed-in entity's own code, {{expected}}; you cannot file for another entity.",
    reference: {
      missing:
        "{{code}}{{label}}: contract “{{value}}” is not registered in {{tableLabel}}; register the contract first, or check the contract number.",
      exceeds:
        "{{code}}{{label}}: {{actual}} is more than the contract amount registered for contract “{{value}}”, {{whole}} (USD 10,000); confirm it is correct or explain why.",
    },
  },
  finding: {
    codePrefix: "{{code}} ",
    cellLabel: "{{label}} ({{column}})",
    inGroup: "{{label}} ({{within}})",
    inRowOf: "{{label}} ({{within}}, row {{row}})",
    fallback: "{{code}}{{label}}: check this answer.",
  },
  format: {
    date: {
      day: "YYYY-MM-DD (for example 2024-03-15)",
      month: "YYYY-MM (for example 2024-03)",
      year: "a four-digit year (for example 2024)",
    },
    uscc: "an 18-character unified social credit code",
    orgCode: "a 9-character organization code (8 characters and a check character)",
    divisionCode: "a 12-digit division code",
    urbanRuralCode: "a 3-digit urban-rural code",
    industryCode: "a 4-digit industry code",
    industryCode2011: "a 4-digit industry code (GB/T 4754-2011)",
    registrationType: "a 3-digit registration type code (for example 110)",
    areaCode: "a long-distance area code (for example 010)",
    landline: "a landline number (for example 010-12345678)",
    mobile: "an 11-digit mobile number",
    postcode: "a 6-digit postcode",
    email: "an email address (for example name@example.com)",
    url: "a web address (for example https://www.example.com)",
  },
  unitSuffix: unitSuffixes(),
  ui: {
    action: {
      submit: "Submit",
      saveDraft: "Save draft",
      review: "Review answers",
      edit: "Back to editing",
      change: "Change",
      back: "Back",
      continue: "Continue",
      addRow: "Add row",
      remove: "Remove",
      confirmWarning: "Confirm this is correct",
      explainWarning: "Explain",
      print: "Print",
    },
    signIn: {
      signedOut:
        "Sign in to the reporting service before you submit. Sign-in opens in a new window; your password is never given to this site.",
      signedIn: "Signed in to the reporting service: you can submit.",
      signIn: "Sign in",
      signOut: "Sign out",
      opening: "Opening the sign-in window…",
      popupBlocked:
        "The browser blocked the sign-in window. Allow pop-ups for this site, then choose Sign in again.",
      failed: "The sign-in did not finish; try again. Your answers are still on this page.",
      expired:
        "Your sign-in has expired: sign in again, then submit again. Your answers are still on this page.",
    },
    submit: {
      sending: "Submitting…",
      done: "Submitted.",
      reference: "Reference number: {{reference}}",
      failed: "The form could not be submitted. Try again later; your answers are still on this page.",
      failedStatus:
        "The form could not be submitted (the server answered {{status}}). Try again later; your answers are still on this page.",
      network:
        "The form could not be submitted because the connection failed. Check your connection and try again; your answers are still on this page.",
      rejected: "The server did not accept the form. Check your answers and try again.",
      signInRequired:
        "Sign in to file this table: your sign-in is missing or has expired. Your answers are still on this page; submit again after you sign in.",
    },
    errorSummary: {
      title: "There is a problem",
      count_one: "{{count}} problem to fix",
      count_other: "{{count}} problems to fix",
    },
    warning: {
      tag: "Warning",
    },
    warningReview: {
      title: "Check these warnings",
      intro:
        "Warnings do not stop you submitting, but for each one confirm the answer is correct or explain it.",
      count_one: "{{count}} warning to confirm or explain",
      count_other: "{{count}} warnings to confirm or explain",
      answerRequired: "Confirm the answer is correct, or explain it.",
      confirm: "I have checked this answer and it is correct",
      explain: "Explanation",
    },
    help: {
      summary: "Indicator explanation",
    },
    draft: {
      offerLabel: "Saved draft",
      offer: "A saved draft from {{time}} was found; restore it to carry on.",
      restore: "Restore draft",
      discard: "Discard draft",
      saved: "Draft saved.",
      savedAt: "Draft saved at {{time}}.",
      failed: "The draft could not be saved; keep this page open.",
    },
    review: {
      title: "Review answers",
      readOnly: "Read only",
      entries_one: "{{count}} entry",
      entries_other: "{{count}} entries",
      empty: "Not answered",
    },
    language: {
      label: "Language",
      zh: "Chinese",
      en: "English",
      bilingual: "Chinese and English",
    },
    field: {
      required: "Required",
      optional: "Optional",
      requiredNote: "Fields marked * are required.",
    },
    unit: unitNames(),
    yes: "Yes",
    no: "No",
    header: {
      tableNo: "Table number",
      issuer: "Formulated by",
      approver: "Approved by",
      approvalNo: "Approval number",
      validUntil: "Valid until",
      yearMonth: "{{year}}-{{month}}",
      period: "Reporting period",
      periodKind: "Reporting frequency",
      deadline: "Deadline and method of submission",
    },
    footer: {
      head: "Head of the entity",
      statisticsHead: "Head of statistics",
      preparer: "Form preparer",
      telephone: "Contact telephone",
      submissionDate: "Date of submission",
      stamp: "Official seal",
    },
    period: {
      annual: "Annual report",
      monthly: "Monthly report",
      once: "One-off report",
    },
    reference: {
      search: "Search codes or names",
      searchLabel: "Search this table",
      noResults: "No matching entries.",
      results_one: "{{count}} match",
      results_other: "{{count}} matches",
      total_one: "{{count}} entry",
      total_other: "{{count}} entries",
      notes: "Notes",
      discrepancies: "Where the source contradicts itself",
      source: "Source",
    },
    choice: {
      placeholder: "Choose…",
      other: "Other",
      otherSpecify: "Other (please specify)",
      otherText: "Please specify",
    },
    money: {
      amount: "Amount in original currency",
      currency: "Currency",
      rate: "Exchange rate",
      rateHint: "Units of the original currency per US dollar",
      rateDate: "Exchange rate date",
      usd: "In USD 10,000",
      usdValue: "{{usd}} (USD 10,000)",
      usdHint: "Calculated from the exchange rate; you can change it.",
      unitOf: "{{currency}} 10,000",
    },
    date: {
      year: "Year",
      month: "Month",
      day: "Day",
    },
    picker: {
      section: "Industry section",
      sectionHint:
        "Choose a section to see the range of the first two digits (division) of the industry code; the code entered is not changed.",
      sectionNone: "None chosen",
      sectionRange: ": {{from}}–{{to}}",
    },
    codeBoxes: {
      hint: "One character per box, {{length}} in all.",
      box: "Character {{n}}",
      count_one: "{{count}} of {{length}} characters entered",
      count_other: "{{count}} of {{length}} characters entered",
    },
    rows: {
      count_one: "{{count}} row",
      count_other: "{{count}} rows",
      empty: "No rows added yet.",
      row: "Row {{n}}",
      number: "No.",
      rowKind: "Category",
      actions: "Actions",
      added: "Row {{n}} added.",
      removed: "Row {{n}} removed.",
      maxReached: "This table takes at most {{max}} rows; the limit is reached.",
      cellLabel: "{{label}} (row {{n}})",
      columnWithUnit: "{{label}} ({{unit}})",
      showMore_one: "Show {{count}} more row",
      showMore_other: "Show {{count}} more rows",
      showAll: "Show all {{total}} rows",
      shownCount: "Showing {{shown}} of {{total}} rows",
    },
    contents: {
      title: "Contents",
      progress: "{{answered}} of {{total}} answered",
      section: "{{answered}} of {{total}} answered",
      errors_one: "{{count}} error",
      errors_other: "{{count}} errors",
    },
    spreadsheet: {
      pasted_one: "Pasted {{count}} row × {{columns}} columns.",
      pasted_other: "Pasted {{count}} rows × {{columns}} columns.",
      rowsDidNotFit_one: "This table takes at most {{max}} rows; {{count}} more pasted row did not fit.",
      rowsDidNotFit_other: "This table takes at most {{max}} rows; {{count}} more pasted rows did not fit.",
      rowsPastEnd_one: "{{count}} more pasted row went past the last row and was not pasted.",
      rowsPastEnd_other: "{{count}} more pasted rows went past the last row and were not pasted.",
      columnsPastEnd_one: "{{count}} more pasted column went past the last column and was not pasted.",
      columnsPastEnd_other: "{{count}} more pasted columns went past the last column and were not pasted.",
      undo: "Undo paste",
      undone: "Paste undone.",
      importFile: "Import from Excel (.xlsx)",
      imported_one: "Imported {{count}} row from {{file}}.",
      imported_other: "Imported {{count}} rows from {{file}}.",
      headersUnknown:
        "The header row of {{file}} does not match this table's columns: {{headers}}. Use the printed column names: {{expected}}.",
      noRows: "The first sheet of {{file}} has no rows to import.",
      unreadable: "{{file}} could not be read; choose an Excel file in .xlsx format.",
      undoImport: "Undo import",
      importUndone: "Import undone.",
      unavailable:
        "This page cannot import Excel files; copy the rows in the spreadsheet and paste them into the table instead.",
    },
    matrix: {
      indicator: "Indicator",
      unit: "Unit of measurement",
      code: "Code",
      blank: "No entry",
      sumOfParts: "Sum of the breakdown: {{sum}}",
    },
    print: {
      tableNo: "Table number: {{tableNo}}",
    },
    a11y: {
      removeRow: "Remove row {{n}}",
      fieldNumber: "Field number {{number}}",
      errorPrefix: "Error: ",
      warningPrefix: "Warning: ",
      required: "(required)",
    },
    currency: {
      CNY: "Chinese yuan (renminbi)",
      USD: "US dollar",
      EUR: "Euro",
      JPY: "Japanese yen",
      HKD: "Hong Kong dollar",
      MOP: "Macao pataca",
      TWD: "New Taiwan dollar",
      GBP: "Pound sterling",
      KRW: "South Korean won",
      SGD: "Singapore dollar",
      AUD: "Australian dollar",
      CAD: "Canadian dollar",
      CHF: "Swiss franc",
      INR: "Indian rupee",
      RUB: "Russian rouble",
    },
  },
};
