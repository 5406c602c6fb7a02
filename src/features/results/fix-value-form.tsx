/**
 * "Fix a value for all rows of this group" (issue 6): the user picks a column, sees the distinct
 * values the group's rows hold there (read by the results worker, with counts) and gives the
 * value to send instead. It becomes a value-map entry {column, from, to}, kept with the edits
 * and applied to every row that holds that value when the rows are retried.
 */
import { useEffect, useId, useState } from 'react';
import { formatCount } from '../../lib/format-numbers';
import type { ValueMapEntry } from '../../load/preflight/value-map';

type Values =
  | { kind: 'read'; column: number; values: { value: string; count: number }[] }
  | { kind: 'failed'; column: number; message: string };

export function FixValueForm(props: {
  header: readonly string[];
  /** A column the group's errors name, chosen first; null lets the user pick. */
  initialColumn: number | null;
  columnValues(column: number): Promise<{ value: string; count: number }[]>;
  onSave(entry: ValueMapEntry): Promise<void>;
  onClose(): void;
}) {
  const ids = { column: useId(), from: useId(), to: useId() };
  const [column, setColumn] = useState<number | null>(props.initialColumn);
  const [read, setRead] = useState<Values | null>(null);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const { columnValues } = props;

  useEffect(() => {
    if (column === null) return;
    let current = true;
    columnValues(column).then(
      (values) => {
        if (!current) return;
        setRead({ kind: 'read', column, values });
        setFrom(values[0]?.value ?? null);
      },
      (error: unknown) => {
        if (current)
          setRead({
            kind: 'failed',
            column,
            message: `The values of this column could not be read: ${(error as Error).message}. Choose the column again.`,
          });
      },
    );
    return () => {
      current = false;
    };
  }, [column, columnValues]);

  // Values of another column than the one chosen are not shown: the chosen one is being read.
  const values = read !== null && read.column === column ? read : null;

  async function save() {
    if (values?.kind !== 'read') return;
    if (column === null || from === null) return;
    setProblem(null);
    try {
      await props.onSave({ column, from, to });
      setSaved(
        `Every row you retry with “${from}” in ${props.header[column] ?? 'this column'} — in this group or any other — will be sent with “${to}”.`,
      );
    } catch (error) {
      setProblem(`The fix was not saved: ${(error as Error).message}. Try again.`);
    }
  }

  return (
    <form
      className="slds-form slds-box slds-m-top_small"
      aria-label="Fix a value for all rows of this group"
      onSubmit={(event) => {
        event.preventDefault();
        void save();
      }}
    >
      <div className="slds-form-element">
        <label className="slds-form-element__label" htmlFor={ids.column}>
          Column to fix
        </label>
        <div className="slds-form-element__control">
          <select
            id={ids.column}
            className="slds-select"
            value={column ?? ''}
            onChange={(event) => {
              setFrom(null);
              setColumn(event.target.value === '' ? null : Number(event.target.value));
            }}
          >
            <option value="">Choose a column</option>
            {props.header.map((name, index) => (
              <option key={index} value={index}>
                {name}
              </option>
            ))}
          </select>
        </div>
      </div>
      {column !== null && values === null && (
        <p role="status">Reading the values of this column…</p>
      )}
      {values?.kind === 'failed' && (
        <p role="alert" className="slds-text-color_error">
          {values.message}
        </p>
      )}
      {values?.kind === 'read' && values.values.length === 0 && (
        <p>No row of this group has a value in this column.</p>
      )}
      {values?.kind === 'read' && values.values.length > 0 && (
        <>
          <div className="slds-form-element">
            <label className="slds-form-element__label" htmlFor={ids.from}>
              Value to replace
            </label>
            <div className="slds-form-element__control">
              <select
                id={ids.from}
                className="slds-select"
                value={from ?? ''}
                onChange={(event) => setFrom(event.target.value)}
              >
                {values.values.map(({ value, count }) => (
                  <option key={value} value={value}>
                    {`${value === '' ? '(blank)' : value} — ${formatCount(count)} ${count === 1 ? 'row' : 'rows'}`}
                  </option>
                ))}
              </select>
            </div>
          </div>
          <div className="slds-form-element">
            <label className="slds-form-element__label" htmlFor={ids.to}>
              Replace with
            </label>
            <div className="slds-form-element__control">
              <input
                id={ids.to}
                className="slds-input"
                value={to}
                onChange={(event) => setTo(event.target.value)}
              />
            </div>
          </div>
        </>
      )}
      {problem && (
        <p role="alert" className="slds-text-color_error">
          {problem}
        </p>
      )}
      {saved && <p role="status">{saved}</p>}
      <div className="slds-m-top_x-small">
        <button
          type="submit"
          className="slds-button slds-button_brand"
          disabled={values?.kind !== 'read' || from === null}
        >
          Save fix
        </button>
        <button type="button" className="slds-button slds-button_neutral" onClick={props.onClose}>
          Close
        </button>
      </div>
    </form>
  );
}
