// Categories of abuse or neglect and their CIN census codes. Rules: docs/domain.md §2.1 (NEG/PHY/EMO/SAB, MUL when more
// than one category is chosen; NHS codes 01-04 have no "multiple").
import { z } from 'zod';

/** The four categories of abuse or neglect, in the order the NHS codes number them. */
export const CATEGORIES = ['neglect', 'physical', 'emotional', 'sexual'] as const;
export const CategorySchema = z.enum(CATEGORIES);
export type Category = z.infer<typeof CategorySchema>;

/** DfE Children in Need census codes for a category of abuse (docs/domain.md §2.1, CIN rule 8905). */
export const CIN_CODES = ['NEG', 'PHY', 'EMO', 'SAB', 'MUL'] as const;
export const CinCensusCodeSchema = z.enum(CIN_CODES);
export type CinCensusCode = z.infer<typeof CinCensusCodeSchema>;

/** Plain-English label of each category, as the minutes print it. */
export const CATEGORY_LABELS: Readonly<Record<Category, string>> = {
  neglect: 'Neglect',
  physical: 'Physical abuse',
  emotional: 'Emotional abuse',
  sexual: 'Sexual abuse',
};

const SINGLE_CODE: Readonly<Record<Category, CinCensusCode>> = {
  neglect: 'NEG',
  physical: 'PHY',
  emotional: 'EMO',
  sexual: 'SAB',
};

const NHS_CODE: Readonly<Record<Category, string>> = {
  neglect: '01',
  physical: '02',
  emotional: '03',
  sexual: '04',
};

/**
 * The CIN census code for a set of categories: the single code for one category, MUL for more than one,
 * undefined for none (docs/domain.md §2.1).
 */
export function cinCensusCode(categories: readonly Category[]): CinCensusCode | undefined {
  const distinct = [...new Set(categories)];
  if (distinct.length === 0) {
    return undefined;
  }
  if (distinct.length > 1) {
    return 'MUL';
  }
  return SINGLE_CODE[distinct[0] as Category];
}

/** The NHS Data Dictionary CHILD PROTECTION PLAN REASON CODE (01-04) for the primary category. */
export function nhsReasonCode(primary: Category): string {
  return NHS_CODE[primary];
}
