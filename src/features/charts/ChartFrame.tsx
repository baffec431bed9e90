import { useId, type ReactNode } from 'react';
import { t } from '../../lib/strings.ts';
import type { ChartModel } from './ChartModel.ts';

/**
 * Title, chart, credit line and a text alternative: a sentence written from the data
 * (the chart's accessible description) and the data itself as a table.
 */
export function ChartFrame(
  props: ChartModel & {
    children: ReactNode;
    actions?: ReactNode;
    /** Interactive controls shown above the chart, kept out of the aria-hidden drawing. */
    controls?: ReactNode;
    /** The drawing holds controls of its own (and hides its SVG itself), so it is not hidden as a whole. */
    interactiveBody?: boolean;
    /** Shown after the chart's description: lists and switches that belong to the chart. */
    footer?: ReactNode;
  },
) {
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-title`} aria-describedby={`${id}-desc`}>
      <div className="chart-head">
        <h3 id={`${id}-title`}>{props.title}</h3>
        {props.actions}
      </div>
      {props.subtitle && <p className="chart-subtitle">{props.subtitle}</p>}
      {props.controls}
      {/* The drawing repeats the description and table, so assistive technology skips it. */}
      <div className="chart-body" aria-hidden={props.interactiveBody ? undefined : 'true'}>
        {props.children}
      </div>
      <p id={`${id}-desc`} className="chart-desc">
        {props.description}
      </p>
      {props.footer}
      <details className="chart-table">
        <summary>{t.charts.showTable}</summary>
        <table>
          <caption>{`${t.charts.tableCaption}: ${props.title}`}</caption>
          <thead>
            <tr>
              {props.table.columns.map((c) => (
                <th key={c} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {props.table.rows.map((r) => (
              <tr key={String(r[0])}>
                {r.map((v, i) =>
                  i === 0 ? (
                    <th key={i} scope="row">
                      {v}
                    </th>
                  ) : (
                    <td key={i}>{v}</td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </details>
      <figcaption className="chart-credit">{t.charts.credit}</figcaption>
    </figure>
  );
}
