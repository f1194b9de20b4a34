interface Option {
  id: string;
  label: string;
}

interface Props {
  /** Unique per widget instance and question: the radio name and the base of the element ids. */
  name: string;
  legend: string;
  help?: string;
  options: readonly Option[];
  value: string | undefined;
  onChange: (id: string) => void;
  testId?: string;
}

/** A question with plain options (no points) as a native radio group, styled like the score choices. */
export function OptionGroup({ name, legend, help, options, value, onChange, testId }: Props) {
  const helpId = `${name}-help`;
  return (
    <fieldset className="choice-group" aria-describedby={help ? helpId : undefined} data-testid={testId}>
      <legend>{legend}</legend>
      {help && <p className="choice-group__help" id={helpId}>{help}</p>}
      <div className="choice-group__options">
        {options.map((o) => {
          const id = `${name}-${o.id}`;
          return (
            <label key={o.id} htmlFor={id} className={value === o.id ? 'is-checked' : undefined}>
              <input type="radio" id={id} name={name} value={o.id} checked={value === o.id} onChange={() => onChange(o.id)} />
              <span className="choice-group__label">{o.label}</span>
            </label>
          );
        })}
      </div>
    </fieldset>
  );
}
