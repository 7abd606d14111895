import type { ImportNotice, SaleTaxScheme } from './import-rules.ts';

/**
 * What the shopper is told about tax and import charges, in the review, on the confirmation page
 * and in the email alike: the same notes from the same facts, so the three never disagree.
 * "Nothing more to pay on delivery" appears only where the rule says so and nothing is left
 * to the border.
 */
export interface LandedNotesInput {
  notice: ImportNotice | null;
  lowValueScheme: SaleTaxScheme | null;
  /** Minor units the carrier is estimated to collect on delivery. */
  atBorder: number;
  /** Minor units of tax inside gross prices taken out because the sale is not taxed. */
  taxRemoved: number;
}

export interface LandedNote {
  /** Translation key in the checkout namespace. */
  key: string;
  /** Which amount fills `{{amount}}`. */
  amount?: 'atBorder' | 'taxRemoved';
  /** Due on delivery: shown as a notice, not as small print. */
  warning: boolean;
  testId: string;
}

export function landedNotes(input: LandedNotesInput): LandedNote[] {
  const notes: LandedNote[] = [];
  if (input.taxRemoved > 0)
    notes.push({ key: 'summary.taxRemoved', amount: 'taxRemoved', warning: false, testId: 'tax-removed' });
  if (input.lowValueScheme && input.lowValueScheme !== 'DOMESTIC')
    notes.push({
      key: `summary.schemes.${input.lowValueScheme}`,
      warning: false,
      testId: 'sale-tax-scheme',
    });
  if (input.atBorder > 0)
    notes.push({ key: 'summary.borderDue', amount: 'atBorder', warning: true, testId: 'border-due' });
  const notice = {
    included: 'summary.dutiesIncluded',
    'nothing-due': 'summary.nothingDue',
    'may-be-due': 'summary.mayBeDue',
    'border-due': null,
  } as const;
  const key = input.notice ? notice[input.notice] : null;
  if (key) notes.push({ key, warning: input.notice === 'may-be-due', testId: 'duties-notice' });
  return notes;
}
