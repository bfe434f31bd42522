import type { ProblemText } from './backup-text';

/** A problem in role="alert": the lead, at most SHOWN_PROBLEMS_MAX items, and a count of the rest. */
export function ProblemAlert({ problem }: { problem: ProblemText }) {
  return (
    <div role="alert" class="notice error">
      <p>{problem.lead}</p>
      {problem.items.length > 0 && (
        <ul class="backup-problems">
          {problem.items.map((text, i) => (
            <li key={i}>{text}</li>
          ))}
        </ul>
      )}
      {problem.more && <p>{problem.more}</p>}
    </div>
  );
}
