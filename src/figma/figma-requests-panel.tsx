/**
 * What this browser spent of the user's Figma rate limits, per tier, this session and in the last
 * 30 days, and when a limit lifts. Honest about its reach: Figma counts per account and app, so
 * calls from other browsers or apps are not in these numbers.
 */
import type { FigmaTier } from './endpoints';
import { setDeclaredViewSeat } from './budget';
import { useFigmaBudget } from './use-figma-budget';
import './figma-requests-panel.css';

const TIERS: { tier: FigmaTier; label: string; what: string }[] = [
  { tier: 1, label: 'Tier 1', what: 'file contents, nodes, previews' },
  { tier: 2, label: 'Tier 2', what: 'projects, file lists, variables' },
  { tier: 3, label: 'Tier 3', what: 'profile, file versions, saving variables' },
];

export function FigmaRequestsPanel() {
  const budget = useFigmaBudget();
  return (
    <details className="figma-requests">
      <summary>Figma requests</summary>
      <table>
        <caption className="visually-hidden">Figma requests from this browser, by tier</caption>
        <thead>
          <tr>
            <th scope="col">Tier</th>
            <th scope="col">This session</th>
            <th scope="col">Last 30 days</th>
            <th scope="col">Limit</th>
          </tr>
        </thead>
        <tbody>
          {TIERS.map(({ tier, label, what }) => {
            const until = budget.limitedUntil[tier];
            return (
              <tr key={tier}>
                <th scope="row">
                  {label} <span className="files-muted">({what})</span>
                </th>
                <td>{budget.session[tier]}</td>
                <td>{budget.month[tier]}</td>
                <td>
                  {until ? `reached — lifts ${new Date(until).toLocaleString()}` : 'not reached'}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <p className="files-muted">
        Counted in this browser only. Figma limits each account: View and Collab seats get about 6
        Tier-1 requests a month
        {budget.lowLimits ? ', and Figma reported those limits for your account' : ''}.
      </p>
      <label className="inline-control">
        <input
          type="checkbox"
          checked={budget.declaredViewSeat}
          onChange={(event) => setDeclaredViewSeat(event.target.checked)}
        />{' '}
        I have a View or Collab seat (render previews only when I ask)
      </label>
    </details>
  );
}
