import type { Progress } from '../audit/progress';
import { formatPercent } from '../i18n/format';

export function ProgressBar({ progress, label, text }: { progress: Progress; label: string; text: string }) {
  const complete = progress.done + progress.notApplicable;
  return (
    <div className="progress">
      <progress value={complete} max={Math.max(progress.total, 1)} aria-label={label} />
      <span className="progress-text">
        {text} <span className="progress-percent">({formatPercent(progress.ratio)})</span>
      </span>
    </div>
  );
}
