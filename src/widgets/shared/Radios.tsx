/** A radio group over string ids for the lesson tools (native inputs: arrow keys and screen readers for free). */
export function Radios<V extends string>({ name, legend, values, value, label, onChange, help }: {
  name: string; legend: string; values: readonly V[]; value: V | undefined; label: (v: V) => string; onChange: (v: V) => void; help?: string;
}) {
  return (
    <fieldset className="choice-group" data-group={name.replace(/^.*-/, '')}>
      <legend>{legend}</legend>
      {help && <p className="choice-group__help">{help}</p>}
      <div className="choice-group__options">
        {values.map((v) => (
          <label key={v} className={v === value ? 'is-checked' : undefined}>
            <input type="radio" name={name} value={v} checked={v === value} onChange={() => onChange(v)} />
            <span className="choice-group__label">{label(v)}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
