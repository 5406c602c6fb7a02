/**
 * The rows of one error group with their original columns and Salesforce's error (issue 6), in a
 * virtualised table: only the rows on screen are in the DOM, and their cells are read from the
 * file 50 rows at a time through the row index (never the whole file). A cell is a button: the
 * user edits that one cell of that one row, kept as an overlay (never written to the file).
 */
import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import { formatCount } from '../../lib/format-numbers';
import type { RowEdit } from '../../load/reconcile/row-outcomes';

/** Rows read from the file per request. */
export const ROWS_PER_READ = 50;
const ROW_HEIGHT_PX = 33;
const TABLE_HEIGHT_PX = 360;

interface Editing {
  row: number;
  column: number;
  value: string;
}

export function GroupRowsTable(props: {
  /** Names the table, e.g. "Rows failing with REQUIRED_FIELD_MISSING on Contact.LastName". */
  label: string;
  header: readonly string[];
  /** Source rows (0-based data rows) in the group, in file order. */
  rows: readonly number[];
  errorOfRow(row: number): string;
  readRows(rows: readonly number[]): Promise<string[][]>;
  edits: readonly RowEdit[];
  onEdit(edit: RowEdit): Promise<void>;
  onRemoveEdit(row: number, column: number): Promise<void>;
}) {
  const { rows, header } = props;
  const scrollRef = useRef<HTMLDivElement>(null);
  const inputId = useId();
  const [pages, setPages] = useState<ReadonlyMap<number, string[][]>>(new Map());
  const [readProblem, setReadProblem] = useState<string | null>(null);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [saveProblem, setSaveProblem] = useState<string | null>(null);
  const requested = useRef(new Set<number>());
  // The virtualizer is read during render only; nothing memoises what it returns.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT_PX,
    overscan: 10,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? -1;
  const editsByCell = useMemo(() => {
    const map = new Map<string, string>();
    for (const edit of props.edits) map.set(`${edit.row}:${edit.column}`, edit.value);
    return map;
  }, [props.edits]);

  // Read the pages that hold the visible rows, each once.
  const { readRows } = props;
  useEffect(() => {
    if (last < first) return;
    for (let page = Math.floor(first / ROWS_PER_READ); page * ROWS_PER_READ <= last; page++) {
      if (requested.current.has(page)) continue;
      requested.current.add(page);
      const wanted = rows.slice(page * ROWS_PER_READ, (page + 1) * ROWS_PER_READ);
      readRows(wanted).then(
        (cells) => setPages((old) => new Map(old).set(page, cells)),
        (error: unknown) =>
          setReadProblem(
            `Some rows could not be read from the file: ${(error as Error).message}. Choose the file again or reload the page.`,
          ),
      );
    }
  }, [first, last, rows, readRows]);

  const cellsOf = (index: number) =>
    pages.get(Math.floor(index / ROWS_PER_READ))?.[index % ROWS_PER_READ];

  async function save(edit: Editing) {
    setSaveProblem(null);
    try {
      await props.onEdit(edit);
      setEditing(null);
    } catch (error) {
      setSaveProblem(`The edit was not saved: ${(error as Error).message}. Try again.`);
    }
  }

  const top = items[0]?.start ?? 0;
  const bottom = virtualizer.getTotalSize() - (items[items.length - 1]?.end ?? 0);
  return (
    <div className="slds-m-top_small">
      {readProblem && (
        <p role="alert" className="slds-text-color_error">
          {readProblem}
        </p>
      )}
      {editing && (
        <form
          className="slds-form slds-box slds-m-bottom_small"
          aria-label="Edit one cell"
          onSubmit={(event) => {
            event.preventDefault();
            void save(editing);
          }}
        >
          <div className="slds-form-element">
            <label className="slds-form-element__label" htmlFor={inputId}>
              {`New value for ${header[editing.column] ?? `column ${editing.column + 1}`} in row ${formatCount(editing.row + 1)}`}
            </label>
            <div className="slds-form-element__control">
              <input
                id={inputId}
                className="slds-input"
                value={editing.value}
                autoFocus
                onChange={(event) => setEditing({ ...editing, value: event.target.value })}
              />
            </div>
          </div>
          {saveProblem && (
            <p role="alert" className="slds-text-color_error">
              {saveProblem}
            </p>
          )}
          <div className="slds-m-top_x-small">
            <button type="submit" className="slds-button slds-button_brand">
              Save edit
            </button>
            {editsByCell.has(`${editing.row}:${editing.column}`) && (
              <button
                type="button"
                className="slds-button slds-button_neutral"
                onClick={() =>
                  void props
                    .onRemoveEdit(editing.row, editing.column)
                    .then(() => setEditing(null))
                    .catch((error: unknown) =>
                      setSaveProblem(`The edit was not undone: ${(error as Error).message}.`),
                    )
                }
              >
                Undo edit
              </button>
            )}
            <button
              type="button"
              className="slds-button slds-button_neutral"
              onClick={() => setEditing(null)}
            >
              Cancel
            </button>
          </div>
        </form>
      )}
      <div
        ref={scrollRef}
        style={{ height: TABLE_HEIGHT_PX, overflow: 'auto' }}
        tabIndex={0}
        role="region"
        aria-label={`${props.label} (scrollable)`}
      >
        <table
          className="slds-table slds-table_bordered slds-table_cell-buffer slds-table_fixed-layout"
          aria-rowcount={rows.length + 1}
        >
          <caption className="slds-assistive-text">{props.label}</caption>
          <thead>
            <tr>
              <th scope="col">Row</th>
              <th scope="col">Error</th>
              {header.map((name, column) => (
                <th scope="col" key={column}>
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {top > 0 && <tr aria-hidden="true" style={{ height: top }} />}
            {items.map((item) => {
              const row = rows[item.index] ?? 0;
              const cells = cellsOf(item.index);
              return (
                <tr key={row} aria-rowindex={item.index + 2} style={{ height: ROW_HEIGHT_PX }}>
                  <th scope="row">{formatCount(row + 1)}</th>
                  <td className="slds-cell-wrap">{props.errorOfRow(row)}</td>
                  {header.map((name, column) => {
                    const edited = editsByCell.get(`${row}:${column}`);
                    const value = edited ?? cells?.[column];
                    return (
                      <td key={column}>
                        {value === undefined ? (
                          <span className="slds-text-color_weak">…</span>
                        ) : (
                          <button
                            type="button"
                            className="slds-button"
                            aria-label={`Edit ${name} in row ${formatCount(row + 1)}: ${value === '' ? 'blank' : value}${edited !== undefined ? ' (edited)' : ''}`}
                            onClick={() => setEditing({ row, column, value })}
                          >
                            {value === '' ? <em>blank</em> : value}
                            {edited !== undefined && (
                              <span className="slds-badge slds-m-left_xx-small">edited</span>
                            )}
                          </button>
                        )}
                      </td>
                    );
                  })}
                </tr>
              );
            })}
            {bottom > 0 && <tr aria-hidden="true" style={{ height: bottom }} />}
          </tbody>
        </table>
      </div>
    </div>
  );
}
