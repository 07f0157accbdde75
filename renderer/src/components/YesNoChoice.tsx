// A yes/no question as two radio buttons in a fieldset, with neither chosen until someone answers: "not
// answered" stays distinct from "no". Rule source: docs/domain.md §9.4 (documents state only what was recorded).

type YesNo = 'yes' | 'no';

export function YesNoChoice({
  legend,
  idBase,
  value,
  onChoose,
}: {
  legend: string;
  idBase: string;
  value: boolean | undefined;
  onChoose: (v: boolean) => void;
}) {
  const options: [YesNo, string][] = [
    ['yes', 'Yes'],
    ['no', 'No'],
  ];
  return (
    <fieldset className="inline-choices">
      <legend>{legend}</legend>
      {options.map(([key, label]) => (
        <div className="choice" key={key}>
          <input
            type="radio"
            id={`${idBase}-${key}`}
            name={idBase}
            checked={value === (key === 'yes')}
            onChange={() => onChoose(key === 'yes')}
          />
          <label htmlFor={`${idBase}-${key}`}>{label}</label>
        </div>
      ))}
    </fieldset>
  );
}
