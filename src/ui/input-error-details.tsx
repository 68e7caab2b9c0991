import { describeInputError, otherInputProblems } from './input-error';

/** Beyond the first problem, how many more are listed before a count. */
const LISTED = 20;

/** What is wrong with a token file: the first problem, then every other one found with it. */
export function InputErrorDetails({ error }: { error: unknown }) {
  const others = otherInputProblems(error);
  return (
    <>
      <p>{describeInputError(error)}</p>
      {others.length > 0 && (
        <>
          <p>{others.length === 1 ? 'One more problem:' : `${others.length} more problems:`}</p>
          <ul className="input-problems">
            {others.slice(0, LISTED).map((line, index) => (
              <li key={index}>{line}</li>
            ))}
          </ul>
          {others.length > LISTED && <p>… and {others.length - LISTED} more like these.</p>}
        </>
      )}
    </>
  );
}
