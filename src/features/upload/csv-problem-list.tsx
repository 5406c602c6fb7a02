import type { CsvProblem } from '../../csv/csv-problem';

/** What happened, what it means, what to do: one notice per problem, errors announced at once. */
export function CsvProblemList(props: { problems: readonly CsvProblem[] }) {
  if (props.problems.length === 0) return null;
  return (
    <ul className="slds-m-vertical_small">
      {props.problems.map((problem, i) => (
        <li
          key={`${problem.code}-${i}`}
          role={problem.severity === 'error' ? 'alert' : undefined}
          className={`slds-scoped-notification slds-m-bottom_x-small ${
            problem.severity === 'error' ? 'slds-theme_error' : 'slds-theme_warning'
          }`}
        >
          <p className="slds-text-title_bold">{problem.what}</p>
          <p>{problem.meaning}</p>
          <p>{problem.action}</p>
        </li>
      ))}
    </ul>
  );
}
