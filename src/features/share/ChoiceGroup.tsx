/** A labelled group of radio buttons over a fixed list of values. */
export function ChoiceGroup<T extends string>(props: {
  legend: string;
  name: string;
  value: T;
  values: readonly T[];
  labels: Record<T, string>;
  onChange: (v: T) => void;
}) {
  return (
    <fieldset className="share-choice">
      <legend>{props.legend}</legend>
      {props.values.map((v) => (
        <label key={v}>
          <input type="radio" name={props.name} value={v} checked={props.value === v} onChange={() => props.onChange(v)} />
          {props.labels[v]}
        </label>
      ))}
    </fieldset>
  );
}
