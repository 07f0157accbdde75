// The categories of the plan that came with a transferred-in child: one or more, and which one is primary when
// there are several. Rules: docs/domain.md §2.1 (categories, one primary), §5.3 (the originating plan's details).
import type { Category } from '../../../../shared/domain/categories';
import { CATEGORY_LABELS } from '../../../../shared/domain/categories';

import { CATEGORY_CHOICES } from './transfer-in-form';

type Props = {
  id: string;
  categories: Category[];
  primary: Category | '';
  categoriesError: string | undefined;
  primaryError: string | undefined;
  onChange: (categories: Category[], primary: Category | '') => void;
};

export function TransferInCategories({
  id,
  categories,
  primary,
  categoriesError,
  primaryError,
  onChange,
}: Props) {
  const toggle = (c: Category, on: boolean) => {
    const next = on ? [...categories, c] : categories.filter((x) => x !== c);
    onChange(next, next.includes(primary as Category) ? primary : '');
  };
  return (
    <>
      <fieldset
        className={`field${categoriesError ? ' field--error' : ''}`}
        aria-describedby={categoriesError ? `${id}-cat-error` : `${id}-cat-hint`}
      >
        <legend>Categories of abuse or neglect in the plan</legend>
        <p className="hint" id={`${id}-cat-hint`}>
          As the other authority&apos;s plan gives them. Choose all that apply.
        </p>
        {categoriesError ? (
          <p className="error-message" id={`${id}-cat-error`}>
            <span className="visually-hidden">Error: </span>
            {categoriesError}
          </p>
        ) : null}
        {CATEGORY_CHOICES.map((c) => (
          <div className="choice" key={c.value}>
            <input
              type="checkbox"
              id={`${id}-cat-${c.value}`}
              checked={categories.includes(c.value)}
              onChange={(e) => toggle(c.value, e.target.checked)}
            />
            <label htmlFor={`${id}-cat-${c.value}`}>{c.label}</label>
          </div>
        ))}
      </fieldset>
      {categories.length > 1 ? (
        <fieldset
          className={`field${primaryError ? ' field--error' : ''}`}
          aria-describedby={primaryError ? `${id}-primary-error` : undefined}
        >
          <legend>Primary category</legend>
          {primaryError ? (
            <p className="error-message" id={`${id}-primary-error`}>
              <span className="visually-hidden">Error: </span>
              {primaryError}
            </p>
          ) : null}
          {categories.map((c) => (
            <div className="choice" key={c}>
              <input
                type="radio"
                id={`${id}-primary-${c}`}
                name={`${id}-primary`}
                checked={primary === c}
                onChange={() => onChange(categories, c)}
              />
              <label htmlFor={`${id}-primary-${c}`}>{CATEGORY_LABELS[c]}</label>
            </div>
          ))}
        </fieldset>
      ) : null}
    </>
  );
}
